"""Deck import from spreadsheets (preview first, every row accounted for) and export that round-trips."""

from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from app.curriculum.model import Card, Deck
from app.deck_csv import NOT_TEXT, deck_to_csv, deck_to_toml, parse_deck_csv


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
