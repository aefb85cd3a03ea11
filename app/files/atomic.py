"""Writing a file the user asked for, whole or not at all (pure: standard library only).

The one way the app writes a file in place: beside the target, flushed to the disk (fsync: a USB stick is
pulled out as soon as the app says "saved"), then renamed over it, so a full disk, a crash or a pulled stick
leaves the old file or none, never half of one. Bundles, backups, PDFs, decks, own copies of curriculum files
and the curriculum cache all go through here.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import IO


def write_atomically_with(path: Path, write: Callable[[IO[bytes]], None], *, private: bool = False) -> None:
    """`write` fills a temp file beside `path` (streamed: a large zip need not sit in memory), then it is synced
    and renamed over `path`. `private` makes it readable by its owner only (a file full of pupils' names);
    otherwise the usual umask-governed mode."""
    path = Path(path)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if private else 0o666)
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_atomically(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write `data` as the whole of `path`, or leave `path` as it was."""
    write_atomically_with(path, lambda handle: handle.write(data), private=private)


def sync_file(path: Path) -> None:
    """Flush a file another library wrote (SQLite's backup copy) to the disk before it is renamed into place."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
