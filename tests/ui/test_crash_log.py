"""Crashes and Qt's warnings reach logs/app.log, and the facilitator sees a calm message naming that file."""

from __future__ import annotations

import logging
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, qWarning
from PySide6.QtWidgets import QApplication, QMessageBox

from app.cli import LOG_FORMAT
from app.ui.crash_log import CrashLog


@pytest.fixture
def log_file(tmp_path: Path):
    path = tmp_path / "logs" / "app.log"
    path.parent.mkdir()
    handler = RotatingFileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    yield path
    root.removeHandler(handler)
    handler.close()


def _close_message_boxes(seen: list[str]) -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            seen.append(widget.text())
            widget.done(0)


def test_an_exception_in_a_slot_is_logged_with_its_traceback_and_explained_calmly(qtbot, log_file: Path) -> None:
    crashes = CrashLog(log_file)
    crashes.install()
    seen: list[str] = []
    closer = QTimer()
    closer.timeout.connect(lambda: _close_message_boxes(seen))
    closer.start(50)
    try:
        def broken_slot() -> None:
            raise ZeroDivisionError("a bug in a slot")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    finally:
        closer.stop()
        crashes.uninstall()
    text = log_file.read_text(encoding="utf-8")
    assert "CRITICAL app.crash: uncaught exception" in text
    assert "Traceback" in text and "ZeroDivisionError: a bug in a slot" in text and "broken_slot" in text
    assert len(seen) == 1 and str(log_file) in seen[0] and "Traceback" not in seen[0]
    assert "What you saved is safe" in seen[0]


def test_an_exception_in_a_worker_thread_is_logged_and_reported_on_the_ui_thread(qtbot, log_file: Path) -> None:
    crashes = CrashLog(log_file, interactive=False)
    crashes.install()
    try:
        def work() -> None:
            raise RuntimeError("a bug in a worker")

        worker = threading.Thread(target=work, name="backup-worker")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: crashes.shown == 1, timeout=5000)
    finally:
        crashes.uninstall()
    text = log_file.read_text(encoding="utf-8")
    assert "uncaught exception in thread backup-worker" in text and "RuntimeError: a bug in a worker" in text


def test_qt_warnings_go_to_the_log(qtbot, log_file: Path) -> None:
    crashes = CrashLog(log_file, interactive=False)
    crashes.install()
    try:
        qWarning("QWidget::setMinimumSize: a warning from Qt itself")
    finally:
        crashes.uninstall()
    assert "WARNING app.qt: QWidget::setMinimumSize: a warning from Qt itself" in log_file.read_text(encoding="utf-8")
