"""The main window: home → phase → activity (and plans, prompts, challenges, guide), with Back/Home
like a browser. Pages are built once; navigating re-shows them from the current curriculum and data.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QMainWindow, QMessageBox, QStackedWidget, QToolBar

from app import APP_NAME, __version__
from app.curriculum import Activity, BrokenItem, Curriculum
from app.curriculum.cache import load_cached
from app.curriculum.copies import make_copy, user_root
from app.curriculum.model import SessionPlan
from app.store import Store
from app.store.classes import create_class, list_classes
from app.ui import theme
from app.ui.activity_html import activity_html, broken_html
from app.ui.class_page import ClassPage
from app.ui.decks_page import DecksPage
from app.ui.editor_page import EditorPage
from app.ui.home import HomePage
from app.ui.i18n import translate
from app.ui.pages import DetailPage, PhasePage
from app.ui.program_html import challenges_html, plan_html
from app.ui.program_pages import GuidePage, PlansPage, PromptBankPage

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
        self.current_item: Activity | SessionPlan | BrokenItem | None = None
        self.current_class: str | None = None
        self.runner_window = None

        self.stack = QStackedWidget()
        self.home = HomePage(curriculum)
        self.phase_page = PhasePage()
        self.activity_page = DetailPage(translate("main_window", "Activity details"))
        self.class_page = ClassPage(store)
        self.class_page.archived.connect(self.go_home)
        self.plans_page = PlansPage()
        self.plan_page = DetailPage(translate("main_window", "Session plan"))
        self.prompts_page = PromptBankPage()
        self.challenges_page = DetailPage(translate("main_window", "Challenges"))
        self.guide_page = GuidePage()
        self.editor_page = EditorPage()
        self.decks_page = DecksPage(store)
        for page in (self.home, self.phase_page, self.activity_page, self.class_page, self.plans_page,
                     self.plan_page, self.prompts_page, self.challenges_page, self.guide_page, self.editor_page,
                     self.decks_page):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        self.home.phase_chosen.connect(lambda pid: self._navigate(lambda: self.show_phase(pid)))
        self.home.class_chosen.connect(lambda cid: self._navigate(lambda: self.show_class(cid)))
        self.home.section_chosen.connect(self.open_section)
        self.phase_page.item_chosen.connect(lambda item: self._navigate(lambda: self.show_item(item)))
        self.plans_page.plan_chosen.connect(
            lambda plan: self._navigate(lambda: self.show_item(plan) if isinstance(plan, BrokenItem)
                                        else self.show_plan(plan.id)))
        self.plan_page.link_clicked.connect(self._follow_link)
        self.editor_page.saved.connect(self._copy_saved)
        self.editor_page.deleted.connect(self._copy_deleted)

        self._history: list[Callable[[], None]] = []
        self._current: Callable[[], None] = self.show_home
        self._make_actions()
        self._make_status()
        self.show_home()
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _action(self, text: str, shortcut: QKeySequence | str | QKeySequence.StandardKey,
                slot: Callable[[], object], icon: str = "") -> QAction:
        action = QAction(theme.icon(icon), text, self) if icon else QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '')} ({keys})" if keys else text.replace("&", ""))
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.back_action = self._action(translate("main_window", "&Back"), QKeySequence.StandardKey.Back,
                                        self.back, icon="back")
        self.back_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Back), QKeySequence("Backspace")])
        self.home_action = self._action(translate("main_window", "&Home"), "Alt+Home", self.go_home, icon="home")
        quit_action = self._action(translate("main_window", "&Quit"), QKeySequence.StandardKey.Quit, self.close)
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.run_action = self._action(translate("main_window", "&Run a session…"), "Ctrl+R", self.run_session,
                                       icon="run-session")
        self.new_class_action = self._action(translate("main_window", "&New class…"), "Ctrl+Shift+N",
                                             self.new_class, icon="new-class")
        self.build_action = self._action(translate("main_window", "&Build a plan…"), "Ctrl+Shift+B", self.build_plan)
        self.sheets_action = self._action(translate("main_window", "Print &journal sheets…"), "Ctrl+Shift+J",
                                          self.print_journal_sheets, icon="print")
        self.copy_action = self._action(translate("main_window", "&Copy to adapt"), "Ctrl+D", self.copy_current,
                                        icon="copy")
        self.edit_action = self._action(translate("main_window", "&Edit my copy"), "Ctrl+E", self.edit_current,
                                        icon="edit")
        sections = [self._action(translate("home", text), f"Ctrl+{n}", lambda k=key: self.open_section(k))
                    for n, (key, text) in enumerate(HomePage.SECTIONS[:4], start=4)]
        self.guide_action = self._action(translate("main_window", "Facilitator &guide"),
                                         QKeySequence.StandardKey.HelpContents, lambda: self.open_section("guide"))
        about_action = QAction(translate("main_window", "&About {app}").format(app=APP_NAME), self)
        about_action.triggered.connect(self._about)

        toolbar = QToolBar(translate("main_window", "Navigation"))
        toolbar.setObjectName("navigation")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(theme.icon_px(1.2), theme.icon_px(1.2)))
        toolbar.addActions([self.back_action, self.home_action])
        toolbar.addSeparator()
        toolbar.addActions([self.run_action, self.new_class_action])
        toolbar.addSeparator()
        toolbar.addActions([self.copy_action, self.edit_action])
        self.addToolBar(toolbar)
        go = self.menuBar().addMenu(translate("main_window", "&Go"))
        go.addActions([self.back_action, self.home_action])
        go.addSeparator()
        for number, phase in enumerate(self.curriculum.phases, start=1):
            go.addAction(self._action(translate("main_window", "Phase &{number}: {title}").format(
                                          number=number, title=phase.title), f"Ctrl+{number}",
                                      lambda pid=phase.id: self._navigate(lambda: self.show_phase(pid))))
        go.addActions(sections)
        go.addSeparator()
        go.addAction(quit_action)
        self.menuBar().addMenu(translate("main_window", "&Program")).addActions(
            [self.run_action, self.new_class_action, self.build_action, self.copy_action, self.edit_action,
             self.sheets_action])
        from app.ui.classnet.actions import ClassNetworkActions
        from app.ui.journal_actions import JournalActions
        from app.ui.prompt_actions import PromptActions
        from app.ui.results.actions import ResultsActions

        self.journal = JournalActions(self)
        self.prompt_actions = PromptActions(self)  # the prompt bank's Show on the projector / Add to today
        self.results = ResultsActions(self)
        self.classnet = ClassNetworkActions(self)
        self.journal.add_menu(self.classnet.open_action)
        self.language_action = self._action(translate("main_window", "&Language…"), "", self.choose_language)
        self.settings_menu = self.menuBar().addMenu(translate("main_window", "&Settings"))
        self.appearance_action = self._action(translate("main_window", "&Appearance…"), "", self.choose_appearance)
        self.settings_menu.addActions([self.language_action, self.appearance_action])
        self.menuBar().addMenu(translate("main_window", "&Help")).addActions([self.guide_action, about_action])
        self._set_current_item(None)

    def choose_appearance(self) -> None:
        from app.ui.appearance import AppearanceDialog

        if AppearanceDialog(self, self.settings).exec():
            self.statusBar().showMessage(translate("main_window", "The appearance you chose applies the next time "
                                                                  "the app starts."), 15_000)

    def choose_language(self) -> None:
        from app.ui.language_dialog import LanguageDialog

        if LanguageDialog(self, self.store).exec():
            self.statusBar().showMessage(translate("main_window", "The language you chose applies the next time the "
                                                                  "app starts."), 15_000)

    def _make_status(self) -> None:
        self.curriculum_warning = QLabel()
        self.curriculum_warning.setObjectName("curriculumWarning")
        self.statusBar().addWidget(self.curriculum_warning)
        self.statusBar().addPermanentWidget(QLabel(translate("main_window", "Data: {folder}").format(
            folder=self.store.data_dir)))
        self._update_warning()

    def _update_warning(self) -> None:
        files = len({p.file for p in self.curriculum.problems})
        if files == 1:
            # Translators: said of exactly one file (a plural form of its own: "1 archivo tiene problemas").
            warning = translate("main_window", "⚠ 1 curriculum file(s) have problems: they are marked in the lists. "
                                               "Run 'python -m app validate' for details.")
        elif files:
            warning = translate("main_window", "⚠ {n} curriculum file(s) have problems: they are marked in the "
                                               "lists. Run 'python -m app validate' for details.").format(n=files)
        else:
            warning = ""
        self.curriculum_warning.setText(warning)

    # Navigation ---------------------------------------------------------------------------
    def _may_leave(self) -> bool:
        return self.stack.currentWidget() is not self.editor_page or self.editor_page.confirm_leave()

    def _navigate(self, show: Callable[[], None]) -> None:
        if not self._may_leave():
            return
        self._history.append(self._current)
        self._current = show
        show()
        self.back_action.setEnabled(True)

    def back(self) -> None:
        if self._history and self._may_leave():
            self._current = self._history.pop()
            self._current()
        self.back_action.setEnabled(bool(self._history))

    def go_home(self) -> None:
        if not self._may_leave():
            return
        self._history.clear()
        self._current = self.show_home
        self.show_home()
        self.back_action.setEnabled(False)

    def _show(self, page, item: Activity | SessionPlan | BrokenItem | None = None) -> None:
        self._set_current_item(item)
        self.stack.setCurrentWidget(page)

    def _set_current_item(self, item: Activity | SessionPlan | BrokenItem | None) -> None:
        """Copy works on anything that loads; edit on the facilitator's own files, broken ones too."""
        self.current_item = item
        self.copy_action.setEnabled(isinstance(item, Activity | SessionPlan))
        self.edit_action.setEnabled(item is not None and self.curriculum.is_mine(item.file))

    def show_home(self) -> None:
        self.home.set_classes(list_classes(self.store))
        self._show(self.home)

    def show_phase(self, phase_id: str) -> None:
        phase = self.curriculum.phase(phase_id)
        if phase is not None:
            self.phase_page.show_phase(phase, self.curriculum)
            self._show(self.phase_page)

    def show_item(self, item: Activity | BrokenItem) -> None:
        if isinstance(item, Activity):
            item = self.curriculum.activity(item.id) or item  # the newest version after an edit
            self.activity_page.show_html(activity_html(item, self.curriculum, self.curriculum.is_mine(item.file)))
            self._show(self.activity_page, item)
        else:
            self.activity_page.show_html(broken_html(item, self.curriculum.is_mine(item.file)))
            self._show(self.activity_page, item)

    def show_activity(self, activity_id: str) -> None:
        activity = self.curriculum.activity(activity_id)
        if activity is not None:
            self._navigate(lambda: self.show_item(activity))

    def show_plan(self, plan_id: str) -> None:
        plan = self.curriculum.plan(plan_id)
        if plan is not None:
            self.plan_page.show_html(plan_html(plan, self.curriculum, self.curriculum.is_mine(plan.file)))
            self._show(self.plan_page, plan)

    def _follow_link(self, link: str) -> None:
        kind, _, target = link.partition(":")
        if kind == "activity":
            self.show_activity(target)
        elif kind == "challenges":
            self.open_section("challenges")

    def print_journal_sheets(self) -> None:
        """Journal time on paper; the plan on screen (if one is) and the open class are the ones offered."""
        from app.curriculum.model import SessionPlan
        from app.ui.journal_sheets_dialog import print_journal_sheets

        shown = self.current_item
        plan_id = shown.id if isinstance(shown, SessionPlan) else None
        path = print_journal_sheets(self, self.store, self.curriculum, plan_id=plan_id, class_id=self.current_class)
        if path is not None:
            self.statusBar().showMessage(translate("main_window", "Journal sheets saved to {file}. Print them at "
                                                                  "100 %.").format(file=path), 15_000)

    def open_section(self, key: str) -> None:
        shows = {"plans": lambda: (self.plans_page.show_plans(self.curriculum), self._show(self.plans_page)),
                 "prompts": lambda: (self.prompts_page.show_prompts(self.curriculum), self._show(self.prompts_page)),
                 "challenges": lambda: (self.challenges_page.show_html(challenges_html(self.curriculum)),
                                        self._show(self.challenges_page)),
                 "guide": lambda: (self.guide_page.show_guide(self.curriculum), self._show(self.guide_page)),
                 "decks": lambda: (self.decks_page.show_decks(self.curriculum), self._show(self.decks_page))}
        self._navigate(shows[key])

    def show_class(self, class_id: str) -> None:
        if self.class_page.show_class(class_id, self.curriculum):
            self._show(self.class_page)
            self.current_class = class_id

    def new_class(self) -> None:
        name, ok = QInputDialog.getText(self, translate("main_window", "New class"),
                                        translate("main_window", "Class name (for example 8B or Tuesday club)"))
        if ok and name.strip():
            class_id = create_class(self.store, name)
            self._navigate(lambda: self.show_class(class_id))

    # Sessions ------------------------------------------------------------------------------------
    def run_session(self) -> None:
        from app.ui.runner.start import start_new

        self.runner_window = start_new(self, self.store, self.curriculum, self.current_class)
        self.classnet.attach(self.runner_window)

    def offer_resume(self) -> None:
        from app.ui.runner.start import offer_resume

        self.runner_window = offer_resume(self, self.store, self.curriculum)
        self.classnet.attach(self.runner_window)

    def build_plan(self) -> None:
        from app.ui.plan_builder import PlanBuilder

        builder = PlanBuilder(self, self.curriculum, self.store.data_dir)
        if builder.exec() and builder.saved_file is not None:
            self.reload_curriculum()
            plan = next((p for p in self.curriculum.plans if p.file == builder.saved_file), None)
            if plan is not None:
                self._navigate(lambda: self.show_plan(plan.id))

    # Own copies -----------------------------------------------------------------------------
    def copy_current(self) -> None:
        item = self.current_item
        if not isinstance(item, Activity | SessionPlan) or not self._may_leave():
            return
        try:
            file = make_copy(item, self.curriculum, self.store.data_dir)
        except OSError as error:
            QMessageBox.warning(self, APP_NAME, translate(
                "main_window", "The copy could not be made ({reason}). Check that the data folder has free space "
                               "and can be written to.").format(reason=error))
            return
        self.reload_curriculum()
        self.statusBar().showMessage(translate("main_window", "Copied to {file}. Change what you need, then press "
                                                              "Ctrl+S.").format(file=file), 8000)
        self._navigate(lambda: self._edit(file))

    def edit_current(self) -> None:
        item = self.current_item
        if item is not None and self.curriculum.is_mine(item.file):
            file = item.file
            self._navigate(lambda: self._edit(file))  # type: ignore[arg-type]

    def _edit(self, file: Path) -> None:
        if not file.exists():
            self.statusBar().showMessage(translate("main_window", "That copy has been deleted."), 6000)
            return
        self.editor_page.open_file(file, self.curriculum)
        self._show(self.editor_page)

    def reload_curriculum(self) -> None:
        self.curriculum = load_cached(self.curriculum.root, user_root(self.store.data_dir),
                                      self.store.data_dir / "cache")
        self.home.update_counts(self.curriculum)
        self._update_warning()

    def _copy_saved(self, file: Path) -> None:
        self.reload_curriculum()
        self.editor_page.curriculum = self.curriculum
        self.statusBar().showMessage(translate("main_window", "Saved {file}; it is in the program now.").format(
            file=file.name), 6000)

    def _copy_deleted(self, file: Path) -> None:
        self.reload_curriculum()
        self.statusBar().showMessage(translate("main_window", "Your copy {file} was deleted.").format(file=file.name),
                                     6000)
        self._history.clear()
        self.go_home()

    # Window -------------------------------------------------------------------------------
    def _about(self) -> None:
        # Translators: {folder} is the data folder's path, shown on a line of its own.
        words = translate("main_window", "Run in-person empathy workshops: Self, Other, Community. Works offline; "
                                         "your data stays in {folder}").format(
            folder=f"<br><code>{self.store.data_dir}</code>")
        QMessageBox.about(self, translate("main_window", "About {app}").format(app=APP_NAME),
                          f"<h3>{APP_NAME} {__version__}</h3><p>{words}</p>")

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        self.painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_leave():
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        self.classnet.shutdown()   # no server outlives the window; the next opening gets a new code
        super().closeEvent(event)
