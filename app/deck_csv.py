"""Role-play cards from and to a spreadsheet CSV, and to TOML (pure: standard library only).

Import gives a preview first: every card that will be added and every row that will not, with the
reason, so nothing is half-written. Export writes CSV that Excel opens correctly (UTF-8 with a BOM).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from app.curriculum.copies import toml_string
from app.curriculum.model import Card, Deck

COLUMNS = ("title", "text", "role", "audience", "intensity", "content notes")
HEADINGS = {"title": "title", "card": "title", "name": "title", "text": "text", "card text": "text",
            "scene": "text", "role": "role", "audience": "audience", "audience prompts": "audience",
            "questions": "audience", "intensity": "intensity", "level": "intensity",
            "content notes": "content notes", "content note": "content notes", "notes": "content notes"}
MAX_TITLE = 60
MAX_TEXT = 600
NOT_TEXT = "this file is not text (is it an Excel .xlsx? Save it as CSV UTF-8 first)"
NO_COLUMNS = "expected a heading row with at least the columns Title and Text"


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


def _decode(data: bytes) -> str | None:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _delimiter(first_line: str) -> str:
    counts = {d: 0 for d in (",", ";", "\t")}
    quoted = False
    for char in first_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _split(cell: str) -> tuple[str, ...]:
    """Audience prompts or content notes: one per line, or separated by ' | '."""
    parts = [p.strip() for chunk in cell.splitlines() for p in chunk.split("|")]
    return tuple(p for p in parts if p)


def parse_deck_csv(data: bytes) -> DeckPreview:
    text = _decode(data)
    if text is None:
        return DeckPreview((), (), NOT_TEXT)
    if "\n" in text:  # a lone CR in a file with LF line ends is a stray character, not a row break
        text = re.sub(r"\r(?!\n)", " ", text)
    stripped = text.lstrip("\r\n")
    first_line = stripped.splitlines()[0] if stripped else ""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line))
    rows: list[tuple[int, list[str]]] = []
    try:
        start = 1
        for row in reader:
            rows.append((start, row))  # the line where the row starts, as the teacher sees it
            start = reader.line_num + 1
    except csv.Error as error:
        return DeckPreview((), (), f"the file could not be read as CSV ({error})")
    rows = [(n, r) for n, r in rows if any(c.strip() for c in r)]
    if not rows:
        return DeckPreview((), (), "the file is empty")
    header = rows[0][1]
    columns = {HEADINGS[h.strip().casefold()]: i for i, h in reversed(list(enumerate(header)))
               if h.strip().casefold() in HEADINGS}
    if "title" not in columns or "text" not in columns:
        return DeckPreview((), (), NO_COLUMNS)
    cards: list[Card] = []
    rejected: list[RejectedCard] = []
    seen: dict[str, int] = {}
    for line, row in rows[1:]:
        def cell(name: str, row: list[str] = row) -> str:
            index = columns.get(name)
            return row[index].strip() if index is not None and index < len(row) else ""

        raw = ", ".join(c.strip() for c in row if c.strip())[:80]
        title, body = " ".join(cell("title").split()), cell("text")
        intensity_text = cell("intensity") or "1"
        reason = None
        if not title:
            reason = "no title"
        elif len(title) > MAX_TITLE:
            reason = f"the title is longer than {MAX_TITLE} characters"
        elif not body:
            reason = "no card text"
        elif len(body) > MAX_TEXT:
            reason = f"the text is longer than {MAX_TEXT} characters (a card must fit)"
        elif intensity_text not in ("1", "2", "3"):
            reason = f"intensity must be 1, 2 or 3, not {intensity_text!r}"
        elif title.casefold() in seen:
            reason = f"the same title as line {seen[title.casefold()]}"
        if reason:
            rejected.append(RejectedCard(line, raw, reason))
            continue
        seen[title.casefold()] = line
        cards.append(Card(title=title, text=body, role=cell("role") or None, audience=_split(cell("audience")),
                          intensity=int(intensity_text), content_notes=_split(cell("content notes"))))
    return DeckPreview(tuple(cards), tuple(rejected))


def deck_to_csv(deck: Deck) -> bytes:
    """UTF-8 with a BOM and CRLF, so Excel shows accents and line breaks correctly."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.capitalize() for c in COLUMNS])
    for card in deck.cards:
        writer.writerow([card.title, card.text, card.role or "", " | ".join(card.audience), card.intensity,
                         " | ".join(card.content_notes)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def deck_to_toml(deck: Deck) -> str:
    """The same format as activities/decks/*.toml, so an exported deck can be shipped as content."""
    lines = [f"id = {toml_string(deck.id)}", f"title = {toml_string(deck.title)}",
             f"description = {toml_string(deck.description or deck.title)}"]
    for card in deck.cards:
        lines += ["", "[[card]]", f"title = {toml_string(card.title)}", f"text = {toml_string(card.text)}"]
        if card.role:
            lines.append(f"role = {toml_string(card.role)}")
        if card.audience:
            lines.append("audience = [" + ", ".join(toml_string(a) for a in card.audience) + "]")
        lines.append(f"intensity = {card.intensity}")
        if card.content_notes:
            lines.append("content_notes = [" + ", ".join(toml_string(n) for n in card.content_notes) + "]")
    return "\n".join(lines) + "\n"
