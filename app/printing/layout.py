"""Card-sheet geometry and text fitting as pure functions: no reportlab, no Qt, all lengths in millimetres.

Coordinates are PDF-style: the origin is the sheet's bottom-left corner and y grows upwards. Cards are
numbered row by row from the top-left, as a reader sees the front of the sheet.

The grid is centred on the sheet. Between two cards there is either a gutter of twice the bleed (each
card keeps its own 3 mm of background all round, two cuts per gutter) or, where that would leave too
little margin for the crop marks (poker cards across A4, anything on Letter's short height), no gutter
at all: neighbours share one cut line, and the 3 mm beyond a card's edge is its neighbour's background,
which carries no text for SAFE_MM > BLEED_MM. A miscut of up to 3 mm shows background either way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

MM_TO_PT = 72 / 25.4

PAPERS: dict[str, tuple[float, float]] = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
CARD_SIZES: dict[str, tuple[float, float]] = {
    "poker": (63.5, 88.9),
    "bridge": (57.2, 88.9),
    "tarot": (70.0, 120.0),
}
BACKS = ("none", "long-edge", "short-edge")

BLEED_MM = 3.0
SAFE_MM = 4.0  # text stays this far inside the trim
MARK_MIN_MM = 3.0  # at least this much margin beyond the bleed, for the crop marks
MARK_ROOM_MM = 6.0  # a gutter is only used if the margin beyond the bleed stays this wide
MARK_GAP_MM = 1.0  # crop marks start this far outside the bleed


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def top(self) -> float:
        return self.y + self.h

    def inset(self, d: float) -> Rect:
        """Smaller by d on every side (negative d: larger)."""
        return Rect(self.x + d, self.y + d, self.w - 2 * d, self.h - 2 * d)

    def moved(self, dx: float, dy: float) -> Rect:
        return Rect(self.x + dx, self.y + dy, self.w, self.h)

    def overlaps(self, other: Rect, tolerance: float = 1e-9) -> bool:
        """Whether the interiors intersect (touching edges do not count)."""
        return (self.x < other.right - tolerance and other.x < self.right - tolerance
                and self.y < other.top - tolerance and other.y < self.top - tolerance)

    def contains(self, other: Rect, tolerance: float = 1e-9) -> bool:
        return (other.x >= self.x - tolerance and other.right <= self.right + tolerance
                and other.y >= self.y - tolerance and other.top <= self.top + tolerance)


@dataclass(frozen=True)
class Segment:
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True)
class SheetLayout:
    """Where the cards of one sheet go: trim rectangles, row by row from the top-left."""

    paper: str
    size: str
    sheet_w: float
    sheet_h: float
    card_w: float
    card_h: float
    columns: int
    rows: int
    gutter_x: float
    gutter_y: float
    cards: tuple[Rect, ...]

    @property
    def per_sheet(self) -> int:
        return len(self.cards)

    @property
    def sheet(self) -> Rect:
        return Rect(0.0, 0.0, self.sheet_w, self.sheet_h)

    def bleed(self, index: int) -> Rect:
        return self.cards[index].inset(-BLEED_MM)

    def safe(self, index: int) -> Rect:
        return self.cards[index].inset(SAFE_MM)

    @property
    def grid(self) -> Rect:
        """The trim rectangles' bounding box."""
        left, bottom = min(c.x for c in self.cards), min(c.y for c in self.cards)
        return Rect(left, bottom, max(c.right for c in self.cards) - left, max(c.top for c in self.cards) - bottom)


class LayoutError(ValueError):
    pass


def _fit_axis(sheet: float, card: float) -> tuple[int, float]:
    """How many cards fit along one side of the sheet, and the gutter between them."""
    count = int((sheet - 2 * (BLEED_MM + MARK_MIN_MM)) // card)
    if count < 1:
        raise LayoutError(f"a {card:g} mm card does not fit on a {sheet:g} mm sheet with its bleed and crop marks")
    gutter = 2 * BLEED_MM
    if count > 1 and (sheet - count * card - (count - 1) * gutter) / 2 < BLEED_MM + MARK_ROOM_MM:
        gutter = 0.0
    return count, gutter


def sheet_layout(paper: str = "a4", size: str = "poker") -> SheetLayout:
    """The card grid for a paper and card size (as many cards as fit, centred)."""
    if paper not in PAPERS:
        raise LayoutError(f"unknown paper {paper!r}; choose one of {', '.join(PAPERS)}")
    if size not in CARD_SIZES:
        raise LayoutError(f"unknown card size {size!r}; choose one of {', '.join(CARD_SIZES)}")
    sheet_w, sheet_h = PAPERS[paper]
    card_w, card_h = CARD_SIZES[size]
    columns, gutter_x = _fit_axis(sheet_w, card_w)
    rows, gutter_y = _fit_axis(sheet_h, card_h)
    left = (sheet_w - (columns * card_w + (columns - 1) * gutter_x)) / 2
    bottom = (sheet_h - (rows * card_h + (rows - 1) * gutter_y)) / 2
    cards = []
    for row in range(rows):
        y = bottom + (rows - 1 - row) * (card_h + gutter_y)
        for column in range(columns):
            cards.append(Rect(left + column * (card_w + gutter_x), y, card_w, card_h))
    return SheetLayout(paper, size, sheet_w, sheet_h, card_w, card_h, columns, rows, gutter_x, gutter_y,
                       tuple(cards))


def back_rect(layout: SheetLayout, index: int, backs: str, offset_x: float = 0.0, offset_y: float = 0.0) -> Rect:
    """Where card `index`'s back goes on the backs page, so that it lands behind its front after a duplex flip.

    long-edge: the sheet turns about its long (vertical) side, so columns swap left and right;
    short-edge: it turns about its short side, so rows swap top and bottom. The printer offset (mm,
    x to the right and y upwards as one looks at the back page) is added afterwards.
    """
    card = layout.cards[index]
    if backs == "long-edge":
        placed = Rect(layout.sheet_w - card.right, card.y, card.w, card.h)
    elif backs == "short-edge":
        placed = Rect(card.x, layout.sheet_h - card.top, card.w, card.h)
    else:
        raise LayoutError(f"backs {backs!r}: choose long-edge or short-edge")
    return placed.moved(offset_x, offset_y)


def crop_marks(layout: SheetLayout, gap: float = MARK_GAP_MM) -> tuple[Segment, ...]:
    """Full-length cut guides in the margins: one line from the grid's bleed (plus a gap) to the sheet edge,
    on both sides, for every distinct card edge. None of them crosses a card or its bleed."""
    grid = layout.grid
    outer = grid.inset(-(BLEED_MM + gap))
    xs = sorted({round(v, 6) for c in layout.cards for v in (c.x, c.right)})
    ys = sorted({round(v, 6) for c in layout.cards for v in (c.y, c.top)})
    marks: list[Segment] = []
    for x in xs:
        marks.append(Segment(x, 0.0, x, outer.y))
        marks.append(Segment(x, outer.top, x, layout.sheet_h))
    for y in ys:
        marks.append(Segment(0.0, y, outer.x, y))
        marks.append(Segment(outer.right, y, layout.sheet_w, y))
    return tuple(marks)


def sheets_needed(cards: int, layout: SheetLayout) -> int:
    return -(-cards // layout.per_sheet) if cards else 0


# ---- text fitting ---------------------------------------------------------------------------------------

Measure = Callable[[str, str, float], float]  # (text, font key, size in pt) -> width in pt


def wrap(text: str, font: str, size: float, width: float, measure: Measure) -> list[str]:
    """Greedy word wrap; a word wider than the line is broken between characters, never lost."""
    space = measure(" ", font, size)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, line_w = "", 0.0
        for word in paragraph.split():
            word_w = measure(word, font, size)
            if line and line_w + space + word_w <= width:
                line, line_w = f"{line} {word}", line_w + space + word_w
                continue
            if line:
                lines.append(line)
            while word_w > width and len(word) > 1:  # a very long word: hard breaks
                cut = len(word) - 1
                while cut > 1 and measure(word[:cut], font, size) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
                word_w = measure(word, font, size)
            line, line_w = word, word_w
        if line or not lines:
            lines.append(line)
    return lines


LEADING = 1.22  # line height / font size
DESCENT = 0.24  # how far DejaVu Sans reaches below the baseline, per pt of size
