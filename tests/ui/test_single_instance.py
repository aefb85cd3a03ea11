"""One window per data folder: the lock, the wake-up of the open window, and a lock left by another computer."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.launch import _in_use
from app.ui.single_instance import FolderLock, wake_first_window


def test_a_second_start_wakes_the_window_that_holds_the_folder(qtbot, tmp_path: Path) -> None:
    first, second = FolderLock(tmp_path), FolderLock(tmp_path)
    assert first.acquire() is None
    holder = second.acquire()
    assert holder is not None and holder.here and holder.pid == os.getpid()
    answered: list[bool] = []
    with qtbot.waitSignal(first.woken, timeout=5000):
        waker = threading.Thread(target=lambda: answered.append(wake_first_window(tmp_path)))
        waker.start()
    waker.join(5)
    assert answered == [True] and not (tmp_path / "app.wake").exists()
    first.release()
    assert second.acquire() is None  # once the first window closes, the folder is free
    second.release()


def test_nobody_answers_when_no_window_holds_the_folder(tmp_path: Path) -> None:
    assert wake_first_window(tmp_path, wait_s=0.3) is False
    assert not (tmp_path / "app.wake").exists()


def test_a_lock_from_another_computer_can_be_taken_over_when_the_facilitator_says_so(qtbot, tmp_path: Path) -> None:
    (tmp_path / "app.lock").write_text("4242\nempathy-ambassadors\nroom-12-laptop\n", encoding="utf-8")
    lock = FolderLock(tmp_path)
    holder = lock.acquire()
    assert holder is not None and not holder.here and holder.host == "room-12-laptop"
    seen: list[str] = []

    def click_open_anyway() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                assert widget.defaultButton().text() == "Close"
                next(b for b in widget.buttons() if b.text() == "Open anyway").click()

    QTimer.singleShot(100, click_open_anyway)
    assert _in_use(tmp_path, holder, headless=False)
    assert "room-12-laptop" in seen[0]
    assert lock.take_over()
    assert (tmp_path / "app.lock").read_text().splitlines()[0] == str(os.getpid())
    lock.release()
