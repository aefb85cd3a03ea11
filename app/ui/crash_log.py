"""Everything that goes wrong reaches `logs/app.log`, and the facilitator sees a calm word, not a traceback.

PySide6 prints an exception raised in a slot to stderr and carries on, and Qt's own warnings go to stderr
too: on a school laptop nobody sees stderr, so without this a bug leaves no trace to report. Uncaught
exceptions on the UI thread, in worker threads and in the thread pool all go through `sys.excepthook` or
`threading.excepthook`; Qt's messages through `qInstallMessageHandler`.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME
from app.ui.i18n import translate

log = logging.getLogger("app.crash")
qt_log = logging.getLogger("app.qt")

_QT_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}
# Said by Qt's offscreen and minimal platforms on every window; harmless, and it would fill the log.
_QT_NOISE = ("This plugin does not support",)  # i18n: not text


def message_for(log_file: Path) -> str:
    # Translators: {file} is the log file's full path, on a line of its own.
    return translate("crash_log", "Something went wrong inside Empathy Ambassadors. What you saved is safe, and you "
                                  "can keep working.\n\nIf it happens again, please send this file to whoever looks "
                                  "after the app:\n{file}").format(file=log_file)


class _Relay(QObject):
    """Carries a crash from any thread to the UI thread, which alone may show a message."""

    crashed = Signal()


class CrashLog:
    """Installed once per GUI run; `shown` counts the messages shown (a test reads it)."""

    def __init__(self, log_file: Path, *, interactive: bool = True) -> None:
        self.log_file = log_file
        self.interactive = interactive
        self.shown = 0
        self._showing = False
        self._relay = _Relay()
        self._relay.crashed.connect(self._tell)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception
        self._previous_qt = qInstallMessageHandler(self._on_qt_message)

    def uninstall(self) -> None:
        """Put back what was there (tests install one per case)."""
        sys.excepthook, threading.excepthook = self._previous
        qInstallMessageHandler(self._previous_qt)

    def _on_exception(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.critical("uncaught exception", exc_info=(kind, error, trace))
        self._relay.crashed.emit()

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread else "?"
        log.critical("uncaught exception in thread %s", name,
                     exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback))
        self._relay.crashed.emit()

    def _on_qt_message(self, kind: QtMsgType, context: object, text: str) -> None:
        if text.startswith(_QT_NOISE):
            return
        qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", text)

    def _tell(self) -> None:
        if self._showing or QApplication.instance() is None:
            return  # one message at a time: a loop of errors must not stack dialogs
        self.shown += 1
        if not self.interactive:
            print(message_for(self.log_file), file=sys.stderr)
            return
        self._showing = True
        try:
            QMessageBox.warning(QApplication.activeWindow(), APP_NAME, message_for(self.log_file))
        finally:
            self._showing = False
