"""The start-up maintenance on a worker thread: a thorough integrity check, then today's backup."""

from __future__ import annotations

from pathlib import Path

from app.store import open_store
from app.store.backup import list_backups
from app.store.classes import create_class
from app.ui.launch import Maintenance
from tests.conftest import damaged_database_with_backup


def test_healthy_database_gets_todays_backup_once(qtbot, store, data_dir: Path) -> None:
    create_class(store, "9D")
    runner = Maintenance(data_dir)
    with qtbot.waitSignal(runner.finished, timeout=10_000) as signal:
        runner.start()
    assert signal.args[0].startswith("Backup saved: empathy-")
    with qtbot.waitSignal(runner.finished, timeout=10_000) as again:
        runner.start()
    assert again.args == [""]
    assert len(list_backups(data_dir)) == 1


def test_damage_found_after_opening_is_reported_with_the_backup_and_not_backed_up(qtbot, data_dir: Path) -> None:
    good, _ = damaged_database_with_backup(data_dir, slice(-2, None))  # the last pages of the table

    reopened = open_store(data_dir, thorough_check=False)  # the GUI's quick open still works …
    runner = Maintenance(data_dir)
    with qtbot.waitSignal(runner.damaged, timeout=10_000) as signal:
        runner.start()
    error = signal.args[0]
    assert error.last_good_backup == good  # … and the damage is found and explained in the background
    assert "It has not been changed" in str(error)
    assert list_backups(data_dir) == [good]
    reopened.close()
