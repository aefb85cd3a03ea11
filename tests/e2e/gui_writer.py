"""The real GUI start (integrity check and backup in the background included) while a student keeps saving.

    python tests/e2e/gui_writer.py DATA_DIR

Opens the app exactly as `python -m app --data-dir DATA_DIR` does, then saves a new journal entry every
20 ms through the window's own store and prints the number of entries committed after each, so the test
knows what the app had confirmed as saved when it killed this process.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.cli import _setup_logging
from app.store.classes import list_classes
from app.store.journal import save_entry, sign_in
from app.store.students import students_in
from app.ui.launch import run_gui
from app.ui.main_window import MainWindow


def main() -> None:
    data_dir = Path(sys.argv[1])
    _setup_logging(data_dir)
    app = QApplication(sys.argv[:1])
    saved = 0
    timer = QTimer()
    timer.setInterval(20)

    def write() -> None:
        nonlocal saved
        window = next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)
        if window is None:
            return
        store = window.store
        student = students_in(store, list_classes(store)[0].id)[0]
        author = sign_in(store, student.id)
        assert author is not None
        save_entry(store, author, None, body=f"probe entry {saved + 1}", visibility="class")
        saved += 1
        sys.stdout.write(f"{saved}\n")
        sys.stdout.flush()

    timer.timeout.connect(write)
    timer.start()
    sys.exit(run_gui(data_dir))


if __name__ == "__main__":
    main()
