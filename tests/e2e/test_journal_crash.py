"""Kill student mode with SIGKILL while a student types: the database always opens and holds everything
typed up to a second before the kill."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from app.store import open_store
from app.store.classes import create_class
from app.store.db import check_file
from app.store.journal import own_entries, sign_in
from app.store.students import add_student
from app.store.tx import transaction
from tests.e2e.journal_typist import TEXT

HERE = Path(__file__).resolve().parent


def _type_and_kill(data_dir: Path, class_id: str, wait: float) -> tuple[int, int]:
    """(keys typed at least 1 s before the kill, keys typed in all) as the parent saw them arrive."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, str(HERE / "journal_typist.py"), str(data_dir), class_id, "Ana"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    seen: list[tuple[float, int]] = []
    started = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            seen.append((time.monotonic(), int(line)))
            started.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert started.wait(60), "the typist never started typing"
    time.sleep(wait)
    killed_at = time.monotonic()
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    reader.join(5)
    before = max((n for t, n in seen if t <= killed_at - 1.0), default=0)
    return before, max(n for _, n in seen)


def test_sigkill_at_random_moments_loses_at_most_the_last_second(tmp_path: Path) -> None:
    data_dir = tmp_path / "laptop"
    store = open_store(data_dir)
    class_id = create_class(store, "Crash")
    with transaction(store.conn):
        student = add_student(store, class_id, "Ana")
    store.close()
    rng = random.Random(int(os.environ.get("CRASH_SEED", "5")))
    for run in range(3):
        safe, typed = _type_and_kill(data_dir, class_id, rng.uniform(1.2, 3.0))
        assert check_file(data_dir / "empathy.sqlite3") is None
        store = open_store(data_dir)
        entries = own_entries(store, sign_in(store, student))
        store.close()
        assert len(entries) == run + 1, "each run's writing is its own entry"
        body = entries[0].body
        assert TEXT.startswith(body), "what was saved is exactly what was typed"
        assert safe <= len(body) <= typed, (safe, len(body), typed)
        assert safe > 50, "the typist typed for more than a second"
