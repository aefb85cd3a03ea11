"""Starting a session (choose the class and the plan) and resuming one that a crash interrupted.

The plan offered first is the class's next session by the rule of app.session.progress (the first one not
completed: its last core step reached), with the reason in words, because a facilitator who sees "Session 3"
offered again should see at once that it ended at step 5 last time.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from app.curriculum import Curriculum
from app.session.progress import Suggestion, history, plan_slides, progress_label, suggest
from app.store import Store
from app.store import runner as saved
from app.store.classes import list_classes
from app.store.sessions import sessions_of
from app.ui.events import session_events
from app.ui.i18n import translate
from app.ui.program_html import plan_label
from app.ui.runner.controller import SessionRunner
from app.ui.runner.window import RunnerWindow
from app.ui.widgets import confirm

log = logging.getLogger(__name__)
PLAN_ROLE = 256   # Qt.ItemDataRole.UserRole: the plan id of a list row


class StartSessionDialog(QDialog):
    """Which class, which plan: the class's next session is selected, each session plan says how far this class
    got with it, and a line below says why that one (Start waits for a choice when the program is complete)."""

    def __init__(self, parent: QWidget | None, store: Store, curriculum: Curriculum, class_id: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("runner.start", "Run a session"))
        self.store, self.curriculum = store, curriculum
        self.slides_of = plan_slides(curriculum)
        self.suggestion = Suggestion(None, "")
        form = QFormLayout(self)
        self.classes = QComboBox()
        self.classes.setAccessibleName(translate("runner.start", "Class"))
        self.summaries = list_classes(store)
        for summary in self.summaries:
            students = summary.students   # a plain name: lupdate reads no other count
            self.classes.addItem(translate("runner.start", "{name} (%n student(s))", None, students)
                                 .format(name=summary.name), summary.id)
        if class_id is not None and self.classes.findData(class_id) >= 0:
            self.classes.setCurrentIndex(self.classes.findData(class_id))
        self.plans = QListWidget()
        self.plans.setAccessibleName(translate("runner.start", "Session plan"))
        for plan in curriculum.plans:
            item = QListWidgetItem(f"{plan.title} — {plan_label(plan)}")
            item.setData(PLAN_ROLE, plan.id)
            self.plans.addItem(item)
        self.reason = QLabel()
        self.reason.setObjectName("suggestionReason")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(translate("runner.start", "Class"), self.classes)
        form.addRow(translate("runner.start", "Plan"), self.plans)
        form.addRow("", self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(translate("runner.start", "Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.classes.currentIndexChanged.connect(self._suggest)
        self.plans.itemSelectionChanged.connect(lambda: self.start_button.setEnabled(self.choice() is not None))
        self.plans.itemDoubleClicked.connect(lambda _item: self.accept())
        self._suggest()
        self.resize(640, 520)

    def _suggest(self) -> None:
        """Offer the class's next session (the first not completed), mark how far each session got, and say why
        that one; with the whole program completed, offer nothing and say so."""
        class_id = self.classes.currentData()
        past = history(sessions_of(self.store, class_id)) if class_id else []
        self.suggestion = suggest(self.curriculum.plans, past, self.slides_of)
        latest = {p.plan_id: p for p in past if p.plan_id}   # oldest first: the last one of a plan wins
        done = {p.plan_id for p in past if p.plan_id and p.done(self.slides_of(p.plan_id))}
        for row in range(self.plans.count()):
            item = self.plans.item(row)
            plan = self.curriculum.plan(item.data(PLAN_ROLE))
            if plan is None:
                continue
            status = translate("runner.start", "completed") if plan.id in done else (
                progress_label(latest[plan.id], self.slides_of(plan.id)) if plan.id in latest else "")
            item.setText(f"{plan.title} — {plan_label(plan)}" + (f" · {status}" if status else ""))
            font = item.font()
            font.setWeight(QFont.Weight.Bold if plan.id == self.suggestion.plan_id else QFont.Weight.Normal)
            item.setFont(font)
            if plan.id == self.suggestion.plan_id:
                self.plans.setCurrentRow(row)
                self.plans.scrollToItem(item)
        if self.suggestion.plan_id is None:
            self.plans.setCurrentRow(-1)
            self.plans.clearSelection()
        self.reason.setText(self.suggestion.reason)
        self.start_button.setEnabled(self.choice() is not None)
        log.debug("suggested %s: %s", self.suggestion.plan_id, self.suggestion.reason)

    def choice(self) -> tuple[str, str] | None:
        item = self.plans.currentItem()
        if self.classes.currentData() is None or item is None or not item.isSelected():
            return None
        return self.classes.currentData(), item.data(PLAN_ROLE)


def open_runner(parent: QWidget, store: Store, curriculum: Curriculum,
                running: saved.RunningSession) -> RunnerWindow | None:
    plan = curriculum.plan(running.plan_id or "")
    if plan is None:
        QMessageBox.warning(parent, translate("runner.start", "Session plan missing"),
                            translate("runner.start", "The plan {plan} of this session is no longer in the program, "
                                      "so the session cannot be run. It has been ended.")
                            .format(plan=repr(running.plan_id)))
        saved.finish_session(store, running.session_id, at_last_save=True)
        session_events().ended(running.class_id, running.session_id)
        return None
    runner = SessionRunner(store, curriculum, plan, running.session_id, running.class_id, slide=running.slide,
                           remaining_ms=running.timer_remaining_ms, running=running.timer_running)
    window = RunnerWindow(runner, running.notes)
    _announce_changes(window)
    window.setGeometry(window.roles.control.availableGeometry())
    window.show()
    return window


def _announce_changes(window: RunnerWindow) -> None:
    """Tell pages showing this class that its session moved on (started, a step, attendance, notes), so the
    class page keeps up without being left and reopened. The session's end is announced by the summary."""
    events, runner = session_events(), window.runner

    def changed() -> None:
        events.changed_soon(runner.class_id, runner.session_id)

    runner.changed.connect(changed)
    window.console.notes.textChanged.connect(changed)
    changed()


def start_new(parent: QWidget, store: Store, curriculum: Curriculum, class_id: str | None) -> RunnerWindow | None:
    if not list_classes(store):
        QMessageBox.information(parent, translate("runner.start", "No class yet"),
                                translate("runner.start", "Add a class first: a session is always run with a class."))
        return None
    dialog = StartSessionDialog(parent, store, curriculum, class_id)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice() is None:
        return None
    chosen_class, plan_id = dialog.choice()  # type: ignore[misc]
    plan = curriculum.plan(plan_id)
    session_id = saved.start_session(store, chosen_class, plan_id, plan.phase if plan else "any")
    return open_runner(parent, store, curriculum,
                       saved.RunningSession(session_id, chosen_class, plan_id, 0, None, False, ""))


def offer_resume(parent: QWidget, store: Store, curriculum: Curriculum) -> RunnerWindow | None:
    """After a crash or power cut: offer to go on at the same step, with attendance and notes kept."""
    running = saved.unfinished_session(store)
    if running is None:
        return None
    plan = curriculum.plan(running.plan_id or "")
    title = plan.title if plan else translate("runner.start", "a session")
    if confirm(parent, translate("runner.start", "Resume the session?"),
               translate("runner.start", "{session} was not ended (step {step}). Resume it where it stopped? "
                         "Attendance and notes are kept.").format(session=title, step=running.slide + 1),
               default_yes=True):
        return open_runner(parent, store, curriculum, running)
    saved.finish_session(store, running.session_id, at_last_save=True)
    session_events().ended(running.class_id, running.session_id)
    return None
