"""Role-play decks: the shipped ones and the facilitator's own — read, duplicate, write, import, export."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QTextBrowser, QWidget

from app.curriculum import Curriculum
from app.curriculum.model import Deck
from app.files.atomic import write_atomically
from app.store import Store
from app.store.decks import delete_deck, list_decks, load_deck, save_deck
from app.ui import theme
from app.ui.i18n import translate
from app.ui.models import ItemRole, TextListModel
from app.ui.widgets import FlowRow, confirm, item_list, page_layout, text_label

ICONS = {"import": "import", "export": "export", "print": "print", "edit": "edit", "duplicate": "copy"}   # by button


def deck_html(deck: Deck, mine: bool) -> str:
    # Translators: a card's intensity, 1 (light) to 3 (heavy)
    level, role = translate("decks_page", "level {level}"), translate("decks_page", "Role: {role}")
    cards = "".join(
        f"<h3>{escape(c.title)} <span class='minutes'>· {level.format(level=c.intensity)}"  # i18n: not text
        f"{' · ' + escape(', '.join(c.content_notes)) if c.content_notes else ''}</span></h3>"
        f"<p>{escape(c.text)}</p>"
        + (f"<p class='meta'>{escape(role.format(role=c.role))}</p>" if c.role else "")  # i18n: not text
        + ("<ul>" + "".join(f"<li>{escape(a)}</li>" for a in c.audience) + "</ul>" if c.audience else "")
        for c in deck.cards)
    origin = (translate("decks_page", "Your deck: Edit changes it.") if mine else
              translate("decks_page", "Shipped with the app: Duplicate makes a copy you can edit."))
    heavy = sum(c.intensity == 3 for c in deck.cards)
    # Translators: {heavy} is a number of cards; heavy cards stay out of a session unless the facilitator
    # turns them on
    figures = translate("decks_page", "{cards} · {heavy} heavy (level 3, hidden in class unless turned on) · "
                                      "{origin}").format(
        cards=translate("decks_page", "%n card(s)", None, len(deck.cards)), heavy=heavy, origin=origin)
    return (f"<h1>{escape(deck.title)}</h1><p class='meta'>{figures}</p>"  # i18n: not text
            f"<p>{escape(deck.description)}</p>{cards}")


class DecksPage(QWidget):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        layout, _ = page_layout(self, translate("decks_page", "Role-play decks"))
        # Translators: the column names are those of the spreadsheet a deck is imported from: keep them in English
        layout.addWidget(text_label(translate("decks_page", "Draw cards in a session with D. Write your own decks, "
                                                            "or import them from a spreadsheet (columns Title, Text, "
                                                            "Role, Audience, Intensity, Content notes).")))
        row = QHBoxLayout()
        self.model = TextListModel(self._describe)
        self.list = item_list("deckList", translate("decks_page", "Decks"), self.model)
        self.list.clicked.connect(lambda index: self._show(index.data(ItemRole)))
        self.list.activated.connect(lambda index: self._show(index.data(ItemRole)))
        self.cards = theme.style_document(QTextBrowser())
        self.cards.setAccessibleName(translate("decks_page", "Cards of the deck"))
        row.addWidget(self.list, 1)
        row.addWidget(self.cards, 3)
        layout.addLayout(row, 1)
        buttons = FlowRow()
        for name, text, slot in (("new", translate("decks_page", "New deck"), self.new_deck),
                                 ("duplicate", translate("decks_page", "Duplicate"), self.duplicate),
                                 ("edit", translate("decks_page", "Edit…"), self.edit),
                                 ("import", translate("decks_page", "Import CSV…"), self.import_csv),
                                 ("export", translate("decks_page", "Export…"), self.export),
                                 ("print", translate("decks_page", "Print…"), self.print_deck),
                                 ("delete", translate("decks_page", "Delete…"), self.delete)):
            button = QPushButton(text)
            if name in ICONS:
                button.setIcon(theme.icon(ICONS[name]))
            button.clicked.connect(slot)
            if name == "print":
                button.setShortcut(QKeySequence.StandardKey.Print)
                button.setToolTip(translate("decks_page", "Print the deck as cards to cut out (Ctrl+P)"))
            buttons.add(button)
        layout.addWidget(buttons)
        self.curriculum: Curriculum | None = None
        self.current: tuple[Deck, bool] | None = None

    @staticmethod
    def _describe(item: tuple[Deck, bool]) -> tuple[str, str]:
        deck, mine = item
        # Translators: whose deck it is: the facilitator's own, or one that came with the app
        whose = translate("decks_page", "yours") if mine else translate("decks_page", "shipped")
        cards = translate("decks_page", "%n card(s)", None, len(deck.cards))
        return f"{deck.title}\n{cards} · {whose}", deck.description

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
        self.edit_deck(Deck("", translate("decks_page", "My deck"), "", ()))

    def duplicate(self) -> None:
        if self.current is not None:
            deck = self.current[0]
            title = translate("decks_page", "{title} (my copy)").format(title=deck.title)
            self._saved(save_deck(self.store, title, deck.cards, deck.description))

    def edit(self) -> None:
        if self.current is None:
            return
        if not self.current[1]:
            QMessageBox.information(self, translate("decks_page", "Edit deck"),
                                    translate("decks_page", "Shipped decks stay as they are: use Duplicate, then "
                                                            "edit your copy."))
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
        from app.decks.spreadsheet import deck_problem, deck_title, parse_deck_csv
        from app.files.spreadsheet import TextProblem, read_file

        name, _ = QFileDialog.getOpenFileName(self, translate("decks_page", "Import a deck"), str(Path.home()),
                                              translate("decks_page", "Spreadsheets (*.xlsx *.csv)"))
        if not name:
            return
        try:
            preview = parse_deck_csv(read_file(Path(name)))
        except OSError as error:
            QMessageBox.warning(self, translate("decks_page", "Import"),
                                translate("decks_page", "The file could not be read ({error}).").format(
                                    error=error.strerror or error))
            return
        except TextProblem as error:
            QMessageBox.warning(self, translate("decks_page", "Import"),
                                translate("decks_page", "Nothing to import: {problem}.").format(problem=error))
            return
        title = deck_title(Path(name).stem)
        problem = preview.problem or (translate("decks_page", "no usable cards") if not preview.cards else
                                      deck_problem(title, preview.cards))
        if problem:
            QMessageBox.warning(self, translate("decks_page", "Import"),
                                translate("decks_page", "Nothing to import: {problem}.").format(problem=problem))
            return
        # Translators: a row of the spreadsheet that is not imported, and why
        line = translate("decks_page", "line {line}: {reason}")
        rejected = "".join("\n" + line.format(line=r.line, reason=r.reason) for r in preview.rejected[:15])
        text = (translate("decks_page", "%n card(s) will be added as a new deck.", None, len(preview.cards))
                + ("\n\n" + translate("decks_page", "%n row(s) will not be added:", None, len(preview.rejected))
                   + rejected if preview.rejected else ""))
        if confirm(self, translate("decks_page", "Import a deck"), text, default_yes=True):
            self._saved(save_deck(self.store, title, preview.cards))

    def export(self) -> None:
        if self.current is None:
            return
        from app.decks.spreadsheet import deck_to_csv, deck_to_toml

        deck = self.current[0]
        name, _ = QFileDialog.getSaveFileName(self, translate("decks_page", "Export the deck"),
                                              str(Path.home() / f"{deck.title}.csv"),
                                              translate("decks_page", "Spreadsheet CSV (*.csv);;TOML (*.toml)"))
        if not name:
            return
        path = Path(name)
        try:
            if path.suffix.casefold() == ".toml":
                write_atomically(path, deck_to_toml(deck).encode("utf-8"))
            else:
                write_atomically(path, deck_to_csv(deck))
        except OSError as error:
            QMessageBox.warning(self, translate("decks_page", "Export"),
                                translate("decks_page", "Could not write the file ({error}).").format(
                                    error=error.strerror))

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
        if confirm(self, translate("decks_page", "Delete deck?"),
                   translate("decks_page", "Delete your deck {title} (%n card(s))?", None, len(deck.cards)).format(
                       title=deck.title)):
            delete_deck(self.store, deck.id)
            self._saved("")
