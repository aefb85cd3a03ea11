"""What the feature actions (journals, results, prompts, the class network) use of the main window, as a
Protocol: they hold the window it describes without importing main_window.py, which builds them (no import
circle: the window knows its features; a feature knows only these parts of the window)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtGui import QAction, QScreen
from PySide6.QtWidgets import QMenuBar, QStackedWidget, QStatusBar, QWidget

from app.curriculum import Curriculum
from app.store import Store


class WindowParts(Protocol):
    store: Store
    curriculum: Curriculum
    current_class: str | None
    runner_window: Any          # the running session's window, if one is open
    journal: Any                # the journal features (the class network opens student mode through them)
    stack: QStackedWidget
    class_page: Any             # the pages whose signals a feature answers
    prompts_page: Any
    _current: Callable[[], None]

    def _navigate(self, show: Callable[[], None]) -> None: ...
    def _show(self, page: QWidget, item: Any = None) -> None: ...
    def go_home(self) -> None: ...
    def addAction(self, action: QAction) -> None: ...
    def menuBar(self) -> QMenuBar: ...
    def statusBar(self) -> QStatusBar: ...
    def screen(self) -> QScreen: ...
    def setEnabled(self, enabled: bool) -> None: ...
    def show(self) -> None: ...
    def hide(self) -> None: ...
    def raise_(self) -> None: ...
