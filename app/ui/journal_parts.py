"""The journal page's three parts built: the filters across the top, the list of shared entries, and the
entry read on the right with its note. Built here so journal_page.py is what the page does (load, read,
mark, note, project)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.ui import theme
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.journal_models import EntryListModel, NoteEdit, RichTextDelegate, filter_combo
from app.ui.widgets import item_list, text_label


class JournalParts(Protocol):
    """The widgets these builders set on the journal page (and what they read of it), without importing
    journal_page.py, which calls them."""

    model: EntryListModel
    search: QLineEdit
    session_filter: QComboBox
    student_filter: QComboBox
    prompt_filter: QComboBox
    unread_only: QCheckBox
    class_only: QCheckBox
    count: QLabel
    search_problem: QLabel
    list: QListView
    detail_stack: QStackedWidget
    placeholder: QLabel
    detail: QWidget
    heading: QLabel
    prompt: QLabel
    body: QTextBrowser
    buttons: QHBoxLayout
    with_name: QCheckBox
    projector_hint: QLabel
    problem: QLabel
    note: NoteEdit

    def _reload(self) -> None: ...

PLACEHOLDER = QT_TRANSLATE_NOOP("journal_page", "Choose an entry on the left to read it here.")


def make_filters(page: JournalParts) -> QHBoxLayout:
    row = QHBoxLayout()
    page.search = QLineEdit()
    page.search.setPlaceholderText(translate("journal_page", "Search shared entries…"))
    page.search.setAccessibleName(translate("journal_page", "Search shared entries"))
    page.search.setToolTip(translate("journal_page", "Search shared entries (Ctrl+F)"))
    page.search.setClearButtonEnabled(True)
    page.session_filter = filter_combo(translate("journal_page", "Session"))
    page.student_filter = filter_combo(translate("journal_page", "Student"))
    page.prompt_filter = filter_combo(translate("journal_page", "Prompt"))
    page.unread_only = QCheckBox(translate("journal_page", "Unread only"))
    # Translators: the story wall is what students shared with the whole class
    page.class_only = QCheckBox(translate("journal_page", "Story wall only"))
    page.class_only.setToolTip(translate("journal_page", "Only entries students shared with the whole class"))
    row.addWidget(page.search, 3)
    for combo in (page.session_filter, page.student_filter, page.prompt_filter):
        row.addWidget(combo, 2)
        combo.currentIndexChanged.connect(page._reload)
    for box in (page.unread_only, page.class_only):
        row.addWidget(box)
        box.toggled.connect(page._reload)
    return row

def make_list_side(page: JournalParts) -> QWidget:
    side = QWidget()
    column = QVBoxLayout(side)
    column.setContentsMargins(0, 0, 0, 0)
    page.count = text_label(name="journalCount")
    page.search_problem = text_label(name="searchProblem")
    theme.set_tone(page.search_problem, "danger")
    page.search_problem.setAccessibleName(translate("journal_page", "Search problem"))
    page.search_problem.hide()
    page.list = item_list("journalList", translate("journal_page", "Shared journal entries"), page.model)
    page.list.setItemDelegate(RichTextDelegate(page.list))
    page.list.setResizeMode(QListView.ResizeMode.Adjust)
    page.list.setWordWrap(True)   # makes the view lay rows out again when its width changes (a scroll bar)
    page.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    page.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
    column.addWidget(page.count)
    column.addWidget(page.search_problem)
    column.addWidget(page.list, 1)
    return side

def make_detail(page: JournalParts) -> QWidget:
    page.detail_stack = QStackedWidget()
    page.placeholder = text_label(translate("journal_page", PLACEHOLDER))
    page.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
    page.detail = QWidget()
    column = QVBoxLayout(page.detail)
    column.setContentsMargins(12, 0, 0, 0)
    page.heading = QLabel()
    page.heading.setObjectName("sectionTitle")
    page.prompt = text_label(name="entryPrompt")
    page.body = theme.style_document(QTextBrowser())
    page.body.setObjectName("entryBody")
    page.body.setAccessibleName(translate("journal_page", "Entry text"))
    page.buttons = QHBoxLayout()
    # Translators: next to "Show on projector": show the entry with the name of the student who wrote it
    page.with_name = QCheckBox(translate("journal_page", "with the student's name"))
    page.with_name.setToolTip(translate("journal_page", "Off: the class sees the words only"))
    page.projector_hint = text_label(
        translate("journal_page", "Shared only with you, so it is never shown on the projector."),
        name="projectorHint")
    page.problem = text_label(name="entryProblem")
    theme.set_tone(page.problem, "danger")
    page.problem.hide()
    note_label = QLabel(translate("journal_page", "<b>My note</b> (only you see this)"))
    page.note = NoteEdit()
    page.note.setObjectName("entryNote")
    page.note.setAccessibleName(translate("journal_page", "My note (only you see this)"))
    page.note.setPlaceholderText(translate("journal_page", "Saved as you type."))
    note_label.setBuddy(page.note)
    for widget, stretch in ((page.heading, 0), (page.prompt, 0), (page.body, 3)):
        column.addWidget(widget, stretch)
    column.addLayout(page.buttons)
    for widget, stretch in ((page.projector_hint, 0), (page.problem, 0), (note_label, 0), (page.note, 1)):
        column.addWidget(widget, stretch)
    page.detail_stack.addWidget(page.placeholder)
    page.detail_stack.addWidget(page.detail)
    return page.detail_stack
