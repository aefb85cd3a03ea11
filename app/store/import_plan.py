"""What importing a bundle would change, worked out before anything is written.

The facilitator sees this first (DESIGN: imports show before they write), and the merge then
carries out the same decisions, worked out again inside its transaction, so the report after it
is as honest as the preview. Deletions are kept apart: tombstones that would erase something here,
and newer versions that mark a live row deleted. Nothing here writes, and nothing here ever
reads a journal entry's words: a preview names classes, students and sessions, never what was written.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.store.db import Store
from app.store.import_preview import Deletion, ImportPlan, Outcome, Row, listed

log = logging.getLogger(__name__)

# Parents before children, so every reference exists when a row is written.
SPEC: dict[str, tuple[str, ...]] = {
    "classes": ("id", "name", "created_at", "updated_at", "archived_at", "deleted_at"),
    "students": ("id", "class_id", "display_name", "pronouns", "avatar_colour", "avatar_icon", "pin_hash",
                 "created_at", "updated_at", "deleted_at"),
    "sessions": ("id", "class_id", "phase", "plan_id", "held_on", "notes", "created_at", "updated_at", "deleted_at",
                 "furthest_slide", "slide_count"),
    "session_activities": ("id", "session_id", "position", "activity_id", "planned_minutes", "actual_minutes",
                           "updated_at", "deleted_at"),
    "attendance": ("session_id", "student_id", "present", "updated_at"),
    "journal_entries": ("id", "student_id", "session_id", "prompt_id", "body", "visibility", "created_at",
                        "updated_at", "deleted_at", "sealed", "key_salt"),
    "rhythm_runs": ("id", "class_id", "session_id", "pattern_id", "started_at", "summary_json", "updated_at",
                    "deleted_at", "status", "ended_at", "settings_json"),
    "rhythm_hits": ("id", "run_id", "player", "student_id", "t_ms", "beat", "offset_ms", "grade", "updated_at",
                    "deleted_at"),
    "measure_rounds": ("id", "class_id", "session_id", "instrument_id", "round", "held_on", "demo", "created_at",
                       "updated_at", "deleted_at"),
    "measure_answers": ("round_id", "student_id", "item_id", "value", "source", "updated_at"),
    "measure_consent": ("student_id", "counted", "research", "research_code", "updated_at"),
    "tombstones": ("id", "kind", "deleted_at"),
}
MERGED = tuple(t for t in SPEC if t != "tombstones")
# Columns added after bundles were first written: what a row from an older bundle gets (None: not known).
ADDED: dict[str, dict[str, Any]] = {"sessions": {"furthest_slide": None, "slide_count": None}}
KEYS: dict[str, tuple[str, ...]] = {t: ("id",) for t in SPEC} | {
    "attendance": ("session_id", "student_id"), "measure_answers": ("round_id", "student_id", "item_id"),
    "measure_consent": ("student_id",)}
# Columns holding ids that a tombstone may name: a row pointing at a deleted student or class is not written.
REFERENCES: dict[str, tuple[str, ...]] = {
    "classes": ("id",), "students": ("id", "class_id"), "sessions": ("id", "class_id"),
    "session_activities": ("id", "session_id"), "attendance": ("session_id", "student_id"),
    "journal_entries": ("id", "student_id", "session_id"), "rhythm_runs": ("id", "class_id", "session_id"),
    "rhythm_hits": ("id", "run_id", "student_id"),
    # A round outlives its session (as forget.erase_session keeps it): see `_detached`.
    "measure_rounds": ("id", "class_id"), "measure_answers": ("round_id", "student_id"),
    "measure_consent": ("student_id",),
}
# Erased in this order, so a class's students go before the class (as purge_class does).
TOMBSTONE_KINDS = ("student", "rhythm_run", "session", "class")
# What a deletion from the other laptop is called: (on its own, with what it takes away here).
LABELS = {
    "class": (QT_TRANSLATE_NOOP("store.import_plan", "class {name}"),
              QT_TRANSLATE_NOOP("store.import_plan", "class {name} with {parts}")),
    "student": (QT_TRANSLATE_NOOP("store.import_plan", "student {name}"),
                QT_TRANSLATE_NOOP("store.import_plan", "student {name} with {parts}")),
    "session": (QT_TRANSLATE_NOOP("store.import_plan", "the session of {date} in class {name}"),
                QT_TRANSLATE_NOOP("store.import_plan", "the session of {date} in class {name} with {parts}")),
    "rhythm_run": (QT_TRANSLATE_NOOP("store.import_plan", "the rhythm run {name} of {date}"),
                   QT_TRANSLATE_NOOP("store.import_plan", "the rhythm run {name} of {date} with {parts}")),
}
ABSENT = {   # a tombstone of something this laptop never had
    "class": QT_TRANSLATE_NOOP("store.import_plan", "a class this laptop does not have"),
    "student": QT_TRANSLATE_NOOP("store.import_plan", "a student this laptop does not have"),
    "session": QT_TRANSLATE_NOOP("store.import_plan", "a session this laptop does not have"),
    "rhythm_run": QT_TRANSLATE_NOOP("store.import_plan", "a rhythm run this laptop does not have"),
}


def rank(row: Row) -> tuple[bool, str, str]:
    """Which of two versions of a row wins a merge: deleted beats live, then newer, then a fixed order."""
    return (row.get("deleted_at") is not None, str(row["updated_at"]),
            json.dumps(row, sort_keys=True, ensure_ascii=False))


def key(table: str, row: Row) -> tuple[Any, ...]:
    return tuple(row[c] for c in KEYS[table])


def plan_tables(store: Store, tables: Mapping[str, list[Row]], manifest: Mapping[str, Any]) -> ImportPlan:
    """Compare a checked bundle's rows with the database; reads only."""
    deletions = describe_deletions(store, tables)
    return ImportPlan(source=str(manifest.get("source", "")), created_at=str(manifest.get("created_at", "")),
                      counts={t: len(tables.get(t, [])) for t in SPEC}, deletions=deletions,
                      with_deletions=decide(store, tables, apply_deletions=True),
                      without_deletions=decide(store, tables, apply_deletions=False))


def _ids(store: Store, sql: str, args: Iterable[Any]) -> set[str]:
    return {r[0] for r in store.conn.execute(sql, list(args))}


def incoming_tombstones(store: Store, tables: Mapping[str, list[Row]]) -> list[Row]:
    """The bundle's tombstones this laptop has not recorded yet, in the order they are carried out."""
    known = _ids(store, "SELECT id FROM tombstones", [])  # i18n: not text
    fresh = {stone["id"]: stone for stone in tables.get("tombstones", []) if stone["id"] not in known}
    return sorted(fresh.values(), key=lambda r: (TOMBSTONE_KINDS.index(r["kind"]), r["id"]))


def cascade(store: Store, stone: Row) -> set[str]:
    """Ids that carrying out `stone` tombstones besides its own (as forget.py erases them)."""
    one = stone["id"]
    if stone["kind"] == "class":
        sessions = _ids(store, "SELECT id FROM sessions WHERE class_id = ?", [one])  # i18n: not text
        return (sessions | _ids(store, "SELECT id FROM students WHERE class_id = ?", [one])  # i18n: not text
                | _ids(store, "SELECT id FROM rhythm_runs WHERE class_id = ? OR session_id IN "  # i18n: not text
                              "(SELECT id FROM sessions WHERE class_id = ?)", [one, one])
                | _ids(store, "SELECT id FROM measure_rounds WHERE class_id = ?", [one]))  # i18n: not text
    if stone["kind"] == "session":
        return _ids(store, "SELECT id FROM rhythm_runs WHERE session_id = ?", [one])  # i18n: not text
    return set()


def decide(store: Store, tables: Mapping[str, list[Row]], *, apply_deletions: bool) -> Outcome:
    """Row by row, what the merge writes: the same rules for the preview and for the merge itself.

    A row that refers to an id in a tombstone is never written: when the deletion is applied it
    belongs to what is removed; when it is not, it waits with the deletion for a later import.
    """
    outcome = Outcome(apply_deletions)
    known = _ids(store, "SELECT id FROM tombstones", [])  # i18n: not text
    stones = incoming_tombstones(store, tables)
    incoming = {stone["id"] for stone in stones}
    sessions_gone = known | {stone["id"] for stone in tables.get("tombstones", []) if stone["kind"] == "session"}
    if not apply_deletions:  # a session kept here keeps its rounds
        sessions_gone -= _ids(store, "SELECT id FROM sessions", []) - known  # i18n: not text
    if apply_deletions:
        outcome.tombstones = stones
        for stone in stones:
            incoming |= cascade(store, stone)
    for table in MERGED:
        columns = SPEC[table]
        refs = REFERENCES[table]
        local = {key(table, dict(zip(columns, r, strict=True))): dict(zip(columns, r, strict=True))
                 for r in store.conn.execute(f"SELECT {', '.join(columns)} FROM {table}")}
        inserts: list[Row] = []
        updates: list[Row] = []
        for row in tables.get(table, []):
            ids = {row[c] for c in refs if row[c] is not None}
            if ids & known:
                outcome.kept_deleted[table] = outcome.kept_deleted.get(table, 0) + 1
                if "id" in row:  # and what hangs on it goes too, though this laptop never had it
                    known.add(row["id"])
                continue
            if ids & incoming:
                where = outcome.dropped if apply_deletions else outcome.held
                where[table] = where.get(table, 0) + 1
                if "id" in row:
                    incoming.add(row["id"])
                continue
            if table == "measure_rounds":
                row = _detached(row, sessions_gone)
            mine = local.get(key(table, row))
            if mine is None:
                inserts.append(row)
            elif rank(row) > rank(mine):
                if marks_deleted(table, mine, row):
                    outcome.marked[table] = outcome.marked.get(table, 0) + 1
                    if not apply_deletions:
                        continue
                updates.append(row)
        outcome.inserts[table], outcome.updates[table] = inserts, updates
    return outcome


def _detached(row: Row, sessions_gone: set[str]) -> Row:
    """A round whose session was deleted (here or there) keeps its answers, as it does on the laptop that
    deleted the session: it arrives without the session, instead of being left out with it."""
    if row["session_id"] is not None and row["session_id"] in sessions_gone:
        return {**row, "session_id": None}
    return row


def marks_deleted(table: str, mine: Row, row: Row) -> bool:
    """A newer version that deletes a live row here is a deletion too, and waits for the same consent."""
    return "deleted_at" in SPEC[table] and mine["deleted_at"] is None and row["deleted_at"] is not None


def describe_deletions(store: Store, tables: Mapping[str, list[Row]]) -> list[Deletion]:
    """Every deletion the bundle brings, in a facilitator's words, counted from this laptop's data."""
    found = _fold_into_classes(store, [_describe_tombstone(store, stone)
                                       for stone in incoming_tombstones(store, tables)])
    known = _ids(store, "SELECT id FROM tombstones", [])  # i18n: not text
    gone = {stone["id"] for stone in tables.get("tombstones", [])} | known
    for table in ("classes", "students", "sessions", "journal_entries", "rhythm_runs"):
        columns = SPEC[table]
        for row in tables.get(table, []):
            if {row[c] for c in REFERENCES[table] if row[c] is not None} & gone:
                continue
            found_row = store.conn.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE id = ?",
                                           [row["id"]]).fetchone()
            mine = dict(zip(columns, found_row, strict=True)) if found_row else None
            if mine is not None and rank(row) > rank(mine) and marks_deleted(table, mine, row):
                author = (_quoted(_one(store, "SELECT display_name FROM students WHERE id = ?",  # i18n: not text
                                       [mine["student_id"]])) if table == "journal_entries" else "")
                found.append(Deletion(table, row["id"], _marked_words(table, mine, author), {table: 1},
                                      tombstone=False, author=author))
    return found


_CLASS_OF = {"student": "SELECT class_id FROM students WHERE id = ?",  # i18n: not text
             "session": "SELECT class_id FROM sessions WHERE id = ?",  # i18n: not text
             "rhythm_run": "SELECT class_id FROM rhythm_runs WHERE id = ?"}  # i18n: not text


def _fold_into_classes(store: Store, deletions: list[Deletion]) -> list[Deletion]:
    """Classes first; a student, session or run of a class that goes too is already counted in its line.

    Deleting a class on the other laptop tombstones each of its students as well: listed one by one they
    would push the class itself out of sight ("and 6 more").
    """
    classes = {d.id for d in deletions if d.kind == "class" and d.here}
    kept = [d for d in deletions if d.kind not in _CLASS_OF or _one(store, _CLASS_OF[d.kind], [d.id]) not in classes]
    return sorted(kept, key=lambda d: d.kind != "class")


def _one(store: Store, sql: str, args: list[Any]) -> Any:
    found = store.conn.execute(sql, args).fetchone()
    return found[0] if found else None


def _count(store: Store, sql: str, args: list[Any]) -> int:
    return int(_one(store, sql, args) or 0)


def _quoted(name: Any) -> str:
    text = str(name)
    return f"'{text if len(text) <= 60 else text[:59] + '…'}'"


def _describe_tombstone(store: Store, stone: Row) -> Deletion:
    kind, one = stone["kind"], stone["id"]
    removes: dict[str, int] = {}
    if kind == "class":
        name = _one(store, "SELECT name FROM classes WHERE id = ?", [one])  # i18n: not text
        if name is not None:
            in_class = "(SELECT id FROM students WHERE class_id = ?)"  # i18n: not text
            removes = {"classes": 1,
                       "students": _count(store, "SELECT COUNT(*) FROM students WHERE class_id = ? "  # i18n: not text
                                                 "AND deleted_at IS NULL", [one]),
                       "sessions": _count(store, "SELECT COUNT(*) FROM sessions WHERE class_id = ? "  # i18n: not text
                                                 "AND deleted_at IS NULL", [one]),
                       "journal_entries": _count(store, "SELECT COUNT(*) FROM journal_entries "  # i18n: not text
                                                        f"WHERE deleted_at IS NULL AND (student_id IN {in_class} OR "
                                                        "session_id IN (SELECT id FROM sessions WHERE class_id = ?))",
                                                 [one, one]),
                       "rhythm_runs": _count(store, "SELECT COUNT(*) FROM rhythm_runs "  # i18n: not text
                                                    "WHERE deleted_at IS NULL AND (class_id = ? OR session_id IN "
                                                    "(SELECT id FROM sessions WHERE class_id = ?))", [one, one])}
        values = {"name": _quoted(name)}
    elif kind == "student":
        name = _one(store, "SELECT display_name FROM students WHERE id = ?", [one])  # i18n: not text
        if name is not None:
            removes = {"students": 1, "journal_entries": _count(
                store, "SELECT COUNT(*) FROM journal_entries "  # i18n: not text
                       "WHERE student_id = ? AND deleted_at IS NULL", [one]),
                "rhythm_hits": _count(store,
                                      "SELECT COUNT(*) FROM rhythm_hits WHERE student_id = ?", [one])}  # i18n: not text
        values = {"name": _quoted(name)}
    elif kind == "session":
        found = store.conn.execute("SELECT s.held_on, c.name FROM sessions s LEFT JOIN classes c ON c.id = "
                                   "s.class_id WHERE s.id = ?", [one]).fetchone()
        if found is not None:
            removes = {"sessions": 1, "journal_entries": _count(
                store, "SELECT COUNT(*) FROM journal_entries "  # i18n: not text
                       "WHERE session_id = ? AND deleted_at IS NULL", [one]),
                "rhythm_runs": _count(store,
                                      "SELECT COUNT(*) FROM rhythm_runs WHERE session_id = ?", [one])}  # i18n: not text
        values = {"date": found[0], "name": _quoted(found[1])} if found else {}
    else:
        found = store.conn.execute("SELECT pattern_id, started_at FROM rhythm_runs WHERE id = ?", [one]).fetchone()
        if found is not None:
            removes = {"rhythm_runs": 1, "rhythm_hits": _count(
                store, "SELECT COUNT(*) FROM rhythm_hits WHERE run_id = ?", [one])}  # i18n: not text
        values = {"name": _quoted(found[0]), "date": str(found[1])[:10]} if found else {}
    if not removes:
        return Deletion(kind, one, translate("store.import_plan", ABSENT[kind]))
    own = {"class": "classes", "student": "students", "session": "sessions", "rhythm_run": "rhythm_runs"}[kind]
    parts = listed({t: n for t, n in removes.items() if t != own})
    alone, with_parts = LABELS[kind]
    words = translate("store.import_plan", with_parts if parts else alone).format(parts=parts, **values)
    return Deletion(kind, one, words, removes)


def _marked_words(table: str, mine: Row, author: str) -> str:
    """Which row a newer version deletes; a journal entry is named by its (quoted) author, never by its words."""
    if table == "classes":
        return translate("store.import_plan", "class {name}, marked deleted").format(name=_quoted(mine["name"]))
    if table == "students":
        return translate("store.import_plan", "student {name}, marked deleted").format(
            name=_quoted(mine["display_name"]))
    if table == "sessions":
        return translate("store.import_plan", "the session of {date}, marked deleted").format(date=mine["held_on"])
    if table == "rhythm_runs":
        return translate("store.import_plan", "the rhythm run {name} of {date}, marked deleted").format(
            name=_quoted(mine["pattern_id"]), date=str(mine["started_at"])[:10])
    return translate("store.import_plan", "a journal entry by {name}, deleted there").format(name=author)
