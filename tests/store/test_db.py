"""Opening the database: created and migrated when new; refused, untouched, when it is not ours to write."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.store import DamagedDatabaseError, NewerDatabaseError, open_store
from app.store.classes import create_class, list_classes
from app.store.db import DB_NAME
from app.store.migrations import LATEST, current_version
from tests.conftest import damaged_database_with_backup


def test_new_database_is_migrated_with_wal_and_foreign_keys(data_dir: Path) -> None:
    store = open_store(data_dir)
    assert store.created
    assert current_version(store.conn) == LATEST
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("INSERT INTO students (id, class_id, display_name, created_at, updated_at) "
                         "VALUES ('s', 'no-such-class', 'Ana', 'x', 'x')")
    store.close()


def test_reopening_keeps_data_and_runs_no_migration_twice(data_dir: Path) -> None:
    store = open_store(data_dir)
    class_id = create_class(store, "7C")
    store.close()
    again = open_store(data_dir)
    assert not again.created
    assert [c.id for c in list_classes(again)] == [class_id]
    assert again.conn.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0] == LATEST
    again.close()


def test_ids_are_uuids_and_times_are_utc(store) -> None:
    class_id = create_class(store, "7C")
    row = store.db["classes"].get(class_id)
    assert len(class_id) == 36 and class_id.count("-") == 4
    assert row["created_at"].endswith("Z")


def test_database_from_a_newer_version_is_refused_and_untouched(data_dir: Path) -> None:
    store = open_store(data_dir)
    store.conn.execute("INSERT INTO schema_version VALUES (?, 'from the future', 'x')", [LATEST + 1])
    store.conn.commit()
    store.close()
    before = (data_dir / DB_NAME).read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer version of Empathy Ambassadors"):
        open_store(data_dir)
    assert (data_dir / DB_NAME).read_bytes() == before


def test_a_file_that_is_not_a_database_is_never_overwritten(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / DB_NAME).write_text("my lesson notes, not a database\n")
    with pytest.raises(DamagedDatabaseError, match=r"not a database file.*No backup was found") as caught:
        open_store(data_dir)
    assert (data_dir / DB_NAME).read_text() == "my lesson notes, not a database\n"
    assert caught.value.last_good_backup is None


def test_damaged_database_names_the_last_good_backup(data_dir: Path) -> None:
    backup, damaged = damaged_database_with_backup(data_dir, slice(1, 3))  # pages of the table
    with pytest.raises(DamagedDatabaseError) as caught:
        open_store(data_dir)
    assert caught.value.last_good_backup == backup
    assert str(backup) in str(caught.value)
    assert (data_dir / DB_NAME).read_bytes() == damaged


def test_another_programs_database_is_refused(data_dir: Path) -> None:
    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / DB_NAME)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(DamagedDatabaseError, match="some other program"):
        open_store(data_dir)


def test_damage_the_quick_open_trips_over_is_reported_not_raised_raw(data_dir: Path) -> None:
    store = open_store(data_dir)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    path = data_dir / DB_NAME
    raw = bytearray(path.read_bytes())
    raw[4096:] = b"\xff" * (len(raw) - 4096)  # every table page after the schema
    path.write_bytes(bytes(raw))
    with pytest.raises(DamagedDatabaseError, match="damaged"):
        open_store(data_dir, thorough_check=False)
    assert path.read_bytes() == bytes(raw)


def test_an_older_database_is_backed_up_then_upgraded_keeping_its_data(data_dir: Path) -> None:
    from app.store.backup import list_backups
    from app.store.migrations import MIGRATIONS, _statements

    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / DB_NAME)
    conn.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                 "applied_at TEXT NOT NULL)")
    for statement in _statements(MIGRATIONS[0][1]):
        conn.execute(statement)
    conn.execute("INSERT INTO schema_version VALUES (1, 'v1', '2026-01-01T00:00:00Z')")
    conn.execute("INSERT INTO classes (id, name, created_at, updated_at) VALUES ('c1', 'Old class', 'x', 'x')")
    conn.commit()
    conn.close()
    store = open_store(data_dir)
    assert current_version(store.conn) == LATEST
    assert [c.name for c in list_classes(store)] == ["Old class"]
    [backup] = list_backups(data_dir)
    assert backup.name.endswith("-before-upgrade.sqlite3")
    store.close()


def _deleted_files_held_open() -> list[str]:
    fd_dir = Path("/proc/self/fd")
    held = []
    for fd in fd_dir.iterdir():
        try:
            target = str(fd.readlink())
        except OSError:
            continue
        if target.endswith(" (deleted)") and "empathy.sqlite3" in target:
            held.append(target)
    return held


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc (Linux)")
def test_checking_the_open_database_keeps_its_locks_so_another_process_cannot_delete_the_wal(data_dir: Path) -> None:
    store = open_store(data_dir)
    create_class(store, "before the check")
    from app.store.db import check_file, integrity_problem

    assert check_file(store.path) is None and integrity_problem(data_dir) is None  # what the app runs meanwhile
    other = subprocess.run([sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                            "c.execute('SELECT count(*) FROM classes').fetchone(); c.close()", str(store.path)],
                           capture_output=True, text=True, check=False)
    assert other.returncode == 0, other.stderr
    create_class(store, "after the other process closed")
    assert (data_dir / (DB_NAME + "-wal")).exists(), "the WAL was deleted under the open store"
    assert _deleted_files_held_open() == []
    # A power cut now: a copy of the files as they are on disk holds both writes.
    crash = data_dir.parent / "after-crash"
    crash.mkdir()
    for suffix in ("", "-wal"):
        shutil.copyfile(data_dir / (DB_NAME + suffix), crash / (DB_NAME + suffix))
    store.close()
    reopened = open_store(crash)
    assert {c.name for c in list_classes(reopened)} == {"before the check", "after the other process closed"}
    reopened.close()

