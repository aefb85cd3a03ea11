"""Card decks to print: the layout maths (pure, with hypothesis) and the real PDF read back with pdfplumber."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pdfplumber
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdfminer.pdftypes import resolve1
from reportlab.lib.colors import black

from app.curriculum.model import Card, Deck
from app.printing.card_text import FIRST_BASELINE, Part, fit_parts, line_texts
from app.printing.cli import add_print_parser, find_deck, print_command
from app.printing.deck_pdf import BODY_SIZES, FONTS, register_fonts
from app.printing.layout import (
    BLEED_MM,
    CARD_SIZES,
    DESCENT,
    MM_TO_PT,
    PAPERS,
    SAFE_MM,
    Rect,
    back_rect,
    crop_marks,
    sheet_layout,
    wrap,
)

TOLERANCE_PT = 0.25 * MM_TO_PT
LONG_TEXT = " ".join(["This card says far more than any card should ever say, on and on."] * 30)


def _card(title: str, text: str, **more) -> Card:
    return Card(title=title, text=text, role=more.get("role"), audience=more.get("audience", ()),
                intensity=more.get("intensity", 1), content_notes=more.get("content_notes", ()))


def _deck(count: int = 11) -> Deck:
    cards = [_card("Ωμέγα", "Привет, Ωμέγα! Crème brûlée for Zoë and Jürgen.", role="Anna: new. Björn: quiet.",
                   audience=("Who is left out?", "What could you say?"), intensity=3, content_notes=("Teasing",)),
             _card("Too long", LONG_TEXT, audience=("Is this too much?",))]
    cards += [_card(f"Card number {n}", f"Everyday scene number {n} at the bus stop, with a small choice to make.",
                    audience=(f"What happens next in scene {n}?",), intensity=1 + n % 3)
              for n in range(3, count + 1)]
    return Deck("test-deck", "Test deck", "For tests.", tuple(cards))


# ---- layout maths ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("paper", "size", "grid"), [
    ("a4", "poker", (3, 3)), ("letter", "poker", (3, 3)), ("a4", "bridge", (3, 3)), ("letter", "bridge", (3, 3)),
    ("a4", "tarot", (2, 2)), ("letter", "tarot", (2, 2)),
])
def test_cards_per_sheet(paper: str, size: str, grid: tuple[int, int]) -> None:
    layout = sheet_layout(paper, size)
    assert (layout.columns, layout.rows) == grid
    assert layout.per_sheet == grid[0] * grid[1]
    assert {(c.w, c.h) for c in layout.cards} == {CARD_SIZES[size]}
    box = layout.grid  # centred on the sheet
    assert box.x == pytest.approx(layout.sheet_w - box.right)
    assert box.y == pytest.approx(layout.sheet_h - box.top)


papers, sizes = st.sampled_from(sorted(PAPERS)), st.sampled_from(sorted(CARD_SIZES))


@settings(max_examples=60, deadline=None)
@given(papers, sizes)
def test_layout_properties(paper: str, size: str) -> None:
    layout = sheet_layout(paper, size)
    sheet = layout.sheet
    assert len(layout.cards) == layout.columns * layout.rows
    for i, card in enumerate(layout.cards):
        assert sheet.contains(layout.bleed(i).inset(-1.0))  # bleed, and room beyond it, on the sheet
        for j, other in enumerate(layout.cards):
            if i != j:
                assert not card.overlaps(other)
                assert not layout.bleed(i).overlaps(layout.safe(j))  # a bleed never reaches another card's text
    # one more card per row or column would not fit
    assert (layout.columns + 1) * layout.card_w > layout.sheet_w - 2 * BLEED_MM
    assert (layout.rows + 1) * layout.card_h > layout.sheet_h - 2 * BLEED_MM
    bleeds = [layout.bleed(i) for i in range(layout.per_sheet)]
    for mark in crop_marks(layout):  # in the margins, never over a card or its bleed
        line = Rect(min(mark.x1, mark.x2), min(mark.y1, mark.y2), abs(mark.x2 - mark.x1), abs(mark.y2 - mark.y1))
        assert sheet.contains(line)
        assert not any(b.inset(-0.5).overlaps(line.inset(-0.01)) for b in bleeds)


@settings(max_examples=80, deadline=None)
@given(papers, sizes, st.sampled_from(["long-edge", "short-edge"]),
       st.floats(-5, 5, allow_nan=False), st.floats(-5, 5, allow_nan=False))
def test_backs_are_mirrored_and_offset(paper: str, size: str, backs: str, dx: float, dy: float) -> None:
    layout = sheet_layout(paper, size)
    for i, front in enumerate(layout.cards):
        back = back_rect(layout, i, backs, dx, dy)
        plain = back_rect(layout, i, backs)
        assert (back.x - plain.x, back.y - plain.y) == (pytest.approx(dx), pytest.approx(dy))
        row, column = divmod(i, layout.columns)
        if backs == "long-edge":  # the column mirrored, the row kept
            twin = layout.cards[row * layout.columns + layout.columns - 1 - column]
            assert plain.x == pytest.approx(twin.x) and plain.y == pytest.approx(front.y)
            assert plain.x + plain.w / 2 == pytest.approx(layout.sheet_w - (front.x + front.w / 2))
        else:  # the row mirrored, the column kept
            twin = layout.cards[(layout.rows - 1 - row) * layout.columns + column]
            assert plain.y == pytest.approx(twin.y) and plain.x == pytest.approx(front.x)
        for j in range(i):
            assert not back.overlaps(back_rect(layout, j, backs, dx, dy))


def _measure(text: str, font: str, size: float) -> float:
    return len(text) * size * (0.6 if font == "bold" else 0.5)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet="abcdefghij ", min_size=0, max_size=30), min_size=1, max_size=8),
       st.floats(30, 200), st.floats(6, 12))
def test_wrap_keeps_every_word_and_the_width(words: list[str], width: float, size: float) -> None:
    text = " ".join(words)
    lines = wrap(text, "regular", size, width, _measure)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(_measure(line, "regular", size) <= width or len(line) == 1 for line in lines)


# ---- the PDF, read back --------------------------------------------------------------------------------

def _pdf(tmp_path: Path, deck: Deck, **options):
    from app.printing.deck_pdf import write_deck_pdf

    return write_deck_pdf(deck, tmp_path / "deck.pdf", **options)


def _bleed_rects(page, layout) -> list[tuple[float, float]]:
    """(x, y) in mm of the filled rectangles the size of a card with its bleed: the card backgrounds."""
    w, h = (layout.card_w + 2 * BLEED_MM) * MM_TO_PT, (layout.card_h + 2 * BLEED_MM) * MM_TO_PT
    found = [r for r in page.rects if r["fill"] and abs(r["width"] - w) < 0.5 and abs(r["height"] - h) < 0.5]
    return sorted((r["x0"] / MM_TO_PT + BLEED_MM, r["y0"] / MM_TO_PT + BLEED_MM) for r in found)


def _assert_positions(found: list[tuple[float, float]], expected: list[Rect]) -> None:
    assert len(found) == len(expected)
    for (x, y), rect in zip(found, sorted(expected, key=lambda r: (r.x, r.y)), strict=True):
        assert abs(x - rect.x) * MM_TO_PT <= TOLERANCE_PT and abs(y - rect.y) * MM_TO_PT <= TOLERANCE_PT


def _text(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


@pytest.mark.parametrize(("paper", "size", "page_size"), [
    ("a4", "poker", (595.28, 841.89)), ("letter", "poker", (612.0, 792.0)), ("letter", "tarot", (612.0, 792.0)),
])
def test_fronts_geometry_text_and_marks(tmp_path: Path, paper: str, size: str, page_size) -> None:
    deck = _deck(11)
    result = _pdf(tmp_path, deck, paper=paper, size=size, backs="none")
    layout = sheet_layout(paper, size)
    assert result.overflowing == ("Too long",)
    with pdfplumber.open(result.path) as pdf:
        assert result.pages == len(pdf.pages) == -(-11 // layout.per_sheet)
        page = pdf.pages[0]
        assert (page.width, page.height) == (pytest.approx(page_size[0], abs=0.01),
                                             pytest.approx(page_size[1], abs=0.01))
        _assert_positions(_bleed_rects(page, layout), list(layout.cards))
        # crop marks: black lines in the margins, on every card edge, none over a card or its bleed
        marks = [ln for ln in page.lines if tuple(ln.get("stroking_color") or ()) in ((0, 0, 0), (0.0, 0.0, 0.0))]
        bleeds = [layout.bleed(i) for i in range(layout.per_sheet)]
        for mark in marks:
            box = Rect(mark["x0"] / MM_TO_PT, mark["y0"] / MM_TO_PT, (mark["x1"] - mark["x0"]) / MM_TO_PT,
                       (mark["y1"] - mark["y0"]) / MM_TO_PT)
            assert not any(b.overlaps(box.inset(-0.01)) for b in bleeds)
        grid = layout.grid
        for x in {c.x for c in layout.cards} | {c.right for c in layout.cards}:
            ends = [m for m in marks if abs(m["x0"] - x * MM_TO_PT) < TOLERANCE_PT and m["x0"] == m["x1"]]
            assert any(m["y1"] < grid.y * MM_TO_PT for m in ends) and any(m["y0"] > grid.top * MM_TO_PT
                                                                          for m in ends)
        for y in {c.y for c in layout.cards} | {c.top for c in layout.cards}:
            ends = [m for m in marks if abs(m["y0"] - y * MM_TO_PT) < TOLERANCE_PT and m["y0"] == m["y1"]]
            assert any(m["x1"] < grid.x * MM_TO_PT for m in ends) and any(m["x0"] > grid.right * MM_TO_PT
                                                                          for m in ends)
        # every card's title and text, within its own trim box; text inside the safe zone
        per_sheet = layout.per_sheet
        for number, card in enumerate(deck.cards):
            page = pdf.pages[number // per_sheet]
            trim = layout.cards[number % per_sheet]
            bbox = (trim.x * MM_TO_PT, page.height - trim.top * MM_TO_PT, trim.right * MM_TO_PT,
                    page.height - trim.y * MM_TO_PT)
            inside = page.within_bbox(bbox)
            text = _text(inside.extract_text())
            assert card.title in text
            if card.title != "Too long":
                assert _text(card.text) in text
                for prompt in card.audience:
                    assert prompt in text
            safe = trim.inset(SAFE_MM - 0.3)
            for char in inside.chars:
                assert safe.x * MM_TO_PT <= char["x0"] and char["x1"] <= safe.right * MM_TO_PT
        assert all(ch["size"] >= 6.5 - 0.01 for p in pdf.pages for ch in p.chars)


def test_markup_characters_print_as_typed(tmp_path: Path) -> None:
    """Card text goes through reportlab's Paragraph, which reads markup: '<b>&' must print, not turn bold."""
    card = _card("Tags <b>&amp; & co", "Say <b>& mean it</b>: 3 < 5 & R&D.\nSecond line <br/> stays.",
                 role="A & B: <i>quiet</i>", audience=("Is <this> & that printed?",), content_notes=("<b>&",))
    result = _pdf(tmp_path, Deck("markup", "Deck <b>&", "", (card,)), backs="long-edge")
    with pdfplumber.open(result.path) as pdf:
        front = _text(pdf.pages[0].extract_text())
        for typed in ("Tags <b>&amp; & co", "Say <b>& mean it</b>: 3 < 5 & R&D.", "Second line <br/> stays.",
                      "A & B: <i>quiet</i>", "Is <this> & that printed?", "Content: <b>&", "Deck <b>&"):
            assert typed in front
        bold = "".join(ch["text"] for ch in pdf.pages[0].chars if ch["fontname"].endswith("Bold")).replace(" ", "")
        assert bold == "Tags<b>&amp;&co" + "Asktheaudience"  # no tag was read as markup
        assert "Deck <b>&" in pdf.pages[1].extract_text()  # the back's title too
    assert result.overflowing == ()


def test_line_breaks_are_kept_and_a_word_wider_than_the_card_starts_its_own_line(tmp_path: Path) -> None:
    long_word = "Averyveryverylongwordwithoutanyspacesthatmustbebrokensomewhere"
    card = _card("Breaks", f"First line.\nSecond line.\n\nThird line.\nSay hello to {long_word} please.")
    result = _pdf(tmp_path, Deck("b", "B", "", (card,)), backs="none")
    with pdfplumber.open(result.path) as pdf:
        lines = pdf.pages[0].extract_text().splitlines()
    assert lines[2:5] == ["First line.", "Second line.", "Third line."]  # after the header and the title
    assert lines[5] == "Say hello to"  # the long word is split between characters, from a line of its own
    assert "".join(lines[6:]).startswith(long_word)


@pytest.mark.parametrize("size", ["poker", "bridge", "tarot"])
def test_a_very_long_card_shrinks_to_7_pt_and_stays_inside_its_card(tmp_path: Path, size: str) -> None:
    """Text that does not fit even at 7 pt is cut short with '…' at the bottom of the card, never outside it."""
    prompts = tuple(f"Prompt {n}: {LONG_TEXT[:150]}" for n in range(6))
    long = _card("A very long card with a long title that wraps", LONG_TEXT[:600] + "\n" + LONG_TEXT[:400],
                 role=LONG_TEXT[:300], audience=prompts, content_notes=("Everything", "at once", "and more"))
    result = _pdf(tmp_path, Deck("long", "Long", "", (long, _card("Short", "Fine."), long)), size=size, backs="none")
    assert result.overflowing == (long.title, long.title)
    layout = sheet_layout("a4", size)
    with pdfplumber.open(result.path) as pdf:
        page = pdf.pages[0]
        for index in (0, 2):
            trim = layout.cards[index]
            bleed, safe = trim.inset(-BLEED_MM), trim.inset(SAFE_MM - 0.3)  # whatever ran off the card is in its bleed
            chars = [ch for ch in page.chars if bleed.x * MM_TO_PT <= ch["x0"] <= bleed.right * MM_TO_PT
                     and bleed.y * MM_TO_PT <= page.height - ch["top"] <= bleed.top * MM_TO_PT]
            assert chars
            for ch in chars:  # every character across the card's safe area, and up and down inside the card
                assert safe.x * MM_TO_PT <= ch["x0"] and ch["x1"] <= safe.right * MM_TO_PT
                bottom, top = page.height - ch["bottom"], page.height - ch["top"]
                assert trim.y * MM_TO_PT <= bottom and top <= trim.top * MM_TO_PT
            assert {round(ch["size"], 2) for ch in chars if ch["fontname"].endswith("DejaVuSans")} == {7.0}
            assert min(ch["size"] for ch in chars) >= 6.5 - 0.01  # "Ask the audience"
            text = _text(page.within_bbox((trim.x * MM_TO_PT, page.height - trim.top * MM_TO_PT,
                                           trim.right * MM_TO_PT, page.height - trim.y * MM_TO_PT)).extract_text())
            assert text.startswith("Long A very long card") and "…" in text and "Content: Everything" in text


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 80), st.integers(0, 4), st.floats(90, 320))
def test_card_text_takes_the_largest_size_that_fits_or_ends_in_dots(words: int, prompts: int, height: float) -> None:
    register_fonts()
    regular, bold = FONTS["regular"][0], FONTS["bold"][0]
    parts = [Part("A title", bold, black, scale=1.35),
             Part(" ".join(["word", "longer", "a", "&", "<b>"][n % 5] for n in range(words)) or "x", regular, black,
                  space_before=0.35)]
    parts += [Part(f"Prompt {n} with a few words", regular, black, scale=0.95, min_size=7.0, bullet="•",
                   space_before=0.1) for n in range(prompts)]
    fit = fit_parts(parts, 150.0, height, BODY_SIZES)
    assert fit.body_size in BODY_SIZES
    for placed in fit.placed:  # every line kept ends inside the box
        assert placed.last_baseline + DESCENT * placed.para.style.fontSize <= height + 1e-6
    if fit.fits:
        assert fit.height <= height + 1e-6 and len(fit.placed) == len(parts)
        for bigger in (s for s in BODY_SIZES if s > fit.body_size):
            assert not fit_parts(parts, 150.0, height, [bigger]).fits
        assert fit.placed[0].baseline == pytest.approx(fit.placed[0].para.style.fontSize * FIRST_BASELINE)
    else:
        assert fit.body_size == BODY_SIZES[-1]
        assert line_texts(fit.placed[-1].para)[-1].endswith(" …")


def test_fonts_embedded_with_greek_and_cyrillic(tmp_path: Path) -> None:
    result = _pdf(tmp_path, _deck(3))
    with pdfplumber.open(result.path) as pdf:
        page = pdf.pages[0]
        text = page.extract_text()
        assert all(word in text for word in ("Ωμέγα", "Привет", "Crème", "brûlée", "Zoë", "Jürgen", "Björn"))
        fonts = resolve1(resolve1(page.page_obj.resources)["Font"])
        assert fonts
        for ref in fonts.values():
            font = resolve1(ref)
            assert font["Subtype"].name == "TrueType"
            assert re.fullmatch(r"[A-Z]{6}\+DejaVuSans(-Bold)?", font["BaseFont"].name)
            assert "FontFile2" in resolve1(font["FontDescriptor"])  # the subset is embedded
        assert {c["fontname"].split("+")[1] for c in page.chars} == {"DejaVuSans", "DejaVuSans-Bold"}


@pytest.mark.parametrize("backs", ["long-edge", "short-edge"])
def test_backs_follow_each_fronts_page_mirrored_and_offset(tmp_path: Path, backs: str) -> None:
    deck = _deck(11)  # 9 on the first sheet, 2 on the second: a partial row shows the mirroring
    result = _pdf(tmp_path, deck, backs=backs, offset_x=1.5, offset_y=-2.0)
    layout = sheet_layout("a4", "poker")
    with pdfplumber.open(result.path) as pdf:
        assert result.pages == len(pdf.pages) == 4
        for sheet, count in ((0, 9), (1, 2)):
            fronts, backs_page = pdf.pages[2 * sheet], pdf.pages[2 * sheet + 1]
            _assert_positions(_bleed_rects(fronts, layout), list(layout.cards[:count]))
            expected = [back_rect(layout, i, backs, 1.5, -2.0) for i in range(count)]
            _assert_positions(_bleed_rects(backs_page, layout), expected)
            assert backs_page.extract_text().count("Empathy Ambassadors") == count
        first, _second = expected  # the second sheet's two cards, top-left and top-middle on the front
        if backs == "long-edge":  # now top-right and top-middle
            assert first.x == pytest.approx(layout.cards[2].x + 1.5) and first.y == pytest.approx(
                layout.cards[0].y - 2.0)
        else:  # now bottom-left and bottom-middle
            assert first.x == pytest.approx(layout.cards[0].x + 1.5) and first.y == pytest.approx(
                layout.cards[6].y - 2.0)


# ---- the command ---------------------------------------------------------------------------------------

def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m app")
    add_print_parser(parser.add_subparsers(dest="command"))
    return parser


@pytest.mark.parametrize("argv", [["print", "--help"], ["print", "deck", "--help"], ["print", "calibration", "-h"]])
def test_help_at_every_level(argv: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        _parser().parse_args(argv)
    assert stop.value.code == 0
    assert "usage:" in capsys.readouterr().out


def test_cli_warns_about_cards_to_shorten(tmp_path: Path, capsys) -> None:
    out = tmp_path / "cards.pdf"
    args = _parser().parse_args(["print", "deck", "TEST DECK", "-o", str(out), "--paper", "letter",
                                 "--backs", "short-edge", "--offset-x", "1", "--offset-y", "-0.5"])
    assert print_command(args, decks=[_deck(4)]) == 0
    captured = capsys.readouterr()
    assert "'Too long'" in captured.err and "Shorten" in captured.err
    assert out.read_bytes().startswith(b"%PDF")


def test_cli_unknown_deck_and_unwritable_output(tmp_path: Path, capsys) -> None:
    decks = [_deck(3), Deck("other", "Other deck", "", ())]
    args = _parser().parse_args(["print", "deck", "nope", "-o", str(tmp_path / "x.pdf")])
    assert print_command(args, decks=decks) == 1  # an unknown deck: the input is refused
    err = capsys.readouterr().err
    assert "'nope'" in err and "test-deck" in err and "Other deck" in err
    for target in (tmp_path / "missing" / "x.pdf", tmp_path):
        args = _parser().parse_args(["print", "deck", "test-deck", "-o", str(target)])
        assert print_command(args, decks=decks) == 2  # usage: -o names no file that can be written
        assert "cannot write" in capsys.readouterr().err
    assert print_command(_parser().parse_args(["print"])) == 2


def test_find_deck_by_id_or_title() -> None:
    decks = [_deck(3), Deck("other", "Other deck", "", ())]
    assert find_deck(decks, "other").id == "other"
    assert find_deck(decks, "other DECK").id == "other"
    assert find_deck(decks, "Test Deck").id == "test-deck"
    assert find_deck(decks, "missing") is None


def test_shipped_deck_and_calibration(tmp_path: Path, capsys) -> None:
    out = tmp_path / "scenes.pdf"
    assert print_command(_parser().parse_args(["print", "deck", "SCENES", "-o", str(out), "--backs", "none"])) == 0
    assert "Wrote" in capsys.readouterr().out
    calibration = tmp_path / "calibration.pdf"
    assert print_command(_parser().parse_args(["print", "calibration", "-o", str(calibration),
                                               "--paper", "letter"])) == 0
    with pdfplumber.open(calibration) as pdf:
        assert len(pdf.pages) == 2  # one sheet, both sides
        assert (pdf.pages[0].width, pdf.pages[0].height) == (pytest.approx(612), pytest.approx(792))
        back = pdf.pages[1].extract_text()
        assert "--offset-x" in back and "--offset-y" in back and "+15" in back
        front_lines = pdf.pages[0].lines  # the crosshair runs through the exact centre
        assert any(abs(ln["x0"] - 306) < 0.1 and ln["x0"] == ln["x1"] for ln in front_lines)
        assert any(abs(ln["y0"] - 396) < 0.1 and ln["y0"] == ln["y1"] for ln in front_lines)
