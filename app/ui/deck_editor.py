"""Writing a deck: a table of cards with undo and redo for every change (QUndoStack), checked on save."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.curriculum.model import Card, Deck
from app.decks.spreadsheet import MAX_CARDS, MAX_DECK_TITLE, card_problem
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

COLUMNS = (QT_TRANSLATE_NOOP("deck_editor", "Title"), QT_TRANSLATE_NOOP("deck_editor", "Text"),
           QT_TRANSLATE_NOOP("deck_editor", "Role"), QT_TRANSLATE_NOOP("deck_editor", "Audience (separate with |)"),
           QT_TRANSLATE_NOOP("deck_editor", "Intensity (1–3)"), QT_TRANSLATE_NOOP("deck_editor", "Content notes (|)"))
EDITS = (QT_TRANSLATE_NOOP("deck_editor", "Edit title"), QT_TRANSLATE_NOOP("deck_editor", "Edit text"),
         QT_TRANSLATE_NOOP("deck_editor", "Edit role"), QT_TRANSLATE_NOOP("deck_editor", "Edit audience"),
         QT_TRANSLATE_NOOP("deck_editor", "Edit intensity"), QT_TRANSLATE_NOOP("deck_editor", "Edit content notes"))
ADD_CARD = QT_TRANSLATE_NOOP("deck_editor", "Add card")   # the undo step, and its button
REMOVE_CARD = QT_TRANSLATE_NOOP("deck_editor", "Remove card")
Row = list[str]


def card_row(card: Card) -> Row:
    return [card.title, card.text, card.role or "", " | ".join(card.audience), str(card.intensity),
            " | ".join(card.content_notes)]


def _split(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.split("|") if p.strip())


def row_card(row: Row) -> tuple[Card | None, str | None]:
    """A table row as a card, checked by the same rules as an import, so an exported deck imports again."""
    title, text, role, audience, intensity, notes = (c.strip() for c in row)
    level = int(intensity) if intensity in ("1", "2", "3") else 0
    card = Card(title, text, role or None, _split(audience), level, _split(notes))
    problem = card_problem(card)
    if problem is None:
        return card, None
    if problem.startswith("intensity"):
        problem = translate("deck_editor", "the intensity must be 1, 2 or 3")
    # Translators: what is wrong with a card, after "Not saved yet: "
    return None, (translate("deck_editor", "the card '{title}': {problem}").format(title=title[:30], problem=problem)
                  if title else translate("deck_editor", "a card has {problem}").format(problem=problem))


class _SetCell(QUndoCommand):
    def __init__(self, editor: DeckEditor, row: int, column: int, old: str, new: str) -> None:
        super().__init__(translate("deck_editor", EDITS[column]))
        self.editor, self.row, self.column, self.old, self.new = editor, row, column, old, new

    def redo(self) -> None:
        self.editor.rows[self.row][self.column] = self.new
        self.editor.refresh()

    def undo(self) -> None:
        self.editor.rows[self.row][self.column] = self.old
        self.editor.refresh()


class _InsertRow(QUndoCommand):
    def __init__(self, editor: DeckEditor, row: int, values: Row, text: str = ADD_CARD) -> None:
        super().__init__(translate("deck_editor", text))
        self.editor, self.row, self.values = editor, row, values

    def redo(self) -> None:
        self.editor.rows.insert(self.row, list(self.values))
        self.editor.refresh(self.row)

    def undo(self) -> None:
        del self.editor.rows[self.row]
        self.editor.refresh()


class _RemoveRow(_InsertRow):
    def __init__(self, editor: DeckEditor, row: int) -> None:
        super().__init__(editor, row, editor.rows[row], REMOVE_CARD)

    def redo(self) -> None:
        super().undo()

    def undo(self) -> None:
        super().redo()


class _MoveRow(QUndoCommand):
    def __init__(self, editor: DeckEditor, row: int, to: int) -> None:
        super().__init__(translate("deck_editor", "Move card"))
        self.editor, self.row, self.to = editor, row, to

    def _move(self, a: int, b: int) -> None:
        self.editor.rows.insert(b, self.editor.rows.pop(a))
        self.editor.refresh(b)

    def redo(self) -> None:
        self._move(self.row, self.to)

    def undo(self) -> None:
        self._move(self.to, self.row)


class DeckEditor(QDialog):
    def __init__(self, parent: QWidget | None, deck: Deck) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("deck_editor", "Edit deck: {title}").format(title=deck.title))
        self.deck = deck
        self.rows: list[Row] = [card_row(c) for c in deck.cards]
        self.stack = QUndoStack(self)
        layout = QVBoxLayout(self)
        self.title = QLineEdit(deck.title)
        self.title.setMaxLength(MAX_DECK_TITLE)
        self.title.setAccessibleName(translate("deck_editor", "Deck title"))
        layout.addWidget(self.title)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(translate("deck_editor", "Cards"))
        self.table.setHorizontalHeaderLabels([translate("deck_editor", c) for c in COLUMNS])
        self.table.setWordWrap(True)
        self.table.itemChanged.connect(self._cell_changed)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        undo = self.stack.createUndoAction(self, translate("deck_editor", "Undo"))
        redo = self.stack.createRedoAction(self, translate("deck_editor", "Redo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([undo, redo])
        for text, slot in ((translate("deck_editor", ADD_CARD), self.add_card),
                           (translate("deck_editor", REMOVE_CARD), self.remove_card),
                           (translate("deck_editor", "Move up"), lambda: self.move(-1)),
                           (translate("deck_editor", "Move down"), lambda: self.move(1)),
                           (translate("deck_editor", "Undo (Ctrl+Z)"), self.stack.undo),
                           (translate("deck_editor", "Redo"), self.stack.redo)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.problem = QLabel()
        self.problem.setObjectName("dialogProblem")
        layout.addWidget(self.problem)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.result_deck: Deck | None = None
        self.resize(1100, 620)
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.blockSignals(False)
        if select is not None and 0 <= select < len(self.rows):
            self.table.setCurrentCell(select, 0)

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        old = self.rows[item.row()][item.column()]
        if item.text() != old:
            self.stack.push(_SetCell(self, item.row(), item.column(), old, item.text()))

    def add_card(self) -> None:
        self.stack.push(_InsertRow(self, len(self.rows), [translate("deck_editor", "New card"),
                                                          translate("deck_editor", "What happens?"), "", "", "1", ""]))

    def remove_card(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self.stack.push(_RemoveRow(self, row))

    def move(self, step: int) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows) and 0 <= row + step < len(self.rows):
            self.stack.push(_MoveRow(self, row, row + step))

    def accept(self) -> None:
        cards = []
        for row in self.rows:
            card, problem = row_card(row)
            if problem:
                self.problem.setText(translate("deck_editor", "Not saved yet: {problem}.").format(problem=problem))
                return
            cards.append(card)
        if len(cards) > MAX_CARDS:
            self.problem.setText(translate("deck_editor", "Not saved yet: a deck holds at most {most} cards.").format(
                most=MAX_CARDS))
            return
        titles = [c.title.casefold() for c in cards]
        if len(set(titles)) != len(titles):
            self.problem.setText(translate("deck_editor", "Not saved yet: two cards have the same title."))
            return
        self.result_deck = Deck(self.deck.id, self.title.text().strip() or self.deck.title, self.deck.description,
                                tuple(cards))
        super().accept()


