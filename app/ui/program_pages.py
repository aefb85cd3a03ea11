"""Pages for the rest of the program: session plans, the prompt bank and the facilitator guide."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QSplitter,
    QTextBrowser,
    QWidget,
)

from app.curriculum import BrokenItem, Curriculum
from app.curriculum.model import METHODS, Prompt, SessionPlan
from app.ui.models import ItemRole, TextListModel, describe_broken
from app.ui.program_html import plan_label
from app.ui.widgets import item_list, page_layout, text_label

Index = QModelIndex | QPersistentModelIndex


class PlansPage(QWidget):
    plan_chosen = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        layout, _ = page_layout(self, "Session plans")
        layout.addWidget(text_label("Twelve sessions (four per phase) and short plans for a 15-minute "
                                    "advisory period."))
        self.model = TextListModel(self._describe)
        self.list = item_list("planList", "Session plans", self.model)
        self.list.activated.connect(self._chosen)
        self.list.clicked.connect(self._chosen)
        layout.addWidget(self.list, 1)
        self._curriculum: Curriculum | None = None

    def _describe(self, plan: SessionPlan | BrokenItem) -> tuple[str, str]:
        if isinstance(plan, BrokenItem):
            return describe_broken(plan)
        mine = " · my copy" if self._curriculum and self._curriculum.is_mine(plan.file) else ""
        phase = self._curriculum.phase(plan.phase) if self._curriculum else None
        return (f"{plan.title}\n{plan_label(plan)} · {phase.title if phase else 'any phase'}{mine}", plan.summary)

    def show_plans(self, curriculum: Curriculum) -> None:
        self._curriculum = curriculum
        self.model.set_items([*curriculum.plans, *(b for b in curriculum.broken if b.kind == "plan")])
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))
        self.list.setFocus()

    def _chosen(self, index: QModelIndex) -> None:
        plan = index.data(ItemRole)
        if plan is not None:
            self.plan_chosen.emit(plan)


class PromptFilter(QSortFilterProxyModel):
    """Search words (all must appear) plus phase, method and reading level."""

    def __init__(self) -> None:
        super().__init__()
        self.words: list[str] = []
        self.phase = self.method = self.level = ""

    def set_filter(self, text: str, phase: str, method: str, level: str) -> None:
        self.beginFilterChange()
        self.words = text.casefold().split()
        self.phase, self.method, self.level = phase, method, level
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        prompt: Prompt = self.sourceModel().index(row, 0, parent).data(ItemRole)
        text = prompt.text.casefold()
        return (all(w in text for w in self.words)
                and (not self.phase or prompt.phase in (self.phase, "any"))
                and (not self.method or self.method in prompt.methods)
                and (not self.level or prompt.level == self.level))


class PromptBankPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout, _ = page_layout(self, "Prompt bank")
        controls = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search the prompts (Ctrl+F)")
        self.search.setAccessibleName("Search prompts")
        self.search.setClearButtonEnabled(True)
        self.phase = self._combo("Phase", [("All phases", "")])
        self.method = self._combo("Method", [("All methods", "")] + [(m.capitalize(), m) for m in METHODS])
        self.level = self._combo("Reading level", [("All levels", ""), ("Simple (new to the language)", "simple"),
                                                   ("Standard", "standard")])
        controls.addWidget(self.search, 2)
        for combo in (self.phase, self.method, self.level):
            controls.addWidget(combo, 1)
        layout.addLayout(controls)
        self.count = text_label(name="promptCount")
        layout.addWidget(self.count)
        self.source = TextListModel(lambda p: (f"{p.text}\n{p.phase} · {p.level}"
                                            + (f" · {', '.join(p.methods)}" if p.methods else ""), p.id))
        self.filter = PromptFilter()
        self.filter.setSourceModel(self.source)
        self.list = item_list("promptList", "Prompts", self.filter)
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)
        self.search.textChanged.connect(self._apply)
        for combo in (self.phase, self.method, self.level):
            combo.currentIndexChanged.connect(self._apply)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)

    @staticmethod
    def _combo(name: str, options: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for text, value in options:
            combo.addItem(text, value)
        return combo

    def show_prompts(self, curriculum: Curriculum) -> None:
        if self.phase.count() == 1:
            for phase in curriculum.phases:
                self.phase.addItem(phase.title, phase.id)
        self.source.set_items(sorted(curriculum.prompts.values(), key=lambda p: (p.phase, p.level, p.text)))
        self._apply()
        self.search.setFocus()

    def _apply(self) -> None:
        self.filter.set_filter(self.search.text(), self.phase.currentData(), self.method.currentData(),
                               self.level.currentData())
        self.count.setText(f"{self.filter.rowCount()} of {self.source.rowCount()} prompts")


class GuidePage(QWidget):
    """The facilitator guide: chapters on the left, the chapter (Markdown) on the right."""

    def __init__(self) -> None:
        super().__init__()
        layout, _ = page_layout(self, "Facilitator guide")
        splitter = QSplitter()
        self.chapters = QListWidget()
        self.chapters.setAccessibleName("Guide chapters")
        self.text = QTextBrowser()
        self.text.setObjectName("guideText")
        self.text.setAccessibleName("Guide chapter")
        splitter.addWidget(self.chapters)
        splitter.addWidget(self.text)
        self.chapters.setWordWrap(True)
        splitter.setSizes([320, 900])
        layout.addWidget(splitter, 1)
        self._curriculum: Curriculum | None = None
        self.chapters.currentRowChanged.connect(self._show_chapter)

    def show_guide(self, curriculum: Curriculum) -> None:
        self._curriculum = curriculum
        self.chapters.clear()
        self.chapters.addItems([c.title for c in curriculum.guide])
        if curriculum.guide:
            self.chapters.setCurrentRow(0)
        else:
            self.text.setMarkdown("The guide is missing from this installation (activities/guide/).")
        self.chapters.setFocus()

    def _show_chapter(self, row: int) -> None:
        if self._curriculum and 0 <= row < len(self._curriculum.guide):
            self.text.setMarkdown(self._curriculum.guide[row].markdown)
