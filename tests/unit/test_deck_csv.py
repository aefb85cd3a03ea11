"""Deck import from spreadsheets (preview first, every row accounted for) and export that round-trips."""

from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from app.curriculum.model import Card, Deck
from app.decks.spreadsheet import (
    MAX_CARDS,
    MAX_DECK_TITLE,
    MAX_ITEMS,
    MAX_NOTE,
    MAX_PROMPT,
    MAX_ROLE,
    MAX_TEXT,
    MAX_TITLE,
    NOT_TEXT,
    deck_problem,
    deck_title,
    deck_to_csv,
    deck_to_toml,
    parse_deck_csv,
)
from app.files.spreadsheet import DAMAGED_UTF16, MAX_FILE_BYTES


def test_messy_spreadsheet_preview() -> None:
    data = ("\ufeffTitle;Text;Audience;Intensity;Extra\r\n"
            "\"Lunch queue\";\"Someone pushes in.\nEveryone sees.\";What now? | Who helps?;2;x\r\n\r\n"
            ";no title;;;\r\n"
            "Big;x;;7;\r\n"
            "lunch QUEUE;again;;1;\r\n").encode()
    preview = parse_deck_csv(data)
    assert preview.problem is None
    [card] = preview.cards
    assert (card.title, card.text, card.audience, card.intensity) == (
        "Lunch queue", "Someone pushes in.\nEveryone sees.", ("What now?", "Who helps?"), 2)
    assert [(r.line, r.reason) for r in preview.rejected] == [
        (5, "no title"), (6, "intensity must be 1, 2 or 3, not '7'"), (7, "the same title as line 2")]


def test_files_that_are_not_a_deck() -> None:
    assert parse_deck_csv(b"PK\x03\x04\x00\x00").problem == NOT_TEXT
    assert parse_deck_csv(b"Name,Age\r\nAmi,12\r\n").problem.startswith("expected a heading row")
    assert parse_deck_csv(b"").problem == "the file is empty"


def test_export_opens_in_excel_and_round_trips() -> None:
    deck = Deck("d", "Mine", "", (Card("Ωμέγα", "Привет, «friend»\nline two", "The newcomer", ("Why?",), 3,
                                      ("name-calling",)),))
    data = deck_to_csv(deck)
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    assert parse_deck_csv(data).cards == deck.cards
    assert 'title = "Ωμέγα"' in deck_to_toml(deck)


cell = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00|"), max_size=40)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(cell, cell, cell, st.sampled_from(["", "1", "2", "3", "4", "x"])), max_size=12),
       st.sampled_from([",", ";", "\t"]), st.sampled_from(["\r\n", "\n"]), st.booleans())
def test_every_row_is_imported_or_rejected_with_a_reason(rows, delimiter: str, newline: str, bom: bool) -> None:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator=newline)
    writer.writerow(["Title", "Text", "Role", "Intensity"])
    for row in rows:
        writer.writerow(row)
    data = (("\ufeff" if bom else "") + out.getvalue()).encode()
    preview = parse_deck_csv(data)
    assert preview.problem is None
    non_blank = [r for r in rows if any(c.strip() for c in r)]
    assert len(preview.cards) + len(preview.rejected) == len(non_blank)
    assert all(r.reason for r in preview.rejected)
    titles = [c.title.casefold() for c in preview.cards]
    assert len(titles) == len(set(titles))


# --- files that once crashed, formulas, limits ------------------------------------------------------------------------

def test_damaged_utf16_is_a_clear_problem_not_a_traceback() -> None:
    good = "Title,Text\r\nBus stop,Nobody moves up.\r\n".encode("utf-16")
    odd = good + b"x"  # an odd byte count: cut short
    lone = good + b"\x00\xd8a\x00"  # a high surrogate with no partner
    for data in (odd, lone, b"\xff\xfe", b"\xfe\xff\x00"):
        preview = parse_deck_csv(data)
        assert preview.problem == DAMAGED_UTF16 or preview.problem == "the file is empty", data
        assert preview.cards == ()
    assert parse_deck_csv(good).cards[0].title == "Bus stop"


def test_formula_cells_are_exported_as_text_and_imported_back() -> None:
    cards = (Card("=HYPERLINK(\"http://x\",\"Click\")", "@SUM(A1:A9)", "+1 the helper", ("-2+3", "Why?"), 3,
                  ("=cmd /C calc!A0",)),
             Card("'=already quoted", "Plain text", None, (), 2, ()))
    data = deck_to_csv(Deck("d", "Mine", "", cards))
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[1] == ["'=HYPERLINK(\"http://x\",\"Click\")", "'@SUM(A1:A9)", "'+1 the helper", "'-2+3 | Why?", "3",
                       "'=cmd /C calc!A0"]
    assert rows[2][0] == "''=already quoted" and rows[2][4] == "2"  # intensity stays a plain number
    assert b",3," in data and b"'3" not in data
    assert parse_deck_csv(data).cards == cards


def test_a_quote_before_a_formula_character_is_taken_off_on_import() -> None:
    data = b"Title,Text\r\n'=SUM(1),'-5 degrees\r\n'Tis,'Hello\r\n"
    assert [(c.title, c.text) for c in parse_deck_csv(data).cards] == [("=SUM(1)", "-5 degrees"),
                                                                        ("'Tis", "'Hello")]


def test_a_deck_over_the_card_limit_is_refused_whole() -> None:
    rows = "".join(f"Card {n},Text {n}\r\n" for n in range(MAX_CARDS + 1))
    preview = parse_deck_csv(("Title,Text\r\n" + rows).encode())
    assert preview.cards == () and preview.problem is not None
    assert f"{MAX_CARDS + 1} cards" in preview.problem and f"at most {MAX_CARDS}" in preview.problem
    assert "split" in preview.problem
    rows = "".join(f"Card {n},Text {n}\r\n" for n in range(MAX_CARDS))
    assert len(parse_deck_csv(("Title,Text\r\n" + rows).encode()).cards) == MAX_CARDS


def test_a_file_over_the_size_limit_is_refused() -> None:
    data = b"Title,Text\r\n" + b"a,b\r\n" * (MAX_FILE_BYTES // 5 + 1)
    assert len(data) > MAX_FILE_BYTES
    problem = parse_deck_csv(data).problem
    assert problem is not None and "at most 5 MB" in problem


def test_field_lengths_are_limited() -> None:
    lines = ["Title,Text,Role,Audience,Content notes",
             f"Role,x,{'r' * (MAX_ROLE + 1)},,",
             f"Prompt,x,,{'p' * (MAX_PROMPT + 1)},",
             f"Prompts,x,,{' | '.join(['why?'] * (MAX_ITEMS + 1))},",
             f"Note,x,,,{'n' * (MAX_NOTE + 1)}",
             f"Fine,x,{'r' * MAX_ROLE},{'p' * MAX_PROMPT},{'n' * MAX_NOTE}"]
    preview = parse_deck_csv("\r\n".join(lines).encode())
    assert [c.title for c in preview.cards] == ["Fine"]
    assert [r.reason for r in preview.rejected] == [
        f"the role is longer than {MAX_ROLE} characters",
        f"one of the audience prompts is longer than {MAX_PROMPT} characters",
        f"more than {MAX_ITEMS} audience prompts",
        f"one of the content notes is longer than {MAX_NOTE} characters"]


def test_deck_titles_and_whole_decks_are_checked() -> None:
    card = Card("A", "B", None, (), 1, ())
    assert deck_problem("Ours", (card,)) is None
    assert "title" in deck_problem("x" * (MAX_DECK_TITLE + 1), (card,))
    assert f"at most {MAX_CARDS}" in deck_problem("Ours", (card,) * (MAX_CARDS + 1))
    assert "card 1" in deck_problem("Ours", (Card("A", "B", "r" * (MAX_ROLE + 1), (), 1, ()),))
    assert deck_title("our_big-scenes  list") == "Our big scenes list"
    assert len(deck_title("x" * 300)) == MAX_DECK_TITLE


# Cards as an import gives them back: trimmed, one space inside titles, prompts and notes without | or line breaks.
_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r")
_formulaish = st.sampled_from(["=", "+", "-", "@", "'", "''=", "'+", "=HYPERLINK(\"x\")", "@SUM(A1)", ""])


def _item(text: str) -> str:
    return " ".join(text.replace("|", " ").split())


@st.composite
def cards(draw: st.DrawFn) -> Card:
    def field(max_size: int) -> str:
        return draw(_formulaish) + draw(st.text(_chars, max_size=max_size))

    title = " ".join(field(40).split())[:MAX_TITLE].strip() or "T"
    text = field(80).strip()[:MAX_TEXT].strip() or "x"
    role = field(40).strip() or None
    audience = tuple(p for p in (_item(field(30)) for _ in range(draw(st.integers(0, 3)))) if p)
    notes = tuple(p for p in (_item(field(20)) for _ in range(draw(st.integers(0, 3)))) if p)
    return Card(title, text, role, audience, draw(st.integers(1, 3)), notes)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(cards(), min_size=1, max_size=8, unique_by=lambda c: c.title.casefold()))
def test_export_then_import_gives_the_same_cards(deck_cards: list[Card]) -> None:
    data = deck_to_csv(Deck("d", "Mine", "", tuple(deck_cards)))
    for row in list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row), row
    preview = parse_deck_csv(data)
    assert preview.problem is None and preview.rejected == ()
    assert preview.cards == tuple(deck_cards)
