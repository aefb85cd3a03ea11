"""Opening the database safely: refuse what we must not touch, migrate what we may.

A file that is not ours, is damaged, or was written by a newer app is never written to; the
error says what happened and names the last good backup, so a facilitator can get back.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import app.store.migrations as migrations
from app.i18n import translate
from app.store.db_file import DB_NAME, check_file, damage_words, read_only_uri  # noqa: F401 (this module's API too)

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)

WRITE_PATIENCE_S = 30.0  # how long any write waits for another writer before it fails with a message


class StoreError(Exception):
    """A problem a user can act on; the message says what to do."""


class NewerDatabaseError(StoreError):
    pass


class DamagedDatabaseError(StoreError):
    def __init__(self, message: str, path: Path, last_good_backup: Path | None) -> None:
        super().__init__(message)
        self.path = path
        self.last_good_backup = last_good_backup


@dataclass
class Store:
    """The open database and the folder it lives in (backups and logs sit beside it).

    Only app/store's modules touch `conn` and `db` (tests/unit/test_house.py): the rest of the app calls their
    functions, and says `transaction(store)` for all-or-nothing work across them. Most SQL is written out (see
    docs/house.md, "Raw SQL and sqlite-utils"); sqlite-utils through `db` inserts and upserts single rows from
    dicts, and is imported on first use so a plain start (which only reads) does not pay for importing it.
    """

    conn: sqlite3.Connection
    data_dir: Path
    created: bool = False
    _closed: bool = field(default=False, repr=False)

    @cached_property
    def db(self) -> Database:
        from sqlite_utils import Database

        return Database(self.conn)

    @property
    def path(self) -> Path:
        return self.data_dir / DB_NAME

    def close(self) -> None:
        if not self._closed:
            self.conn.close()
            self._closed = True


def wait_to_write(store: Store, say: Callable[[str], None], patience_s: float = 60.0) -> None:
    """Before a command writes: when another window or command is saving, say so and wait for it politely.

    A writer holds the database for milliseconds, an import for a few seconds; only after `patience_s`
    does the command give up, having changed nothing.
    """
    conn = store.conn
    conn.execute("PRAGMA busy_timeout = 300")
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        if "locked" not in str(error) and "busy" not in str(error):
            raise StoreError(translate("store.db", "The database {path} cannot be written ({reason}). Nothing was "
                                       "changed.").format(path=store.path, reason=error)) from error
        say(translate("store.db", "The database is busy: the app or another command is saving. Waiting up to "
                      "{seconds} s …").format(seconds=f"{patience_s:.0f}"))
        conn.execute(f"PRAGMA busy_timeout = {int(patience_s * 1000)}")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as again:
            raise StoreError(translate("store.db", "The database was still busy after {seconds} s. Nothing was "
                                       "changed. Finish or close what is saving in the app, then run the command "
                                       "again.").format(seconds=f"{patience_s:.0f}")) from again
    conn.rollback()
    conn.execute(f"PRAGMA busy_timeout = {int(WRITE_PATIENCE_S * 1000)}")


def set_patience(store: Store, milliseconds: int) -> None:
    """How long this connection's writes wait for another writer before they fail (and are retried)."""
    store.conn.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")


def stop_writing(store: Store) -> None:
    """Damage was found while the app runs: from here on the connection only reads, so nothing more is
    written into the damaged file (a write now fails with a message and the words stay on screen)."""
    store.conn.execute("PRAGMA query_only = ON")
    log.warning("%s: writing stopped, the database is damaged", store.path)


def integrity_problem(data_dir: Path) -> DamagedDatabaseError | None:
    """The thorough check of an open database, as the error to show, or None when all is well."""
    path = Path(data_dir) / DB_NAME
    reason = check_file(path)
    return _damaged(path, reason, Path(data_dir)) if reason else None


def _damaged(path: Path, reason: str, data_dir: Path) -> DamagedDatabaseError:
    from app.store.backup import last_good_backup

    backup = last_good_backup(data_dir)
    advice = (translate("store.db", "The last good backup is {backup}. Choose 'Restore backup' in the app, or "
                        "run `python -m app restore \"{backup}\"`; the damaged file is kept aside, not deleted."
                        ).format(backup=backup)
              if backup else translate("store.db", "No backup was found. Copy the file somewhere safe and ask for "
                                       "help; or start with a fresh data folder using --data-dir."))
    opened = translate("store.db", "The database {path} cannot be opened: {reason}. It has not been changed.").format(
        path=path, reason=reason)
    return DamagedDatabaseError(f"{opened} {advice}", path, backup)


def open_store(data_dir: Path, *, thorough_check: bool = True) -> Store:
    """Open (creating on first use) the database in data_dir, migrated to the latest schema."""
    data_dir = Path(data_dir)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(translate("store.db", "The data folder {folder} cannot be created ({reason}). Choose a "
                                   "folder you can write to with --data-dir.").format(
            folder=data_dir, reason=error.strerror)) from error
    path = data_dir / DB_NAME
    created = not path.exists() or path.stat().st_size == 0
    if not created:
        reason = check_file(path, thorough=thorough_check)
        if reason:
            raise _damaged(path, reason, data_dir)
    try:
        conn = sqlite3.connect(path, timeout=5.0, check_same_thread=False)
    except sqlite3.Error as error:
        raise StoreError(translate("store.db", "The database {path} cannot be opened ({reason}). Check that the "
                                   "folder is writable, or choose another with --data-dir.").format(
            path=path, reason=error)) from error
    try:
        version = migrations.current_version(conn)
        if version > migrations.LATEST:
            raise NewerDatabaseError(translate(
                "store.db", "The database {path} was written by a newer version of Empathy Ambassadors (schema "
                "{version}; this version knows up to {latest}). It has not been changed. Install the newer version, "
                "or open a different data folder with --data-dir.").format(
                path=path, version=version, latest=migrations.LATEST))
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA secure_delete=ON")  # a forgotten student's words are overwritten, not just unlinked
        conn.execute("PRAGMA synchronous=NORMAL")
        if 0 < version < migrations.LATEST:
            from app.store.backup import make_backup

            make_backup(data_dir, source=conn, reason="before-upgrade")
        ran = migrations.migrate(conn) if version < migrations.LATEST else 0  # no write lock when current
    except StoreError:
        conn.close()
        raise
    except (sqlite3.OperationalError, OSError) as error:
        conn.close()
        raise StoreError(translate("store.db", "The database {path} could not be prepared ({reason}). Nothing was "
                                   "lost. If the disk is full, free some space; if another copy of the app is open "
                                   "on it, close that one.").format(path=path, reason=error)) from error
    except sqlite3.DatabaseError as error:
        conn.close()
        raise _damaged(path, damage_words(str(error)), data_dir) from error
    if ran:
        log.info("migrated %s by %d step(s) to schema %d", path, ran, migrations.LATEST)
    return Store(conn=conn, data_dir=data_dir, created=created)
