"""The main window's journal features in one place: the review page, student mode, the story wall on the
projector, export/import and journal settings. Kept apart so the main window stays a navigator."""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.store.classes import list_classes
from app.ui import theme
from app.ui.i18n import translate

if TYPE_CHECKING:
    from app.ui.runner.standalone import StandaloneProjector
    from app.ui.student.kiosk import StudentMode
    from app.ui.window_parts import WindowParts

log = logging.getLogger(__name__)


class JournalActions(QObject):
    def __init__(self, window: WindowParts) -> None:
        super().__init__(window)
        self.window = window
        self.page = None
        self.student_mode: StudentMode | None = None
        self.story_view: StandaloneProjector | None = None
        self.student_mode_action = self._action(translate("journal_actions", "&Student mode…"), "Ctrl+Shift+M",
                                                self.enter_student_mode, icon="student-mode")
        self.export_action = self._action(translate("journal_actions", "&Export class data…"), "Ctrl+Shift+E",
                                          self.export, icon="export")
        self.import_action = self._action(translate("journal_actions", "&Import class data…"), "Ctrl+Shift+I",
                                          self.import_, icon="import")
        self.settings_action = self._action(translate("journal_actions", "Journal &settings…"), "", self.settings)
        window.class_page.journals_requested.connect(self.show_journals)
        window.class_page.student_mode_requested.connect(lambda cid: self.enter_student_mode(cid))

    def _action(self, text: str, keys: str, slot, icon: str = "") -> QAction:
        action = QAction(theme.icon(icon), text, self.window) if icon else QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({keys})")
        action.triggered.connect(lambda _=False: slot())
        self.window.addAction(action)
        return action

    def add_menu(self, *beside_student_mode: QAction) -> None:
        menu = self.window.menuBar().addMenu(translate("journal_actions", "&Journals"))
        menu.addActions([self.student_mode_action, *beside_student_mode])
        menu.addSeparator()
        menu.addActions([self.export_action, self.import_action])
        menu.addSeparator()
        menu.addAction(self.settings_action)

    def _class(self, class_id: str | None = None) -> tuple[str, str] | None:
        """The class to work with: the one given or open, else the facilitator picks one."""
        classes = list_classes(self.window.store)
        chosen = next((c for c in classes if c.id == (class_id or self.window.current_class)), None)
        if chosen is None:
            if not classes:
                QMessageBox.information(self.window, translate("journal_actions", "No class yet"),
                                        translate("journal_actions", "Make a class first (Ctrl+Shift+N)."))
                return None
            name, ok = QInputDialog.getItem(self.window, translate("journal_actions", "Which class?"),
                                            translate("journal_actions", "Class"), [c.name for c in classes], 0, False)
            if not ok:
                return None
            chosen = next(c for c in classes if c.name == name)
        return chosen.id, chosen.name

    # Review ----------------------------------------------------------------------------------------
    def show_journals(self, class_id: str | None = None) -> None:
        from app.ui.journal_page import JournalPage

        picked = self._class(class_id)
        if picked is None:
            return
        if self.page is None:
            from app.journal.prompts import prompt_texts

            texts = prompt_texts(self.window.curriculum)
            self.page = JournalPage(self.window.store, texts)
            self.page.story_requested.connect(self.show_story)
            self.window.stack.addWidget(self.page)
        page = self.page
        self.window._navigate(lambda: (page.show_class(*picked), self.window._show(page)))

    def show_story(self, body: str, prompt: str, name: str) -> None:
        """One story-wall entry on the projector: the running session's, or a projector window of its own."""
        runner = self.window.runner_window
        if runner is not None and runner.isVisible():
            if not runner.presenting:
                runner.present()   # first: presenting redraws the session's own screen
            runner.projector.show_story(body, prompt or None, name or None)
            return
        from app.ui.runner.standalone import StandaloneProjector

        if self.story_view is None:
            self.story_view = StandaloneProjector(translate("journal_actions", "Story wall"))
        self.story_view.show_story(body, prompt or None, name or None)
        self.story_view.present()

    # Student mode -----------------------------------------------------------------------------------
    def enter_student_mode(self, class_id: str | None = None) -> None:
        from app.store.kiosk import has_password
        from app.store.runner import unfinished_session
        from app.ui.journal_settings import ask_new_password

        picked = self._class(class_id)
        if picked is None:
            return
        store = self.window.store
        if not has_password(store) and not ask_new_password(self.window, store):
            return
        from app.journal.prompts import challenge_checkin_today, today_prompt_ids, with_picked
        from app.store.classnet import class_challenge
        from app.store.today_prompts import picked_today

        running = unfinished_session(store)
        session_id, prompt_ids = None, []
        if running is not None and running.class_id == picked[0]:
            session_id = running.session_id
            prompt_ids = today_prompt_ids(self.window.curriculum, running.plan_id, self._slide(running))
        prompt_ids = with_picked(self.window.curriculum, picked_today(store, picked[0]), prompt_ids)
        chosen = class_challenge(store, picked[0])
        checkin = challenge_checkin_today(self.window.curriculum, chosen.challenge_id if chosen else None,
                                          chosen.started if chosen else None, date.today())
        prompt_ids = [checkin, *prompt_ids] if checkin else prompt_ids   # first, as on students' devices
        from app.ui.student.kiosk import StudentMode

        self.student_mode = StudentMode(store, self.window.curriculum, picked[0], picked[1],
                                        session_id=session_id, prompt_ids=prompt_ids)
        self.student_mode.setWindowTitle(translate("journal_actions", "Student mode — {name}").format(name=picked[1]))
        self.student_mode.left.connect(self.leave_student_mode)
        screen = self.window.screen()
        self.student_mode.setGeometry(screen.geometry())
        self.student_mode.showFullScreen()
        self.window.hide()
        self.window.setEnabled(False)  # its application-wide shortcuts (Ctrl+Q) must not reach a student

    def _slide(self, running) -> int:
        """The slide the runner shows now (the live window knows best; the saved position otherwise)."""
        runner = self.window.runner_window
        live = getattr(getattr(runner, "runner", None), "index", None)
        return live if isinstance(live, int) else running.slide

    def leave_student_mode(self) -> None:
        if self.student_mode is not None:
            self.student_mode.close()
            self.student_mode.deleteLater()
            self.student_mode = None
        self.window.setEnabled(True)
        self.window.show()
        self.window.raise_()
        self.window._current()  # what students wrote meanwhile shows on the page that was open

    def offer_purge(self) -> None:
        """At start, when the retention setting says a class is due, ask whether to delete it."""
        from app.ui.journal_settings import offer_purge

        if offer_purge(self.window, self.window.store):
            self.window.go_home()

    # Data --------------------------------------------------------------------------------------------
    def export(self) -> None:
        from app.ui.exchange import export_dialog

        name = next((c.name for c in list_classes(self.window.store) if c.id == self.window.current_class), "")
        export_dialog(self.window, self.window.store, name)

    def import_(self) -> None:
        from app.ui.exchange import import_dialog

        if import_dialog(self.window, self.window.store):
            self.window.go_home()

    def settings(self) -> None:
        from app.ui.journal_settings import JournalSettingsDialog

        JournalSettingsDialog(self.window, self.window.store).exec()
