"""A class: its students (add, edit, remove, import from a spreadsheet), facilitator-only pair rules,
and its past sessions. Everything asks before it removes anything.

The sessions and rhythm lists follow the runner live (app.ui.events): a session started, moved on or ended
shows here without leaving the page, and without polling.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QInputDialog,
    QMessageBox,
    QTextBrowser,
    QToolButton,
    QWidget,
)

from app.curriculum import Curriculum
from app.store import Store
from app.store import runner as saved
from app.store.classes import archive_class, list_classes, rename_class
from app.store.journal_review import unread_count
from app.store.measure import rounds_of
from app.store.rhythm import runs_for_class
from app.store.sessions import sessions_of
from app.store.students import Student, add_students, remove_student, students_in, update_student
from app.ui import theme
from app.ui.activity_html import sessions_html
from app.ui.dates import long_date
from app.ui.events import session_events
from app.ui.i18n import translate
from app.ui.models import ItemRole, TextListModel
from app.ui.rhythm_chart import RhythmRunsSection
from app.ui.widgets import COLOURS, ICON_SYMBOLS, FlowRow, confirm, item_list, page_layout, text_label

# the row above the roster's own buttons
CLASS_WIDE = {"journals", "results", "paper", "student_mode", "devices", "rename", "archive"}
ICONS = {"add": "add-student", "edit": "edit", "import": "import", "journals": "journals", "results": "results",
         "student_mode": "student-mode", "devices": "devices"}   # the main actions: found by their shape too


def describe_student(student: Student) -> tuple[str, str]:
    pronouns = f" ({student.pronouns})" if student.pronouns else ""
    return f"{ICON_SYMBOLS.get(student.avatar_icon, '●')}  {student.display_name}{pronouns}", student.display_name


class ClassPage(QWidget):
    archived = Signal()
    journals_requested = Signal(str)       # class id
    student_mode_requested = Signal(str)   # class id
    devices_requested = Signal(str)        # class id: open it to students' own devices
    results_requested = Signal(str)        # class id: what changed, from its questionnaires
    paper_requested = Signal(str)          # class id: type in the answers of paper questionnaires

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.class_id: str | None = None
        layout, self.title = page_layout(self)
        self.summary = text_label()
        layout.addWidget(self.summary)
        self.model = TextListModel(describe_student)
        self.list = item_list("studentList", translate("class_page", "Students"), self.model)
        self.list.activated.connect(lambda _index: self.edit_student())
        buttons, class_buttons = FlowRow(), FlowRow()   # rows that wrap on a narrow window or a large font
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, keys, slot in (
                ("add", translate("class_page", "Add student"), "Ctrl+N", self.add_student),
                ("edit", translate("class_page", "Edit"), "F2", self.edit_student),
                # Translators: takes the student off this class's roster (their records stay)
                ("remove", translate("class_page", "Remove"), "Delete", self.remove_student),
                ("forget", translate("class_page", "Delete everything…"), "Shift+Delete", self.forget_student),
                ("reset_pin", translate("class_page", "Reset PIN…"), "", self.reset_pin),
                ("import", translate("class_page", "Import CSV…"), "Ctrl+I", self.import_csv),
                # Translators: rules for pairs of students to keep apart or together when groups are made
                ("pairs", translate("class_page", "Keep apart/together…"), "Ctrl+K", self.add_pair),
                ("rename", translate("class_page", "Rename class…"), "Ctrl+Shift+R", self.rename),
                ("archive", translate("class_page", "Archive class…"), "", self.archive),
                ("journals", translate("class_page", "Journals"), "Ctrl+J",
                 lambda: self.journals_requested.emit(self.class_id or "")),
                ("results", translate("class_page", "Results"), "Ctrl+Shift+G",
                 lambda: self.results_requested.emit(self.class_id or "")),
                ("paper", translate("class_page", "Paper answers…"), "",
                 lambda: self.paper_requested.emit(self.class_id or "")),
                ("student_mode", translate("class_page", "Student mode…"), "",
                 lambda: self.student_mode_requested.emit(self.class_id or "")),
                ("devices", translate("class_page", "Devices…"), "",
                 lambda: self.devices_requested.emit(self.class_id or ""))):
            action = QAction(text, self)
            if keys:
                action.setShortcut(QKeySequence(keys))
                action.setToolTip(f"{text} ({keys})")
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, slot=slot: slot())
            self.addAction(action)
            if name in ICONS:
                action.setIcon(theme.icon(ICONS[name]))
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            (class_buttons if name in CLASS_WIDE else buttons).add(button)
            self.actions_by_name[name] = action
        # Ctrl+Shift+O is the main window's (the same for the class on screen): one key, never two actions on it
        self.actions_by_name["devices"].setToolTip(
            translate("class_page", "Open this class to students' own devices (Ctrl+Shift+O)"))
        self.actions_by_name["paper"].setToolTip(
            translate("class_page", "Type in the answers of paper questionnaires with the number keys"))
        self.actions_by_name["results"].setToolTip(
            translate("class_page", "Results: what changed between the questionnaires before and after, in words "
                                    "and charts (Ctrl+Shift+G)"))
        layout.addWidget(class_buttons)
        layout.addWidget(buttons)
        layout.addWidget(self.list, 2)
        self.sessions = theme.style_document(QTextBrowser())
        self.sessions.setAccessibleName(translate("class_page", "Past sessions"))
        self.sessions.setOpenLinks(False)   # its links open a session's observation, never a page
        self.sessions.anchorClicked.connect(self._session_link)
        layout.addWidget(self.sessions, 1)
        self.rhythm = RhythmRunsSection()   # drawn rows and, from two scored sessions, the trend above them
        self.rhythm_runs = self.rhythm.runs
        layout.addWidget(self.rhythm, 1)
        self.curriculum: Curriculum | None = None
        self._stale = False   # a session of this class changed while the page was hidden
        events = session_events()
        events.session_changed.connect(self._session_news)
        events.session_ended.connect(self._session_news)

    def _session_link(self, url: QUrl) -> None:
        """A past session's 'How did it go?': the after-session observation, for one that was skipped then."""
        class_id, curriculum = self.class_id, self.curriculum
        if url.scheme() != "observe" or not class_id or curriculum is None:
            return
        from app.ui.runner.observation import open_observation

        session = next((s for s in sessions_of(self.store, class_id) if s.id == url.path()), None)
        plan = curriculum.plan(session.plan_id or "") if session else None
        name = plan.title if plan else translate("class_page", "Session")
        title = f"{name}, {long_date(session.held_on)}" if session else ""
        dialog = open_observation(self.store, curriculum, class_id, url.path(), title=title)
        if dialog is not None:
            dialog.saved.connect(lambda _round: self.class_id == class_id and self.refresh_sessions())

    def _session_news(self, class_id: str, _session_id: str) -> None:
        """A session of some class started, moved on or ended: this class's lists follow (the roster, its
        selection and the focus stay as they are). A hidden page catches up when it is shown again."""
        if class_id != self.class_id:
            return
        if self.isVisible():
            self.refresh_sessions()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh_sessions()

    def show_class(self, class_id: str, curriculum: Curriculum) -> bool:
        summary = next((c for c in list_classes(self.store) if c.id == class_id), None)
        if summary is None:
            return False
        self.class_id, self.curriculum = class_id, curriculum
        self.title.setText(summary.name)
        self.model.set_items(students_in(self.store, class_id))
        self.refresh_sessions()   # and the line of figures above the roster
        self.list.setFocus()
        return True

    def refresh_sessions(self) -> None:
        """The class's line of figures, past sessions and rhythm runs, read again (where the reader had scrolled
        to stays put)."""
        class_id, curriculum = self.class_id, self.curriculum
        if not class_id or curriculum is None:
            return
        summary = next((c for c in list_classes(self.store) if c.id == class_id), None)
        if summary is None:
            return
        self._stale = False
        unread = unread_count(self.store, class_id)
        unread_text = (translate("class_page", "1 shared journal entry unread") if unread == 1 else
                       translate("class_page", "{n} shared journal entries unread").format(n=unread))
        # Translators: {students}, {sessions} and {unread} are "12 students", "3 sessions", "2 shared journal
        # entries unread"
        self.summary.setText(translate(
            "class_page", "{students} · {sessions} · {unread}. Enter or F2 edits a student; Ctrl+R runs a session "
                          "with this class; Ctrl+J opens its journals.").format(
            students=translate("class_page", "%n student(s)", None, self.model.rowCount()),
            sessions=translate("class_page", "%n session(s)", None, summary.sessions), unread=unread_text))
        observed = {r.session_id for r in rounds_of(self.store, class_id) if r.round == "session" and r.session_id}
        scrolled = self.sessions.verticalScrollBar().value()
        self.sessions.setHtml(sessions_html(sessions_of(self.store, class_id), curriculum, observed,
                                            date_text=long_date))
        self.sessions.verticalScrollBar().setValue(scrolled)
        self.rhythm.show_runs(runs_for_class(self.store, class_id))

    def _refresh(self) -> None:
        if self.class_id and self.curriculum:
            self.show_class(self.class_id, self.curriculum)

    def _selected(self) -> Student | None:
        return self.list.currentIndex().data(ItemRole)

    def _names(self, but: Student | None = None) -> set[str]:
        return {s.display_name for s in students_in(self.store, self.class_id or "") if s != but}

    def add_student(self) -> None:
        from app.ui.roster_dialogs import StudentDialog

        count = self.model.rowCount()
        dialog = StudentDialog(self, taken=self._names(), suggested_colour=COLOURS[count % len(COLOURS)])
        if dialog.exec():
            add_students(self.store, self.class_id or "", [dialog.values()])
            self._refresh()

    def edit_student(self) -> None:
        from app.ui.roster_dialogs import StudentDialog

        student = self._selected()
        if student is None:
            return
        dialog = StudentDialog(self, student, taken=self._names(but=student))
        if dialog.exec():
            name, pronouns, colour, icon = dialog.values()
            update_student(self.store, student.id, display_name=name, pronouns=pronouns, avatar_colour=colour,
                           avatar_icon=icon)
            self._refresh()

    def remove_student(self) -> None:
        student = self._selected()
        if student is None:
            return
        if confirm(self, translate("class_page", "Remove student?"),
                   translate("class_page", "Remove {name} from this class? They leave the roster, groups and turns; "
                                           "past attendance stays in the session records.").format(
                       name=student.display_name)):
            remove_student(self.store, student.id)
            self._refresh()

    def forget_student(self) -> None:
        """Everything about one student, for a family's request or a student who left: asked first, no undo."""
        from app.store.forget import footprint, forget_student

        student = self._selected()
        if student is None:
            return
        found = footprint(self.store, student.id)
        entries = (translate("class_page", "1 journal entry") if found.entries == 1 else
                   translate("class_page", "{n} journal entries").format(n=found.entries))
        # Translators: {entries}, {hits} and {sessions} are "3 journal entries", "12 rhythm hits", "5 sessions"
        question = translate(
            "class_page", "Delete everything about {name}: their {entries} (private ones too), {hits}, attendance in "
                          "{sessions}, turns, pair rules and their place on the roster?\n\nThis cannot be undone "
                          "(backups older than today still hold them until they rotate away). Imports from other "
                          "laptops will not bring them back.").format(
            name=student.display_name, entries=entries,
            hits=translate("class_page", "%n rhythm hit(s)", None, found.hits),
            sessions=translate("class_page", "%n session(s)", None, found.sessions))
        if confirm(self, translate("class_page", "Delete everything about this student?"), question):
            forget_student(self.store, student.id)
            self._refresh()

    def reset_pin(self) -> None:
        from app.store.journal import has_pin, reset_pin, sealed_count

        student = self._selected()
        if student is None:
            return
        if not has_pin(self.store, student.id):
            QMessageBox.information(self, translate("class_page", "Reset PIN"),
                                    translate("class_page", "{name} has no PIN.").format(name=student.display_name))
            return
        locked = sealed_count(self.store, student.id)
        reset = translate("class_page", "Reset {name}'s PIN? They can then sign in without one and choose a new "
                                        "PIN.").format(name=student.display_name)
        stay = (translate("class_page", "Their 1 private entry written so far is locked with the old PIN and will "
                                        "stay locked for good: nobody, not you and not them, can open it again.")
                if locked == 1 else
                translate("class_page", "Their {n} private entries written so far are locked with the old PIN and "
                                        "will stay locked for good: nobody, not you and not them, can open them "
                                        "again.").format(n=locked))
        if confirm(self, translate("class_page", "Reset this student's PIN?"), f"{reset}\n\n{stay}"):
            reset_pin(self.store, student.id)

    def import_csv(self) -> None:
        from app.ui.roster_dialogs import choose_and_preview

        preview = choose_and_preview(self, sorted(self._names()))
        if preview is None:
            return
        start = self.model.rowCount()
        rows = [(row.name, row.pronouns, row.colour or COLOURS[(start + n) % len(COLOURS)], row.icon or "star")
                for n, row in enumerate(preview.rows)]
        add_students(self.store, self.class_id or "", rows)
        self._refresh()

    def add_pair(self) -> None:
        from app.ui.roster_dialogs import PairDialog

        students = students_in(self.store, self.class_id or "")
        if len(students) < 2:
            return
        dialog = PairDialog(self, students)
        if dialog.exec():
            first, second, kind = dialog.values()
            saved.add_pair_rule(self.store, self.class_id or "", first, second, kind)

    def rename(self) -> None:
        name, ok = QInputDialog.getText(self, translate("class_page", "Rename class"),
                                        translate("class_page", "Class name"), text=self.title.text())
        if ok and name.strip():
            rename_class(self.store, self.class_id or "", name)
            self._refresh()

    def archive(self) -> None:
        if confirm(self, translate("class_page", "Archive class?"),
                   translate("class_page", "Archive {name}? It leaves the home screen; nothing is deleted.").format(
                       name=self.title.text())):
            archive_class(self.store, self.class_id or "")
            self.archived.emit()
