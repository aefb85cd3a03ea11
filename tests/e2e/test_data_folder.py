"""One data folder, many processes: one window at a time, a damaged file never written, commands that wait."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from app.store.backup import list_backups
from app.store.db import DB_NAME
from tests.conftest import damage_an_index, damaged_database_with_backup
from tests.e2e.helpers import ROOT, run_app


def _start_window(data_dir: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    window = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(data_dir)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True)
    log = data_dir / "logs" / "app.log"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # up once today's backup is written (1.5 s after the window shows)
        if log.exists() and "backup written" in log.read_text(encoding="utf-8"):
            return window
        assert window.poll() is None, "the window closed by itself"
        time.sleep(0.1)
    window.kill()
    raise AssertionError("the window did not come up")


def test_the_window_never_writes_a_database_that_fails_its_check(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    backup, damaged = damaged_database_with_backup(data_dir, slice(3, 4))  # one page mid-file scribbled over
    result = run_app("--data-dir", str(data_dir), "--startup-check")
    assert result.returncode != 0 and "started in" not in result.stdout
    assert "cannot be opened" in result.stderr and "It has not been changed" in result.stderr
    assert str(backup) in result.stderr
    assert (data_dir / DB_NAME).read_bytes() == damaged


def test_a_damaged_index_is_found_before_anything_is_written(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    damaged = damage_an_index(data_dir)
    result = run_app("--data-dir", str(data_dir), "--startup-check")
    assert result.returncode != 0 and "started in" not in result.stdout
    assert "missing from index" in result.stderr and "It has not been changed" in result.stderr
    assert (data_dir / DB_NAME).read_bytes() == damaged
    backup = run_app("--data-dir", str(data_dir), "backup")  # a damaged file is never backed up over a good one
    assert backup.returncode == 1 and not list_backups(data_dir)  # a data folder that cannot be opened


def test_a_second_start_brings_the_open_window_forward_and_restore_waits_for_it(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    window = _start_window(data_dir)
    try:
        second = run_app("--data-dir", str(data_dir), "--startup-check")
        assert second.returncode == 0 and "started in" not in second.stdout
        assert "already open: that window was brought to the front" in second.stderr
        log = (data_dir / "logs" / "app.log").read_text(encoding="utf-8")
        assert "a second start on" in log and "bringing this window to the front" in log

        restore = run_app("--data-dir", str(data_dir), "restore", str(list_backups(data_dir)[0]))
        assert restore.returncode == 1 and "Close the app first" in restore.stderr
        assert not (data_dir / "set-aside").exists()
    finally:
        window.send_signal(signal.SIGKILL)
        window.wait(10)
    after_crash = run_app("--data-dir", str(data_dir), "--startup-check")  # the dead window's lock is recovered
    assert after_crash.returncode == 0 and after_crash.stdout.startswith("started in"), after_crash.stderr


def test_a_lock_left_by_another_computer_is_named_not_ignored(tmp_path: Path) -> None:
    data_dir = tmp_path / "stick"
    data_dir.mkdir()
    (data_dir / "app.lock").write_text("4242\nempathy-ambassadors\nroom-12-laptop\n", encoding="utf-8")
    result = run_app("--data-dir", str(data_dir), "--startup-check")
    assert result.returncode == 1
    assert "on the computer 'room-12-laptop'" in result.stderr and "Open anyway" in result.stderr
    assert not (data_dir / DB_NAME).exists()


def test_a_command_that_writes_waits_politely_for_a_busy_database(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert run_app("--data-dir", str(data_dir), "info").returncode == 0
    holder = sqlite3.connect(data_dir / DB_NAME)
    holder.execute("BEGIN IMMEDIATE")  # another window in the middle of saving
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    command = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(data_dir), "demo"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(3)
    assert command.poll() is None, "the command gave up at once"
    holder.rollback()
    holder.close()
    out, err = command.communicate(timeout=60)
    assert command.returncode == 0, err
    assert "The database is busy" in err and "Waiting" in err and "Traceback" not in err
    assert out.strip() == "Demo class added."


def test_a_fault_in_a_command_is_a_calm_message_and_the_traceback_goes_to_the_log(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    fault = ("import sys; import app.store.info as info\n"
             "def broken(store): raise KeyError('a bug in info')\n"
             "info.info = broken\n"
             "from app.cli import main; sys.exit(main(['--data-dir', sys.argv[1], 'info']))\n")
    result = subprocess.run([sys.executable, "-c", fault, str(data_dir)], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60, check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    log = data_dir / "logs" / "app.log"
    assert result.stderr.startswith("Something went wrong inside Empathy Ambassadors") and str(log) in result.stderr
    assert "KeyError: 'a bug in info'" in log.read_text(encoding="utf-8")


def test_importing_the_apps_own_database_or_a_pipe_is_refused_without_opening_it(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert run_app("--data-dir", str(data_dir), "demo").returncode == 0
    before = (data_dir / DB_NAME).read_bytes()
    for command in (["import", str(data_dir / DB_NAME)], ["decks", "import", str(data_dir / (DB_NAME + "-wal"))]):
        result = run_app("--data-dir", str(data_dir), *command)
        assert result.returncode == 1, result.stderr
        assert "the app's own database, not a file to import" in result.stderr and "Traceback" not in result.stderr
    pipe = tmp_path / "cards.csv"
    os.mkfifo(pipe)  # reading it would never end: the command must not hang
    result = run_app("--data-dir", str(data_dir), "decks", "import", str(pipe), timeout=30)
    assert result.returncode == 1 and "not an ordinary file" in result.stderr
    assert (data_dir / DB_NAME).read_bytes() == before


def test_an_import_of_a_file_that_is_not_there_is_an_input_refused(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    for command in (["decks", "import", str(tmp_path / "missing.csv")], ["import", str(tmp_path / "gone.eabundle")]):
        result = run_app("--data-dir", str(data_dir), *command)
        assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
        assert "missing.csv could not be read" in result.stderr or "gone.eabundle cannot be found" in result.stderr
