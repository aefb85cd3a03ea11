"""Role-play card decks as a PDF to print and cut out, and the duplex calibration sheet.

Fronts come one sheet per page with crop marks in the margins; with backs, each fronts page is followed
by its backs page, mirrored for the duplex flip and moved by the printer's offset. Geometry lives in
`app.printing.layout` (pure, in mm) and the text's wrapping and shrinking in `app.printing.card_text` (reportlab's
Paragraph); this module lays out and draws the faces, backs and sheets, in points.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from app import APP_NAME
from app.curriculum.model import Card, Deck
from app.files.atomic import write_atomically
from app.i18n import translate
from app.printing.card_text import Fit, MeasuredFont, Part, draw, draw_stack, fit_parts, keep_lines, paragraph
from app.printing.layout import (
    BLEED_MM,
    LEADING,
    MM_TO_PT,
    PAPERS,
    SAFE_MM,
    Rect,
    SheetLayout,
    back_rect,
    crop_marks,
    sheet_layout,
    sheets_needed,
)

FONTS = {"regular": ("EA-DejaVuSans", "DejaVuSans.ttf"), "bold": ("EA-DejaVuSans-Bold", "DejaVuSans-Bold.ttf")}
BODY_SIZES = tuple(12.0 - 0.25 * i for i in range(21))  # 12 pt down to the readable minimum, 7 pt
MIN_BODY_PT = BODY_SIZES[-1]
SMALL_PT = 7.0  # deck title and content notes

INK = HexColor("#1F2328")
GREY = HexColor("#57606A")
FACE_BG = HexColor("#FBF7EE")
BACK_BG = HexColor("#EDF2F7")
PATTERN = HexColor("#D5E0EA")
ACCENT = HexColor("#2F6690")
CIRCLES = (HexColor("#C8553D"), HexColor("#2F6690"), HexColor("#3A7D44"))
MARK = HexColor("#000000")


@dataclass(frozen=True)
class DeckPrintResult:
    path: Path
    pages: int
    sheets: int
    cards: int
    per_sheet: int
    overflowing: tuple[str, ...]  # titles of cards whose text does not fit even at MIN_BODY_PT


def _mm(value: float) -> float:
    return value * MM_TO_PT


def _pt_rect(rect: Rect) -> tuple[float, float, float, float]:
    return _mm(rect.x), _mm(rect.y), _mm(rect.w), _mm(rect.h)


def register_fonts() -> None:
    """Register the shipped DejaVu fonts with reportlab (once); they are embedded as subsets."""
    from app.paths import assets_dir

    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in FONTS.values():
        if name not in registered:
            path = assets_dir() / "fonts" / filename
            if not path.is_file():
                raise FileNotFoundError(f"the font {path} is missing from the app's assets")
            pdfmetrics.registerFont(MeasuredFont(name, str(path)))


def _fit_one_line(text: str, font: str, size: float, width: float) -> str:
    """A line that must stay one line (a header, a margin note): cut short with '…' if too wide."""
    name = FONTS[font][0]
    if pdfmetrics.stringWidth(text, name, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", name, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


# ---- card face --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FacePlan:
    """A card face laid out in pt, relative to the safe area's top-left corner."""

    header: str
    middle: Fit
    middle_top: float
    footer: Paragraph | None  # the content notes, wrapped
    footer_x: float
    footer_top: float
    intensity: int


def plan_face(deck_title: str, card: Card, width: float, height: float) -> FacePlan:
    """Fit a card's text into its safe area (width × height pt): the text shrinks to fit, never below 7 pt."""
    regular, bold = FONTS["regular"][0], FONTS["bold"][0]
    header_h = SMALL_PT * LEADING + 4.0  # deck title and the rule under it
    dots_w = 3 * 7.0 + 4.0
    footer = None
    if card.content_notes:
        notes = translate("printing.deck_pdf", "Content: {notes}").format(notes=", ".join(card.content_notes))
        footer = paragraph(notes, regular, SMALL_PT, GREY, width - dots_w)
    footer_h = max(1, len(footer.blPara.lines) if footer else 0) * SMALL_PT * LEADING
    parts = [Part(card.title, bold, INK, scale=1.35), Part(card.text, regular, INK, space_before=0.35)]
    if card.role:
        parts.append(Part(card.role, regular, GREY, scale=0.95, min_size=MIN_BODY_PT, space_before=0.5, indent=6.0,
                          tag="role"))
    if card.audience:
        parts.append(Part(translate("printing.deck_pdf", "Ask the audience"), bold, ACCENT, scale=0.8, min_size=6.5,
                          space_before=0.5))
        parts.extend(Part(prompt, regular, INK, scale=0.95, min_size=MIN_BODY_PT, bullet="•", space_before=0.1)
                     for prompt in card.audience)
    middle_h = height - header_h - footer_h - 4.0
    middle = fit_parts(parts, width, middle_h, BODY_SIZES)
    return FacePlan(_fit_one_line(deck_title, "regular", SMALL_PT, width), middle, header_h, footer,
                    dots_w, height - footer_h, max(1, min(3, card.intensity)))


def _draw_middle(canvas: Canvas, fit: Fit, left: float, top: float) -> None:
    role = [placed for placed in fit.placed if placed.tag == "role"]
    if role:  # a bar beside the role text, from its first line's cap height to its last line's descent
        size = role[0].para.style.fontSize
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        canvas.line(left + 1.5, top - role[0].baseline + size * 0.8, left + 1.5,
                    top - role[-1].last_baseline - size * 0.25)
    draw_stack(canvas, fit, left, top)


def _draw_face(canvas: Canvas, plan: FacePlan, safe: Rect) -> None:
    left, top = _mm(safe.x), _mm(safe.top)
    width = _mm(safe.w)
    canvas.setFillColor(GREY)
    canvas.setFont(FONTS["regular"][0], SMALL_PT)
    canvas.drawString(left, top - SMALL_PT, plan.header)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.5)
    rule_y = top - SMALL_PT * 1.22 - 1.5
    canvas.line(left, rule_y, left + width, rule_y)
    _draw_middle(canvas, plan.middle, left, top - plan.middle_top)
    # intensity: three dots, as many filled as the card's intensity
    footer_top = top - plan.footer_top
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.6)
    for i in range(3):
        canvas.setFillColor(INK if i < plan.intensity else FACE_BG)
        canvas.circle(left + 3.0 + i * 7.0, footer_top - SMALL_PT * 0.55, 2.4, stroke=1, fill=1)
    if plan.footer:
        draw(canvas, plan.footer, left + plan.footer_x, footer_top - SMALL_PT * 0.95)


# ---- card back ------------------------------------------------------------------------------------------------

def _draw_back(canvas: Canvas, deck_title: str, trim: Rect) -> None:
    bleed = trim.inset(-BLEED_MM)
    x, y, w, h = _pt_rect(bleed)
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(x, y, w, h)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.setFillColor(BACK_BG)
    canvas.rect(x, y, w, h, stroke=0, fill=1)
    # diagonal stripes at fixed sheet positions, so neighbours' bleeds match where they meet
    canvas.setStrokeColor(PATTERN)
    canvas.setLineWidth(0.8)
    step = _mm(4.0)
    first = math.floor((x - (y + h)) / step) * step
    c = first
    while c <= x + w - y:
        canvas.line(c + y, y, c + y + h, y + h)
        c += step
    canvas.restoreState()
    # the emblem: a light panel with the three circles, the deck title and the app name
    safe = trim.inset(SAFE_MM + 2.0)
    px, py, pw, ph = _pt_rect(safe)
    canvas.setFillColor(HexColor("#FFFFFF"))
    canvas.setStrokeColor(PATTERN)
    canvas.setLineWidth(0.8)
    canvas.roundRect(px, py, pw, ph, 8, stroke=1, fill=1)
    cx, cy = px + pw / 2, py + ph * 0.62
    r = min(pw, ph) * 0.16
    canvas.saveState()
    canvas.setFillAlpha(0.85)
    for colour, (dx, dy) in zip(CIRCLES, ((-0.5, 0.3), (0.5, 0.3), (0.0, -0.55)), strict=True):
        canvas.setFillColor(colour)
        canvas.circle(cx + dx * r, cy + dy * r, r, stroke=0, fill=1)
    canvas.restoreState()
    size = 11.0  # the deck title: at most three lines, shrinking to 7 pt to get there
    title = paragraph(deck_title, FONTS["bold"][0], size, INK, pw - 12, align=TA_CENTER)
    while len(title.blPara.lines) > 3 and size > 7:
        size -= 0.5
        title = paragraph(deck_title, FONTS["bold"][0], size, INK, pw - 12, align=TA_CENTER)
    if len(title.blPara.lines) > 3:
        title = keep_lines(title, 3, pw - 12, ellipsis=False)
    draw(canvas, title, cx - (pw - 12) / 2, cy - 1.4 * r - size * 1.6)
    canvas.setFillColor(GREY)
    canvas.setFont(FONTS["regular"][0], SMALL_PT + 1)
    canvas.drawCentredString(cx, py + 10, APP_NAME)


def _canvas(buffer: io.BytesIO, pagesize: tuple[float, float]) -> Canvas:
    """A canvas whose every font is an embedded DejaVu subset (not even reportlab's default Helvetica)."""
    return Canvas(buffer, pagesize=pagesize, pageCompression=1, initialFontName=FONTS["regular"][0],
                  initialFontSize=10)


# ---- sheets -----------------------------------------------------------------------------------------------

def _draw_crop_marks(canvas: Canvas, layout: SheetLayout) -> None:
    canvas.setStrokeColor(MARK)
    canvas.setLineWidth(0.3)
    for mark in crop_marks(layout):
        canvas.line(_mm(mark.x1), _mm(mark.y1), _mm(mark.x2), _mm(mark.y2))


def _margin_note(canvas: Canvas, layout: SheetLayout, text: str) -> None:
    """A hint in the bottom margin, between the crop marks, where there is room to print it."""
    margin = layout.grid.y - BLEED_MM
    if margin < 7.0:
        return
    middle = layout.cards[(layout.columns - 1) // 2 + (layout.rows - 1) * layout.columns]
    canvas.setFillColor(GREY)
    canvas.setFont(FONTS["regular"][0], 6.5)
    canvas.drawCentredString(_mm(middle.x + middle.w / 2), _mm(margin / 2) - 2,
                             _fit_one_line(text, "regular", 6.5, _mm(middle.w) - 8))


def write_deck_pdf(deck: Deck, path: Path | str, *, paper: str = "a4", size: str = "poker",
                   backs: str = "long-edge", offset_x: float = 0.0, offset_y: float = 0.0) -> DeckPrintResult:
    """Write `deck` as cut-out cards. offset_x/offset_y (mm) move the backs only: right and up on the back page.

    The file is written only once the whole document is ready; OSError if it cannot be written.
    """
    data, result = render_deck_pdf(deck, paper=paper, size=size, backs=backs, offset_x=offset_x, offset_y=offset_y)
    path = Path(path)
    write_atomically(path, data)
    return DeckPrintResult(path, result.pages, result.sheets, result.cards, result.per_sheet, result.overflowing)


def render_deck_pdf(deck: Deck, *, paper: str = "a4", size: str = "poker", backs: str = "long-edge",
                    offset_x: float = 0.0, offset_y: float = 0.0) -> tuple[bytes, DeckPrintResult]:
    """The PDF as bytes, and what it holds."""
    if backs not in ("none", "long-edge", "short-edge"):
        raise ValueError(f"backs {backs!r}: choose none, long-edge or short-edge")
    layout = sheet_layout(paper, size)
    register_fonts()
    buffer = io.BytesIO()
    canvas = _canvas(buffer, (_mm(layout.sheet_w), _mm(layout.sheet_h)))
    canvas.setTitle(translate("printing.deck_pdf", "{deck}: cards to cut out").format(deck=deck.title))
    canvas.setAuthor(APP_NAME)
    canvas.setCreator(APP_NAME)
    safe_w, safe_h = _mm(layout.card_w - 2 * SAFE_MM), _mm(layout.card_h - 2 * SAFE_MM)
    overflowing: list[str] = []
    cards: Sequence[Card] = deck.cards
    sheets = sheets_needed(len(cards), layout)
    pages = 0
    for sheet in range(sheets):
        on_sheet = cards[sheet * layout.per_sheet:(sheet + 1) * layout.per_sheet]
        canvas.setFillColor(FACE_BG)  # every background first: a card's bleed may reach its neighbour's edge
        for index in range(len(on_sheet)):
            canvas.rect(*_pt_rect(layout.bleed(index)), stroke=0, fill=1)
        for index, card in enumerate(on_sheet):
            plan = plan_face(deck.title, card, safe_w, safe_h)
            if not plan.middle.fits:
                overflowing.append(card.title)
            _draw_face(canvas, plan, layout.safe(index))
        _draw_crop_marks(canvas, layout)
        _margin_note(canvas, layout, translate("printing.deck_pdf", "{deck} · sheet {sheet} of {sheets} · print at "
                                               "100 % (actual size)").format(deck=deck.title, sheet=sheet + 1,
                                                                             sheets=sheets))
        canvas.showPage()
        pages += 1
        if backs != "none":
            for index in range(len(on_sheet)):
                _draw_back(canvas, deck.title, back_rect(layout, index, backs, offset_x, offset_y))
            canvas.showPage()
            pages += 1
    if not pages:  # an empty deck still makes a valid (blank) page
        canvas.showPage()
        pages = 1
    canvas.save()
    return buffer.getvalue(), DeckPrintResult(Path(), pages, sheets, len(cards), layout.per_sheet,
                                              tuple(overflowing))


# ---- calibration -----------------------------------------------------------------------------------------

CALIBRATION_RANGE_MM = 15
CALIBRATION_SCALE_AWAY_MM = 45


def write_calibration_pdf(path: Path | str, *, paper: str = "a4") -> Path:
    """One sheet, two sides: a centre crosshair on the front, mm scales on the back.

    Printed duplex and held against the light, the front's lines cross the back's scales at the offset to
    give as --offset-x (right is +) and --offset-y (up is +).
    """
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r}; choose one of {', '.join(PAPERS)}")
    register_fonts()
    width_mm, height_mm = PAPERS[paper]
    w, h = _mm(width_mm), _mm(height_mm)
    cx, cy = w / 2, h / 2
    buffer = io.BytesIO()
    canvas = _canvas(buffer, (w, h))
    canvas.setTitle(translate("printing.deck_pdf", "Duplex calibration sheet"))
    canvas.setAuthor(APP_NAME)
    canvas.setCreator(APP_NAME)
    regular, bold = FONTS["regular"][0], FONTS["bold"][0]

    # front: full-length lines through the centre of the sheet
    canvas.setStrokeColor(MARK)
    canvas.setLineWidth(0.8)
    canvas.line(cx, _mm(12), cx, h - _mm(60))
    canvas.line(_mm(12), cy, w - _mm(12), cy)
    canvas.circle(cx, cy, _mm(3), stroke=1, fill=0)
    canvas.setFillColor(INK)
    canvas.setFont(bold, 14)
    canvas.drawCentredString(cx, h - _mm(30), translate("printing.deck_pdf", "Duplex calibration: FRONT"))
    canvas.setFont(regular, 10)
    # Translators: printed centred, one line per line of the text: keep each line about as long as here
    front = translate("printing.deck_pdf", "Print both pages on ONE sheet, double-sided, at 100 % (actual size),\n"
                      "flipping on the same edge (long or short) as you will for the cards.\n"
                      "Then turn the sheet over and follow the instructions on the back.")
    for number, text in enumerate(front.splitlines()):
        canvas.drawCentredString(cx, h - _mm(40) - number * 14, text)
    canvas.showPage()

    # back: two mm scales, 0 exactly where the front's lines fall on a perfect printer. The horizontal
    # one lies across the front's upright line (below the centre), the upright one across its level line.
    canvas.setStrokeColor(MARK)
    canvas.setFillColor(INK)
    span = CALIBRATION_RANGE_MM
    sx, sy = cx, cy - _mm(CALIBRATION_SCALE_AWAY_MM)  # the centre of the --offset-x scale
    ux, uy = cx + _mm(CALIBRATION_SCALE_AWAY_MM), cy  # the centre of the --offset-y scale
    canvas.setLineWidth(0.4)
    canvas.line(sx - _mm(span), sy, sx + _mm(span), sy)
    canvas.line(ux, uy - _mm(span), ux, uy + _mm(span))
    canvas.setFont(regular, 6)
    for mm in range(-span, span + 1):
        tick = _mm(6 if mm == 0 else 4 if mm % 5 == 0 else 2)
        canvas.setLineWidth(0.6 if mm % 5 == 0 else 0.25)
        x, y = sx + _mm(mm), uy + _mm(mm)
        canvas.line(x, sy, x, sy + tick)
        canvas.line(ux, y, ux + tick, y)
        if mm % 5 == 0:
            canvas.drawCentredString(x, sy - _mm(4), f"{mm:+d}" if mm else "0")
            canvas.drawString(ux - _mm(7), y - 2.5, f"{mm:+d}" if mm else "0")
    canvas.setFont(bold, 9)
    canvas.drawCentredString(sx, sy - _mm(10), "--offset-x (mm)")  # i18n: not text (the option)
    canvas.drawCentredString(ux, uy + _mm(span + 5), "--offset-y (mm)")  # i18n: not text (the option)
    canvas.setFont(bold, 14)
    canvas.drawCentredString(cx, h - _mm(30), translate("printing.deck_pdf", "Duplex calibration: BACK"))
    canvas.setFont(regular, 10)
    # Translators: printed centred, one line per line of the text: keep each line about as long as here; keep
    # --offset-x and --offset-y as they are (the command's options)
    back = translate("printing.deck_pdf", "Hold the sheet up to a light with this side facing you.\n"
                     "Where the front's upright line crosses the horizontal scale is your --offset-x;\n"
                     "where the front's level line crosses the upright scale is your --offset-y.\n"
                     "Both lines on 0: your printer needs no offset.\n"
                     "Example: the upright line at +2, the level line at −1 →")
    example = "python -m app print deck DECK -o cards.pdf --offset-x 2 --offset-y -1"  # i18n: not text (a command)
    for number, text in enumerate([*back.splitlines(), example]):
        canvas.drawCentredString(cx, h - _mm(40) - number * 14, text)
    canvas.showPage()
    canvas.save()
    path = Path(path)
    write_atomically(path, buffer.getvalue())
    return path
