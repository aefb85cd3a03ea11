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
        self.list = item_list("studentList", "Students", self.model)
        self.list.activated.connect(lambda _index: self.edit_student())
        buttons, class_buttons = FlowRow(), FlowRow()   # rows that wrap on a narrow window or a large font
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, keys, slot in (
                ("add", "Add student", "Ctrl+N", self.add_student),
                ("edit", "Edit", "F2", self.edit_student),
                ("remove", "Remove", "Delete", self.remove_student),
                ("forget", "Delete everything…", "Shift+Delete", self.forget_student),
                ("reset_pin", "Reset PIN…", "", self.reset_pin),
                ("import", "Import CSV…", "Ctrl+I", self.import_csv),
                ("pairs", "Keep apart/together…", "Ctrl+K", self.add_pair),
                ("rename", "Rename class…", "Ctrl+Shift+R", self.rename),
                ("archive", "Archive class…", "", self.archive),
                ("journals", "Journals", "Ctrl+J", lambda: self.journals_requested.emit(self.class_id or "")),
                ("results", "Results", "Ctrl+Shift+G", lambda: self.results_requested.emit(self.class_id or "")),
                ("paper", "Paper answers…", "", lambda: self.paper_requested.emit(self.class_id or "")),
                ("student_mode", "Student mode…", "",
                 lambda: self.student_mode_requested.emit(self.class_id or "")),
                ("devices", "Devices…", "", lambda: self.devices_requested.emit(self.class_id or ""))):
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
        self.actions_by_name["devices"].setToolTip("Open this class to students' own devices (Ctrl+Shift+O)")
        self.actions_by_name["paper"].setToolTip("Type in the answers of paper questionnaires with the number keys")
        self.actions_by_name["results"].setToolTip("Results: what changed between the questionnaires before and "
                                                   "after, in words and charts (Ctrl+Shift+G)")
        layout.addWidget(class_buttons)
        layout.addWidget(buttons)
        layout.addWidget(self.list, 2)
        self.sessions = theme.style_document(QTextBrowser())
        self.sessions.setAccessibleName("Past sessions")
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
        title = f"{plan.title if plan else 'Session'}, {long_date(session.held_on)}" if session else ""
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
        self.summary.setText(f"{self.model.rowCount()} students · {summary.sessions} sessions · {unread} shared "
                             "journal entries unread. Enter or F2 edits a student; Ctrl+R runs a session with this "
                             "class; Ctrl+J opens its journals.")
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
        if confirm(self, "Remove student?", f"Remove {student.display_name} from this class? They leave the "
                   "roster, groups and turns; past attendance stays in the session records."):
            remove_student(self.store, student.id)
            self._refresh()

    def forget_student(self) -> None:
        """Everything about one student, for a family's request or a student who left: asked first, no undo."""
        from app.store.forget import footprint, forget_student

        student = self._selected()
        if student is None:
            return
        found = footprint(self.store, student.id)
        if confirm(self, "Delete everything about this student?",
                   f"Delete everything about {student.display_name}: their {found.entries} journal entries "
                   f"(private ones too), {found.hits} rhythm hits, attendance in {found.sessions} sessions, turns, "
                   "pair rules and their place on the roster?\n\nThis cannot be undone (backups older than today "
                   "still hold them until they rotate away). Imports from other laptops will not bring them back."):
            forget_student(self.store, student.id)
            self._refresh()

    def reset_pin(self) -> None:
        from app.store.journal import has_pin, reset_pin, sealed_count

        student = self._selected()
        if student is None:
            return
        if not has_pin(self.store, student.id):
            QMessageBox.information(self, "Reset PIN", f"{student.display_name} has no PIN.")
            return
        locked = sealed_count(self.store, student.id)
        if confirm(self, "Reset this student's PIN?",
                   f"Reset {student.display_name}'s PIN? They can then sign in without one and choose a new PIN.\n\n"
                   f"Their {locked} private entries written so far are locked with the old PIN and will stay "
                   "locked for good: nobody, not you and not them, can open them again."):
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
        name, ok = QInputDialog.getText(self, "Rename class", "Class name", text=self.title.text())
        if ok and name.strip():
            rename_class(self.store, self.class_id or "", name)
            self._refresh()

    def archive(self) -> None:
        if confirm(self, "Archive class?", f"Archive {self.title.text()}? It leaves the home screen; nothing "
                   "is deleted."):
            archive_class(self.store, self.class_id or "")
            self.archived.emit()
