"""Role-play decks: the shipped ones and the facilitator's own — read, duplicate, write, import, export."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QTextBrowser, QWidget

from app.curriculum import Curriculum
from app.curriculum.model import Deck
from app.store import Store
from app.store.decks import delete_deck, list_decks, load_deck, save_deck
from app.ui import theme
from app.ui.models import ItemRole, TextListModel
from app.ui.widgets import FlowRow, confirm, item_list, page_layout, text_label

ICONS = {"Import CSV…": "import", "Export…": "export", "Print…": "print", "Edit…": "edit", "Duplicate": "copy"}


def deck_html(deck: Deck, mine: bool) -> str:
    cards = "".join(
        f"<h3>{escape(c.title)} <span class='minutes'>· level {c.intensity}"
        f"{' · ' + escape(', '.join(c.content_notes)) if c.content_notes else ''}</span></h3>"
        f"<p>{escape(c.text)}</p>" + (f"<p class='meta'>Role: {escape(c.role)}</p>" if c.role else "")
        + ("<ul>" + "".join(f"<li>{escape(a)}</li>" for a in c.audience) + "</ul>" if c.audience else "")
        for c in deck.cards)
    origin = "Your deck: Edit changes it." if mine else "Shipped with the app: Duplicate makes a copy you can edit."
    heavy = sum(c.intensity == 3 for c in deck.cards)
    return (f"<h1>{escape(deck.title)}</h1><p class='meta'>{len(deck.cards)} cards · {heavy} heavy "
            f"(level 3, hidden in class unless turned on) · {origin}</p><p>{escape(deck.description)}</p>{cards}")


class DecksPage(QWidget):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        layout, _ = page_layout(self, "Role-play decks")
        layout.addWidget(text_label("Draw cards in a session with D. Write your own decks, or import them from a "
                                    "spreadsheet (columns Title, Text, Role, Audience, Intensity, Content notes)."))
        row = QHBoxLayout()
        self.model = TextListModel(lambda item: (f"{item[0].title}\n{len(item[0].cards)} cards · "
                                                 f"{'yours' if item[1] else 'shipped'}", item[0].description))
        self.list = item_list("deckList", "Decks", self.model)
        self.list.clicked.connect(lambda index: self._show(index.data(ItemRole)))
        self.list.activated.connect(lambda index: self._show(index.data(ItemRole)))
        self.cards = theme.style_document(QTextBrowser())
        self.cards.setAccessibleName("Cards of the deck")
        row.addWidget(self.list, 1)
        row.addWidget(self.cards, 3)
        layout.addLayout(row, 1)
        buttons = FlowRow()
        for text, slot in (("New deck", self.new_deck), ("Duplicate", self.duplicate), ("Edit…", self.edit),
                           ("Import CSV…", self.import_csv), ("Export…", self.export), ("Print…", self.print_deck),
                           ("Delete…", self.delete)):
            button = QPushButton(text)
            if text in ICONS:
                button.setIcon(theme.icon(ICONS[text]))
            button.clicked.connect(slot)
            if text == "Print…":
                button.setShortcut(QKeySequence.StandardKey.Print)
                button.setToolTip("Print the deck as cards to cut out (Ctrl+P)")
            buttons.add(button)
        layout.addWidget(buttons)
        self.curriculum: Curriculum | None = None
        self.current: tuple[Deck, bool] | None = None

    def show_decks(self, curriculum: Curriculum, select: str | None = None) -> None:
        self.curriculum = curriculum
        mine = [(load_deck(self.store, d.id), True) for d in list_decks(self.store)]
        items = [(d, False) for d in curriculum.decks] + [(d, m) for d, m in mine if d is not None]
        self.model.set_items(items)
        row = next((i for i, (d, _) in enumerate(items) if d.id == select), 0)
        if items:
            self.list.setCurrentIndex(self.model.index(row))
            self._show(items[row])
        self.list.setFocus()

    def _show(self, item: tuple[Deck, bool] | None) -> None:
        if item is not None:
            self.current = item
            self.cards.setHtml(deck_html(*item))

    def _saved(self, deck_id: str) -> None:
        if self.curriculum is not None:
            self.show_decks(self.curriculum, deck_id)

    def new_deck(self) -> None:
        self.edit_deck(Deck("", "My deck", "", ()))

    def duplicate(self) -> None:
        if self.current is not None:
            deck = self.current[0]
            self._saved(save_deck(self.store, f"{deck.title} (my copy)", deck.cards, deck.description))

    def edit(self) -> None:
        if self.current is None:
            return
        if not self.current[1]:
            QMessageBox.information(self, "Edit deck", "Shipped decks stay as they are: use Duplicate, then edit "
                                                       "your copy.")
            return
        self.edit_deck(self.current[0])

    def edit_deck(self, deck: Deck) -> None:
        from app.ui.deck_editor import DeckEditor

        editor = DeckEditor(self, deck)
        if editor.exec() and editor.result_deck is not None:
            result = editor.result_deck
            self._saved(save_deck(self.store, result.title, result.cards, result.description,
                                  deck_id=result.id or None))

    def import_csv(self) -> None:
        """Preview, then one transaction; any file that cannot be a deck is a message, and nothing is written."""
        from app.deck_csv import deck_problem, deck_title, parse_deck_csv
        from app.spreadsheet_text import TextProblem, read_file

        name, _ = QFileDialog.getOpenFileName(self, "Import a deck", str(Path.home()), "Spreadsheet CSV (*.csv)")
        if not name:
            return
        try:
            preview = parse_deck_csv(read_file(Path(name)))
        except OSError as error:
            QMessageBox.warning(self, "Import", f"The file could not be read ({error.strerror or error}).")
            return
        except TextProblem as error:
            QMessageBox.warning(self, "Import", f"Nothing to import: {error}.")
            return
        title = deck_title(Path(name).stem)
        problem = preview.problem or ("no usable cards" if not preview.cards else deck_problem(title, preview.cards))
        if problem:
            QMessageBox.warning(self, "Import", f"Nothing to import: {problem}.")
            return
        rejected = "".join(f"\nline {r.line}: {r.reason}" for r in preview.rejected[:15])
        text = (f"{len(preview.cards)} card(s) will be added as a new deck."
                + (f"\n\n{len(preview.rejected)} row(s) will not be added:{rejected}" if preview.rejected else ""))
        if confirm(self, "Import a deck", text, default_yes=True):
            self._saved(save_deck(self.store, title, preview.cards))

    def export(self) -> None:
        if self.current is None:
            return
        from app.deck_csv import deck_to_csv, deck_to_toml

        deck = self.current[0]
        name, _ = QFileDialog.getSaveFileName(self, "Export the deck", str(Path.home() / f"{deck.title}.csv"),
                                              "Spreadsheet CSV (*.csv);;TOML (*.toml)")
        if not name:
            return
        path = Path(name)
        try:
            if path.suffix.casefold() == ".toml":
                path.write_text(deck_to_toml(deck), encoding="utf-8")
            else:
                path.write_bytes(deck_to_csv(deck))
        except OSError as error:
            QMessageBox.warning(self, "Export", f"Could not write the file ({error.strerror}).")

    def print_deck(self) -> None:
        """Cards to cut out, with a preview of the real pages (Ctrl+P)."""
        if self.current is None:
            return
        from app.ui.print_dialog import PrintDeckDialog

        PrintDeckDialog(self, self.store, self.current[0]).exec()

    def delete(self) -> None:
        if self.current is None or not self.current[1]:
            return
        deck = self.current[0]
        if confirm(self, "Delete deck?", f"Delete your deck {deck.title} ({len(deck.cards)} cards)?"):
            delete_deck(self.store, deck.id)
            self._saved("")
