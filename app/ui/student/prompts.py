"""What to write about: today's prompts first, then free writing, then the whole prompt bank by phase.

Headings sit in the same drop-down but cannot be chosen, so the arrow keys jump straight from prompt to prompt.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from app.curriculum import Curriculum
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.student.look import ACCENT

PromptRole = Qt.ItemDataRole.UserRole + 2
FREE = ""  # the role value of "Free writing" (headings hold None)
FREE_WRITING = QT_TRANSLATE_NOOP("student.prompts", "Free writing")
FREE_TEXT = QT_TRANSLATE_NOOP("student.prompts", "Free writing: write about anything you like.")
# Translators: the heading of the prompts that belong to no phase of the program
ANY_PHASE = QT_TRANSLATE_NOOP("student.prompts", "Any time")


def prompt_label(curriculum: Curriculum, prompt_id: str | None) -> str:
    """A prompt's words, or 'Free writing'; a prompt this laptop does not know is not shown as blank."""
    if not prompt_id:
        return translate("student.prompts", FREE_WRITING)
    from app.journal.prompts import prompt_texts

    return prompt_texts(curriculum).get(prompt_id, translate("student.prompts", "A prompt from another session"))


class PromptChooser(QComboBox):
    chosen = Signal(object)  # a prompt id, or None for free writing

    def __init__(self, curriculum: Curriculum, today: Sequence[str]) -> None:
        super().__init__()
        self.setObjectName("promptChooser")
        self.setAccessibleName(translate("student.prompts", "What to write about"))
        self.setToolTip(translate("student.prompts", "Choose a prompt to write about, or free writing."))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.setMaxVisibleItems(14)
        self.setItemDelegate(QStyledItemDelegate(self))  # keeps the list's type size for bold headings
        self.view().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view().setMinimumWidth(720)
        from app.journal.prompts import challenge_task, prompt_texts

        texts = prompt_texts(curriculum)   # the bank and the challenges' check-ins
        self.today = [pid for pid in today if pid in texts]
        model = QStandardItemModel(self)
        if self.today:
            model.appendRow(self._heading(translate("student.prompts", "Today's prompts")))
            for pid in self.today:
                task = challenge_task(curriculum, pid)
                # Translators: {task} is what the class's challenge asks of them today
                today = translate("student.prompts", "Today: {task}").format(task=task) if task else ""
                model.appendRow(self._choice(texts[pid], pid, today))
        model.appendRow(self._choice(translate("student.prompts", FREE_WRITING), FREE))
        model.appendRow(self._heading(translate("student.prompts", "More prompts…")))
        titles = {phase.id: phase.title for phase in curriculum.phases}
        order = [phase.id for phase in curriculum.phases]
        by_phase: dict[str, list[str]] = {}
        for pid, prompt in curriculum.prompts.items():
            by_phase.setdefault(prompt.phase, []).append(pid)
        for phase in sorted(by_phase, key=lambda p: (order.index(p) if p in order else len(order), p)):
            any_time = translate("student.prompts", ANY_PHASE) if phase == "any" else phase
            model.appendRow(self._heading(f"   {titles.get(phase, any_time)}"))
            for pid in by_phase[phase]:
                model.appendRow(self._choice(f"      {curriculum.prompts[pid].text}", pid))
        self.setModel(model)
        self.default = self.today[0] if self.today else None
        self.set_prompt(self.default)
        self.currentIndexChanged.connect(self._changed)

    @staticmethod
    def _heading(text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont()
        font.setBold(True)  # only boldness: the size still comes from the list
        item.setFont(font)
        item.setForeground(QColor(ACCENT))  # a heading, not a greyed-out choice
        return item

    @staticmethod
    def _choice(text: str, prompt_id: str, more: str = "") -> QStandardItem:
        item = QStandardItem(text)
        item.setData(prompt_id, PromptRole)
        item.setToolTip("\n".join(t for t in (more, text.strip()) if t))
        return item

    def prompt_id(self) -> str | None:
        return self.currentData(PromptRole) or None

    def set_prompt(self, prompt_id: str | None) -> bool:
        """Show this prompt as chosen without announcing it (opening an entry is not choosing anew)."""
        row = self.findData(prompt_id or FREE, PromptRole)
        if row < 0:
            return False
        blocked = self.blockSignals(True)
        self.setCurrentIndex(row)
        self.blockSignals(blocked)
        return True

    def _changed(self, _row: int) -> None:
        self.chosen.emit(self.prompt_id())
