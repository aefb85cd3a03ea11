"""Answer sheets: a questionnaire on paper, one A4 page per student, filled in with a pen and typed in later.

Why it looks like this:
- The page is the student's own: their name (or a line to write it on, for extra sheets), the class, the
  round and the date at the top; the questions in large type, one per line, every other line shaded so the
  eye keeps to the line from the words to the boxes.
- The boxes sit under the answer words, which come from the instrument's scale in its order, so the box a
  student ticks is the key the facilitator types: the small grey digit under each word is that key on the
  paper-entry screen, and questions are numbered as that screen's columns (1 to N).
- No answers are passed in at all, so nothing on any sheet can show what another student answered.
- A validated scale keeps its own instructions word for word and names its source at the foot of the page;
  the program's own questions say they are not a validated scale.
- A strip for the facilitator at the bottom says which questionnaire, round and row of the typing screen the
  sheet belongs to and which keys to use, with numbered cells to jot the digits in when ticks are untidy.
Names go through `printable`, so accents and non-Latin scripts print in DejaVu and nothing prints as a box.
Where things go is worked out once per questionnaire in answer_sheet_layout.py; this module draws the pages.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app import APP_NAME
from app.curriculum.model import Instrument
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.printing.answer_sheet_layout import (
    BOTTOM,
    BOX,
    FIRST_HEAD_H,
    FOOT_PT,
    ITEM_LEADING,
    ITEM_PT,
    LABEL_LEADING,
    LEFT,
    NEXT_HEAD_H,
    NOTE_LEADING,
    NOTE_PT,
    NUMBER_W,
    RIGHT,
    STRIP_PT,
    TOP,
    WIDTH,
    SheetPlan,
    SheetRow,
    cut,
    fit,
    lines_of,
    plan_for,
    short_title,
    text_width,
)
from app.printing.deck_pdf import FONTS, GREY, INK, register_fonts
from app.printing.journal_pdf import printable
from app.printing.report_figures import long_date

log = logging.getLogger(__name__)

ROUND_LABELS = {"pre": QT_TRANSLATE_NOOP("printing.answer_sheets", "Before the program"),   # translated where printed
                "post": QT_TRANSLATE_NOOP("printing.answer_sheets", "After the program")}
ROUND_WORDS = {"pre": QT_TRANSLATE_NOOP("printing.answer_sheets", "Pre"),   # as the typing screen names the rounds
               "post": QT_TRANSLATE_NOOP("printing.answer_sheets", "Post")}

SHADE = HexColor("#E8EDF3")
NOTE_BG = HexColor("#F5F7FA")
RULE = HexColor("#AEB8C2")


@dataclass(frozen=True)
class AnswerSheet:
    """One sheet: a student's (name, and their row on the paper-entry screen) or a blank one to write a name on."""

    name: str = ""
    row: int = 0  # 1-based row on the paper-entry screen (students by name); 0 on a blank sheet
    rows: int = 0  # how many rows that screen has


def sheets_for(names: Sequence[str], blank: int = 0) -> list[AnswerSheet]:
    """A sheet for each name, in the entry screen's order (as given), then `blank` extra sheets."""
    return [AnswerSheet(n, i, len(names)) for i, n in enumerate(names, 1)] + [AnswerSheet()] * max(0, blank)


def key_range(values: Sequence[int]) -> str:
    """'1–5' for a run of values, else the values listed (as app/ui/measure/entry_keys.scale_range)."""
    ordered = sorted(values)
    if ordered and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"{ordered[0]}–{ordered[-1]}"
    return ", ".join(str(v) for v in ordered)


def skip_keys(values: Sequence[int]) -> str:
    """The keys the entry screen takes for 'left out': 0 unless 0 is an answer on the scale, and '-' always."""
    return "-" if 0 in values else translate("printing.answer_sheets", "0 or -")


def typing_help(values: Sequence[int]) -> str:
    # Translators: {keys} is "1–5", {skip} is "0 or -"; Enter is the key
    return translate("printing.answer_sheets", "Keys: {keys} as ticked, {skip} if left out, Enter: next "
                     "student").format(keys=key_range(values), skip=skip_keys(values))


# ---- drawing ------------------------------------------------------------------------------------------------

def _text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float, colour=INK, *,
          align: str = "left") -> None:
    canvas.setFont(FONTS[font][0], size)
    canvas.setFillColor(colour)
    {"left": canvas.drawString, "centre": canvas.drawCentredString, "right": canvas.drawRightString}[align](
        x, y, text)


def _label_value(canvas: Canvas, x: float, y: float, label: str, value: str, size: float = 10) -> float:
    """'Class  8B' with the label grey; returns where the value ends."""
    _text(canvas, x, y, label, "regular", size - 1, GREY)
    x += text_width(label, "regular", size - 1) + 5
    _text(canvas, x, y, value, "bold", size)
    return x + text_width(value, "bold", size)


def _first_head(canvas: Canvas, plan: SheetPlan, sheet: AnswerSheet, class_name: str, round_text: str,
                day: date) -> float:
    heading, size = fit(plan.heading, "bold", 16, 11, WIDTH)
    _text(canvas, LEFT, TOP - 16, heading, "bold", size)
    y = TOP - 24 - 18
    when = long_date(day)
    date_label, name_label = translate("printing.answer_sheets", "Date"), translate("printing.answer_sheets", "Name")
    date_w = text_width(date_label, "regular", 9) + 5 + text_width(when, "bold", 10)
    _label_value(canvas, RIGHT - date_w, y, date_label, when)
    _text(canvas, LEFT, y, name_label, "regular", 9, GREY)
    line_x = LEFT + text_width(name_label, "regular", 9) + 6
    line_w = RIGHT - date_w - 10 * mm - line_x
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.6)
    canvas.line(line_x, y - 3, line_x + line_w, y - 3)
    if sheet.name:
        name, name_pt = fit(printable(sheet.name, "bold"), "bold", 14, 8, line_w - 4)
        _text(canvas, line_x + 2, y, name, "bold", name_pt)
    y -= 22
    x = _label_value(canvas, LEFT, y, translate("printing.answer_sheets", "Class"),
                     cut(printable(class_name, "bold"), "bold", 10, WIDTH * 0.55))
    _label_value(canvas, x + 10 * mm, y, translate("printing.answer_sheets", "Round"), round_text)
    return TOP - FIRST_HEAD_H


def _next_head(canvas: Canvas, plan: SheetPlan, sheet: AnswerSheet, page: int, pages: int) -> float:
    who = (printable(sheet.name, "bold") if sheet.name
           else translate("printing.answer_sheets", "Name: ______________________"))
    _text(canvas, LEFT, TOP - 14, cut(f"{who}  ·  {plan.heading}", "bold", 11, WIDTH - 30 * mm), "bold", 11)
    _text(canvas, RIGHT, TOP - 14, translate("printing.answer_sheets", "page {page} of {pages}").format(
        page=page, pages=pages), "regular", 9, GREY, align="right")
    return TOP - NEXT_HEAD_H


def _note(canvas: Canvas, plan: SheetPlan, top: float) -> float:
    canvas.setFillColor(NOTE_BG)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.roundRect(LEFT, top - plan.note_h, WIDTH, plan.note_h, 4, stroke=1, fill=1)
    y = top - 5 - NOTE_LEADING + 3
    for line, font in plan.note:
        _text(canvas, LEFT + 8, y, line, font, NOTE_PT)
        y -= NOTE_LEADING
    return top - plan.note_h - 8


def _table(canvas: Canvas, plan: SheetPlan, instrument: Instrument, rows: Sequence[SheetRow], top: float) -> None:
    """The answer words with their keys, then one shaded-or-plain line per question with its boxes beneath."""
    bottom = top - plan.label_h
    for centre, lines, value in zip(plan.centres, plan.labels, instrument.values, strict=False):
        y = bottom + 12 + (len(lines) - 1) * LABEL_LEADING
        for line in lines:
            _text(canvas, centre, y, line, "regular", plan.label_pt, align="centre")
            y -= LABEL_LEADING
        _text(canvas, centre, bottom + 3, str(value), "regular", 6.5, GREY, align="centre")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(LEFT, bottom, RIGHT, bottom)
    y = bottom
    for row in rows:
        if row.number % 2 == 0:
            canvas.setFillColor(SHADE)
            canvas.rect(LEFT, y - row.height, WIDTH, row.height, stroke=0, fill=1)
        block_top = y - (row.height - len(row.lines) * ITEM_LEADING) / 2
        first = block_top - ITEM_LEADING / 2 - 0.26 * ITEM_PT
        _text(canvas, LEFT + NUMBER_W - 2 * mm, first, f"{row.number}", "bold", ITEM_PT, align="right")
        for n, line in enumerate(row.lines):
            _text(canvas, plan.text_x, first - n * ITEM_LEADING, line, "regular", ITEM_PT)
        middle = y - row.height / 2
        canvas.setStrokeColor(INK)
        canvas.setFillColor(white)
        canvas.setLineWidth(0.8)
        for centre in plan.centres:
            canvas.rect(centre - BOX / 2, middle - BOX / 2, BOX, BOX, stroke=1, fill=1)
        y -= row.height
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(LEFT, y, RIGHT, y)


def _strip(canvas: Canvas, plan: SheetPlan, instrument: Instrument, sheet: AnswerSheet, round_name: str,
           rows: Sequence[SheetRow]) -> None:
    """For the facilitator only: which questionnaire, round and row of the typing screen; the keys; and cells,
    numbered as the screen's columns (this page's questions), to jot the digits in and type them in one run."""
    top = plan.table_bottom - 2
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.5)
    canvas.setDash(3, 2)
    canvas.line(LEFT, top, RIGHT, top)
    canvas.setDash()
    where = (translate("printing.answer_sheets", "row {row} of {rows} on the typing screen").format(
        row=sheet.row, rows=sheet.rows) if sheet.row
             else translate("printing.answer_sheets", "extra sheet: add the student to the class first"))
    round_word = translate("printing.answer_sheets", ROUND_WORDS[round_name]) if round_name in ROUND_WORDS \
        else round_name
    said = translate("printing.answer_sheets", "Round: {round}").format(round=round_word)
    facts = f"  ·  {where}  ·  {said}  ·  {short_title(instrument)}"
    y = top - 10
    heading = translate("printing.answer_sheets", "For the facilitator")
    _text(canvas, LEFT, y, heading, "bold", STRIP_PT, GREY)
    shift = text_width(heading, "bold", STRIP_PT)
    _text(canvas, LEFT + shift, y, cut(printable(facts), "regular", STRIP_PT, WIDTH - shift), "regular",
          STRIP_PT, GREY)
    count = max(1, len(rows))
    cell = min(8 * mm, WIDTH * 0.6 / count)
    label = translate("printing.answer_sheets", "To type:")
    x0 = LEFT + text_width(label, "regular", STRIP_PT) + 4
    cells_top = y - 5
    _text(canvas, LEFT, cells_top - 16, label, "regular", STRIP_PT, GREY)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    for n, row in enumerate(rows):
        x = x0 + n * cell
        canvas.rect(x, cells_top - 22, cell, 22, stroke=1, fill=0)
        _text(canvas, x + cell / 2, cells_top - 8, str(row.number), "regular", 6, GREY, align="centre")
    keys_x = x0 + count * cell + 5 * mm
    for n, line in enumerate(lines_of(typing_help(instrument.values), "regular", STRIP_PT, RIGHT - keys_x)[:2]):
        _text(canvas, keys_x, cells_top - 10 - n * (STRIP_PT + 2), line, "regular", STRIP_PT, GREY)


def _footer(canvas: Canvas, plan: SheetPlan, page: int, pages: int) -> None:
    y = BOTTOM + (len(plan.footer) - 1) * (FOOT_PT + 1.5)
    for line in plan.footer:
        _text(canvas, LEFT, y, line, "regular", FOOT_PT, GREY)
        y -= FOOT_PT + 1.5
    if pages > 1:
        _text(canvas, RIGHT, BOTTOM, translate("printing.answer_sheets", "page {page} of {pages}").format(
            page=page, pages=pages), "regular", FOOT_PT, GREY, align="right")


def pages_per_sheet(instrument: Instrument) -> int:
    """How many pages each student's sheet takes (1 unless the questions do not fit on one)."""
    register_fonts()
    return len(plan_for(instrument).pages)


def render_answer_sheets(sheets: Sequence[AnswerSheet], instrument: Instrument, *, class_name: str,
                         round_label: str, day: date) -> bytes:
    """One A4 page per sheet (two only if the questions do not fit on one), in the order given.

    `round_label` is "pre" or "post" (printed as "Before/After the program"); any other text prints as it is.
    """
    register_fonts()
    plan = plan_for(instrument)
    round_text = (translate("printing.answer_sheets", ROUND_LABELS[round_label]) if round_label in ROUND_LABELS
                  else round_label)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(translate("printing.answer_sheets", "Answer sheets: {questionnaire}, {class_name}, {round}").format(
        questionnaire=short_title(instrument), class_name=class_name, round=round_text))
    canvas.setAuthor(APP_NAME)
    canvas.setCreator(APP_NAME)
    pages = len(plan.pages)
    for sheet in sheets:
        for page, rows in enumerate(plan.pages, 1):
            if page == 1:
                top = _note(canvas, plan, _first_head(canvas, plan, sheet, class_name, round_text, day))
            else:
                top = _next_head(canvas, plan, sheet, page, pages)
            _table(canvas, plan, instrument, rows, top)
            _strip(canvas, plan, instrument, sheet, round_label, rows)
            _footer(canvas, plan, page, pages)
            canvas.showPage()
    canvas.save()
    log.debug("answer sheets for %s: %d sheet(s) of %d page(s)", instrument.id, len(sheets), pages)
    return buffer.getvalue()
