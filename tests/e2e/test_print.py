"""Printing decks: the layout maths, and the real PDF read back (page size, card positions, crop marks,
mirrored backs, embedded fonts with Greek and Cyrillic, overflowing cards named)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pdfplumber
import pytest

from app.curriculum.model import Card, Deck
from app.printing.deck_pdf import write_deck_pdf
from app.printing.layout import back_rect, sheet_layout
from tests.e2e.helpers import run_app

MM = 72 / 25.4


@pytest.mark.parametrize(("paper", "size", "per_sheet"), [("a4", "poker", 9), ("letter", "poker", 9),
                                                          ("a4", "bridge", 9), ("a4", "tarot", 4)])
def test_layout_fits_centres_and_never_overlaps(paper: str, size: str, per_sheet: int) -> None:
    layout = sheet_layout(paper, size)
    assert layout.per_sheet == per_sheet
    for i in range(layout.per_sheet):
        bleed = layout.bleed(i)
        assert bleed.x >= 0 and bleed.right <= layout.sheet_w and bleed.y >= 0 and bleed.top <= layout.sheet_h
    for a, b in itertools.combinations(layout.cards, 2):
        assert a.right <= b.x or b.right <= a.x or a.top <= b.y or b.top <= a.y
    left = min(c.x for c in layout.cards)
    right = layout.sheet_w - max(c.right for c in layout.cards)
    assert abs(left - right) <= 0.25  # centred to within 0.25 mm


def test_backs_mirror_for_the_duplex_flip_and_take_the_offset() -> None:
    layout = sheet_layout("a4", "poker")
    first = layout.cards[0]
    long_edge = back_rect(layout, 0, "long-edge")
    assert abs(long_edge.x - (layout.sheet_w - first.right)) <= 0.25 and abs(long_edge.y - first.y) <= 0.25
    short_edge = back_rect(layout, 0, "short-edge")
    assert abs(short_edge.y - (layout.sheet_h - first.top)) <= 0.25 and abs(short_edge.x - first.x) <= 0.25
    shifted = back_rect(layout, 0, "long-edge", offset_x=1.5, offset_y=-2.0)
    assert abs(shifted.x - long_edge.x - 1.5) <= 0.01 and abs(shifted.y - long_edge.y + 2.0) <= 0.01


def test_pdf_has_the_right_page_size_cards_marks_and_embedded_fonts(tmp_path: Path) -> None:
    cards = tuple(Card(f"Card {n}", "Ωμέγα and Привет: a card for everyone.", None, ("Who noticed?",), 1, ())
                  for n in range(10))
    result = write_deck_pdf(Deck("t", "Test deck", "", cards), tmp_path / "deck.pdf", paper="a4", backs="long-edge")
    assert (result.sheets, result.pages, result.overflowing) == (2, 4, ())
    layout = sheet_layout("a4", "poker")
    with pdfplumber.open(tmp_path / "deck.pdf") as pdf:
        assert len(pdf.pages) == 4
        front = pdf.pages[0]
        assert (round(front.width, 2), round(front.height, 2)) == (595.28, 841.89)
        text = front.extract_text()
        assert all(f"Card {n}" in text for n in range(9)) and "Ωμέγα" in text and "Привет" in text
        assert "Card 9" in pdf.pages[2].extract_text()
        card_boxes = [(c.x * MM, c.y * MM, c.right * MM, c.top * MM) for c in layout.cards]
        outside = [line for line in front.lines
                   if not any(x0 - 1 <= line["x0"] <= x1 + 1 and y0 - 1 <= front.height - line["top"] <= y1 + 1
                              for x0, y0, x1, y1 in card_boxes)]
        assert len(outside) >= 4 * layout.columns  # crop marks run in the margins, not over the cards
    raw = (tmp_path / "deck.pdf").read_bytes()
    assert b"/FontFile2" in raw  # TrueType embedded


def test_a_card_that_cannot_fit_is_named(tmp_path: Path) -> None:
    long = Card("The long one", "word " * 400, None, (), 1, ())
    result = write_deck_pdf(Deck("t", "T", "", (long, Card("Short", "Fine.", None, (), 1, ()))), tmp_path / "d.pdf")
    assert result.overflowing == ("The long one",)


def test_print_from_the_command_line(tmp_path: Path) -> None:
    out = tmp_path / "scenes.pdf"
    result = run_app("print", "deck", "scenes", "-o", str(out), "--paper", "letter")
    assert result.returncode == 0 and out.stat().st_size > 10_000
    with pdfplumber.open(out) as pdf:
        assert (pdf.pages[0].width, pdf.pages[0].height) == (612, 792)
    missing = run_app("print", "deck", "no-such-deck", "-o", str(out))
    assert missing.returncode == 1
    calibration = run_app("print", "calibration", "-o", str(tmp_path / "cal.pdf"))
    assert calibration.returncode == 0
