"""Writing decks with undo/redo, duplicating a shipped deck, deleting your own (pytest-qt)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.curriculum import load_curriculum
from app.curriculum.model import Card, Deck
from app.decks.spreadsheet import MAX_CARDS, MAX_DECK_TITLE, MAX_ROLE
from app.files.spreadsheet import MAX_FILE_BYTES
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


def test_print_dialog_previews_the_real_pages_and_saves_them(qtbot, store, tmp_path, monkeypatch) -> None:
    import pdfplumber

    from app.store.settings import get_setting
    from app.ui.print_dialog import PrintDeckDialog

    cards = tuple(Card(f"Card {n}", "Someone sits alone at lunch.", None, (), 1, ()) for n in range(10))
    long_card = Card("Far too long", "word " * 900, None, (), 1, ())
    dialog = PrintDeckDialog(None, store, Deck("d", "Lunchtime", "", (*cards, long_card)))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.rendered is not None, timeout=15_000)
    # 11 poker cards, 9 per A4 sheet: 2 sheets, each a page of fronts and a page of backs
    assert dialog.pages.count() == 4 and dialog.pages.item(1).text() == "Page 2 · backs"
    icon = dialog.pages.item(0).icon().pixmap(300, 400).toImage()
    assert icon.height() > icon.width() > 100                      # a portrait page, really drawn
    summary = dialog.summary.text()
    assert "2 sheet(s), 4 page(s)" in summary and "Far too long" in summary
    dialog.backs.setCurrentIndex(dialog.backs.findData("none"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.offset_x.setValue(1.5)
    qtbot.waitUntil(lambda: dialog.rendered is not None and dialog.pages.count() == 2, timeout=15_000)
    saved = dialog.save_pdf(tmp_path / "cards.pdf")
    with pdfplumber.open(saved) as pdf:
        assert len(pdf.pages) == 2 and (pdf.pages[0].width, pdf.pages[0].height) == (612, 792)
        assert "Card 9" in pdf.pages[1].extract_text()
    assert get_setting(store, "print.paper") == "letter" and get_setting(store, "print.offset_x") == "1.5"
    unwritable = tmp_path / "folder.pdf"
    unwritable.mkdir()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    assert dialog.save_pdf(unwritable) is None
    assert warnings and "could not be written" in warnings[0]


def test_importing_a_file_that_is_no_deck_shows_a_message_and_writes_nothing(qtbot, store, tmp_path,
                                                                             monkeypatch) -> None:
    page = DecksPage(store)
    qtbot.addWidget(page)
    page.show_decks(load_curriculum(activities_dir()))
    good = "Title,Text\r\nBus stop,Nobody moves up.\r\n"
    files = {"odd.csv": good.encode("utf-16") + b"x",  # once a UnicodeDecodeError out of the button
             "surrogate.csv": good.encode("utf-16") + b"\x00\xd8a\x00",
             "huge.csv": b"Title,Text\r\n" + b"a,b\r\n" * (MAX_FILE_BYTES // 5 + 1),
             "many.csv": ("Title,Text\r\n" + "".join(f"C{n},x\r\n" for n in range(MAX_CARDS + 1))).encode()}
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, name=name, **k: (str(tmp_path / name), ""))
        page.import_csv()
    assert len(warnings) == 4 and all(w.startswith("Nothing to import: ") for w in warnings)
    assert "damaged" in warnings[0] and "damaged" in warnings[1]
    assert "at most 5 MB" in warnings[2] and f"at most {MAX_CARDS}" in warnings[3]
    assert list_decks(store) == []


def test_exported_csv_carries_no_live_formula(qtbot, store, tmp_path, monkeypatch) -> None:
    page = DecksPage(store)
    qtbot.addWidget(page)
    page.current = (Deck("d", "Ours", "", (Card('=HYPERLINK("http://x","Win")', "@SUM(A1)", None, (), 2, ()),)), True)
    out = tmp_path / "ours.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.export()
    assert out.read_bytes().decode("utf-8-sig").splitlines()[1] == '"\'=HYPERLINK(""http://x"",""Win"")",\'@SUM(A1),,,2,'


def test_the_editor_keeps_to_the_import_limits(qtbot) -> None:
    editor = DeckEditor(None, Deck("d", "Ours", "", (Card("One", "First.", "r" * (MAX_ROLE + 1), (), 1, ()),)))
    qtbot.addWidget(editor)
    assert editor.title.maxLength() == MAX_DECK_TITLE
    editor.accept()
    assert editor.result_deck is None and f"longer than {MAX_ROLE}" in editor.problem.text()
