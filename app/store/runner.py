"""What a running session writes as it goes: position, timer, attendance, notes, turns, groups.

Every change is saved at once, so a crash or a power cut mid-session loses nothing: the next
start finds the unfinished session and offers to resume at the same step. The furthest step
reached is kept on the session itself, because "completed" means its last core step was reached
(app.session.progress), not that it was started or where it happened to stop.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date

from app.store.db import Store
from app.store.ids import iso, new_id
from app.store.sessions import add_session, set_attendance
from app.store.students import students_in
from app.store.tx import transaction


@dataclass(frozen=True)
class RunningSession:
    session_id: str
    class_id: str
    plan_id: str | None
    slide: int
    timer_remaining_ms: int | None
    timer_running: bool
    notes: str


def start_session(store: Store, class_id: str, plan_id: str, phase: str, held_on: date | None = None) -> str:
    """A new session of this class, everyone marked present, at the welcome slide."""
    now = iso()
    with transaction(store.conn):
        session_id = add_session(store, class_id, phase=phase, plan_id=plan_id,
                                 held_on=(held_on or date.today()).isoformat())
        store.conn.execute("UPDATE sessions SET furthest_slide = 0 WHERE id = ?", [session_id])
        for student in students_in(store, class_id):
            set_attendance(store, session_id, student.id, True)
        store.db["session_state"].insert({"session_id": session_id, "slide": 0, "timer_running": 0,
                                          "status": "running", "started_at": now, "updated_at": now})
    return session_id


def unfinished_session(store: Store) -> RunningSession | None:
    row = store.conn.execute("""
        SELECT s.id, s.class_id, s.plan_id, st.slide, st.timer_remaining_ms, st.timer_running, s.notes
        FROM session_state st JOIN sessions s ON s.id = st.session_id
        JOIN classes c ON c.id = s.class_id
        WHERE st.status = 'running' AND s.deleted_at IS NULL AND c.deleted_at IS NULL
        ORDER BY st.updated_at DESC LIMIT 1""").fetchone()
    if row is None:
        return None
    return RunningSession(row[0], row[1], row[2], row[3], row[4], bool(row[5]), row[6])


def save_position(store: Store, session_id: str, slide: int, remaining_ms: int | None, running: bool,
                  slides: int | None = None) -> None:
    """Where the runner is; with `slides` (the plan's slide count) also how far the session has got, which
    only ever grows (going back a step to repeat it does not undo having reached the later one)."""
    now = iso()
    with transaction(store.conn):
        store.conn.execute("UPDATE session_state SET slide = ?, timer_remaining_ms = ?, timer_running = ?, "
                           "updated_at = ? WHERE session_id = ?",
                           [slide, remaining_ms, int(running), now, session_id])
        if slides is not None:
            store.conn.execute(
                "UPDATE sessions SET furthest_slide = MAX(COALESCE(furthest_slide, 0), ?), slide_count = ?, "
                "updated_at = ? WHERE id = ? AND (furthest_slide IS NULL OR furthest_slide < ? "
                "OR slide_count IS NULL OR slide_count != ?)", [slide, slides, now, session_id, slide, slides])


def furthest_slide(store: Store, session_id: str) -> int | None:
    row = store.conn.execute("SELECT furthest_slide FROM sessions WHERE id = ?", [session_id]).fetchone()
    return row[0] if row else None


def finish_session(store: Store, session_id: str, *, at_last_save: bool = False) -> None:
    """Mark it ended. `at_last_save`: a session a crash interrupted and nobody resumed ended when it was last
    saved, not days later when the offer to resume was declined (its minutes stay honest)."""
    now = iso()
    with transaction(store.conn):
        store.conn.execute("UPDATE session_state SET status = 'finished', timer_running = 0, "
                           "ended_at = CASE WHEN ? THEN updated_at ELSE ? END, updated_at = ? "
                           "WHERE session_id = ? AND status = 'running'",
                           [int(at_last_save), now, now, session_id])


def save_notes(store: Store, session_id: str, notes: str) -> None:
    with transaction(store.conn):
        store.conn.execute("UPDATE sessions SET notes = ?, updated_at = ? WHERE id = ?", [notes, iso(), session_id])


def mark_attendance(store: Store, session_id: str, student_id: str, present: bool) -> None:
    with transaction(store.conn):
        set_attendance(store, session_id, student_id, present)


def attendance(store: Store, session_id: str) -> dict[str, bool]:
    rows = store.conn.execute("SELECT student_id, present FROM attendance WHERE session_id = ?", [session_id])
    return {student: bool(present) for student, present in rows}


def record_turn(store: Store, session_id: str, student_id: str, passed: bool = False) -> str:
    turn_id, now = new_id(), iso()
    with transaction(store.conn):
        store.db["turns"].insert({"id": turn_id, "session_id": session_id, "student_id": student_id,
                                  "passed": int(passed), "taken_at": now, "updated_at": now})
    return turn_id


def mark_turn_passed(store: Store, turn_id: str) -> None:
    with transaction(store.conn):
        store.conn.execute("UPDATE turns SET passed = 1, updated_at = ? WHERE id = ?", [iso(), turn_id])


def turns(store: Store, session_id: str) -> list[tuple[str, bool]]:
    rows = store.conn.execute("SELECT student_id, passed FROM turns WHERE session_id = ? AND deleted_at IS NULL "
                              "ORDER BY taken_at, rowid", [session_id])
    return [(student, bool(passed)) for student, passed in rows]


def save_groups(store: Store, class_id: str, session_id: str | None, groups: list[list[str]]) -> None:
    now = iso()
    with transaction(store.conn):
        store.db["groupings"].insert({"id": new_id(), "session_id": session_id, "class_id": class_id,
                                      "groups_json": json.dumps(groups), "created_at": now, "updated_at": now})


def pair_history(store: Store, class_id: str) -> Counter[frozenset[str]]:
    """How often each pair of students has been grouped together in this class."""
    history: Counter[frozenset[str]] = Counter()
    for (groups_json,) in store.conn.execute(
            "SELECT groups_json FROM groupings WHERE class_id = ? AND deleted_at IS NULL", [class_id]):
        for group in json.loads(groups_json):
            for i, a in enumerate(group):
                for b in group[i + 1:]:
                    history[frozenset((a, b))] += 1
    return history


def add_pair_rule(store: Store, class_id: str, a: str, b: str, kind: str) -> None:
    now = iso()
    with transaction(store.conn):
        store.db["pair_rules"].insert({"id": new_id(), "class_id": class_id, "student_a": a, "student_b": b,
                                       "kind": kind, "updated_at": now})


def pair_rules(store: Store, class_id: str) -> dict[str, frozenset[frozenset[str]]]:
    """Keep-apart and keep-together pairs: facilitator-only, never shown where a student can see."""
    rules: dict[str, set[frozenset[str]]] = {"apart": set(), "together": set()}
    for a, b, kind in store.conn.execute("SELECT student_a, student_b, kind FROM pair_rules "
                                         "WHERE class_id = ? AND deleted_at IS NULL", [class_id]):
        rules[kind].add(frozenset((a, b)))
    return {k: frozenset(v) for k, v in rules.items()}


def started_at(store: Store, session_id: str) -> str | None:
    row = store.conn.execute("SELECT started_at FROM session_state WHERE session_id = ?", [session_id]).fetchone()
    return row[0] if row else None
