"""Certificates: one A4 landscape page per student who took part, to hand out at the last session.

Students aged 11 to 16 keep these, so the design is calm rather than cute: white paper, a fine double border,
generous space, the name large, and the program's three phases in their own colours as the only decoration
(a thin three-colour rule under the name and the words Self · Other · Community). The name is the one the
student chose; anything the DejaVu fonts cannot draw is spelled out rather than printed as a box.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from app import APP_NAME
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.printing.deck_pdf import FONTS, GREY, INK, register_fonts
from app.printing.journal_pdf import printable
from app.printing.report_figures import long_date

TITLE = QT_TRANSLATE_NOOP("printing.certificates", "Empathy Ambassador")   # the certificate's heading
FRAME = HexColor("#B9AE9F")  # a warm grey, like good paper's deckle edge
NAME_PT, MIN_NAME_PT = 36.0, 16.0


@dataclass(frozen=True)
class PhaseMark:
    title: str
    colour: str  # "#RRGGBB", from curriculum.phases


def _fit_size(text: str, font: str, size: float, minimum: float, width: float) -> float:
    """The largest size from `size` down to `minimum` at which `text` fits `width`."""
    while size > minimum and pdfmetrics.stringWidth(text, font, size) > width:
        size -= 1
    return size


def _cut(text: str, font: str, size: float, width: float) -> str:
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _centred_words(canvas: Canvas, y: float, centre: float, parts: Sequence[tuple[str, Color, str]],
                   size: float) -> None:
    """Several runs of text in their own colours and fonts, centred together on one line."""
    widths = [pdfmetrics.stringWidth(text, font, size) for text, _, font in parts]
    x = centre - sum(widths) / 2
    for (text, colour, font), width in zip(parts, widths, strict=True):
        canvas.setFont(font, size)
        canvas.setFillColor(colour)
        canvas.drawString(x, y, text)
        x += width


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for word in filter(None, text.split(" ")):  # not split(): that would break at no-break spaces too
        if lines and pdfmetrics.stringWidth(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _page(canvas: Canvas, name: str, *, class_name: str, phases: Sequence[PhaseMark], facilitator: str | None,
          day: date) -> None:
    width, height = landscape(A4)
    regular, bold = FONTS["regular"][0], FONTS["bold"][0]
    centre = width / 2
    canvas.setStrokeColor(FRAME)
    canvas.setLineWidth(1.2)
    canvas.rect(11 * mm, 11 * mm, width - 22 * mm, height - 22 * mm)
    canvas.setLineWidth(0.4)
    canvas.rect(14 * mm, 14 * mm, width - 28 * mm, height - 28 * mm)

    _centred_words(canvas, height - 46 * mm, centre, [(translate("printing.certificates", TITLE), INK, bold)], 34)
    _centred_words(canvas, height - 60 * mm, centre,
                   [(translate("printing.certificates", "awarded to"), GREY, regular)], 12)
    shown = printable(name, "bold")
    size = _fit_size(shown, bold, NAME_PT, MIN_NAME_PT, width - 80 * mm)
    _centred_words(canvas, height - 84 * mm, centre, [(_cut(shown, bold, size, width - 80 * mm), INK, bold)], size)
    rule_w, rule_y = 96 * mm, height - 92 * mm
    colours = [HexColor(p.colour) for p in phases] or [FRAME]
    canvas.setLineWidth(2.2)
    for i, colour in enumerate(colours):
        canvas.setStrokeColor(colour)
        left = centre - rule_w / 2 + rule_w * i / len(colours)
        canvas.line(left + 1, rule_y, left + rule_w / len(colours) - 1, rule_y)

    kept = printable(class_name).replace(" ", "\u00a0")  # the class's name is never split over two lines
    text = translate("printing.certificates", "for taking part in the {app} workshops with {class_name}: getting to "
                     "know themselves, listening to others, and helping everyone belong.").format(
                         app=APP_NAME, class_name=kept)
    for number, line in enumerate(_wrap(text, regular, 13, 190 * mm)):
        _centred_words(canvas, height - 108 * mm - number * 18, centre, [(line, INK, regular)], 13)
    if phases:
        parts: list[tuple[str, Color, str]] = []
        for i, phase in enumerate(phases):
            if i:
                parts.append(("   ·   ", GREY, regular))
            parts.append((printable(phase.title, "bold"), HexColor(phase.colour), bold))
        _centred_words(canvas, 62 * mm, centre, parts, 15)

    line_w, line_y = 74 * mm, 34 * mm
    for x, above, below in ((centre - 62 * mm, facilitator, translate("printing.certificates", "Facilitator")),
                            (centre + 62 * mm, long_date(day), translate("printing.certificates", "Date"))):
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.6)
        canvas.line(x - line_w / 2, line_y, x + line_w / 2, line_y)
        if above:
            fitted = _cut(printable(above), regular, 13, line_w)
            _centred_words(canvas, line_y + 3 * mm, x, [(fitted, INK, regular)], 13)
        _centred_words(canvas, line_y - 5 * mm, x, [(below, GREY, regular)], 9)


def render_certificates(names: Sequence[str], *, class_name: str, phases: Sequence[PhaseMark],
                        facilitator: str | None, day: date) -> bytes:
    """One landscape A4 page per name, in the order given; without a facilitator, a line to sign instead."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=landscape(A4), pageCompression=1)
    canvas.setTitle(translate("printing.certificates", "Empathy Ambassador certificates: {name}").format(
        name=class_name))
    canvas.setAuthor(APP_NAME)
    canvas.setCreator(APP_NAME)
    for name in names:
        _page(canvas, name, class_name=class_name, phases=phases, facilitator=facilitator, day=day)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
