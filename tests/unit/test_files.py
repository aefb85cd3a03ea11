"""The one way the app writes a file: whole or not at all, on the disk before it is renamed into place, and
readable by its owner only when it holds pupils' names."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.files.atomic import sync_file, write_atomically, write_atomically_with


def test_a_failed_write_leaves_the_old_file_and_no_litter(tmp_path: Path) -> None:
    target = tmp_path / "class.eabundle"
    write_atomically(target, b"the old bundle")

    def half(handle) -> None:
        handle.write(b"half a")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        write_atomically_with(target, half)
    assert target.read_bytes() == b"the old bundle"
    assert [p.name for p in tmp_path.iterdir()] == ["class.eabundle"]


def test_private_files_are_the_owners_only_and_others_follow_the_umask(tmp_path: Path) -> None:
    write_atomically(tmp_path / "names.eabundle", b"x", private=True)
    write_atomically(tmp_path / "deck.pdf", b"x")
    assert stat.S_IMODE((tmp_path / "names.eabundle").stat().st_mode) == 0o600
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE((tmp_path / "deck.pdf").stat().st_mode) == 0o666 & ~umask
    sync_file(tmp_path / "deck.pdf")   # another library's file, flushed before it is renamed
