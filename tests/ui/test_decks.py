"""Writing decks with undo/redo, duplicating a shipped deck, deleting your own (pytest-qt)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.curriculum import load_curriculum
from app.curriculum.model import Card, Deck
from app.paths import activities_dir
from app.store.decks import list_decks, load_deck
from app.ui.deck_editor import DeckEditor
from app.ui.decks_page import DecksPage


def test_editing_cards_with_undo_and_redo(qtbot) -> None:
    deck = Deck("d", "Ours", "", (Card("One", "First.", None, (), 1, ()), Card("Two", "Second.", None, (), 2, ())))
    editor = DeckEditor(None, deck)
    qtbot.addWidget(editor)
    editor.table.item(0, 0).setText("Uno")          # typed in the table
    editor.add_card()
    editor.table.setCurrentCell(2, 0)
    editor.move(-1)
    assert [r[0] for r in editor.rows] == ["Uno", "New card", "Two"]
    editor.stack.undo()
    editor.stack.undo()
    assert [r[0] for r in editor.rows] == ["Uno", "Two"]
    editor.stack.undo()
    assert editor.table.item(0, 0).text() == "One"
    editor.stack.redo()
    editor.table.setCurrentCell(1, 0)
    editor.remove_card()
    assert [r[0] for r in editor.rows] == ["Uno"]
    editor.table.item(0, 4).setText("5")
    editor.accept()
    assert editor.result_deck is None and "intensity" in editor.problem.text()
    editor.stack.undo()
    editor.table.item(0, 3).setText("Who saw it? | What next?")
    editor.accept()
    assert editor.result_deck.cards == (Card("Uno", "First.", None, ("Who saw it?", "What next?"), 1, ()),)


def test_duplicate_a_shipped_deck_then_delete_the_copy(qtbot, store, monkeypatch) -> None:
    page = DecksPage(store)
    qtbot.addWidget(page)
    curriculum = load_curriculum(activities_dir())
    page.show_decks(curriculum, "scenes")
    assert page.current[0].id == "scenes" and not page.current[1]
    assert "Shipped with the app" in page.cards.toPlainText()
    page.duplicate()
    [mine] = list_decks(store)
    scenes = next(d for d in curriculum.decks if d.id == "scenes")
    assert mine.title == "Scenes (my copy)" and mine.cards == len(scenes.cards)
    assert page.current[1] and page.current[0].id == mine.id
    assert load_deck(store, mine.id).cards == scenes.cards
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete()
    assert list_decks(store) == []
