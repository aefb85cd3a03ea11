"""Where everything goes on an answer sheet, worked out once per questionnaire before any page is drawn.

The page's measures, the answer columns sized to the scale's words, each question wrapped to its line, the
instructions and the source line, and which questions go on which page: the same for every student's sheet,
so app/printing/answer_sheets.py measures once here and then only draws (one student's pages at a time).
Kept apart from the drawing because it is pure arithmetic on text widths: no canvas, nothing per student.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from app.curriculum.model import Instrument
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.printing.deck_pdf import FONTS
from app.printing.journal_pdf import printable
from app.printing.layout import wrap

FRIENDLY = (QT_TRANSLATE_NOOP("printing.answer_sheets", "There are no right or wrong answers, and nobody gets a "
                              "mark."),
            QT_TRANSLATE_NOOP("printing.answer_sheets", "Tick one box on each line: the one that fits you best. You "
                              "can leave out any question you do not want to answer. Your classmates will not see "
                              "your answers."))

PAGE_W, PAGE_H = A4
LEFT, RIGHT = 16 * mm, PAGE_W - 16 * mm
TOP, BOTTOM = PAGE_H - 14 * mm, 10 * mm
WIDTH = RIGHT - LEFT
ITEM_PT, ITEM_LEADING = 11.5, 14.5
NOTE_PT, NOTE_LEADING = 10.0, 13.0
LABEL_PT, LABEL_LEADING, MIN_LABEL_PT = 8.0, 9.5, 6.5
STRIP_PT, FOOT_PT = 7.5, 6.5
NUMBER_W = 9 * mm
ANSWER_W = 17 * mm  # the widest an answer column gets (five of them leave the questions about 85 mm)
BOX = 4.6 * mm
ROW_PAD = 5.0
MIN_ROW = BOX + 2 * ROW_PAD + 4
MAX_STRETCH = 10.0  # spare room on a page goes into the rows, up to this much each: more room to tick
STRIP_H = 40.0
STRIP_GAP = 12.0  # at least this much paper between the last question and the facilitator's strip


def short_title(instrument: Instrument) -> str:
    """The title a student reads: the part after a colon is a note for facilitators ("the program's own…")."""
    return instrument.title.split(":", 1)[0].strip() or instrument.title


# ---- measuring ----------------------------------------------------------------------------------------------

def text_width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, FONTS[font][0], size)


def lines_of(text: str, font: str, size: float, width: float) -> list[str]:
    return wrap(printable(text, font), font, size, width, text_width)


def cut(text: str, font: str, size: float, width: float) -> str:
    if text_width(text, font, size) <= width:
        return text
    while text and text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def fit(text: str, font: str, size: float, smallest: float, width: float) -> tuple[str, float]:
    """`text` at the largest size down to `smallest` that fits `width`; cut with '…' only below that."""
    while size > smallest and text_width(text, font, size) > width:
        size -= 0.5
    return cut(text, font, size, width), size


# ---- layout, the same for every sheet of one instrument -----------------------------------------------------

@dataclass(frozen=True)
class SheetRow:
    number: int
    lines: tuple[str, ...]
    height: float


@dataclass(frozen=True)
class SheetPlan:
    heading: str
    note: tuple[tuple[str, str], ...]  # (line, font) of the instructions
    centres: tuple[float, ...]  # x of each answer column's middle, in the scale's order
    column_w: float
    labels: tuple[tuple[str, ...], ...]  # each answer word, wrapped to its column
    label_pt: float
    text_x: float
    rows: tuple[SheetRow, ...]
    pages: tuple[tuple[SheetRow, ...], ...]  # the rows on each page of one student's sheet
    footer: tuple[str, ...]

    @property
    def label_h(self) -> float:
        return max(len(lines) for lines in self.labels) * LABEL_LEADING + 12

    @property
    def note_h(self) -> float:
        return len(self.note) * NOTE_LEADING + 10

    @property
    def table_bottom(self) -> float:
        return BOTTOM + len(self.footer) * (FOOT_PT + 1.5) + 4 + STRIP_H


FIRST_HEAD_H = 24 + 26 + 20  # heading, name and date, class and round
NEXT_HEAD_H = 24


def plan_for(instrument: Instrument) -> SheetPlan:
    count = max(1, len(instrument.values))
    words = [word for label in instrument.labels for word in printable(label).split()] or [""]
    widest = max(text_width(word, "regular", LABEL_PT) for word in words)
    column_w = min(max(ANSWER_W, widest + 4), WIDTH * 0.5 / count)  # a word is never broken if it can fit
    label_pt = LABEL_PT
    while label_pt > MIN_LABEL_PT and max(text_width(w, "regular", label_pt) for w in words) > column_w - 3:
        label_pt -= 0.25
    answers_left = RIGHT - count * column_w
    centres = tuple(answers_left + column_w * (i + 0.5) for i in range(count))
    text_x = LEFT + NUMBER_W
    text_w = answers_left - text_x - 3 * mm
    labels = tuple(tuple(lines_of(label, "regular", label_pt, column_w - 3)) for label in instrument.labels)
    rows = []
    for number, item in enumerate(instrument.items, 1):
        lines = tuple(lines_of(item.text, "regular", ITEM_PT, text_w))
        rows.append(SheetRow(number, lines, max(MIN_ROW, len(lines) * ITEM_LEADING + 2 * ROW_PAD)))
    # Translators: words a questionnaire's own instructions use to say there are no right or wrong answers (in
    # lower case): when they do, the sheet does not say it a second time
    said = {"right or wrong", translate("printing.answer_sheets", "right or wrong")}  # i18n: not text (the English)
    friendly = " ".join(translate("printing.answer_sheets", sentence) for sentence in (
        FRIENDLY[1:] if any(words in instrument.instructions.lower() for words in said) else FRIENDLY))
    note = [(line, "regular") for line in lines_of(instrument.instructions, "regular", NOTE_PT, WIDTH - 16)]
    note += [(line, "bold") for line in lines_of(friendly, "bold", NOTE_PT, WIDTH - 16)]
    source = (translate("printing.answer_sheets", "Questions from: {citation}").format(citation=instrument.citation)
              if instrument.validated and instrument.citation
              else translate("printing.answer_sheets", "A translation of a published scale: not validated in this "
                             "language.") if instrument.translated
              else translate("printing.answer_sheets", "The program's own questions: not a validated scale."))
    footer = tuple(lines_of(source, "regular", FOOT_PT, WIDTH - 30 * mm))
    plan = SheetPlan(printable(short_title(instrument), "bold"), tuple(note), centres, column_w, labels, label_pt,
                 text_x, tuple(rows), (), footer)
    return _paginate(plan)


def _paginate(plan: SheetPlan) -> SheetPlan:
    """Rows go on a page while they fit above the facilitator's strip; a second page only when they do not.
    Room left over spreads into the rows (within MAX_STRETCH), so a short questionnaire is not crammed at the top."""
    pages: list[tuple[SheetRow, ...]] = []
    rows = list(plan.rows)
    while rows or not pages:
        head = FIRST_HEAD_H + plan.note_h + 8 if not pages else NEXT_HEAD_H
        room = TOP - head - plan.label_h - plan.table_bottom - STRIP_GAP
        page: list[SheetRow] = []
        while rows and (not page or sum(r.height for r in page) + rows[0].height <= room):
            page.append(rows.pop(0))
        spare = (room - sum(r.height for r in page)) / max(1, len(page))
        pages.append(tuple(replace(r, height=r.height + min(max(0.0, spare), MAX_STRETCH)) for r in page))
    return replace(plan, pages=tuple(pages))
