"""The writer's widgets and their layout, apart from what they do (that is `writer.WriterPage`).

Left: the prompt, the writing and who may read it. Right: the student's own entries. Top: hello, type size, Done.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QRadioButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.curriculum import Curriculum
from app.store.journal import VISIBILITIES
from app.ui import theme
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.student.entries import EntryModel
from app.ui.student.prompts import PromptChooser

FONT_MIN, FONT_MAX, FONT_START, FONT_STEP = 14, 40, 20, 2
VISIBILITY_LABELS = {"private": QT_TRANSLATE_NOOP("student.writer_view", "Private — only me"),
                     "facilitator": QT_TRANSLATE_NOOP("student.writer_view", "Share with my facilitator"),
                     "class": QT_TRANSLATE_NOOP("student.writer_view", "Share with the class (story wall)")}
# name, text, shortcuts, tooltip (the shortcut is added to it)
ACTIONS = (
    # Translators: "A−" and "A+" are the buttons that make the writing smaller and larger
    ("smaller", QT_TRANSLATE_NOOP("student.writer_view", "A−"), ("Ctrl+-",),
     QT_TRANSLATE_NOOP("student.writer_view", "Smaller writing")),
    ("larger", QT_TRANSLATE_NOOP("student.writer_view", "A+"), ("Ctrl+=", "Ctrl++"),
     QT_TRANSLATE_NOOP("student.writer_view", "Larger writing")),
    # Translators: the button that saves and closes the student's journal, back to the names
    ("done", QT_TRANSLATE_NOOP("student.writer_view", "Done"), ("Ctrl+D",),
     QT_TRANSLATE_NOOP("student.writer_view", "Save and go back to the names")),
    ("new", QT_TRANSLATE_NOOP("student.writer_view", "New entry"), ("Ctrl+N",),
     QT_TRANSLATE_NOOP("student.writer_view", "Start a new entry")),
    ("save", QT_TRANSLATE_NOOP("student.writer_view", "Save now"), ("Ctrl+S",),
     QT_TRANSLATE_NOOP("student.writer_view", "Save now (it also saves by itself)")),
    ("delete", QT_TRANSLATE_NOOP("student.writer_view", "Delete entry…"), (),
     QT_TRANSLATE_NOOP("student.writer_view", "Delete the open entry for good")),
    ("pin", QT_TRANSLATE_NOOP("student.writer_view", "Set a PIN…"), (),
     QT_TRANSLATE_NOOP("student.writer_view", "A PIN locks your private entries")),
    ("print", QT_TRANSLATE_NOOP("student.writer_view", "Print my journal…"), ("Ctrl+P",),
     QT_TRANSLATE_NOOP("student.writer_view", "Save your journal as a PDF to print")),
)


def tool_button(action: QAction, name: str, accessible: str, description: str) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setAccessibleDescription(description)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


class FitWidthDelegate(QStyledItemDelegate):
    """Rows as wide as the list, never wider, so long lines end in '…' instead of a sideways scroll bar."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(min(size.width(), self.view.viewport().width() - 2 * self.view.spacing()), size.height())


class WriterView(QWidget):
    def __init__(self, curriculum: Curriculum, prompt_ids: Sequence[str]) -> None:
        super().__init__()
        self.curriculum = curriculum
        self.font_pt = FONT_START
        self.actions_by_name: dict[str, QAction] = {}
        self._tips: dict[str, str] = {}
        self.buttons: dict[str, QToolButton] = {}
        for name, words, keys, said in ACTIONS:
            text, tip = translate("student.writer_view", words), translate("student.writer_view", said)
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setToolTip(f"{tip} ({keys[0]})" if keys else tip)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            self.actions_by_name[name], self._tips[name] = action, tip
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 16, 28, 16)
        outer.addLayout(self._top_bar())
        self.offer_slot = QVBoxLayout()  # student mode puts the questionnaire's offer here, when one is open
        outer.addLayout(self.offer_slot)
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(self._writing_column(prompt_ids), 3)
        body.addLayout(self._entries_column(), 1)
        outer.addLayout(body, 1)
        self.set_font_size(FONT_START)

    def _button(self, name: str) -> QToolButton:
        action, tip = self.actions_by_name[name], self._tips[name]
        spoken = tip if name in ("smaller", "larger") else action.text().rstrip("…")  # "A+" says nothing aloud
        self.buttons[name] = tool_button(action, f"{name}Button", spoken, tip)
        return self.buttons[name]

    def _label(self, name: str, text: str = "", accessible: str = "") -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        if accessible:
            label.setAccessibleName(accessible)
        return label

    def _top_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.hello = self._label("studentHeading", accessible=translate("student.writer_view", "Who is writing"))
        self.hello.setWordWrap(False)
        row.addWidget(self.hello)
        row.addStretch(1)
        for name in ("smaller", "larger"):
            row.addWidget(self._button(name))
        row.addSpacing(16)
        done = self._button("done")
        done.setObjectName("doneButton")
        row.addWidget(done)
        return row

    def _writing_column(self, prompt_ids: Sequence[str]) -> QVBoxLayout:
        column = QVBoxLayout()
        self.prompts = PromptChooser(self.curriculum, prompt_ids)
        chooser = QHBoxLayout()
        about = self._label("studentSection", translate("student.writer_view", "Write about:"))
        about.setWordWrap(False)
        about.setBuddy(self.prompts)
        chooser.addWidget(about)
        chooser.addWidget(self.prompts, 1)
        column.addLayout(chooser)
        self.prompt_text = self._label("promptText", accessible=translate("student.writer_view", "Prompt"))
        column.addWidget(self.prompt_text)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("journalEditor")
        self.editor.setAccessibleName(translate("student.writer_view", "Your writing"))
        self.editor.setPlaceholderText(translate("student.writer_view", "Write here…"))
        self.editor.setTabChangesFocus(True)
        column.addWidget(self.editor, 1)
        self.banner = self._label("saveBanner", accessible=translate("student.writer_view", "Not saved"))
        self.banner.hide()
        column.addWidget(self.banner)
        who = QHBoxLayout()
        section = self._label("studentSection", translate("student.writer_view", "Who can read this entry?"))
        section.setWordWrap(False)
        who.addWidget(section)
        self.status = self._label("saveStatus", accessible=translate("student.writer_view", "Save status"))
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        who.addWidget(self.status, 1)
        column.addLayout(who)
        self.visibility = QButtonGroup(self)
        radios = QGridLayout()  # two columns: the screen height goes to the writing
        radios.setHorizontalSpacing(24)
        radios.setVerticalSpacing(2)
        for number, key in enumerate(VISIBILITIES):
            radio = QRadioButton(translate("student.writer_view", VISIBILITY_LABELS[key]))
            radio.setAccessibleName(radio.text())
            self.visibility.addButton(radio, number)
            radios.addWidget(radio, number // 2, number % 2)
        radios.setColumnStretch(2, 1)
        column.addLayout(radios)
        self.visibility.button(0).setChecked(True)
        self.visibility_help = self._label("visibilityHelp",
                                           accessible=translate("student.writer_view", "What private means"))
        column.addWidget(self.visibility_help)
        return column

    def _entries_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(self._label("studentSection", translate("student.writer_view", "My entries")))
        self.model = EntryModel(self.curriculum)
        self.entries = QListView()
        self.entries.setObjectName("myEntries")
        self.entries.setAccessibleName(translate("student.writer_view", "My entries"))
        self.entries.setModel(self.model)
        self.entries.setSpacing(2)
        self.entries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entries.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entries.setItemDelegate(FitWidthDelegate(self.entries))
        self.entries.setResizeMode(QListView.ResizeMode.Adjust)
        column.addWidget(self.entries, 1)
        for pair in (("new", "delete"), ("pin", "print")):
            row = QHBoxLayout()
            for name in pair:
                row.addWidget(self._button(name), 1)
            column.addLayout(row)
        return column

    def set_font_size(self, points: int) -> None:
        """Type size for the writing and the entry list (14–40 pt): some students need it much larger."""
        self.font_pt = max(FONT_MIN, min(FONT_MAX, points))
        self.editor.setStyleSheet(theme.css(font_pt=self.font_pt))  # the widget's own sheet beats the app's
        self.entries.setStyleSheet(theme.css(font_pt=min(24, round(self.font_pt * 0.75))))  # the list stays readable
        self.actions_by_name["smaller"].setEnabled(self.font_pt > FONT_MIN)
        self.actions_by_name["larger"].setEnabled(self.font_pt < FONT_MAX)
