"""Carrying a class between laptops with no network: export everything to one bundle, merge one in.

The merge is a join: for every row the winner is chosen by (deleted?, updated_at, the row itself), so
importing the same bundle twice changes nothing, the order of imports does not matter, a deletion wins
over any edit, and the newer of two edits wins. Ids in a tombstone (a student or class deleted outright)
are never written, and tombstones travel too. Private entries travel exactly as stored: sealed ones
sealed, and the facilitator's reviews never leave the laptop.

Importing is two steps (DESIGN: imports show before they write): `plan_import` reads and compares
and writes nothing; `carry_out` takes a verified backup, then merges in one transaction. Deletions the
bundle brings are carried out only when asked for (`apply_deletions`); otherwise they are skipped and
not recorded, so a later import offers them again.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from app import __version__
from app.i18n import translate
from app.store import migrations
from app.store.bundle_file import BundleError, Limits, read_bundle
from app.store.bundle_write import write_bundle
from app.store.db import Store
from app.store.forget import erase_run, erase_session, erase_students, purge_class
from app.store.ids import new_id
from app.store.import_plan import (
    ADDED,
    KEYS,
    MERGED,
    REFERENCES,
    SPEC,
    TOMBSTONE_KINDS,
    decide,
    describe_deletions,
    plan_tables,
    rank,
)
from app.store.import_preview import ImportPlan, Outcome, Row
from app.store.import_words import ImportReport
from app.store.measure import ROUNDS, SOURCES
from app.store.settings import get_setting, set_setting
from app.store.tx import transaction

__all__ = ["KEYS", "LIMITS", "MERGED", "REFERENCES", "SPEC", "carry_out", "export_bundle",
           "import_bundle", "laptop_id", "plan_import", "rank"]
log = logging.getLogger(__name__)

# Characters one value may hold (the rest: Limits.max_text, 400: ids, names, dates, short codes).
# A journal entry of 200,000 characters is a hundred pages; a sealed one is its base64 ciphertext.
LIMITS = Limits(text={
    "sessions": {"notes": 200_000},
    "journal_entries": {"body": 200_000, "sealed": 1_100_000},
    "rhythm_runs": {"summary_json": 1_000_000, "settings_json": 100_000},
})
NOT_NULL_TEXT = ("updated_at",)  # compared in every merge, so it must be text
# The export meant for others leaves out private entries, and the answers of students who may not be counted.
SHARED_ONLY = {"journal_entries": "WHERE visibility != 'private'",  # i18n: not text
               "measure_answers": "WHERE student_id NOT IN "  # i18n: not text
                                  "(SELECT student_id FROM measure_consent WHERE counted = 0)"}
# Values the questionnaire tables may hold; anything else would be scored as an answer it is not.
ALLOWED = {("measure_rounds", "round"): frozenset(ROUNDS), ("measure_answers", "source"): frozenset(SOURCES),
           ("measure_rounds", "demo"): frozenset({0, 1}), ("measure_consent", "counted"): frozenset({0, 1}),
           ("measure_consent", "research"): frozenset({0, 1})}


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
    """Everything that travels, in one file at exactly `path`; returns the file written and rows per table.

    `shared_only` is the export meant for others (a colleague, the school office): no private entry
    goes into it in any form.
    """
    tables = {table: _rows(store, table, SHARED_ONLY.get(table, "") if shared_only else "") for table in SPEC}
    written = write_bundle(path, tables, schema_version=migrations.LATEST, source=laptop_id(store),
                           app_version=__version__, limits=LIMITS)
    return written, {table: len(rows) for table, rows in tables.items()}


def _check_rows(path: Path, tables: Mapping[str, list[Row]]) -> None:
    """What the merge relies on beyond the file's own checks: ids are text, tombstones of known kinds."""
    def refuse(detail: str) -> BundleError:
        return BundleError(translate("store.exchange", "{path} cannot be imported: its contents are not what a "
                                     "class bundle should hold ({detail}). Make the bundle again on the laptop that "
                                     "made it. Nothing was imported.").format(path=path, detail=detail))

    for table, rows in tables.items():
        ids = set(KEYS[table]) | set(REFERENCES.get(table, ())) | set(NOT_NULL_TEXT)
        for number, row in enumerate(rows, start=1):
            for column in ids & set(SPEC[table]):
                value = row[column]
                if not isinstance(value, str) and (value is not None or column in KEYS[table] + NOT_NULL_TEXT):
                    raise refuse(translate("store.exchange", "record {number} of '{table}' has no valid "
                                           "'{column}'").format(number=number, table=table, column=column))
            for (where, column), allowed in ALLOWED.items():
                if where == table and (isinstance(row[column], bool) or row[column] not in allowed):
                    raise refuse(translate("store.exchange", "record {number} of '{table}' has an unknown "
                                           "'{column}'").format(number=number, table=table, column=column))
            if table == "sessions" and any(row[c] is not None and (type(row[c]) is not int or row[c] < 0)
                                           for c in ("furthest_slide", "slide_count")):
                raise refuse(translate("store.exchange", "record {number} of 'sessions' has a step that is not a "
                                       "whole number").format(number=number))
            if table == "measure_answers" and row["value"] is not None and (
                    type(row["value"]) is not int or not 0 <= row["value"] <= 100):
                raise refuse(translate("store.exchange", "record {number} of 'measure_answers' holds an answer that "
                                       "is not a small number").format(number=number))
            if table == "tombstones" and (row["kind"] not in TOMBSTONE_KINDS
                                          or not isinstance(row["deleted_at"], str)):
                raise refuse(translate("store.exchange", "record {number} of 'tombstones' is a kind of deletion "
                                       "this version does not know").format(number=number))


def plan_import(store: Store, path: Path | str) -> ImportPlan:
    """Read and check the whole file, then work out what importing it would change; writes nothing."""
    path = Path(path)
    bundle = read_bundle(path, spec=SPEC, max_schema=migrations.LATEST, limits=LIMITS, added=ADDED)
    _check_rows(path, bundle.tables)
    plan = plan_tables(store, bundle.tables, bundle.manifest)
    plan.path, plan.tables = str(path), bundle.tables
    log.info("planned import of %s: %s additions, %s updates, %s deletions", path,
             sum(plan.without_deletions.added.values()), sum(plan.without_deletions.updated.values()),
             len(plan.deletions))
    return plan


# What the program report needs from a bundle: no journal words, no single drum hits.
NOT_FOR_REPORTS = ("journal_entries", "rhythm_hits")
Refused = list[tuple[str, str]]  # (file name, why) for bundles that could not be read or merged


def merge_for_report(store: Store, paths: Sequence[Path], progress: Callable[[int, int], None] | None = None
                     ) -> tuple[dict[str, str], Refused]:
    """Merge bundles into a scratch database that the program report reads.

    Returns the live classes (id → the first bundle that holds it) and the bundles refused with why. The rows
    of all the bundles are joined first, by the merge's own rule (`rank`), and written in one merge: a class
    exported twice, or from two laptops, is one class. Deletions are applied (the report shows each class as
    it stands), no backup is made (the scratch database is thrown away), and journal entries and drum hits are
    left out: the report never needs them.
    """
    joined: dict[str, dict[tuple[Any, ...], Row]] = {t: {} for t in SPEC if t not in NOT_FOR_REPORTS}
    origin: dict[str, str] = {}
    refused: Refused = []
    readable: list[tuple[Path, dict[str, list[Row]]]] = []
    for number, path in enumerate(paths, start=1):
        try:
            bundle = read_bundle(path, spec=SPEC, max_schema=migrations.LATEST, limits=LIMITS, added=ADDED)
            _check_rows(path, bundle.tables)
        except BundleError as error:  # said for an import; here nothing is imported anyway
            refused.append((path.name, str(error).replace(" Nothing was imported.", "")))
        else:
            tables = {t: rows for t, rows in bundle.tables.items() if t in joined}
            readable.append((path, tables))
            _join(joined, tables)
            for row in tables.get("classes", []):
                origin.setdefault(row["id"], path.name)
        if progress:
            progress(number, len(paths))
    try:
        with transaction(store.conn):
            merge_tables(store, {t: list(rows.values()) for t, rows in joined.items()}, apply_deletions=True)
    except sqlite3.Error as error:  # one of them does not fit: find which, merging them one at a time
        log.info("program report: the bundles do not merge together (%s); merging one at a time", error)
        refused += _one_at_a_time(store, readable)
    alive = {r[0] for r in store.conn.execute("SELECT id FROM classes WHERE deleted_at IS NULL")}
    return {c: source for c, source in origin.items() if c in alive}, refused


def _join(joined: dict[str, dict[tuple[Any, ...], Row]], tables: Mapping[str, list[Row]]) -> None:
    for table, rows in tables.items():
        kept = joined[table]
        for row in rows:
            found = kept.get(key := tuple(row[c] for c in KEYS[table]))
            if found is None or (table != "tombstones" and rank(row) > rank(found)):
                kept[key] = row


def _one_at_a_time(store: Store, readable: list[tuple[Path, dict[str, list[Row]]]]) -> Refused:
    refused: Refused = []
    for path, tables in readable:
        try:
            with transaction(store.conn):
                merge_tables(store, tables, apply_deletions=True)
        except sqlite3.Error as error:
            refused.append((path.name, translate("store.exchange", "{name} does not fit together with the other "
                                                 "bundles or within itself ({reason}). Export it again on the laptop "
                                                 "that made it.").format(name=path.name, reason=error)))
    return refused


def _carry_out_tombstones(store: Store, stones: list[Row]) -> None:
    """Deletions made on the other laptop, in order (students before classes), each leaving its tombstone."""
    for stone in stones:
        one, when = stone["id"], stone["deleted_at"]
        if stone["kind"] == "student":
            erase_students(store, [one], when)
        elif stone["kind"] == "class":
            purge_class(store, one, when)
        elif stone["kind"] == "session":
            erase_session(store, one, when)
        else:
            erase_run(store, one, when)
        store.conn.execute("INSERT OR IGNORE INTO tombstones (id, kind, deleted_at) VALUES (?, ?, ?)",
                           [one, stone["kind"], when])


def merge_tables(store: Store, tables: Mapping[str, list[Row]], *, apply_deletions: bool = False,
                 progress: Callable[[int, int], None] | None = None, outcome: Outcome | None = None
                 ) -> ImportReport:
    """Merge checked rows into the database; the caller holds the transaction.

    The decisions are worked out inside the transaction, by the same rules as the preview (or handed in
    as `outcome` by a caller that already worked them out under this transaction).
    """
    deletions = describe_deletions(store, tables)
    outcome = outcome or decide(store, tables, apply_deletions=apply_deletions)
    _carry_out_tombstones(store, outcome.tombstones)
    for step, table in enumerate(MERGED):
        columns, keys = SPEC[table], KEYS[table]
        changes = [c for c in columns if c not in keys]
        store.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "  # i18n: not text
                               f"({', '.join('?' * len(columns))})",
                               [[row[c] for c in columns] for row in outcome.inserts.get(table, [])])
        store.conn.executemany(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in changes)} WHERE "
                               + " AND ".join(f"{k} = ?" for k in keys),
                               [[*(row[c] for c in changes), *(row[k] for k in keys)]
                                for row in outcome.updates.get(table, [])])
        if progress:
            progress(step + 1, len(MERGED))
    return ImportReport(added=outcome.added, updated=outcome.updated,
                        deleted=deletions if apply_deletions else [],
                        skipped=[] if apply_deletions else deletions, held=outcome.held,
                        marked={} if apply_deletions else outcome.marked,
                        kept_deleted=outcome.kept_deleted)


def carry_out(store: Store, plan: ImportPlan, *, apply_deletions: bool = False,
              progress: Callable[[int, int], None] | None = None, backup: bool = True) -> ImportReport:
    """Back up, then merge the planned bundle in one transaction: all of it, or nothing.

    What the merge will do is decided again under the write lock, so a change made by another window
    since the preview cannot slip in unbacked: whenever the merge writes, a backup of exactly the state it
    starts from comes first; when that backup cannot be made, nothing is imported (a BundleError says why).
    """
    name = Path(plan.path).name
    copy = None
    try:
        with transaction(store.conn):
            outcome = decide(store, plan.tables, apply_deletions=apply_deletions)
            if backup and outcome.writes:
                copy = _backup_first(store, plan.path)
            report = merge_tables(store, plan.tables, apply_deletions=apply_deletions, progress=progress,
                                  outcome=outcome)
    except sqlite3.IntegrityError as error:
        raise BundleError(translate("store.exchange", "{name} does not fit together (it refers to things it does "
                                    "not contain: {reason}). Nothing was imported. Export it again on the laptop that "
                                    "made it.").format(name=name, reason=error)) from error
    except sqlite3.OperationalError as error:
        raise BundleError(translate("store.exchange", "{name} could not be imported ({reason}). Nothing was "
                                    "imported. If the disk is full, free some space; if another copy of the app is "
                                    "open, close it; then try again.").format(name=name, reason=error)) from error
    report.source, report.backup = plan.source, copy
    log.info("imported %s (deletions %s): %s", plan.path, "applied" if apply_deletions else "skipped",
             report.summary())
    return report


def _backup_first(store: Store, path: str) -> Path:
    """A verified copy through its own connection: WAL lets it read the committed state while this
    connection holds the write lock and has written nothing yet."""
    from app.store.backup import make_backup

    try:
        return make_backup(store.data_dir, reason="before-import")
    except (OSError, sqlite3.Error) as error:
        log.warning("no backup before importing %s: %s", path, error)
        raise BundleError(translate("store.exchange", "Nothing was imported from {name}: the backup this laptop "
                                    "makes first could not be written ({reason}). Free some space in the data "
                                    "folder, then try again.").format(name=Path(path).name, reason=error)) from error


def import_bundle(store: Store, path: Path | str, progress: Callable[[int, int], None] | None = None, *,
                  apply_deletions: bool = False, backup: bool = True) -> ImportReport:
    """Plan, back up and merge in one call (for scripts and tests); deletions only when asked for."""
    return carry_out(store, plan_import(store, path), apply_deletions=apply_deletions, progress=progress,
                     backup=backup)
