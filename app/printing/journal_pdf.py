"""Reflection journals as printable booklets: a facilitator's copy of what students shared, or a student's own.

The facilitator's copy never holds private entries, whatever the caller passes in: an entry prints there only
when its visibility is "facilitator" or "class". Type is large (12 pt body) because the booklets are read by
children, and every piece of user text is escaped for reportlab's Paragraph markup and stripped of characters
the shipped DejaVu fonts cannot draw (emoji become their Unicode name, so nothing prints as a black box).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageBreak, PageTemplate, Paragraph
from reportlab.platypus.flowables import HRFlowable

from app import APP_NAME
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.measure.wording import date_words
from app.printing.deck_pdf import FONTS, GREY, INK, register_fonts

log = logging.getLogger(__name__)

PAGE_SIZES = {"a4": A4, "letter": LETTER}
AUDIENCES = ("facilitator", "student")
SHARED = ("facilitator", "class")  # the only visibilities a facilitator's booklet may print
LABELS = {   # marked for the catalogue: translated where printed
    "student": {"private": QT_TRANSLATE_NOOP("printing.journal_pdf", "Private"),
                "facilitator": QT_TRANSLATE_NOOP("printing.journal_pdf", "Shared with my facilitator"),
                "class": QT_TRANSLATE_NOOP("printing.journal_pdf", "Shared with the class")},
    "facilitator": {"facilitator": QT_TRANSLATE_NOOP("printing.journal_pdf", "Shared with you"),
                    "class": QT_TRANSLATE_NOOP("printing.journal_pdf", "Shared with the class")},
}

BODY_PT, BODY_LEADING = 12.0, 16.0
SMALL_PT = 9.5
FOOTER_PT = 8.5
SKEW = 0.2  # faux-italic shear (about 11°): the assets ship no oblique DejaVu face
KEEP_WHOLE_FRACTION = 0.45  # entries whose body is shorter than this share of the frame never split
HEAD_LINES = 3  # a long entry's heading stays with at least this many lines of its body
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 20 * mm, 18 * mm, 22 * mm

ACCENT_HEX, PRIVATE_HEX = "#2F6690", "#8A3B2E"  # the label's colour: shared (blue) or private (brick)
ACCENT = HexColor(ACCENT_HEX)
RULE = HexColor("#D0D7DE")

# Presentation-only code points: variation selectors, zero-width joiner and skin-tone modifiers. Dropped, so
# "👍🏽" reads "[thumbs up sign]" rather than a trail of modifier names.
_DROPPED = frozenset([0x200D, *range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0), *range(0x1F3FB, 0x1F400)])


@dataclass(frozen=True)
class BookletEntry:
    held_on: str | None  # "YYYY-MM-DD" of the session, or None (written outside a session)
    prompt: str | None  # the prompt's text, or None for free writing
    body: str  # what the student wrote (may contain newlines, <, &, emoji)
    visibility: str  # "private" | "facilitator" | "class"
    written_at: str  # ISO-8601 UTC like "2026-11-20T10:15:00.000Z"


@dataclass(frozen=True)
class Booklet:
    student_name: str
    entries: tuple[BookletEntry, ...]


# ---- text ---------------------------------------------------------------------------------------------------

@lru_cache(maxsize=4)
def _glyphs(font_name: str) -> frozenset[int]:
    """Code points the registered TTF can draw; anything else would come out as the .notdef box."""
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


def printable(text: str, font: str = "regular") -> str:
    """`text` with every character `font` cannot draw replaced by "[its unicode name]" (or dropped if invisible).

    Tabs become spaces and line ends become "\\n"; other control and format characters the font lacks vanish.
    """
    register_fonts()
    glyphs = _glyphs(FONTS[font][0])
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    out: list[str] = []
    for char in text:
        code = ord(char)
        if code in _DROPPED:  # before the glyph test: DejaVu has a (blank) glyph for the joiner
            continue
        if char == "\n" or code in glyphs:
            out.append(char)
        elif unicodedata.category(char) in ("Cc", "Cf", "Cs"):
            continue
        else:
            out.append(f"[{unicodedata.name(char, f'U+{code:04X}').lower()}]")
    return "".join(out)


def _markup(text: str, font: str = "regular") -> str:
    """User text as Paragraph markup: drawable, escaped, with its line breaks kept."""
    return escape(printable(text, font)).replace("\n", "<br/>")


def _body_paragraphs(body: str) -> list[str]:
    """Blank lines separate paragraphs (spaced apart); single line breaks stay as breaks inside one."""
    paragraphs: list[list[str]] = [[]]
    for line in printable(body).split("\n"):
        if line.strip():
            paragraphs[-1].append(escape(line.strip()))
        elif paragraphs[-1]:
            paragraphs.append([])
    return ["<br/>".join(lines) for lines in paragraphs if lines]


def format_date(entry: BookletEntry) -> str:
    """The session's date, else the day the entry was written (UTC, as stored), like "20 November 2026" (in the
    language in use, never the machine's locale)."""
    for raw in (entry.held_on, entry.written_at[:10] if entry.written_at else None):
        if raw:
            try:
                day = dt.date.fromisoformat(raw)
            except ValueError:
                continue
            return date_words(day)
    return entry.written_at or translate("printing.journal_pdf", "Undated")


# ---- flowables ----------------------------------------------------------------------------------------------

class _Oblique(Flowable):
    """A Paragraph drawn sheared, as viewers fake italics, narrowed by the shear so it stays in the frame."""

    def __init__(self, paragraph: Paragraph) -> None:
        super().__init__()
        self.paragraph = paragraph
        self._slack = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, height = self.paragraph.wrap(avail_width, avail_height)
        self._slack = height * SKEW
        _, height = self.paragraph.wrap(max(avail_width - self._slack, 1.0), avail_height)
        self.width, self.height = avail_width, height
        return avail_width, height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return [_Oblique(part) for part in self.paragraph.split(max(avail_width - self._slack, 1.0), avail_height)]

    def getSpaceBefore(self) -> float:
        return self.paragraph.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.paragraph.getSpaceAfter()

    def draw(self) -> None:
        self.canv.saveState()
        # shear about the last line's baseline (about 0.3 leading up), so the prompt lines up with the text below
        self.canv.transform(1, 0, SKEW, 1, -SKEW * self.paragraph.style.leading * 0.3, 0)
        self.paragraph.drawOn(self.canv, 0, 0)
        self.canv.restoreState()


@dataclass(frozen=True)
class _Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    student: ParagraphStyle
    meta: ParagraphStyle
    prompt: ParagraphStyle
    body: ParagraphStyle
    note: ParagraphStyle


def _styles() -> _Styles:
    regular, bold = FONTS["regular"][0], FONTS["bold"][0]
    base = ParagraphStyle("journal-body", fontName=regular, fontSize=BODY_PT, leading=BODY_LEADING, textColor=INK,
                          alignment=TA_LEFT, spaceBefore=6, allowOrphans=0, allowWidows=0)
    return _Styles(
        title=ParagraphStyle("journal-title", base, fontName=bold, fontSize=22, leading=27, spaceBefore=0,
                             spaceAfter=4),
        subtitle=ParagraphStyle("journal-subtitle", base, fontSize=11, leading=15, textColor=GREY, spaceBefore=0,
                                spaceAfter=14),
        student=ParagraphStyle("journal-student", base, fontName=bold, fontSize=17, leading=22, textColor=ACCENT,
                               spaceBefore=6, spaceAfter=2, keepWithNext=1),
        meta=ParagraphStyle("journal-meta", base, fontSize=SMALL_PT, leading=12, textColor=GREY, spaceBefore=0,
                            spaceAfter=2),
        prompt=ParagraphStyle("journal-prompt", base, spaceBefore=0, spaceAfter=0, textColor=ACCENT),
        body=base,
        note=ParagraphStyle("journal-note", base, textColor=GREY, spaceBefore=8),
    )


def _entry(entry: BookletEntry, audience: str, styles: _Styles, width: float, height: float) -> list[Flowable]:
    """One entry: the grey date-and-label line, the prompt, the body; its heading never left alone at a page end."""
    label = translate("printing.journal_pdf", LABELS[audience].get(entry.visibility, LABELS["student"]["private"]))
    colour = ACCENT_HEX if entry.visibility in SHARED else PRIVATE_HEX
    when, label = escape(format_date(entry)), escape(label)
    meta = Paragraph(f'{when}  ·  <font color="{colour}">{label}</font>', styles.meta)  # i18n: not text
    prompt = _Oblique(Paragraph(_markup(entry.prompt) if entry.prompt
                                else translate("printing.journal_pdf", "Free writing"), styles.prompt))
    head: list[Flowable] = [HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=10, spaceAfter=6),
                            meta, prompt]
    body: list[Flowable] = [Paragraph(text, styles.body) for text in _body_paragraphs(entry.body)]
    if not body:
        return [KeepTogether(head)]
    body_height = sum(p.wrap(width, height)[1] + p.getSpaceBefore() for p in body)
    if body_height <= height * KEEP_WHOLE_FRACTION:
        return [KeepTogether(head + body)]
    # Long: keep the heading with the first lines only, and let the rest flow on over as many pages as it needs.
    first = body[0].split(width, HEAD_LINES * BODY_LEADING + body[0].getSpaceBefore() + 1)
    if len(first) == 2:
        # the same paragraph going on: no gap where it was cut. A style, not an attribute, as the frame may split
        # this part again and the pieces inherit only the style
        first[1].style = ParagraphStyle("journal-body-cont", styles.body, spaceBefore=0)
        return [KeepTogether([*head, first[0]]), first[1], *body[1:]]
    return [KeepTogether([*head, body[0]]), *body[1:]]


def _story(booklets: Sequence[Booklet], class_name: str, audience: str, styles: _Styles, width: float,
           height: float) -> list[Flowable]:
    if audience == "facilitator":
        title = translate("printing.journal_pdf", "Reflection journals — {class_name}").format(class_name=class_name)
        subtitle = translate("printing.journal_pdf", "Entries the students shared with you or the class. Private "
                             "entries are never printed here.")
    else:
        name = booklets[0].student_name if booklets else ""
        title = (translate("printing.journal_pdf", "My reflection journal — {name}").format(name=name) if name
                 else translate("printing.journal_pdf", "My reflection journal"))
        subtitle = class_name
    story: list[Flowable] = [Paragraph(_markup(title, "bold"), styles.title)]
    if subtitle:
        story.append(Paragraph(_markup(subtitle), styles.subtitle))
    if not booklets:
        story.append(Paragraph(translate("printing.journal_pdf", "No entries to print."), styles.note))
        return story
    for number, booklet in enumerate(booklets):
        entries = [e for e in booklet.entries if audience == "student" or e.visibility in SHARED]
        if audience == "facilitator":
            if number:
                story.append(PageBreak())
            story.append(Paragraph(_markup(booklet.student_name, "bold"), styles.student))
        if not entries:
            story.append(Paragraph(translate("printing.journal_pdf", "No entries yet."), styles.note))
        for entry in entries:
            story.extend(_entry(entry, audience, styles, width, height))
    return story


# ---- document -----------------------------------------------------------------------------------------------

def _fit(text: str, width: float) -> str:
    font = FONTS["regular"][0]
    if pdfmetrics.stringWidth(text, font, FOOTER_PT) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, FOOTER_PT) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _footer(class_name: str, owner: str | None) -> Callable[[Canvas, BaseDocTemplate], None]:
    """Page footer callback: app, class and page number; a student's booklet also says whose it is."""
    page = translate("printing.journal_pdf", "page {number}")
    private = translate("printing.journal_pdf", "Private — belongs to {name}")

    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        parts = [APP_NAME, class_name, page.format(number=doc.page)]
        if owner is not None:
            parts.append(private.format(name=owner))
        canvas.saveState()
        canvas.setFont(FONTS["regular"][0], FOOTER_PT)
        canvas.setFillColor(GREY)
        text = _fit(printable("  ·  ".join(p for p in parts if p)), doc.width)
        canvas.drawCentredString(doc.leftMargin + doc.width / 2, MARGIN_BOTTOM / 2, text)
        canvas.restoreState()
    return draw


def render_journal_pdf(booklets: Sequence[Booklet], *, class_name: str, audience: str, paper: str = "a4") -> bytes:
    """The booklets as one PDF. "facilitator": every student from a new page, shared entries only.
    "student": exactly one booklet (or none), private entries included and labelled as such.
    """
    if audience not in AUDIENCES:
        raise ValueError(f"audience {audience!r}: choose facilitator or student")
    if paper not in PAGE_SIZES:
        raise ValueError(f"unknown paper {paper!r}; choose one of {', '.join(PAGE_SIZES)}")
    if audience == "student" and len(booklets) > 1:
        raise ValueError(f"a student's journal holds one booklet, not {len(booklets)}")
    register_fonts()
    buffer = io.BytesIO()
    owner = booklets[0].student_name if audience == "student" and booklets else None
    title = (translate("printing.journal_pdf", "Reflection journals — {class_name}").format(class_name=class_name)
             if owner is None else
             translate("printing.journal_pdf", "Reflection journal — {name}").format(name=owner))
    doc = BaseDocTemplate(buffer, pagesize=PAGE_SIZES[paper], leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                          topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title, author=APP_NAME,
                          creator=APP_NAME, initialFontName=FONTS["regular"][0], pageCompression=1)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="journal")
    doc.addPageTemplates([PageTemplate("journal", frames=[frame], onPage=_footer(class_name, owner))])
    story = _story(booklets, class_name, audience, _styles(), doc.width, doc.height)
    doc.build(story)
    log.debug("journal PDF for %s: %d booklet(s), %d page(s)", audience, len(booklets), doc.page)
    return buffer.getvalue()


def write_journal_pdf(booklets: Sequence[Booklet], path: Path | str, *, class_name: str, audience: str,
                      paper: str = "a4") -> Path:
    """Write the PDF atomically (app/files/atomic.py), so a failed or interrupted print never leaves half a file
    (or clobbers an old one)."""
    data = render_journal_pdf(booklets, class_name=class_name, audience=audience, paper=paper)
    path = Path(path)
    from app.files.atomic import write_atomically

    write_atomically(path, data)
    log.info("wrote the %s journal PDF %s (%d bytes)", audience, path, len(data))
    return path
