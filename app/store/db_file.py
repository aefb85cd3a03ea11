"""The database file itself, checked without opening it for writing: its name, a read-only URI, and whether a
file is a usable database. Apart from db.py so that backup.py can check its copies without importing the
store that makes them (no import circle between the two)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.files.checks import DATABASE_NAME
from app.i18n import translate

DB_NAME = DATABASE_NAME


def read_only_uri(path: Path) -> str:
    """A URI that opens `path` read-only; quoted, so a folder named with '?' or '#' still works."""
    return Path(path).absolute().as_uri() + "?mode=ro"


def check_file(path: Path, *, thorough: bool = True) -> str | None:
    """Why this file is not a usable database, or None if it looks fine. Reads only, and only through SQLite.

    Never Python's open(): closing any descriptor of the live file drops this process's POSIX locks, and
    another process closing its connection would then delete the WAL under the running app.
    `thorough` runs SQLite's integrity_check: every page, and every index against its table (quick_check
    misses a damaged index, through which duplicates get in); about 2 ms per MB once the file is cached.
    """
    path = Path(path)
    if not path.is_file():
        return translate("store.db", "it could not be read (it is missing or not a file)")
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            # page_count reads the header: "file is not a database" for anything else
            conn.execute("PRAGMA page_count").fetchone()
            rows = conn.execute("PRAGMA integrity_check(3)").fetchall() if thorough else [("ok",)]
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        if "not a database" in str(error):   # i18n: not text (SQLite's message)
            return translate("store.db", "it is not a database file")
        if "unable to open" in str(error):   # i18n: not text (SQLite's message)
            return translate("store.db", "it could not be read ({reason})").format(reason=error)
        return damage_words(str(error))
    if rows != [("ok",)]:
        return damage_words("; ".join(str(r[0]) for r in rows[:3]))
    if names and "schema_version" not in names:
        return translate("store.db", "it is a database of some other program")
    return None


def damage_words(details: str) -> str:
    return translate("store.db", "it is damaged ({details})").format(details=details)
