"""Backups: consistent copies, once a day, rotated, and a way back that never deletes anything."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.store import open_store
from app.store.backup import backup_if_due, backups_dir, last_good_backup, list_backups, make_backup, restore
from app.store.classes import create_class, list_classes
from app.store.db import DB_NAME


def test_backup_is_a_complete_openable_copy(store, data_dir: Path) -> None:
    create_class(store, "8A")
    path = make_backup(data_dir, source=store.conn)
    copy = open_store(_only(path))
    assert [c.name for c in list_classes(copy)] == ["8A"]
    copy.close()


def _only(backup: Path) -> Path:
    """A data folder holding just this backup as its database."""
    folder = backup.parent.parent / ("copy-of-" + backup.stem)
    folder.mkdir()
    (folder / DB_NAME).write_bytes(backup.read_bytes())
    return folder


def test_at_most_one_backup_a_day_from_its_own_connection(store, data_dir: Path) -> None:
    morning = datetime(2026, 11, 2, 8, tzinfo=UTC)
    assert backup_if_due(data_dir, morning) is not None
    assert backup_if_due(data_dir, morning + timedelta(hours=5)) is None
    assert backup_if_due(data_dir, morning + timedelta(days=1)) is not None
    assert len(list_backups(data_dir)) == 2


def test_daily_use_for_two_months_keeps_a_bounded_rotation(store, data_dir: Path) -> None:
    start = datetime(2026, 9, 1, 8, tzinfo=UTC)
    for day in range(60):
        backup_if_due(data_dir, start + timedelta(days=day))
    kept = list_backups(data_dir)
    assert 7 <= len(kept) <= 17
    assert kept[0].name == "empathy-20261030T080000Z.sqlite3"


def test_restore_puts_backup_back_and_keeps_the_old_file(store, data_dir: Path) -> None:
    create_class(store, "Before")
    backup = make_backup(data_dir, source=store.conn)
    create_class(store, "After")
    store.close()
    aside = restore(data_dir, backup)
    assert (aside / DB_NAME).exists()
    reopened = open_store(data_dir)
    assert [c.name for c in list_classes(reopened)] == ["Before"]
    reopened.close()


def test_last_good_backup_skips_a_damaged_one(store, data_dir: Path) -> None:
    good = make_backup(data_dir, source=store.conn, now=datetime(2026, 1, 1, tzinfo=UTC))
    bad = make_backup(data_dir, source=store.conn, now=datetime(2026, 1, 2, tzinfo=UTC))
    bad.write_bytes(b"garbage")
    assert last_good_backup(data_dir) == good


def test_copies_taken_before_imports_survive_a_second_import_the_same_day(store, data_dir: Path) -> None:
    morning = datetime(2026, 11, 2, 8, tzinfo=UTC)
    first = make_backup(data_dir, source=store.conn, reason="before-import", now=morning)
    create_class(store, "merged in the morning")
    second = make_backup(data_dir, source=store.conn, reason="before-import", now=morning + timedelta(hours=3))
    daily = make_backup(data_dir, source=store.conn, now=morning + timedelta(hours=4))
    assert list_backups(data_dir) == [daily, second, first]  # the way back from each import is still there
    for hour in range(6):
        make_backup(data_dir, source=store.conn, reason="before-import", now=morning + timedelta(hours=5 + hour))
    milestones = [p for p in list_backups(data_dir) if p.name.endswith("-before-import.sqlite3")]
    assert len(milestones) == 5 and first not in milestones
    assert not list(backups_dir(data_dir).glob("*.partial*"))


def test_two_copies_in_the_same_second_are_two_files(store, data_dir: Path) -> None:
    moment = datetime(2026, 11, 3, 9, tzinfo=UTC)
    first = make_backup(data_dir, source=store.conn, reason="before-import", now=moment)
    create_class(store, "between the two imports")
    second = make_backup(data_dir, source=store.conn, reason="before-import", now=moment)
    assert first != second and first.exists() and second.exists()
    for backup, classes in ((first, []), (second, ["between the two imports"])):
        copy = data_dir.parent / backup.stem
        copy.mkdir()
        shutil.copyfile(backup, copy / DB_NAME)
        opened = open_store(copy)
        assert [c.name for c in list_classes(opened)] == classes, "each copy is the state before its own import"
        opened.close()
