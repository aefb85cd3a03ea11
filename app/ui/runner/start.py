"""Starting a session (choose the class and the plan) and resuming one that a crash interrupted."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from app.curriculum import Curriculum
from app.store import Store
from app.store import runner as saved
from app.store.classes import list_classes
from app.ui.program_html import plan_label
from app.ui.runner.controller import SessionRunner
from app.ui.runner.window import RunnerWindow
from app.ui.widgets import confirm


class StartSessionDialog(QDialog):
    def __init__(self, parent: QWidget, store: Store, curriculum: Curriculum, class_id: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Run a session")
        self.curriculum = curriculum
        form = QFormLayout(self)
        self.classes = QComboBox()
        self.classes.setAccessibleName("Class")
        self.summaries = list_classes(store)
        for summary in self.summaries:
            self.classes.addItem(f"{summary.name} ({summary.students} students)", summary.id)
        if class_id is not None and self.classes.findData(class_id) >= 0:
            self.classes.setCurrentIndex(self.classes.findData(class_id))
        self.plans = QListWidget()
        self.plans.setAccessibleName("Session plan")
        for plan in curriculum.plans:
            item = QListWidgetItem(f"{plan.title} — {plan_label(plan)}")
            item.setData(256, plan.id)
            self.plans.addItem(item)
        form.addRow("Class", self.classes)
        form.addRow("Plan", self.plans)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Start")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.classes.currentIndexChanged.connect(self._suggest)
        self.plans.itemDoubleClicked.connect(lambda _item: self.accept())
        self._suggest()
        self.resize(640, 520)

    def _suggest(self) -> None:
        """Suggest the next session of the program for this class."""
        summary = next((s for s in self.summaries if s.id == self.classes.currentData()), None)
        sessions = [p for p in self.curriculum.plans if p.kind == "session"]
        done = summary.sessions if summary else 0
        target = next((p for p in sessions if p.number == done + 1), sessions[0] if sessions else None)
        for row in range(self.plans.count()):
            if target and self.plans.item(row).data(256) == target.id:
                self.plans.setCurrentRow(row)

    def choice(self) -> tuple[str, str] | None:
        item = self.plans.currentItem()
        if self.classes.currentData() is None or item is None:
            return None
        return self.classes.currentData(), item.data(256)


def open_runner(parent: QWidget, store: Store, curriculum: Curriculum,
                running: saved.RunningSession) -> RunnerWindow | None:
    plan = curriculum.plan(running.plan_id or "")
    if plan is None:
        QMessageBox.warning(parent, "Session plan missing", f"The plan {running.plan_id!r} of this session is no "
                            "longer in the program, so the session cannot be run. It has been ended.")
        saved.finish_session(store, running.session_id)
        return None
    runner = SessionRunner(store, curriculum, plan, running.session_id, running.class_id, slide=running.slide,
                           remaining_ms=running.timer_remaining_ms, running=running.timer_running)
    window = RunnerWindow(runner, running.notes)
    window.setGeometry(window.roles.control.availableGeometry())
    window.show()
    return window


def start_new(parent: QWidget, store: Store, curriculum: Curriculum, class_id: str | None) -> RunnerWindow | None:
    if not list_classes(store):
        QMessageBox.information(parent, "No class yet", "Add a class first: a session is always run with a class.")
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
    title = plan.title if plan else "a session"
    if confirm(parent, "Resume the session?", f"{title} was not ended (step {running.slide + 1}). Resume it "
               "where it stopped? Attendance and notes are kept.", default_yes=True):
        return open_runner(parent, store, curriculum, running)
    saved.finish_session(store, running.session_id)
    return None
