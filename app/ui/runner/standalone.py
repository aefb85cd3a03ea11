"""A projector window outside a running session (the story wall, the join card): on the display screen,
full screen when there are two screens, a window beside the laptop's otherwise; Esc hides it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from app.ui.i18n import translate
from app.ui.runner.projector import ProjectorView
from app.ui.runner.screens import ScreenRoles


class StandaloneProjector(ProjectorView):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.setWindowTitle(translate("runner.standalone", "{title} — Esc closes").format(title=title))
        close = QAction(translate("runner.standalone", "Close"), self)
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close.triggered.connect(self.hide)
        self.addAction(close)
        self.roles = ScreenRoles()

    def present(self) -> None:
        """Show what was just set on the class's screen, in front."""
        roles = self.roles
        self.setScreen(roles.display)
        if roles.two_screens:
            self.setGeometry(roles.display.geometry())
            self.showFullScreen()
        else:
            self.resize(1024, 640)
            self.showNormal()
        self.raise_()
