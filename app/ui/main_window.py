"""The main window: home → phase → activity, with Back/Home like a browser."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget, QToolBar

from app import APP_NAME, __version__
from app.curriculum import Activity, BrokenItem, Curriculum
from app.store import Store
from app.store.classes import list_classes
from app.store.sessions import sessions_of
from app.store.students import students_in
from app.ui.activity_html import activity_html, broken_html, class_html
from app.ui.home import HomePage
from app.ui.pages import DetailPage, PhasePage

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    painted = Signal()

    def __init__(self, store: Store, curriculum: Curriculum, settings_file: Path) -> None:
        super().__init__()
        self.store = store
        self.curriculum = curriculum
        self.settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.resize(1200, 800)

        self.stack = QStackedWidget()
        self.home = HomePage(curriculum)
        self.phase_page = PhasePage()
        self.activity_page = DetailPage("Activity details")
        self.class_page = DetailPage("Class details")
        for page in (self.home, self.phase_page, self.activity_page, self.class_page):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        self.home.phase_chosen.connect(lambda pid: self._navigate(lambda: self.show_phase(pid)))
        self.home.class_chosen.connect(lambda cid: self._navigate(lambda: self.show_class(cid)))
        self.phase_page.item_chosen.connect(lambda item: self._navigate(lambda: self.show_item(item)))

        self._history: list[Callable[[], None]] = []
        self._current: Callable[[], None] = self.show_home
        self._make_actions()
        self._make_status()
        self.show_home()
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _make_actions(self) -> None:
        self.back_action = QAction("&Back", self)
        self.back_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Back), QKeySequence("Backspace")])
        self.back_action.triggered.connect(self.back)
        self.home_action = QAction("&Home", self)
        self.home_action.setShortcut(QKeySequence("Alt+Home"))
        self.home_action.triggered.connect(self.go_home)
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action.triggered.connect(self.close)
        about_action = QAction(f"&About {APP_NAME}", self)
        about_action.triggered.connect(self._about)

        toolbar = QToolBar("Navigation")
        toolbar.setObjectName("navigation")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.back_action, self.home_action):
            action.setToolTip(f"{action.text().replace('&', '')} ({action.shortcut().toString()})")
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        go = self.menuBar().addMenu("&Go")
        go.addActions([self.back_action, self.home_action])
        go.addSeparator()
        for number, phase in enumerate(self.curriculum.phases, start=1):
            action = QAction(f"Phase &{number}: {phase.title}", self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, pid=phase.id: self._navigate(lambda: self.show_phase(pid)))
            go.addAction(action)
        go.addSeparator()
        go.addAction(quit_action)
        self.menuBar().addMenu("&Help").addAction(about_action)

    def _make_status(self) -> None:
        problems = len(self.curriculum.problems)
        if problems:
            files = len({p.file for p in self.curriculum.problems})
            warning = QLabel(f"⚠ {files} curriculum file(s) have problems: they are marked in the lists. "
                             "Run 'python -m app validate' for details.")
            warning.setObjectName("curriculumWarning")
            self.statusBar().addWidget(warning)
        self.statusBar().addPermanentWidget(QLabel(f"Data: {self.store.data_dir}"))

    # Navigation ---------------------------------------------------------------------------
    def _navigate(self, show: Callable[[], None]) -> None:
        self._history.append(self._current)
        self._current = show
        show()
        self.back_action.setEnabled(True)

    def back(self) -> None:
        if self._history:
            self._current = self._history.pop()
            self._current()
        self.back_action.setEnabled(bool(self._history))

    def go_home(self) -> None:
        self._history.clear()
        self._current = self.show_home
        self.show_home()
        self.back_action.setEnabled(False)

    def show_home(self) -> None:
        self.home.set_classes(list_classes(self.store))
        self.stack.setCurrentWidget(self.home)

    def show_phase(self, phase_id: str) -> None:
        phase = self.curriculum.phase(phase_id)
        if phase is not None:
            self.phase_page.show_phase(phase, self.curriculum)
            self.stack.setCurrentWidget(self.phase_page)

    def show_item(self, item: Activity | BrokenItem) -> None:
        html = activity_html(item, self.curriculum) if isinstance(item, Activity) else broken_html(item)
        self.activity_page.show_html(html)
        self.stack.setCurrentWidget(self.activity_page)

    def show_activity(self, activity_id: str) -> None:
        activity = self.curriculum.activity(activity_id)
        if activity is not None:
            self._navigate(lambda: self.show_item(activity))

    def show_class(self, class_id: str) -> None:
        summary = next((c for c in list_classes(self.store) if c.id == class_id), None)
        if summary is None:
            return
        html = class_html(summary, students_in(self.store, class_id), sessions_of(self.store, class_id),
                          self.curriculum)
        self.class_page.show_html(html)
        self.stack.setCurrentWidget(self.class_page)

    # Window -------------------------------------------------------------------------------
    def _about(self) -> None:
        QMessageBox.about(self, f"About {APP_NAME}",
                          f"<h3>{APP_NAME} {__version__}</h3><p>Run in-person empathy workshops: "
                          "Self, Other, Community. Works offline; your data stays in "
                          f"<br><code>{self.store.data_dir}</code></p>")

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        self.painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
