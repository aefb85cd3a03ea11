"""App-wide news about sessions, so a page showing a class follows what the runner does without polling.

The runner window lives apart from the main window (and may outlive it in tests), so neither holds the other:
the runner's side announces here, and whoever shows a class listens. Signals carry ids only; listeners read
what they need from the store.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)
SETTLE_MS = 1200   # after the last change; longer than the console's notes autosave (800 ms), so notes are saved


class SessionEvents(QObject):
    session_changed = Signal(str, str)   # class id, session id: started, attendance, notes or step changed
    session_ended = Signal(str, str)     # class id, session id: ended and saved

    def __init__(self) -> None:
        super().__init__()
        self._pending: dict[str, str] = {}   # session id → class id, announced once things settle
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._flush)

    def changed_soon(self, class_id: str, session_id: str) -> None:
        """Many small changes (each step, each tick of attendance, each pause in typing) make one announcement."""
        self._pending[session_id] = class_id
        self._settle.start()

    def ended(self, class_id: str, session_id: str) -> None:
        self._pending.pop(session_id, None)
        log.info("session %s of class %s ended", session_id, class_id)
        self.session_ended.emit(class_id, session_id)

    def _flush(self) -> None:
        pending, self._pending = self._pending, {}
        for session_id, class_id in pending.items():
            self.session_changed.emit(class_id, session_id)


_events: SessionEvents | None = None


def session_events() -> SessionEvents:
    """The one notifier of this app (made on first use, after the QApplication exists)."""
    global _events
    if _events is None:
        _events = SessionEvents()
    return _events
