"""Carrying a class between laptops with no network: export everything to one bundle, merge one in.

The merge is a join: for every row the winner is chosen by (deleted?, updated_at, the row itself), so
importing the same bundle twice changes nothing, the order of imports does not matter, a deletion wins
over any edit, and the newer of two edits wins. Ids in a tombstone (a student or class deleted outright)
are never written, and tombstones travel too. Private entries travel exactly as stored: sealed ones
sealed, and the facilitator's reviews never leave the laptop.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import __version__
from app.store import migrations
from app.store.bundle_file import BundleError, read_bundle, write_bundle
from app.store.db import Store
from app.store.forget import erase_run, erase_session, erase_students, purge_class
from app.store.ids import new_id
from app.store.settings import get_setting, set_setting
from app.store.tx import transaction

log = logging.getLogger(__name__)

# Parents before children, so every reference exists when a row is written.
SPEC: dict[str, tuple[str, ...]] = {
    "classes": ("id", "name", "created_at", "updated_at", "archived_at", "deleted_at"),
    "students": ("id", "class_id", "display_name", "pronouns", "avatar_colour", "avatar_icon", "pin_hash",
                 "created_at", "updated_at", "deleted_at"),
    "sessions": ("id", "class_id", "phase", "plan_id", "held_on", "notes", "created_at", "updated_at", "deleted_at"),
    "session_activities": ("id", "session_id", "position", "activity_id", "planned_minutes", "actual_minutes",
                           "updated_at", "deleted_at"),
    "attendance": ("session_id", "student_id", "present", "updated_at"),
    "journal_entries": ("id", "student_id", "session_id", "prompt_id", "body", "visibility", "created_at",
                        "updated_at", "deleted_at", "sealed", "key_salt"),
    "rhythm_runs": ("id", "class_id", "session_id", "pattern_id", "started_at", "summary_json", "updated_at",
                    "deleted_at", "status", "ended_at", "settings_json"),
    "rhythm_hits": ("id", "run_id", "player", "student_id", "t_ms", "beat", "offset_ms", "grade", "updated_at",
                    "deleted_at"),
    "tombstones": ("id", "kind", "deleted_at"),
}
MERGED = tuple(t for t in SPEC if t != "tombstones")
KEYS: dict[str, tuple[str, ...]] = {t: ("session_id", "student_id") if t == "attendance" else ("id",) for t in SPEC}
# Columns holding ids that a tombstone may name: a row pointing at a forgotten student or class is not written.
REFERENCES: dict[str, tuple[str, ...]] = {
    "classes": ("id",), "students": ("id", "class_id"), "sessions": ("id", "class_id"),
    "session_activities": ("id", "session_id"), "attendance": ("session_id", "student_id"),
    "journal_entries": ("id", "student_id", "session_id"), "rhythm_runs": ("id", "class_id", "session_id"),
    "rhythm_hits": ("id", "run_id", "student_id"),
}

Row = dict[str, Any]


@dataclass
class MergeReport:
    """What an import did, per table, for the message after it."""

    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    kept_deleted: int = 0
    source: str = ""

    @property
    def changed(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values())

    def summary(self) -> str:
        if not self.changed:
            return "Nothing new: this laptop already had everything in the bundle."
        names = {"journal_entries": "journal entries", "rhythm_runs": "rhythm runs", "rhythm_hits": "rhythm hits",
                 "session_activities": "session steps"}
        parts = [f"{n} {names.get(t, t).replace('_', ' ')}" for t, n in self.added.items() if n]
        text = ("Added " + ", ".join(parts) + ". ") if parts else ""
        updated = sum(self.updated.values())
        if updated:
            text += f"Brought {updated} rows up to date. "
        if self.kept_deleted:
            text += f"{self.kept_deleted} rows about deleted students or classes were not brought back."
        return text.strip()


def rank(row: Row) -> tuple[bool, str, str]:
    """Which of two versions of a row wins a merge: deleted beats live, then newer, then a fixed order."""
    return (row.get("deleted_at") is not None, str(row["updated_at"]),
            json.dumps(row, sort_keys=True, ensure_ascii=False))


def laptop_id(store: Store) -> str:
    value = get_setting(store, "laptop_id")
    if value is None:
        value = new_id()
        set_setting(store, "laptop_id", value)
    return value


def _rows(store: Store, table: str, where: str = "") -> list[Row]:
    columns = SPEC[table]
    cursor = store.conn.execute(f"SELECT {', '.join(columns)} FROM {table} {where}")
    return [dict(zip(columns, row, strict=True)) for row in cursor]


def export_bundle(store: Store, path: Path | str, *, shared_only: bool = False) -> tuple[Path, dict[str, int]]:
    """Everything that travels, in one file; returns the file written (.eabundle added) and rows per table.

    `shared_only` is the export meant for others (a colleague, the school office): no private entry
    goes into it in any form.
    """
    tables = {table: _rows(store, table, "WHERE visibility != 'private'" if shared_only and
                           table == "journal_entries" else "") for table in SPEC}
    written = write_bundle(path, tables, schema_version=migrations.LATEST, source=laptop_id(store),
                           app_version=__version__)
    return written, {table: len(rows) for table, rows in tables.items()}


def _key(table: str, row: Row) -> tuple[Any, ...]:
    return tuple(row[c] for c in KEYS[table])


def _apply_tombstones(store: Store, incoming: list[Row], known: set[str]) -> set[str]:
    """Carry out deletions made on the other laptop; returns every tombstoned id."""
    run = store.conn.execute
    order = {"student": 0, "rhythm_run": 1, "session": 2, "class": 3}
    for stone in sorted(incoming, key=lambda r: (order.get(r["kind"], 4), r["id"])):
        if stone["id"] in known:
            continue
        if stone["kind"] == "student":
            erase_students(store, [stone["id"]], stone["deleted_at"])
        elif stone["kind"] == "class":
            purge_class(store, stone["id"], stone["deleted_at"])
        elif stone["kind"] == "session":
            erase_session(store, stone["id"], stone["deleted_at"])
        elif stone["kind"] == "rhythm_run":
            erase_run(store, stone["id"], stone["deleted_at"])
        run("INSERT OR IGNORE INTO tombstones (id, kind, deleted_at) VALUES (?, ?, ?)",
            [stone["id"], stone["kind"], stone["deleted_at"]])
    return {r[0] for r in run("SELECT id FROM tombstones")}


def merge_tables(store: Store, tables: dict[str, list[Row]], progress: Callable[[int, int], None] | None = None
                 ) -> MergeReport:
    """Merge validated rows into the database; the caller holds the transaction."""
    report = MergeReport()
    known = {r[0] for r in store.conn.execute("SELECT id FROM tombstones")}
    gone = _apply_tombstones(store, tables.get("tombstones", []), known)
    for step, table in enumerate(MERGED):
        columns = SPEC[table]
        local = {_key(table, row): row for row in _rows(store, table)}
        added = updated = 0
        for row in tables.get(table, []):
            if any(row[c] in gone for c in REFERENCES[table] if row[c] is not None):
                report.kept_deleted += 1
                continue
            mine = local.get(_key(table, row))
            if mine is None:
                store.conn.execute(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                                   f"({', '.join('?' * len(columns))})", [row[c] for c in columns])
                added += 1
            elif rank(row) > rank(mine):
                changes = [c for c in columns if c not in KEYS[table]]
                keys = KEYS[table]
                store.conn.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in changes)} WHERE "
                                   + " AND ".join(f"{k} = ?" for k in keys),
                                   [*(row[c] for c in changes), *(row[k] for k in keys)])
                updated += 1
        report.added[table], report.updated[table] = added, updated
        if progress:
            progress(step + 1, len(MERGED))
    return report


def import_bundle(store: Store, path: Path | str, progress: Callable[[int, int], None] | None = None
                  ) -> MergeReport:
    """Check the whole file first, then merge it in one transaction: all of it, or nothing."""
    path = Path(path)
    bundle = read_bundle(path, spec=SPEC, max_schema=migrations.LATEST)
    try:
        with transaction(store.conn):
            report = merge_tables(store, bundle.tables, progress)
    except sqlite3.IntegrityError as error:
        raise BundleError(f"{path.name} does not fit together (it refers to things it does not contain: {error}). "
                          "Nothing was imported. Export it again on the laptop that made it.") from error
    except sqlite3.OperationalError as error:
        raise BundleError(f"{path.name} could not be imported ({error}). Nothing was imported. If the disk is "
                          "full, free some space; if another copy of the app is open, close it; then try again."
                          ) from error
    report.source = str(bundle.manifest.get("source", ""))
    log.info("imported %s: %s", path, report.summary())
    return report
