"""Which screen is the facilitator's (control) and which the class's (display), following screens
as they are plugged in or removed, as OpenBoard's display manager does."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen

log = logging.getLogger(__name__)


class ScreenRoles(QObject):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.swapped = False
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._screens_changed)  # type: ignore[attr-defined]
        app.screenRemoved.connect(self._screens_changed)  # type: ignore[attr-defined]
        app.primaryScreenChanged.connect(self._screens_changed)  # type: ignore[attr-defined]

    def _pair(self) -> tuple[QScreen, QScreen]:
        primary = QGuiApplication.primaryScreen()
        others = [s for s in QGuiApplication.screens() if s is not primary]
        display = others[0] if others else primary
        return (display, primary) if self.swapped and others else (primary, display)

    @property
    def control(self) -> QScreen:
        return self._pair()[0]

    @property
    def display(self) -> QScreen:
        return self._pair()[1]

    @property
    def two_screens(self) -> bool:
        return len(QGuiApplication.screens()) > 1

    def swap(self) -> None:
        self.swapped = not self.swapped
        self.changed.emit()

    def _screens_changed(self, *_: object) -> None:
        log.info("screens now: %s", [s.name() for s in QGuiApplication.screens()])
        self.changed.emit()
