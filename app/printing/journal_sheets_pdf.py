"""Printed journal sheets: one A4 page per student for journal time in a room without devices.

From the top: the session and date, a name line (or the student's name), today's challenge task when there
is one, the prompts with a box to tick the one written about (or free writing), ruled lines to the foot of
the page, and the same three choices the app gives of who may read it. The lines are wide apart (9 mm)
for the younger hands, and the type is large enough to read at arm's length.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from app import APP_NAME
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.journal.sheets import WHO_READS, SheetContent
from app.printing.deck_pdf import FONTS, GREY, INK, register_fonts
from app.printing.journal_pdf import printable
from app.printing.layout import wrap
from app.printing.report_figures import long_date

log = logging.getLogger(__name__)

PAGE_W, PAGE_H = A4
LEFT, RIGHT = 18 * mm, PAGE_W - 18 * mm
TOP, BOTTOM = PAGE_H - 16 * mm, 14 * mm
WIDTH = RIGHT - LEFT
LINE_GAP = 9 * mm
BOX = 4.2 * mm
PROMPT_PT, PROMPT_LEADING = 11.5, 14.5
TASK_BG = HexColor("#F5F7FA")
RULE = HexColor("#B8C2CC")
FREE = QT_TRANSLATE_NOOP("printing.journal_sheets_pdf", "Free writing: anything you want to write about today.")


def _width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, FONTS[font][0], size)


def _text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float, colour=INK) -> None:
    canvas.setFont(FONTS[font][0], size)
    canvas.setFillColor(colour)
    canvas.drawString(x, y, text)


def _lines(text: str, font: str, size: float, width: float) -> list[str]:
    return wrap(printable(text, font), FONTS[font][0], size, width, pdfmetrics.stringWidth)


def _box(canvas: Canvas, x: float, y: float) -> None:
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.8)
    canvas.rect(x, y, BOX, BOX)


def _head(canvas: Canvas, content: SheetContent, name: str) -> float:
    title = printable(content.title, "bold")
    size = 16.0
    while size > 11 and _width(title, "bold", size) > WIDTH:
        size -= 0.5
    _text(canvas, LEFT, TOP - size, title, "bold", size)
    y = TOP - size - 20
    when = long_date(content.day)
    right = f"{content.class_name}  ·  {when}" if content.class_name else when
    _text(canvas, RIGHT - _width(right, "regular", 10), y, right, "regular", 10, GREY)
    label = translate("printing.journal_sheets_pdf", "Name")
    _text(canvas, LEFT, y, label, "regular", 10, GREY)
    line_x = LEFT + _width(label, "regular", 10) + 6
    line_end = RIGHT - _width(right, "regular", 10) - 10 * mm
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.6)
    canvas.line(line_x, y - 3, line_end, y - 3)
    if name:
        _text(canvas, line_x + 2, y, printable(name, "bold"), "bold", 13)
    return y - 18


def _task(canvas: Canvas, content: SheetContent, top: float) -> float:
    if not content.task:
        return top
    lines = _lines(translate("printing.journal_sheets_pdf", "Today: {task}").format(task=content.task), "regular",
                   10.5, WIDTH - 8 * mm)
    height = 14 + 13 * len(lines) + 8
    canvas.setFillColor(TASK_BG)
    canvas.roundRect(LEFT, top - height, WIDTH, height, 4, stroke=0, fill=1)
    heading = translate("printing.journal_sheets_pdf", "This week's challenge: {challenge}").format(
        challenge=content.challenge)
    _text(canvas, LEFT + 4 * mm, top - 13, printable(heading, "bold"), "bold", 10.5)
    y = top - 13 - 13
    for line in lines:
        _text(canvas, LEFT + 4 * mm, y, line, "regular", 10.5)
        y -= 13
    return top - height - 10


def _prompts(canvas: Canvas, content: SheetContent, top: float) -> float:
    _text(canvas, LEFT, top - 11, translate("printing.journal_sheets_pdf", "Tick what you are writing about:"),
          "bold", 11)
    y = top - 11 - 8
    for words in (*content.prompts, translate("printing.journal_sheets_pdf", FREE)):
        lines = _lines(words, "regular", PROMPT_PT, WIDTH - BOX - 4 * mm)
        y -= PROMPT_LEADING
        _box(canvas, LEFT, y - 1)
        for n, line in enumerate(lines):
            _text(canvas, LEFT + BOX + 4 * mm, y - n * PROMPT_LEADING, line, "regular", PROMPT_PT)
        y -= PROMPT_LEADING * (len(lines) - 1) + 5
    return y - 6


def _writing_lines(canvas: Canvas, top: float, bottom: float) -> None:
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    y = top - LINE_GAP
    while y >= bottom:
        canvas.line(LEFT, y, RIGHT, y)
        y -= LINE_GAP


def _who_reads(canvas: Canvas) -> float:
    """The same choice the app gives, at the foot: tick one (private if none is ticked)."""
    y = BOTTOM + 12
    _text(canvas, LEFT, y + 14, translate("printing.journal_sheets_pdf", "Who may read this? Tick one. If you tick "
                                          "none, it stays private."), "regular", 9, GREY)
    x = LEFT
    for choice in (translate("journal_sheets", who) for who in WHO_READS):
        _box(canvas, x, y - 1)
        _text(canvas, x + BOX + 2 * mm, y, choice, "regular", 10)
        x += BOX + 2 * mm + _width(choice, "regular", 10) + 9 * mm
    _text(canvas, LEFT, BOTTOM - 2, translate("printing.journal_sheets_pdf", "Carry on over the page if you need "
                                              "more room."), "regular", 8, GREY)
    return y + 14 + 12


def render_journal_sheets(content: SheetContent, names: Sequence[str], blank: int = 0) -> bytes:
    """One page per name (printed on its line), then `blank` pages with an empty name line."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(translate("printing.journal_sheets_pdf", "Journal sheets: {title}").format(title=content.title))
    canvas.setAuthor(APP_NAME)
    canvas.setCreator(APP_NAME)
    for name in [*names, *([""] * blank)]:
        top = _prompts(canvas, content, _task(canvas, content, _head(canvas, content, name)))
        _writing_lines(canvas, top, _who_reads(canvas) + 6)
        canvas.showPage()
    canvas.save()
    log.debug("journal sheets for %s: %d page(s)", content.title, len(names) + blank)
    return buffer.getvalue()
