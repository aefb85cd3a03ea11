"""Other processes on the same data folder while the app writes: nothing the app confirmed as saved is lost.

The app's background integrity check once read the live database with Python's open(); closing that
descriptor dropped SQLite's POSIX locks, so the next process to close a connection (info, backup, export)
deleted the WAL under the running app, and everything saved afterwards vanished at a power cut.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from app.store import open_store
from app.store.db import check_file
from tests.e2e.helpers import ROOT, run_app

HERE = Path(__file__).resolve().parent


def _saved_bodies(data_dir: Path) -> set[str]:
    store = open_store(data_dir)
    try:
        return {row[0] for row in store.conn.execute("SELECT body FROM journal_entries WHERE body LIKE 'probe %'")}
    finally:
        store.close()


def test_info_backup_and_export_from_other_processes_then_sigkill_lose_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "laptop"
    assert run_app("--data-dir", str(data_dir), "demo").returncode == 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    gui = subprocess.Popen([sys.executable, str(HERE / "gui_writer.py"), str(data_dir)],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    counts: list[int] = []

    def read() -> None:
        assert gui.stdout is not None
        counts.extend(int(line) for line in gui.stdout)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 60
        while not counts and time.monotonic() < deadline:
            time.sleep(0.1)
        assert counts, "the app never saved anything"
        log = data_dir / "logs" / "app.log"
        deadline = time.monotonic() + 60
        while "backup written" not in log.read_text(encoding="utf-8") and time.monotonic() < deadline:
            time.sleep(0.1)  # the app's start-up integrity check, then its backup, on its worker thread
        assert "backup written" in log.read_text(encoding="utf-8"), "the start-up check and backup never ran"
        for args in (["info"], ["backup"], ["export", "-o", str(tmp_path / "copy.eabundle")], ["info", "--json"]):
            result = run_app("--data-dir", str(data_dir), *args)
            assert result.returncode == 0, result.stderr
        before_kill = len(counts)
        deadline = time.monotonic() + 30
        while len(counts) < before_kill + 25 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(counts) >= before_kill + 25, "the app kept saving after the other processes ran"
    finally:
        gui.send_signal(signal.SIGKILL)
        gui.wait(10)
        reader.join(5)
    confirmed = max(counts)
    assert check_file(data_dir / "empathy.sqlite3") is None
    saved = _saved_bodies(data_dir)
    missing = [n for n in range(1, confirmed + 1) if f"probe entry {n}" not in saved]
    assert not missing, f"{len(missing)} of {confirmed} saved entries were lost, from entry {missing[0]} on"
