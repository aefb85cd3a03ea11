"""Build a session plan from activities: add, drag to reorder, choose each one's version and part,
add journal time, and save it as the facilitator's own plan (checked like every plan)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.curriculum import Curriculum
from app.curriculum.copies import check_text, copy_id, save_text, user_root
from app.curriculum.model import PLAN_PARTS, PlanItem
from app.ui.i18n import translate

DATA = Qt.ItemDataRole.UserRole


def plan_toml(plan_id: str, title: str, phase: str, kind: str, summary: str, items: list[PlanItem]) -> str:
    from app.files.toml_write import dumps

    def item_table(item: PlanItem) -> dict:
        words = ({"activity": item.activity, "variant": item.variant} if item.activity
                 else {"title": item.title, "prompts": list(item.prompt_ids)})
        return {"part": item.part, **words, "minutes": item.minutes}

    return dumps({"id": plan_id, "title": title, "phase": phase, "kind": kind,
                  "minutes": sum(i.minutes for i in items), "summary": summary,
                  "item": [item_table(item) for item in items]})


class PlanBuilder(QDialog):
    def __init__(self, parent: QWidget | None, curriculum: Curriculum, data_dir: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("plan_builder", "Build a session plan"))
        self.curriculum, self.data_dir = curriculum, data_dir
        grid = QGridLayout(self)
        self.activities = QListWidget()
        self.activities.setAccessibleName(translate("plan_builder", "Activities to add"))
        for activity in curriculum.activities:
            minutes = translate("plan_builder", "{minutes} min").format(minutes=activity.full_minutes)
            item = QListWidgetItem(f"{activity.phase.title()} · {activity.title} ({minutes})")
            item.setData(DATA, activity.id)
            self.activities.addItem(item)
        self.activities.itemDoubleClicked.connect(lambda _item: self.add_activity())
        self.items = QListWidget()
        self.items.setAccessibleName(translate("plan_builder", "Plan, in order (drag to reorder)"))
        self.items.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.items.currentItemChanged.connect(self._show_item)
        self.items.model().rowsMoved.connect(self._update_total)
        add = QPushButton(translate("plan_builder", "Add ▶"))
        add.clicked.connect(self.add_activity)
        journal = QPushButton(translate("plan_builder", "Add journal time"))
        journal.clicked.connect(self.add_journal)
        remove = QPushButton(translate("plan_builder", "Remove"))
        remove.clicked.connect(lambda: self.items.takeItem(self.items.currentRow()) and self._update_total())
        self.part, self.variant, self.minutes = QComboBox(), QComboBox(), QSpinBox()
        self.part.addItems(PLAN_PARTS)
        self.variant.addItems(["full", "short"])
        self.minutes.setRange(1, 60)
        for widget, name in ((self.part, translate("plan_builder", "Part")),
                             (self.variant, translate("plan_builder", "Version")),
                             (self.minutes, translate("plan_builder", "Journal minutes"))):
            widget.setAccessibleName(name)
        self.part.currentTextChanged.connect(self._edit_item)
        self.variant.currentTextChanged.connect(self._edit_item)
        self.minutes.valueChanged.connect(self._edit_item)
        form = QFormLayout()
        self.title = QLineEdit(translate("plan_builder", "My session"))
        self.title.setAccessibleName(translate("plan_builder", "Plan title"))
        self.kind = QComboBox()
        self.kind.addItem(translate("plan_builder", "Session (45–60 min)"), "session")
        # Translators: a short plan for a 15-minute advisory (homeroom) period
        self.kind.addItem(translate("plan_builder", "Advisory period (15 min)"), "advisory")
        self.phase = QComboBox()
        for phase in curriculum.phases:
            self.phase.addItem(phase.title, phase.id)
        form.addRow(translate("plan_builder", "Title"), self.title)
        form.addRow(translate("plan_builder", "Kind"), self.kind)
        form.addRow(translate("plan_builder", "Phase"), self.phase)
        form.addRow(translate("plan_builder", "Part"), self.part)
        form.addRow(translate("plan_builder", "Version"), self.variant)
        form.addRow(translate("plan_builder", "Journal minutes"), self.minutes)
        self.total = QLabel()
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setObjectName("dialogProblem")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        grid.addWidget(QLabel(translate("plan_builder", "<b>Activities</b> (double-click to add)")), 0, 0)
        grid.addWidget(QLabel(translate("plan_builder", "<b>Your plan</b> (drag to reorder)")), 0, 2)
        grid.addWidget(self.activities, 1, 0, 3, 1)
        grid.addWidget(add, 1, 1)
        grid.addWidget(journal, 2, 1)
        grid.addWidget(remove, 3, 1)
        grid.addWidget(self.items, 1, 2, 3, 1)
        grid.addLayout(form, 4, 0, 1, 3)
        grid.addWidget(self.total, 5, 0, 1, 3)
        grid.addWidget(self.problems, 6, 0, 1, 3)
        grid.addWidget(buttons, 7, 0, 1, 3)
        self.saved_file: Path | None = None
        self.resize(980, 680)
        self._update_total()

    def _add(self, item: PlanItem) -> None:
        row = QListWidgetItem()
        row.setData(DATA, item)
        self.items.addItem(row)
        self._label(row)
        self.items.setCurrentItem(row)
        self._update_total()

    def add_activity(self) -> None:
        current = self.activities.currentItem()
        if current is None:
            return
        activity = self.curriculum.activity(current.data(DATA))
        part = "opening" if "opening" in activity.methods else "closing" if "closing" in activity.methods else "core"
        self._add(PlanItem(part=part, minutes=activity.full_minutes, activity=activity.id))

    def add_journal(self) -> None:
        phase = self.phase.currentData()
        prompts = tuple(p.id for p in self.curriculum.prompts.values() if p.phase == phase)[:3]
        self._add(PlanItem(part="reflection", minutes=5, title=translate("plan_builder", "Journal time"),
                           prompt_ids=prompts))

    def _label(self, row: QListWidgetItem) -> None:
        item: PlanItem = row.data(DATA)
        name = self.curriculum.activity(item.activity).title if item.activity else item.title
        version = f" ({item.variant})" if item.activity else ""
        minutes = translate("plan_builder", "{minutes} min").format(minutes=item.minutes)
        row.setText(f"{item.part} · {name}{version} · {minutes}")

    def _show_item(self, row: QListWidgetItem | None) -> None:
        if row is None:
            return
        item: PlanItem = row.data(DATA)
        for widget in (self.part, self.variant, self.minutes):
            widget.blockSignals(True)
        self.part.setCurrentText(item.part)
        self.variant.setCurrentText(item.variant)
        self.variant.setEnabled(item.activity is not None)
        self.minutes.setValue(item.minutes)
        self.minutes.setEnabled(item.activity is None)
        for widget in (self.part, self.variant, self.minutes):
            widget.blockSignals(False)

    def _edit_item(self) -> None:
        row = self.items.currentItem()
        if row is None:
            return
        item: PlanItem = row.data(DATA)
        if item.activity:
            activity = self.curriculum.activity(item.activity)
            variant = self.variant.currentText()
            minutes = activity.full_minutes if variant == "full" else activity.short_minutes
            item = PlanItem(self.part.currentText(), minutes, item.activity, variant)
        else:
            item = PlanItem(self.part.currentText(), self.minutes.value(), None, "full", item.title, item.prompt_ids)
        row.setData(DATA, item)
        self._label(row)
        self._update_total()

    def plan_items(self) -> list[PlanItem]:
        return [self.items.item(i).data(DATA) for i in range(self.items.count())]

    def _update_total(self, *_: object) -> None:
        self.total.setText(translate("plan_builder", "Total: %n minute(s)", None,
                                     sum(i.minutes for i in self.plan_items())))

    def accept(self) -> None:
        title = " ".join(self.title.text().split()) or translate("plan_builder", "My session")
        slug = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-") or "plan"
        plan_id = copy_id(f"my-{slug}", {p.id for p in self.curriculum.plans})
        text = plan_toml(plan_id, title, self.phase.currentData(), self.kind.currentData(),
                         translate("plan_builder", "A plan built in the app."), self.plan_items())
        file = user_root(self.data_dir) / "plans" / f"{plan_id}.toml"
        problems = check_text(text, file, self.curriculum)
        if problems:
            self.problems.setText(translate("plan_builder", "Not saved yet: {problems}").format(
                problems="; ".join(p.message for p in problems[:4])))
            return
        try:
            save_text(file, text)
        except OSError as error:
            self.problems.setText(translate("plan_builder", "Could not save ({error}); your plan is still here.")
                                  .format(error=error.strerror or error))
            return
        self.saved_file = file
        super().accept()
