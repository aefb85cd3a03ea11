"""The journal review's parts: shared entries as rows of rich text (who, when, which prompt, the start of the
words or the search snippet with its matches highlighted), the filters a facilitator narrows them by, and the
note box that saves when focus leaves it.

Rows only ever hold `SharedEntry` values from app.store.journal_review, which never returns a private entry.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSignalBlocker,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QFocusEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QListView,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from app.store.journal_review import MARK_END, MARK_START, SharedEntry
from app.ui import theme
from app.ui.dates import short_date
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.models import ItemRole

Index = QModelIndex | QPersistentModelIndex
HtmlRole = Qt.ItemDataRole.UserRole + 2
FREE_WRITING = "(free writing)"   # i18n: not text (the prompt filter's value for entries with no prompt)
PREVIEW_CHARS = 120               # about two lines of the list at its usual width
PROMPT_CHARS = 52                 # one line at the list's usual width
FILTER_CHARS = 48                 # a prompt in the filter box; the whole prompt is its tooltip
BADGES = {"class": (QT_TRANSLATE_NOOP("journal_models", "Story wall"), "badge_story"),   # words, theme token
          "facilitator": (QT_TRANSLATE_NOOP("journal_models", "Shared with you"), "badge_neutral")}


@dataclass(frozen=True)
class Filters:
    """What the facilitator narrowed the list to; None means any."""

    session_id: str | None = None
    student_id: str | None = None
    prompt_id: str | None = None   # a prompt id, FREE_WRITING, or None
    class_only: bool = False
    unread_only: bool = False

    def store_args(self) -> dict[str, Any]:
        """Arguments for shared_entries; 'free writing' is narrowed afterwards (the store filters by prompt id)."""
        return {"session_id": self.session_id, "student_id": self.student_id,
                "prompt_id": None if self.prompt_id == FREE_WRITING else self.prompt_id,
                "class_only": self.class_only, "unread_only": self.unread_only}

    def accepts(self, entry: SharedEntry) -> bool:
        """The same narrowing for search hits, which the store does not filter."""
        prompt_ok = (self.prompt_id is None or entry.prompt_id == self.prompt_id
                     or (self.prompt_id == FREE_WRITING and entry.prompt_id is None))
        return (prompt_ok and self.session_id in (None, entry.session_id)
                and self.student_id in (None, entry.student_id)
                and (not self.class_only or entry.visibility == "class")
                and (not self.unread_only or entry.read_at is None))

    @property
    def active(self) -> bool:
        return self != Filters()


def snippet_html(snippet: str) -> str:
    """A search snippet as HTML: the words escaped, each match highlighted, on one line."""
    text = html.escape(" ".join(snippet.split()))
    return text.replace(MARK_START, f'<b style="background:{theme.current().highlight}">').replace(MARK_END, "</b>")


def shorten(text: str, limit: int) -> str:
    """The start of some words on one line, cut at a word with '…' when longer than the limit."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,.;:…") + "\u00a0…"   # the dots never wrap alone


def count_text(entries: list[SharedEntry], query: str, hidden: int, filtered: bool) -> str:
    """The line above the list: how many, how many unread, and why there are none when there are none."""
    unread = sum(1 for e in entries if e.read_at is None)
    found_n = len(entries)
    if query:
        # Translators: {query} is what the facilitator searched for; {unread} and {hidden} are numbers.
        if entries and hidden:
            found = translate("journal_models", "%n match(es) for “{query}”, {unread} unread ({hidden} more hidden by "
                                                "the filters)", None, found_n)
        elif entries:
            found = translate("journal_models", "%n match(es) for “{query}”, {unread} unread", None, found_n)
        elif hidden:
            found = translate("journal_models", "No shared entries match “{query}” ({hidden} more hidden by the "
                                                "filters)")
        else:
            found = translate("journal_models", "No shared entries match “{query}”")
        return found.format(query=query, unread=unread, hidden=hidden)
    if len(entries) == 1:
        return translate("journal_models", "1 entry, {unread} unread").format(unread=unread)
    if entries:
        return translate("journal_models", "{n} entries, {unread} unread").format(n=len(entries), unread=unread)
    if filtered:
        return translate("journal_models", "No shared entries match these filters.")
    return translate("journal_models", "No shared entries yet: when students share an entry with you or the class, "
                                       "it appears here.")


def badge_html(visibility: str) -> str:
    words, token = BADGES.get(visibility, (visibility, "badge_neutral"))
    text = translate("journal_models", words) if visibility in BADGES else visibility
    return f'<span style="{theme.css(background=token, color="text")}">&nbsp;{text}&nbsp;</span>'  # i18n: not text


class EntryListModel(QAbstractListModel):
    """Shared entries, each with its search snippet while a search is shown (None otherwise)."""

    def __init__(self, prompt_texts: Mapping[str, str]) -> None:
        super().__init__()
        self._rows: list[tuple[SharedEntry, str | None]] = []
        self._prompts = prompt_texts

    def prompt_text(self, entry: SharedEntry) -> str | None:
        """The prompt's words; None for free writing (an id no longer in the bank shows as itself)."""
        return None if entry.prompt_id is None else self._prompts.get(entry.prompt_id, entry.prompt_id)

    def set_rows(self, rows: list[tuple[SharedEntry, str | None]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entries(self) -> list[SharedEntry]:
        return [entry for entry, _ in self._rows]

    def row_of(self, entry_id: str) -> int:
        return next((n for n, (entry, _) in enumerate(self._rows) if entry.id == entry_id), -1)

    def replace(self, entry: SharedEntry) -> None:
        """A fresh copy of one entry (read, noted) without a reset, so the selection and scroll stay put."""
        row = self.row_of(entry.id)
        if row >= 0:
            self._rows[row] = (entry, self._rows[row][1])
            self.dataChanged.emit(self.index(row), self.index(row))

    def remove(self, entry_id: str) -> None:
        row = self.row_of(entry_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry, snippet = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._plain(entry, snippet)
        if role == HtmlRole:
            return self._html(entry, snippet)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.student_name}: {self.prompt_text(entry) or translate('journal_models', 'Free writing')}"
        if role == ItemRole:
            return entry
        return None

    def _plain(self, entry: SharedEntry, snippet: str | None) -> str:
        """What a screen reader says for the row."""
        words = (" ".join(snippet.replace(MARK_START, "").replace(MARK_END, "").split()) if snippet is not None
                 else shorten(entry.body, PREVIEW_CHARS))
        # Translators: items of a list a screen reader says for one entry, after its student, date and prompt.
        state = ", " + translate("journal_models", "unread") if entry.read_at is None else ""
        note = ", " + translate("journal_models", "has my note") if entry.note else ""
        prompt = self.prompt_text(entry) or translate("journal_models", "Free writing")
        badge = (translate("journal_models", BADGES[entry.visibility][0]) if entry.visibility in BADGES
                 else entry.visibility)
        return f"{entry.student_name}, {short_date(entry.created_at)}, {prompt}, {badge}{state}{note}\n{words}"

    def _html(self, entry: SharedEntry, snippet: str | None) -> str:
        who = f"{html.escape(entry.student_name)} · {short_date(entry.created_at)}"
        if entry.read_at is None:
            who = f"{theme.span('●', 'accent')} <b>{who}</b>"
        # Translators: a small tag on an entry the facilitator has written a note about.
        note = " " + theme.span("✎ " + translate("journal_models", "note"), "muted") if entry.note else ""
        prompt = html.escape(shorten(self.prompt_text(entry) or translate("journal_models", "Free writing"),
                                     PROMPT_CHARS))
        words = snippet_html(snippet) if snippet is not None else html.escape(shorten(entry.body, PREVIEW_CHARS))
        muted = theme.css(color="muted")
        return (f"<div>{who}&nbsp;&nbsp;{badge_html(entry.visibility)}{note}</div>"  # i18n: not text
                f"<div style='{muted}'><i>{prompt}</i></div><div>{words}</div>")


class RichTextDelegate(QStyledItemDelegate):
    """Paints a row's HtmlRole as rich text (bold, badges, highlights), as tall as its words need."""

    PAD = 8

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _document(self, index: Index, option: QStyleOptionViewItem, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(HtmlRole) or "")
        doc.setTextWidth(max(120, width - 2 * self.PAD))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(index, opt, opt.rect.width())
        painter.save()
        painter.translate(opt.rect.topLeft() + QPoint(self.PAD, self.PAD))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.Text))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._view.viewport().width() - 2 * self._view.spacing()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(index, opt, width)
        return QSize(width, int(doc.size().height()) + 2 * self.PAD)


class NoteEdit(QPlainTextEdit):
    """The facilitator's note; tells the page when focus leaves, so the note is saved at once."""

    focus_lost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


def filter_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setToolTip(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    return combo


def fill_filter(combo: QComboBox, everyone: str, options: list[tuple[str, str]]) -> None:
    """Refill a filter (text, value), keeping its choice when that is still there."""
    kept = combo.currentData()
    with QSignalBlocker(combo):
        combo.clear()
        combo.addItem(everyone, None)
        for text, value in options:
            combo.addItem(shorten(text, FILTER_CHARS), value)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(kept)) if kept is not None else 0)
