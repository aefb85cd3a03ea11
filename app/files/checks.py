"""Checks before opening a file a user chose to import (a spreadsheet, a bundle): PURE, standard library only.

Two files must never be opened with Python's open() by the app: a FIFO or device (reading it never ends,
and the window hangs), and the app's own live database (closing any descriptor of it drops this process's
SQLite locks, and another process may then delete the WAL under the running app: see app/store/db.py).
"""

from __future__ import annotations

import stat
from pathlib import Path

from app.i18n import translate

DATABASE_NAME = "empathy.sqlite3"
LIVE_DATABASE_FILES = (DATABASE_NAME, DATABASE_NAME + "-wal", DATABASE_NAME + "-shm")


def why_not_to_open(path: Path) -> str | None:
    """Why `path` must not be opened for an import, or None. A missing file or a folder is left to the caller,
    whose own message for those says what to choose instead."""
    if Path(path).name.casefold() in LIVE_DATABASE_FILES:
        return translate("inputs", "this is the app's own database, not a file to import; choose a file exported "
                                   "or saved elsewhere")
    try:
        mode = Path(path).stat().st_mode
    except OSError:
        return None
    if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
        return None
    return translate("inputs", "this is not an ordinary file (a device or a pipe); choose a file saved on a disk or a "
                               "USB stick")


class NotToOpen(ValueError):
    """`str(error)` says why the file was not opened (see why_not_to_open)."""


class TooLarge(ValueError):
    def __init__(self, size: int) -> None:
        super().__init__(f"{size} bytes")
        self.size = size


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of a file a user chose, checked before it is opened: NotToOpen, TooLarge (before reading when
    the size says so, and never more than `limit` + 1 bytes read, for a file that grows or a device that
    claims size 0), or OSError when it cannot be read (missing, a folder, no permission)."""
    refused = why_not_to_open(path)
    if refused:
        raise NotToOpen(refused)
    size = Path(path).stat().st_size
    if size > limit:
        raise TooLarge(size)
    with Path(path).open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(max(size, len(data)))
    return data
