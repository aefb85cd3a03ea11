"""Consistent copies of the database (SQLite's backup API), at most once a day, in rotation.

Rotation keeps the newest backup of each of the 7 most recent days, 4 most recent weeks and
6 most recent months that have one: a class that meets weekly still keeps months of history.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.store.db_file import DB_NAME, check_file
from app.store.ids import utc_now
from app.store.tx import HasConnection

log = logging.getLogger(__name__)

BACKUP_DIR = "backups"
_NAME = re.compile(r"^empathy-(\d{8}T\d{6}Z)(-[a-z-]+)?\.sqlite3$")
KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 7, 4, 6
KEEP_MILESTONES = 5  # before-import / before-upgrade copies kept beyond the rotation


def backups_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIR


def backup_time(path: Path) -> datetime | None:
    found = _NAME.match(path.name)
    if not found:
        return None
    return datetime.strptime(found.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


def list_backups(data_dir: Path) -> list[Path]:
    """Backups, newest first."""
    folder = backups_dir(data_dir)
    found = [p for p in folder.glob("empathy-*.sqlite3") if backup_time(p)] if folder.is_dir() else []
    return sorted(found, key=lambda p: (backup_time(p), p.name), reverse=True)


def to_keep(moments: Iterable[datetime]) -> set[datetime]:
    """Which backup times survive rotation (pure, so it can be property-tested)."""
    ordered = sorted(set(moments), reverse=True)
    keep: set[datetime] = set()
    for bucket_of, count in ((lambda m: m.date(), KEEP_DAYS),
                             (lambda m: m.isocalendar()[:2], KEEP_WEEKS),
                             (lambda m: (m.year, m.month), KEEP_MONTHS)):
        seen: list[object] = []
        for moment in ordered:
            bucket = bucket_of(moment)
            if bucket not in seen:
                seen.append(bucket)
                if len(seen) > count:
                    break
                keep.add(moment)
    return keep


def _sweep_partials(data_dir: Path) -> None:
    """Copies cut off half-way, and the -wal/-shm files that versions before 0.2 left beside each backup."""
    folder = backups_dir(data_dir)
    old = time.time() - 600  # a copy another process is writing right now is younger than that
    for leftover in folder.glob("empathy-*.partial*") if folder.is_dir() else ():
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < old:
                leftover.unlink()


def rotate(data_dir: Path) -> list[Path]:
    """Delete the backups rotation does not keep (and leftovers of unfinished copies); returns what was deleted."""
    _sweep_partials(data_dir)
    backups = list_backups(data_dir)
    keep = to_keep(backup_time(p) for p in backups)
    # Copies taken before an import or an upgrade are the way back from that one step: the newest few stay
    # even when a later copy of the same day would rotate them out.
    milestones = [p for p in backups if _NAME.match(p.name).group(2)][:KEEP_MILESTONES]  # type: ignore[union-attr]
    removed = []
    for path in backups:
        if backup_time(path) not in keep and path not in milestones:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def make_backup(data_dir: Path, *, source: sqlite3.Connection | HasConnection | None = None, reason: str = "",
                now: datetime | None = None) -> Path:
    """Write a verified copy, then rotate. The copy appears under its final name only when complete.

    Without `source` it reads through a connection of its own, so a worker thread can back up
    while the UI keeps using the main connection.
    """
    data_dir = Path(data_dir)
    folder = backups_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    moment = now or utc_now()
    while True:  # two copies in one second (imports in a loop) must not overwrite each other: the next second
        target = folder / f"empathy-{moment.strftime('%Y%m%dT%H%M%SZ')}{'-' + reason if reason else ''}.sqlite3"
        if not target.exists():
            break
        moment += timedelta(seconds=1)
    partial = target.with_suffix(".partial")
    own = source is None
    conn = (sqlite3.connect(data_dir / DB_NAME, timeout=10.0) if source is None
            else source if isinstance(source, sqlite3.Connection) else source.conn)
    try:
        destination = sqlite3.connect(partial)
        try:
            conn.backup(destination)
            # The copy inherits WAL mode; a backup is one self-contained file, with no -wal/-shm beside it.
            destination.execute("PRAGMA journal_mode=DELETE")
        finally:
            destination.close()
    finally:
        if own:
            conn.close()
    problem = check_file(partial)
    if problem:
        partial.unlink(missing_ok=True)
        raise OSError(f"the backup copy failed its check: {problem}")
    from app.files.atomic import sync_file

    sync_file(partial)   # on the disk before it counts as a backup
    os.replace(partial, target)
    rotate(data_dir)
    log.info("backup written to %s", target)
    return target


def backup_if_due(data_dir: Path, now: datetime | None = None) -> Path | None:
    """At most one backup per calendar day (UTC) of use."""
    now = now or utc_now()
    newest = next(iter(list_backups(data_dir)), None)
    newest_time = backup_time(newest) if newest else None
    if newest_time and newest_time.date() == now.date():
        return None
    return make_backup(data_dir, now=now)


def last_good_backup(data_dir: Path) -> Path | None:
    for path in list_backups(data_dir):
        if check_file(path) is None:
            return path
    return None


def restore(data_dir: Path, backup: Path) -> Path:
    """Put a backup in place of the database; the current file is moved aside, never deleted."""
    data_dir, backup = Path(data_dir), Path(backup)
    problem = check_file(backup)
    if problem:
        raise OSError(f"{backup} cannot be restored: {problem}")
    current = data_dir / DB_NAME
    aside = data_dir / "set-aside" / utc_now().strftime("%Y%m%dT%H%M%SZ")
    if current.exists():
        aside.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            part = current.with_name(current.name + suffix)
            if part.exists():
                os.replace(part, aside / part.name)
    shutil.copy2(backup, current.with_suffix(".restoring"))
    os.replace(current.with_suffix(".restoring"), current)
    log.info("restored %s from %s (old file in %s)", current, backup, aside)
    return aside
