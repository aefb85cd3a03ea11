"""Card text set with reportlab's own paragraph flow (Paragraph.wrap), shrunk step by step until it fits a box.

reportlab breaks the lines; this module only picks the font size, stacks the paragraphs and, when even the
smallest size is too big, keeps the lines that fit and ends the last with '…'. Styles are tuned to break
exactly as the cards always have: greedy at spaces, no hyphenation, no squeezing of spaces, words longer
than a line split between characters, blank lines dropped, and the first baseline where it always was.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from app.printing.layout import DESCENT, LEADING

ELLIPSIS = " …"
FIRST_BASELINE = LEADING - DESCENT  # the first baseline's depth below a paragraph's top, per pt of size


class MeasuredFont(TTFont):
    """A TrueType font that remembers each string's width: fitting a card wraps the same words at many sizes."""

    MAX_REMEMBERED = 200_000

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._units: dict[str, float] = {}

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:
        if isinstance(text, bytes):
            text = text.decode(encoding)
        units = self._units.get(text)
        if units is None:
            if len(self._units) >= self.MAX_REMEMBERED:
                self._units.clear()
            units = self._units[text] = super().stringWidth(text, 1000.0)  # 0.001 × 1000.0 is exactly 1.0
        return 0.001 * size * units  # as reportlab computes it, to the last bit


@lru_cache(maxsize=1024)
def _style(font: str, size: float, colour: Color, indent: float, align: int) -> ParagraphStyle:
    """Cached: a card face asks for the same few styles at every size it tries."""
    return ParagraphStyle(f"card-{font}-{size:g}", fontName=font, fontSize=size, leading=size * LEADING,
                          textColor=colour, alignment=align, leftIndent=indent, spaceShrinkage=0, splitLongWords=1,
                          hyphenationLang="", embeddedHyphenation=0, uriWasteReduce=0)


def paragraph(text: str, font: str, size: float, colour: Color, width: float, *, indent: float = 0.0,
              align: int = TA_LEFT) -> Paragraph:
    """`text` wrapped to `width` pt, printed as typed ('<' and '&' too), its line breaks kept, blank lines dropped.

    `font` is a registered reportlab font name; `indent` (pt) moves every line. reportlab splits a word longer
    than a whole line between characters starting on the current line; cards start it on a line of its own.
    """
    room = width - indent
    lines = []
    for line in text.split("\n"):
        words = line.split()
        if words:
            lines.append("".join(("<br/>" if stringWidth(word, font, size) > room else " ") + escape(word)
                                 if number else escape(word) for number, word in enumerate(words)))
    para = Paragraph("<br/>".join(lines), _style(font, size, colour, indent, align))
    para.wrap(width, 1e9)
    return para


def line_texts(para: Paragraph) -> list[str]:
    """The lines reportlab broke a wrapped paragraph into, as plain text."""
    found = para.blPara
    if found.kind == 0:  # one run of text: (spare width, words) per line
        return [" ".join(words) for _spare, words in found.lines]
    return ["".join(getattr(word, "text", "") for word in line.words).strip() for line in found.lines]


def keep_lines(para: Paragraph, count: int, width: float, *, ellipsis: bool = True) -> Paragraph:
    """A wrapped paragraph's first `count` lines, the last ending in ' …' (cut short to fit) if `ellipsis`."""
    style = para.style
    lines = line_texts(para)[:count]
    if ellipsis and lines:
        last = lines[-1]
        while last and stringWidth(last + ELLIPSIS, style.fontName, style.fontSize) > width - style.leftIndent:
            last = last[:-1]
        lines[-1] = last.rstrip() + ELLIPSIS
    kept = Paragraph("<br/>".join(escape(line) for line in lines), style)
    kept.wrap(width, 1e9)
    return kept


def draw(canvas: Canvas, para: Paragraph, x: float, baseline: float) -> None:
    """Draw a wrapped paragraph with its first baseline at `baseline` (reportlab puts it one size below the top)."""
    para.drawOn(canvas, x, baseline + para.style.fontSize - para.height)


# ---- a card face's middle: paragraphs stacked and shrunk to fit ------------------------------------------------

@dataclass(frozen=True)
class Part:
    """One paragraph of a card face. `scale` is relative to the body size; `tag` is for the renderer."""

    text: str
    font: str  # a registered reportlab font name
    colour: Color
    scale: float = 1.0
    space_before: float = 0.0  # in body lines
    bullet: str = ""
    min_size: float = 0.0  # never smaller than this (pt), whatever the body size
    indent: float = 0.0  # pt, every line
    tag: str = ""


@dataclass(frozen=True)
class Placed:
    para: Paragraph  # wrapped
    baseline: float  # the first line's baseline, pt down from the box's top
    tag: str
    bullet: str = ""  # drawn beside the first line, at bullet_x pt from the box's left
    bullet_x: float = 0.0

    @property
    def last_baseline(self) -> float:
        return self.baseline + self.para.style.leading * max(0, len(self.para.blPara.lines) - 1)


@dataclass(frozen=True)
class Fit:
    body_size: float
    placed: tuple[Placed, ...]
    height: float  # of the whole stack before any line was dropped
    fits: bool


def fit_parts(parts: Sequence[Part], width: float, height: float, sizes: Iterable[float]) -> Fit:
    """Stack the parts at the first body size (largest first) at which they fit the box (width × height pt).

    If none does, the smallest size is used and the lines that would run past the box are dropped, the
    last kept one ending in '…'; `fits` is then False so the caller can name the card.
    """
    body = None
    for body in sizes:
        fit = _stack(parts, width, body, height)
        if fit is not None:
            return fit
    assert body is not None, "no sizes given"
    fit = _stack(parts, width, body)
    assert fit is not None
    kept: list[tuple[Placed, int]] = []
    for placed in fit.placed:
        size, leading, lines = placed.para.style.fontSize, placed.para.style.leading, len(placed.para.blPara.lines)
        count = sum(1 for i in range(lines) if placed.baseline + i * leading + DESCENT * size <= height + 1e-6)
        if count:
            kept.append((placed, count))
        if count < lines:
            break
    if kept:  # the last line kept ends in '…'
        last, count = kept[-1]
        kept[-1] = (replace(last, para=keep_lines(last.para, count, width)), count)
    return Fit(fit.body_size, tuple(placed for placed, _count in kept), fit.height, False)


def draw_stack(canvas: Canvas, fit: Fit, left: float, top: float) -> None:
    """Draw fitted parts (with their bullets) in a box whose top-left corner is (left, top)."""
    for placed in fit.placed:
        if placed.bullet:
            style = placed.para.style
            canvas.setFillColor(style.textColor)
            canvas.setFont(style.fontName, style.fontSize)
            canvas.drawString(left + placed.bullet_x, top - placed.baseline, placed.bullet)
        draw(canvas, placed.para, left, top - placed.baseline)


def _stack(parts: Sequence[Part], width: float, body: float, height: float = math.inf) -> Fit | None:
    """The parts stacked at one body size, or None as soon as they cannot fit `height`.

    Most sizes tried are too big, so the longest text is wrapped first and the others count as the fewest
    lines they could take: the size is given up before the rest is wrapped.
    """
    sizes = [max(part.min_size, body * part.scale) for part in parts]
    indents = [part.indent + (stringWidth(part.bullet + " ", part.font, size) if part.bullet else 0.0)
               for part, size in zip(parts, sizes, strict=True)]
    least = [_least_lines(part.text, part.font, size, width - indent) * size * LEADING
             for part, size, indent in zip(parts, sizes, indents, strict=True)]
    total = sum(part.space_before * body * LEADING for part in parts) + sum(least)
    paras: dict[int, Paragraph] = {}
    for i in sorted(range(len(parts)), key=lambda i: -len(parts[i].text)):
        if total > height + 1e-6:
            return None
        part = parts[i]
        paras[i] = paragraph(part.text, part.font, sizes[i], part.colour, width, indent=indents[i])
        total += (paras[i].height or sizes[i] * LEADING) - least[i]
    placed: list[Placed] = []
    y = 0.0
    for i, part in enumerate(parts):
        y += part.space_before * body * LEADING
        placed.append(Placed(paras[i], y + sizes[i] * FIRST_BASELINE, part.tag, part.bullet, part.indent))
        y += paras[i].height or sizes[i] * LEADING  # a blank text still takes its line
    return Fit(body, tuple(placed), y, True) if y <= height + 1e-6 else None


def _least_lines(text: str, font: str, size: float, room: float) -> int:
    """Fewer lines than a part can take: one per line break (one if blank), no line holds more than `room` pt."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    space = stringWidth(" ", font, size)
    return max(len(lines), math.ceil((stringWidth(" ".join(lines), font, size) + space) / (room + space) - 1e-9))
