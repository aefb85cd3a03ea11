"""Role-play cards from and to a spreadsheet CSV, and to TOML (pure: standard library only).

Import gives a preview first: every card that will be added and every row that will not, with the
reason, so nothing is half-written. Export writes CSV that Excel opens correctly (UTF-8 with a BOM), with
every cell that would start a formula quoted away (see app/files/spreadsheet.py); import takes that quote off.
A deck has stated limits (MAX_CARDS, the field lengths below) so a runaway file is refused, not half-stored.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from app.curriculum.model import Card, Deck
from app.files.delimiter import most_frequent
from app.files.spreadsheet import (  # noqa: F401 (NOT_TEXT: this module's API)
    NOT_TEXT,
    TextProblem,
    decode_text,
    neutralise,
    restore,
)
from app.i18n import QT_TRANSLATE_NOOP, translate

# The file format's columns, and the headings read as them (in every language at once): not text.
COLUMNS = ("title", "text", "role", "audience", "intensity", "content notes")  # i18n: not text
HEADINGS = {"title": "title", "card": "title", "name": "title", "text": "text",
            "card text": "text",  # i18n: not text
            "scene": "text", "role": "role", "audience": "audience",
            "audience prompts": "audience",  # i18n: not text
            "questions": "audience", "intensity": "intensity", "level": "intensity",
            "content notes": "content notes", "content note": "content notes",  # i18n: not text
            "notes": "content notes",  # i18n: not text
            # Spanish
            "título": "title", "titulo": "title", "tarjeta": "title", "nombre": "title", "texto": "text",
            "texto de la tarjeta": "text",  # i18n: not text
            "escena": "text", "papel": "role", "rol": "role",
            "público": "audience", "publico": "audience", "preguntas": "audience",
            "preguntas para el público": "audience",  # i18n: not text
            "intensidad": "intensity", "nivel": "intensity",
            "avisos de contenido": "content notes", "aviso de contenido": "content notes",  # i18n: not text
            "notas": "content notes"}  # i18n: not text
MAX_TITLE = 60
MAX_TEXT = 600
MAX_ROLE = 300  # the shipped decks' longest role is about 200 characters
MAX_PROMPT = 200  # one audience prompt
MAX_NOTE = 80  # one content note
MAX_ITEMS = 10  # audience prompts, and content notes, on one card
MAX_CARDS = 500  # the shipped decks hold under 40
MAX_DECK_TITLE = 80
NO_COLUMNS = QT_TRANSLATE_NOOP("deck_csv", "expected a heading row with at least the columns Title and Text")


@dataclass(frozen=True)
class RejectedCard:
    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class DeckPreview:
    cards: tuple[Card, ...]
    rejected: tuple[RejectedCard, ...]
    problem: str | None = None


def _split(cell: str) -> tuple[str, ...]:
    """Audience prompts or content notes: one per line, or separated by ' | '."""
    parts = [p.strip() for chunk in cell.splitlines() for p in chunk.split("|")]
    return tuple(p for p in parts if p)


def card_problem(card: Card) -> str | None:
    """Why a card cannot be stored (too long, too many prompts, …), or None. Shared by every way a card comes in."""
    if not card.title.strip():
        return translate("deck_csv", "no title")
    if len(card.title) > MAX_TITLE:
        return translate("deck_csv", "the title is longer than {most} characters").format(most=MAX_TITLE)
    if not card.text.strip():
        return translate("deck_csv", "no card text")
    if len(card.text) > MAX_TEXT:
        return translate("deck_csv", "the text is longer than {most} characters (a card must fit)").format(
            most=MAX_TEXT)
    if card.intensity not in (1, 2, 3):
        return _bad_intensity(card.intensity)
    if card.role and len(card.role) > MAX_ROLE:
        return translate("deck_csv", "the role is longer than {most} characters").format(most=MAX_ROLE)
    if len(card.audience) > MAX_ITEMS:
        return translate("deck_csv", "more than {most} audience prompts").format(most=MAX_ITEMS)
    if any(len(item) > MAX_PROMPT for item in card.audience):
        return translate("deck_csv", "one of the audience prompts is longer than {most} characters").format(
            most=MAX_PROMPT)
    if len(card.content_notes) > MAX_ITEMS:
        return translate("deck_csv", "more than {most} content notes").format(most=MAX_ITEMS)
    if any(len(item) > MAX_NOTE for item in card.content_notes):
        return translate("deck_csv", "one of the content notes is longer than {most} characters").format(
            most=MAX_NOTE)
    return None


def _bad_intensity(value: object) -> str:
    return translate("deck_csv", "intensity must be 1, 2 or 3, not {value}").format(value=repr(value))


def deck_problem(title: str, cards: tuple[Card, ...]) -> str | None:
    """Why a whole deck cannot be stored (its title, its size, a card), or None."""
    if not title.strip():
        return translate("deck_csv", "the deck has no title")
    if len(title) > MAX_DECK_TITLE:
        return translate("deck_csv", "the deck's title is longer than {most} characters").format(most=MAX_DECK_TITLE)
    if len(cards) > MAX_CARDS:
        return too_many(len(cards))
    for number, card in enumerate(cards, start=1):
        reason = card_problem(card)
        if reason:
            return translate("deck_csv", "card {number} ({title}): {reason}").format(
                number=number, title=repr(card.title[:30]), reason=reason)
    return None


def too_many(rows: int) -> str:
    return translate("deck_csv", "the file has {rows} cards, and a deck holds at most {most}: split it into smaller "
                     "files and import each as its own deck").format(rows=rows, most=MAX_CARDS)


def deck_title(name: str) -> str:
    """A deck title made from a file's name: words, not underscores, and no longer than MAX_DECK_TITLE."""
    title = " ".join(name.replace("_", " ").replace("-", " ").split()).capitalize() or translate("deck_csv", "My deck")
    return title if len(title) <= MAX_DECK_TITLE else title[:MAX_DECK_TITLE - 1].rstrip() + "…"


def parse_deck_csv(data: bytes) -> DeckPreview:
    """The preview of a CSV's cards. Never raises: a file that cannot be a deck comes back as ``problem``."""
    try:
        text = decode_text(data)
    except TextProblem as error:
        return DeckPreview((), (), str(error))
    if "\n" in text:  # a lone CR in a file with LF line ends is a stray character, not a row break
        text = re.sub(r"\r(?!\n)", " ", text)
    stripped = text.lstrip("\r\n")
    first_line = stripped.splitlines()[0] if stripped else ""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=most_frequent(first_line, default=","))
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for row in reader:
            rows.append((start, row))  # the line where the row starts, as the teacher sees it
            start = reader.line_num + 1
    except csv.Error:  # only a cell over csv.field_size_limit(): far longer than any card
        return DeckPreview((), (), translate("deck_csv", 'from line {line}: a cell is too long to read. Is a quote '
                                                         'mark (") missing its partner?').format(line=start))
    rows = [(n, r) for n, r in rows if any(c.strip() for c in r)]
    if not rows:
        return DeckPreview((), (), translate("deck_csv", "the file is empty"))
    header = rows[0][1]
    columns = {HEADINGS[h.strip().casefold()]: i for i, h in reversed(list(enumerate(header)))
               if h.strip().casefold() in HEADINGS}
    if "title" not in columns or "text" not in columns:
        return DeckPreview((), (), translate("deck_csv", NO_COLUMNS))
    if len(rows) - 1 > MAX_CARDS:
        return DeckPreview((), (), too_many(len(rows) - 1))
    cards: list[Card] = []
    rejected: list[RejectedCard] = []
    seen: dict[str, int] = {}
    for line, row in rows[1:]:
        def cell(name: str, row: list[str] = row) -> str:
            index = columns.get(name)
            return restore(row[index].strip()).strip() if index is not None and index < len(row) else ""

        raw = ", ".join(c.strip() for c in row if c.strip())[:80]
        title, body = " ".join(cell("title").split()), cell("text")
        intensity_text = cell("intensity") or "1"
        card = Card(title=title, text=body, role=cell("role") or None, audience=_split(cell("audience")),
                    intensity=int(intensity_text) if intensity_text in ("1", "2", "3") else 0,
                    content_notes=_split(cell("content notes")))  # i18n: not text
        reason = card_problem(card)
        if reason and reason == _bad_intensity(card.intensity):  # the stand-in 0: say what the cell held
            reason = _bad_intensity(intensity_text)
        if reason is None and title.casefold() in seen:
            reason = translate("deck_csv", "the same title as line {line}").format(line=seen[title.casefold()])
        if reason:
            rejected.append(RejectedCard(line, raw, reason))
            continue
        seen[title.casefold()] = line
        cards.append(card)
    return DeckPreview(tuple(cards), tuple(rejected))


def deck_to_csv(deck: Deck) -> bytes:
    """UTF-8 with a BOM and CRLF, so Excel shows accents and line breaks correctly.

    Text cells that would start a formula get a single quote in front (OWASP), so a card titled "=HYPERLINK(…)"
    is shown, not run; the intensity stays a plain number.
    """
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.capitalize() for c in COLUMNS])
    for card in deck.cards:
        writer.writerow([neutralise(card.title), neutralise(card.text), neutralise(card.role or ""),
                         neutralise(" | ".join(card.audience)), card.intensity,
                         neutralise(" | ".join(card.content_notes))])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def deck_to_toml(deck: Deck) -> str:
    """The same format as activities/decks/*.toml, so an exported deck can be shipped as content."""
    from app.files.toml_write import dumps

    def card_table(card) -> dict:
        table = {"title": card.title, "text": card.text}
        if card.role:
            table["role"] = card.role
        if card.audience:
            table["audience"] = list(card.audience)
        table["intensity"] = card.intensity
        if card.content_notes:
            table["content_notes"] = list(card.content_notes)
        return table

    return dumps({"id": deck.id, "title": deck.title, "description": deck.description or deck.title,
                  "card": [card_table(card) for card in deck.cards]})
