"""Pages for the rest of the program: session plans, the prompt bank and the facilitator guide."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QWidget,
)

from app.curriculum import BrokenItem, Curriculum
from app.curriculum.model import METHODS, Prompt, SessionPlan
from app.ui import theme
from app.ui.i18n import translate
from app.ui.models import ItemRole, TextListModel, describe_broken
from app.ui.program_html import plan_label
from app.ui.widgets import item_list, page_layout, text_label
from app.ui.words import word, words

Index = QModelIndex | QPersistentModelIndex


class PlansPage(QWidget):
    plan_chosen = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        layout, _ = page_layout(self, translate("program_pages", "Session plans"))
        layout.addWidget(text_label(translate("program_pages", "Twelve sessions (four per phase) and short plans "
                                                               "for a 15-minute advisory period.")))
        self.model = TextListModel(self._describe)
        self.list = item_list("planList", translate("program_pages", "Session plans"), self.model)
        self.list.activated.connect(self._chosen)
        self.list.clicked.connect(self._chosen)
        layout.addWidget(self.list, 1)
        self._curriculum: Curriculum | None = None

    def _describe(self, plan: SessionPlan | BrokenItem) -> tuple[str, str]:
        if isinstance(plan, BrokenItem):
            return describe_broken(plan)
        mine = (" · " + translate("program_pages", "my copy")
                if self._curriculum and self._curriculum.is_mine(plan.file) else "")
        phase = self._curriculum.phase(plan.phase) if self._curriculum else None
        phase_title = phase.title if phase else translate("program_pages", "any phase")
        return f"{plan.title}\n{plan_label(plan)} · {phase_title}{mine}", plan.summary

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
    """The prompts to search, and something to do with the one chosen, so the bank is not a dead end:
    Enter offers to show it to the class on the projector, or to put it first on a class's journal prompts
    for today (what students see first in student mode and on their devices). What those do with the rest
    of the app lives in app/ui/prompt_actions.py; until that is attached, the two actions stay disabled."""

    show_requested = Signal(object)        # Prompt: on the projector
    today_requested = Signal(object, str)  # Prompt, class id: onto (or back off) that class's list for today
    class_changed = Signal(str)            # the class whose list for today is shown ("" for none)

    def __init__(self) -> None:
        super().__init__()
        self.phase_titles: dict[str, str] = {}
        layout, _ = page_layout(self, translate("program_pages", "Prompt bank"))
        controls = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("program_pages", "Search the prompts (Ctrl+F)"))
        self.search.setAccessibleName(translate("program_pages", "Search prompts"))
        self.search.setClearButtonEnabled(True)
        self.phase = self._combo(translate("program_pages", "Phase"),
                                 [(translate("program_pages", "All phases"), "")])
        self.method = self._combo(translate("program_pages", "Method"),
                                  [(translate("program_pages", "All methods"), "")]
                                  + [(word(m).capitalize(), m) for m in METHODS])
        # Translators: how hard a prompt is to read; "simple" prompts suit students new to the language
        self.level = self._combo(translate("program_pages", "Reading level"),
                                 [(translate("program_pages", "All levels"), ""),
                                  (translate("program_pages", "Simple (new to the language)"), "simple"),
                                  (translate("program_pages", "Standard"), "standard")])
        controls.addWidget(self.search, 2)
        for combo in (self.phase, self.method, self.level):
            controls.addWidget(combo, 1)
        layout.addLayout(controls)
        self.count = text_label(name="promptCount")
        layout.addWidget(self.count)
        self.picked: set[str] = set()   # on the chosen class's list for today
        self.source = TextListModel(self._describe)
        self.filter = PromptFilter()
        self.filter.setSourceModel(self.source)
        self.list = item_list("promptList", translate("program_pages", "Prompts"), self.filter)
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)
        layout.addLayout(self._action_row())
        self.status = text_label(name="promptStatus")
        self.status.setAccessibleName(translate("program_pages", "What happened"))
        layout.addWidget(self.status)
        self.search.textChanged.connect(self._apply)
        for combo in (self.phase, self.method, self.level):
            combo.currentIndexChanged.connect(self._apply)
        self.list.activated.connect(lambda _index: self.offer_actions())   # Enter, or a double click
        self.list.selectionModel().currentChanged.connect(lambda *_: (self.say(""), self._update_actions()))
        self.search.returnPressed.connect(self._to_list)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)
        self.attached = False
        self._update_actions()

    def _action_row(self) -> QHBoxLayout:
        self.show_action = self._action("&1  " + translate("program_pages", "Show on the projector"), "Ctrl+Shift+P",
                                        self._show_current)
        self.today_action = self._action("&2  " + translate("program_pages", "Add to today's journal prompts"),
                                         "Ctrl+T", self._today_current)
        self.menu = QMenu(self)
        self.menu.setObjectName("promptActions")
        self.menu.setAccessibleName(translate("program_pages", "What to do with this prompt"))
        self.menu.addActions([self.show_action, self.today_action])
        self.use_button = QPushButton(translate("program_pages", "Use this prompt… (Enter)"))
        self.use_button.setObjectName("usePrompt")
        self.use_button.setToolTip(translate("program_pages", "Show it on the projector, or add it to a class's "
                                                              "journal prompts for today"))
        self.use_button.clicked.connect(self.offer_actions)
        self.for_class = self._combo(translate("program_pages", "Class for today's journal prompts"), [])
        self.for_class.currentIndexChanged.connect(lambda _: self._class_chosen())
        # Translators: a label before the list of classes; & marks the Alt key letter
        self.for_class_label = QLabel(translate("program_pages", "Today's journal prompts &for"))
        self.for_class_label.setBuddy(self.for_class)
        row = QHBoxLayout()
        row.addWidget(self.use_button)
        row.addStretch(1)
        row.addWidget(self.for_class_label)
        row.addWidget(self.for_class)
        return row

    def _action(self, text: str, keys: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    @staticmethod
    def _combo(name: str, options: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for text, value in options:
            combo.addItem(text, value)
        return combo

    def _describe(self, prompt: Prompt) -> tuple[str, str]:
        mark, note = (("✓ ", " · " + translate("program_pages", "on today's list")) if prompt.id in self.picked
                      else ("", ""))
        methods = f" · {words(prompt.methods)}" if prompt.methods else ""
        phase = self.phase_titles.get(prompt.phase, word(prompt.phase))
        return f"{mark}{prompt.text}\n{phase} · {word(prompt.level)}{methods}{note}", prompt.id

    def show_prompts(self, curriculum: Curriculum) -> None:
        self.phase_titles = {phase.id: phase.title for phase in curriculum.phases}
        if self.phase.count() == 1:
            for phase in curriculum.phases:
                self.phase.addItem(phase.title, phase.id)
        self.source.set_items(sorted(curriculum.prompts.values(), key=lambda p: (p.phase, p.level, p.text)))
        self._apply()
        self.search.setFocus()

    def _apply(self) -> None:
        self.filter.set_filter(self.search.text(), self.phase.currentData(), self.method.currentData(),
                               self.level.currentData())
        # Translators: prompts found by the search and filters, of all the prompts
        self.count.setText(translate("program_pages", "{found} of %n prompt(s)", None, self.source.rowCount())
                           .format(found=self.filter.rowCount()))
        if not self.list.currentIndex().isValid() and self.filter.rowCount():
            self.list.setCurrentIndex(self.filter.index(0, 0))
        self._update_actions()

    def _to_list(self) -> None:
        """Enter in the search box goes to the (first) prompt found, where Enter again offers the actions."""
        if self.filter.rowCount():
            if not self.list.currentIndex().isValid():
                self.list.setCurrentIndex(self.filter.index(0, 0))
            self.list.setFocus()

    # The chosen prompt and what to do with it ------------------------------------------------------------
    def current_prompt(self) -> Prompt | None:
        index = self.list.currentIndex()
        return index.data(ItemRole) if index.isValid() else None

    def class_id(self) -> str:
        return self.for_class.currentData() or ""

    def attach(self) -> None:
        """Someone now carries out the actions (app/ui/prompt_actions.py): they may be offered."""
        self.attached = True
        self._update_actions()

    def set_classes(self, classes: list[tuple[str, str]], current: str | None) -> None:
        """The classes whose journal prompts for today can be added to, the open class chosen."""
        chosen = current if any(cid == current for cid, _ in classes) else self.class_id()
        self.for_class.blockSignals(True)
        self.for_class.clear()
        for class_id, name in classes:
            self.for_class.addItem(name, class_id)
        self.for_class.setCurrentIndex(max(0, self.for_class.findData(chosen)))
        self.for_class.blockSignals(False)
        self.for_class.setVisible(bool(classes))
        self.for_class_label.setVisible(bool(classes))
        self._class_chosen()

    def _class_chosen(self) -> None:
        self.class_changed.emit(self.class_id())

    def set_picked(self, prompt_ids: set[str]) -> None:
        """Which prompts are on the chosen class's list for today (marked ✓ in the list)."""
        self.picked = set(prompt_ids)
        if self.source.rowCount():
            self.source.dataChanged.emit(self.source.index(0), self.source.index(self.source.rowCount() - 1))
        self._update_actions()

    def say(self, text: str) -> None:
        """What an action did, in words, where a screen reader finds it."""
        self.status.setText(text)

    def _update_actions(self) -> None:
        prompt = self.current_prompt()
        class_name = self.for_class.currentText()
        self.use_button.setEnabled(prompt is not None and self.attached)
        self.show_action.setEnabled(prompt is not None and self.attached)
        self.today_action.setEnabled(prompt is not None and self.attached and bool(self.class_id()))
        on_list = prompt is not None and prompt.id in self.picked
        what = (translate("program_pages", "Take off {class_name}'s journal prompts for today").format(
                    class_name=class_name) if on_list else
                translate("program_pages", "Add to {class_name}'s journal prompts for today").format(
                    class_name=class_name) if class_name else
                translate("program_pages", "Add to today's journal prompts (make a class first)"))
        self.today_action.setText(f"&2  {what}")
        self.today_action.setToolTip(f"{what} ({self.today_action.shortcut().toString()})")
        self.show_action.setToolTip(translate("program_pages", "Show it on the projector ({keys})").format(
            keys=self.show_action.shortcut().toString()))

    def offer_actions(self) -> None:
        """The two actions in a small menu by the chosen prompt (it does not block: nothing modal)."""
        index = self.list.currentIndex()
        if not index.isValid() or not self.attached:
            return
        self._update_actions()
        rect = self.list.visualRect(index)
        where = (self.list.viewport().mapToGlobal(rect.bottomLeft() + QPoint(24, 0))
                 if self.list.viewport().rect().intersects(rect)
                 else self.use_button.mapToGlobal(self.use_button.rect().bottomLeft()))
        self.menu.popup(where)
        self.menu.setActiveAction(self.show_action)   # Enter again: on the projector

    def _show_current(self) -> None:
        prompt = self.current_prompt()
        if prompt is not None and self.attached:
            self.show_requested.emit(prompt)

    def _today_current(self) -> None:
        prompt = self.current_prompt()
        if prompt is not None and self.attached and self.class_id():
            self.today_requested.emit(prompt, self.class_id())


class GuidePage(QWidget):
    """The facilitator guide: chapters on the left, the chapter (Markdown) on the right."""

    def __init__(self) -> None:
        super().__init__()
        layout, _ = page_layout(self, translate("program_pages", "Facilitator guide"))
        splitter = QSplitter()
        self.chapters = QListWidget()
        self.chapters.setAccessibleName(translate("program_pages", "Guide chapters"))
        self.text = QTextBrowser()
        self.text.setObjectName("guideText")
        self.text.setAccessibleName(translate("program_pages", "Guide chapter"))
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
            theme.set_markdown(self.text, translate("program_pages", "The guide is missing from this installation "
                                                                     "(activities/guide/)."))
        self.chapters.setFocus()

    def _show_chapter(self, row: int) -> None:
        if self._curriculum and 0 <= row < len(self._curriculum.guide):
            theme.set_markdown(self.text, self._curriculum.guide[row].markdown)
