"""A student typing in student mode, for the crash test: the real window, the real autosave.

    python tests/e2e/journal_typist.py DATA_DIR CLASS_ID NAME

Types TEXT one key every 8 ms into the writer and prints the number of keys typed after each, so the
test knows what was on screen when it killed this process.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.curriculum import load_curriculum
from app.paths import activities_dir
from app.store import open_store
from app.ui.student.kiosk import StudentMode

TEXT = "the quick brown fox jumps over the lazy dog and keeps on running " * 20


def main() -> None:
    data_dir, class_id, name = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = QApplication(sys.argv[:1])
    store = open_store(data_dir)
    mode = StudentMode(store, load_curriculum(activities_dir()), class_id, "Crash test")
    mode.resize(1280, 800)
    mode.show()
    view = mode.tiles.view
    place = view.visualRect(mode.tiles.model.index(mode.tiles.names().index(name))).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=place)
    editor = mode.writer.editor
    editor.setFocus()
    typed = 0

    def key() -> None:
        nonlocal typed
        QTest.keyClicks(editor, TEXT[typed])
        typed += 1
        sys.stdout.write(f"{typed}\n")
        sys.stdout.flush()

    timer = QTimer()
    timer.setInterval(8)
    timer.timeout.connect(key)
    timer.start()
    app.exec()


if __name__ == "__main__":
    main()
