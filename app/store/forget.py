"""Deleting for real: one student's everything, or a whole class after the school's retention period.

Rows are removed (not just hidden) with secure_delete on, so the words are overwritten on disk; a
tombstone keeps only the id, so an import from another laptop cannot bring the student back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from app.store.db import Store
from app.store.ids import iso
from app.store.tx import transaction


@dataclass(frozen=True)
class StudentFootprint:
    """What deleting a student removes, for the confirmation."""

    name: str
    entries: int
    hits: int
    sessions: int


def footprint(store: Store, student_id: str) -> StudentFootprint:
    execute = store.conn.execute
    name = execute("SELECT display_name FROM students WHERE id = ?", [student_id]).fetchone()
    return StudentFootprint(
        name[0] if name else "",
        execute("SELECT COUNT(*) FROM journal_entries WHERE student_id = ? AND deleted_at IS NULL",
                [student_id]).fetchone()[0],
        execute("SELECT COUNT(*) FROM rhythm_hits WHERE student_id = ?", [student_id]).fetchone()[0],
        execute("SELECT COUNT(*) FROM attendance WHERE student_id = ? AND present = 1", [student_id]).fetchone()[0])


def erase_students(store: Store, student_ids: list[str], now: str) -> None:
    """Remove the students and everything about them, leaving tombstones; the caller holds the transaction."""
    execute = store.conn.execute
    for student_id in student_ids:
        execute("DELETE FROM entry_reviews WHERE entry_id IN (SELECT id FROM journal_entries WHERE student_id = ?)",
                [student_id])
        execute("DELETE FROM journal_entries WHERE student_id = ?", [student_id])
        execute("DELETE FROM rhythm_hits WHERE student_id = ?", [student_id])
        execute("DELETE FROM attendance WHERE student_id = ?", [student_id])
        execute("DELETE FROM turns WHERE student_id = ?", [student_id])
        execute("DELETE FROM pair_rules WHERE student_a = ? OR student_b = ?", [student_id, student_id])
        execute("DELETE FROM net_devices WHERE student_id = ?", [student_id])
        execute("DELETE FROM measure_answers WHERE student_id = ?", [student_id])
        execute("DELETE FROM measure_consent WHERE student_id = ?", [student_id])
        execute("DELETE FROM students WHERE id = ?", [student_id])
        execute("INSERT OR IGNORE INTO tombstones (id, kind, deleted_at) VALUES (?, 'student', ?)", [student_id, now])
    gone = set(student_ids)
    for grouping_id, groups_json in execute("SELECT id, groups_json FROM groupings").fetchall():
        groups = json.loads(groups_json)
        kept = [[m for m in group if m not in gone] for group in groups]
        if kept != groups:
            execute("UPDATE groupings SET groups_json = ?, updated_at = ? WHERE id = ?",
                    [json.dumps(kept), now, grouping_id])


def erase_run(store: Store, run_id: str, now: str) -> None:
    """A rhythm run and its hits, leaving a tombstone; the caller holds the transaction."""
    store.conn.execute("DELETE FROM rhythm_hits WHERE run_id = ?", [run_id])
    store.conn.execute("DELETE FROM rhythm_runs WHERE id = ?", [run_id])
    store.conn.execute("INSERT OR IGNORE INTO tombstones VALUES (?, 'rhythm_run', ?)", [run_id, now])


def erase_session(store: Store, session_id: str, now: str) -> None:
    """A session and everything recorded in it (its rhythm runs too: they point at it), leaving a tombstone;
    the caller holds the transaction."""
    execute = store.conn.execute
    for (run_id,) in execute("SELECT id FROM rhythm_runs WHERE session_id = ?", [session_id]).fetchall():
        erase_run(store, run_id, now)
    execute("DELETE FROM entry_reviews WHERE entry_id IN (SELECT id FROM journal_entries WHERE session_id = ?)",
            [session_id])
    for table in ("journal_entries", "session_activities", "attendance", "turns", "card_draws", "session_state",
                  "groupings"):
        execute(f"DELETE FROM {table} WHERE session_id = ?", [session_id])
    execute("UPDATE measure_rounds SET session_id = NULL WHERE session_id = ?", [session_id])  # answers outlive it
    execute("DELETE FROM sessions WHERE id = ?", [session_id])
    execute("INSERT OR IGNORE INTO tombstones VALUES (?, 'session', ?)", [session_id, now])


def forget_student(store: Store, student_id: str) -> None:
    """Entries, rhythm results, attendance, turns, pair rules and the roster row: all gone, in one go."""
    with transaction(store.conn):
        erase_students(store, [student_id], iso())


def purge_class(store: Store, class_id: str, now: str | None = None) -> None:
    """Everything about a class and its students (the retention rule); its decks are not the class's."""
    now = now or iso()
    execute = store.conn.execute
    with transaction(store.conn):
        students = [r[0] for r in execute("SELECT id FROM students WHERE class_id = ?", [class_id])]
        erase_students(store, students, now)
        runs = [r[0] for r in execute("SELECT id FROM rhythm_runs WHERE class_id = ? OR session_id IN "
                                      "(SELECT id FROM sessions WHERE class_id = ?)", [class_id, class_id])]
        for run_id in runs:
            erase_run(store, run_id, now)
        for (session_id,) in execute("SELECT id FROM sessions WHERE class_id = ?", [class_id]).fetchall():
            erase_session(store, session_id, now)
        execute("DELETE FROM groupings WHERE class_id = ?", [class_id])
        execute("DELETE FROM pair_rules WHERE class_id = ?", [class_id])
        execute("DELETE FROM net_devices WHERE class_id = ?", [class_id])
        execute("DELETE FROM net_openings WHERE class_id = ?", [class_id])
        execute("DELETE FROM measure_answers WHERE round_id IN (SELECT id FROM measure_rounds WHERE class_id = ?)",
                [class_id])
        execute("DELETE FROM measure_rounds WHERE class_id = ?", [class_id])
        execute("DELETE FROM classes WHERE id = ?", [class_id])
        execute("INSERT OR IGNORE INTO tombstones VALUES (?, 'class', ?)", [class_id, now])


def classes_due_for_purge(store: Store, months: int, today: date | None = None) -> list[tuple[str, str, str]]:
    """(id, name, last session date) of classes whose last session is more than `months` months ago."""
    if months <= 0:
        return []
    today = today or date.today()
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    cutoff = date(year, month + 1, min(today.day, 28)).isoformat()
    rows = store.conn.execute("""
        SELECT c.id, c.name, MAX(s.held_on) AS last FROM classes c JOIN sessions s ON s.class_id = c.id
        WHERE c.deleted_at IS NULL AND s.deleted_at IS NULL GROUP BY c.id HAVING last < ?
        ORDER BY last""", [cutoff]).fetchall()
    return [tuple(r) for r in rows]  # type: ignore[misc]
