"""The class report: two to four A4 pages a facilitator hands to a principal or a funder.

It is written for someone who will not read a statistics table first: each subscale's change is a sentence in
large type beside a chart of the students (dots, no names), the caveats sit in a box nobody can miss, and the
figures table explains every column in plain words. Everything printed comes from `report_figures`, the same
dictionary `report class --json` writes, so the two can never disagree. Demo data says so on every page.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app import APP_NAME
from app.i18n import QT_TRANSLATE_NOOP, decimal, translate
from app.measure.data import ClassReport
from app.printing.deck_pdf import FONTS, GREY, INK, register_fonts
from app.printing.journal_pdf import printable
from app.printing.report_charts import ChangeRow, change_intervals, paired_dots, togetherness_line
from app.printing.report_figures import long_date, report_figures
from app.printing.report_tables import RULE, details_table, markup, standing_table

MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM, BANNER_H = 18 * mm, 16 * mm, 16 * mm, 9 * mm
ACCENT = HexColor("#2F6690")
CAVEAT_BG, CAVEAT_EDGE = HexColor("#FFF5E0"), HexColor("#D9A441")
BANNER_BG, BANNER_INK = HexColor("#FBE3B6"), HexColor("#7A4B00")
CHART_W, CHART_H = 58 * mm, 48 * mm
DOTS_CAPTION = QT_TRANSLATE_NOOP(
    "printing.class_report",
    "In each chart a dot is one student (no names): before on the left, after on the right, joined by a thin "
    "line, blue where the score rose, red where it fell, grey where it stayed the same. The big dark dots "
    "joined by a thick line are the class averages.")
FEW_CAPTION = QT_TRANSLATE_NOOP(
    "printing.class_report", "The dot is the average change of the students who answered both times. With fewer "
    "than 10 of them, no interval is drawn: it would say more than so few answers can.")
INTERVAL_CAPTION = QT_TRANSLATE_NOOP(
    "printing.class_report",
    "The dot is the average change; the bar is its 95% interval: the true change most likely lies inside it. "
    "Where the bar crosses the “no change” line, no change at all is still among the likely answers.")


def report_styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    regular, bold = FONTS["regular"][0], FONTS["bold"][0]
    # so <b> in Paragraph markup switches to the bold DejaVu (no italic face ships: it stays upright)
    pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)
    body = ParagraphStyle("report-body", fontName=regular, fontSize=9.5, leading=13, textColor=INK)
    return {
        "body": body,
        "title": ParagraphStyle("report-title", body, fontName=bold, fontSize=21, leading=26, spaceAfter=2),
        "subtitle": ParagraphStyle("report-subtitle", body, fontSize=11, leading=15, textColor=GREY, spaceAfter=8),
        "h1": ParagraphStyle("report-h1", body, fontName=bold, fontSize=14.5, leading=19, textColor=ACCENT,
                             spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "h2": ParagraphStyle("report-h2", body, fontName=bold, fontSize=11.5, leading=15, spaceBefore=10,
                             spaceAfter=4, keepWithNext=1),
        "small": ParagraphStyle("report-small", body, fontSize=8, leading=10.5, textColor=GREY),
        "subscale": ParagraphStyle("report-subscale", body, fontName=bold, fontSize=10.5, leading=14,
                                   textColor=ACCENT),
        "sentence": ParagraphStyle("report-sentence", body, fontSize=13.5, leading=18.5, spaceBefore=2,
                                   spaceAfter=4),
        "cell": ParagraphStyle("report-cell", body, fontSize=8.5, leading=11),
        "cellhead": ParagraphStyle("report-cellhead", body, fontName=bold, fontSize=8.5, leading=11),
        "quote": ParagraphStyle("report-quote", body, fontSize=11, leading=15.5),
    }


def caveat_box(heading: str, lines: Sequence[str], s: dict[str, ParagraphStyle], width: float) -> Table:
    """A tinted, ruled box: where the caveats go, so they are read, not skipped."""
    bullet = ParagraphStyle("bullet", s["body"], leftIndent=10, firstLineIndent=-10, spaceBefore=3)
    return tinted([Paragraph(f"<b>{markup(heading)}</b>", s["body"])]
                   + [Paragraph(f"•&nbsp;&nbsp;{markup(line)}", bullet) for line in lines], width)


def tinted(content: list[Flowable], width: float) -> Table:
    box = Table([[content]], colWidths=[width])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), CAVEAT_BG), ("BOX", (0, 0), (-1, -1), 1, CAVEAT_EDGE),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return box


def questionnaire_story(q: dict[str, Any], s: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    """What the questionnaire is, each subscale's sentence and chart, the caveats, the interval chart, the table.

    With nobody answering both times there is no change to chart: the class's starting point is shown instead.
    """
    low, high = q["scale"]["min"], q["scale"]["max"]
    story: list[Flowable] = [CondPageBreak(90 * mm), Paragraph(markup(q["title"]), s["h1"]),
                             Paragraph(markup(q["about"]), s["body"])]
    if q["citation"]:
        story.append(Paragraph(translate("printing.class_report", "Source: {citation}").format(
            citation=markup(q["citation"])), s["small"]))
    both = sorted({sub["n"] for sub in q["subscales"]}) or [0]
    compared = (translate("printing.class_report", "Nobody has answered both times yet.") if both[-1] == 0 else
                translate("printing.class_report", "The %n who answered both times are compared.", None, both[0])
                if len(both) == 1 else
                translate("printing.class_report", "Those who answered both times are compared: {fewest} to {most} "
                          "students, as a subscale counts only when enough of its questions were answered.").format(
                              fewest=both[0], most=both[-1]))
    answered = translate("printing.class_report", "%n students answered: {before} before the program and {after} "
                         "after it.", None, q["counted"]).format(before=q["answered_pre"], after=q["answered_post"])
    story.append(Paragraph(f"{answered} {compared}",
                           ParagraphStyle("counted", s["body"], spaceBefore=5, spaceAfter=4)))
    if q["note"]:
        story.append(Paragraph(markup(q["note"]), ParagraphStyle("note", s["body"], spaceAfter=4)))
    caveats = KeepTogether(caveat_box(translate("printing.class_report", "Read these results with care"),
                                      q["caveats"], s, width))
    if not both[-1]:
        return [*story, standing_table(q, s, width), Spacer(1, 8), caveats]
    for sub in q["subscales"]:
        chart = paired_dots(sub["pairs"], sub["pre_mean"], sub["post_mean"], low, high, width=CHART_W,
                            height=CHART_H)
        words = [Paragraph(markup(sub["title"]), s["subscale"]), Paragraph(markup(sub["sentence"]), s["sentence"]),
                 Paragraph(markup(sub["explain"]), s["small"])]
        row = Table([[chart, words]], colWidths=[CHART_W + 4 * mm, width - CHART_W - 4 * mm])
        row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("TOPPADDING", (0, 0), (-1, -1), 3),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        story.append(row)
    hidden = any(sub["n"] and not sub["pairs"] for sub in q["subscales"])
    few_dots = (" " + translate("printing.class_report", "With fewer than 5 students only the averages are drawn, "
                                "so that no dot is one recognisable student.")) if hidden else ""
    caption = translate("printing.class_report", DOTS_CAPTION) + (q.get("dots_note") or few_dots)
    story += [Paragraph(caption, ParagraphStyle("dots", s["small"], spaceBefore=3, spaceAfter=8)), caveats]
    rows = [ChangeRow(sub["title"], sub["change_mean"], tuple(sub["change_ci"]) if sub["change_ci"] else None)
            for sub in q["subscales"]]
    few = all(sub["descriptive_only"] for sub in q["subscales"])
    heading = (translate("printing.class_report", "The average change") if few
               else translate("printing.class_report", "The change, with its uncertainty"))
    story.append(KeepTogether([Paragraph(heading, s["h2"]),
                               change_intervals(rows, width=width, scale=f"{low}–{high}"),
                               Paragraph(translate("printing.class_report", FEW_CAPTION if few else INTERVAL_CAPTION),
                                         s["small"])]))
    story += [Paragraph(translate("printing.class_report", "The figures in detail"), s["h2"]),
              details_table(q, s, width)]
    if any(sub["descriptive_only"] and sub["n"] for sub in q["subscales"]):
        story.append(Paragraph(translate("printing.class_report", "Where fewer than 10 students answered both times, "
                                         "only the description is given: no interval, effect size or p, as they "
                                         "would say more than so few answers can."),
                               ParagraphStyle("few", s["small"], spaceBefore=4)))
    return story


def _dose(dose: dict[str, Any], s: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    held = dose["sessions"]
    story: list[Flowable] = [CondPageBreak(70 * mm),
                             Paragraph(translate("printing.class_report", "What the class took part in"), s["h1"])]
    if not held:
        return [*story, Paragraph(translate("printing.class_report", "No sessions have been held with this class "
                                            "yet."), s["body"])]
    # Translators: keep the <b>…</b> around the figures (they print in bold)
    story.append(Paragraph(translate("printing.class_report", "<b>%n</b> session(s) held, with <b>{minutes}</b> "
                                     "planned minutes and <b>{activities}</b> activities.", None, held).format(
                                         minutes=dose["planned_minutes"], activities=dose["activities"]), s["body"]))
    if dose["students"]:
        median = dose["median_sessions_attended"]
        story.append(Paragraph(translate("printing.class_report", "Attendance: a typical student (the median) came to "
                                         "<b>{median}</b> of the {sessions} sessions; {took_part} of the {students} "
                                         "students came to at least one.").format(
                                             median=decimal(median), sessions=held, took_part=dose["took_part"],
                                             students=dose["students"]), s["body"]))
    points = [(p["date"], p["togetherness"]) for p in dose["togetherness"]]
    if points:
        story += [Paragraph(translate("printing.class_report", "Playing together: the drum circle"), s["h2"]),
                  togetherness_line(points, width=min(width, 130 * mm), height=42 * mm),
                  Paragraph(translate("printing.class_report", "Togetherness from 0 (everyone at random) to 100 "
                                      "(every beat together), the best round of each session. It describes the "
                                      "group, never one student."), s["small"])]
    else:
        story.append(Paragraph(translate("printing.class_report", "No drum circle has been scored with this class "
                                         "yet."), s["small"]))
    return story


def _quotes(quotes: Sequence[dict[str, Any]], s: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    if not quotes:
        return []
    story: list[Flowable] = [Paragraph(translate("printing.class_report", "In their own words"), s["h1"]),
                             Paragraph(translate("printing.class_report", "From the class's story wall, chosen by the "
                                                 "facilitator; each student's name as they chose it."),
                                       ParagraphStyle("qi", s["small"], spaceAfter=4))]
    for quote in quotes:
        text = "<br/>".join(markup(line) for line in quote["text"].strip().splitlines() if line.strip())
        cell = [Paragraph(f"“{text}”", s["quote"]),
                Paragraph(f"— {markup(quote['name'])}", ParagraphStyle("qn", s["body"], textColor=GREY, spaceBefore=2))]
        block = Table([[cell]], colWidths=[width])
        block.setStyle(TableStyle([("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                                   ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        story += [KeepTogether(block), Spacer(1, 5)]
    return story


def page_decor(figures: dict[str, Any], kind: str | None = None, name: str | None = None
               ) -> Callable[[Canvas, BaseDocTemplate], None]:
    """Every page: the demo banner when the answers are made up, and a footer saying what this is (`kind`: a
    class report unless said)."""
    kind = translate("printing.class_report", "Class report") if kind is None else kind
    day = long_date(date.fromisoformat(figures["date"]))
    page = translate("printing.class_report", "page {number}")
    footer = printable(f"{APP_NAME}  ·  {kind}  ·  {figures['class'] if name is None else name}  ·  {day}")

    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        if figures["demo_notice"]:
            band_h = BANNER_H - 3 * mm
            bottom = height - MARGIN_TOP - band_h
            canvas.setFillColor(BANNER_BG)
            canvas.rect(MARGIN_X, bottom, width - 2 * MARGIN_X, band_h, stroke=0, fill=1)
            canvas.setFillColor(BANNER_INK)
            canvas.setFont(FONTS["bold"][0], 9)
            canvas.drawCentredString(width / 2, bottom + band_h / 2 - 3.2, figures["demo_notice"])
        canvas.setFont(FONTS["regular"][0], 8)
        canvas.setFillColor(GREY)
        canvas.drawString(MARGIN_X, MARGIN_BOTTOM / 2, footer)
        canvas.drawRightString(width - MARGIN_X, MARGIN_BOTTOM / 2, page.format(number=doc.page))
        canvas.restoreState()
    return draw


def render_figures(figures: dict[str, Any]) -> tuple[bytes, int]:
    """The report as PDF bytes and its number of pages, from `report_figures`' dictionary."""
    s = report_styles()
    buffer = io.BytesIO()
    top = MARGIN_TOP + (BANNER_H if figures["demo_notice"] else 0)
    doc = BaseDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=top,
                          bottomMargin=MARGIN_BOTTOM, author=APP_NAME,
                          title=translate("printing.class_report", "Class report: {name}").format(
                              name=figures["class"]),
                          creator=APP_NAME, initialFontName=FONTS["regular"][0], pageCompression=1)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, 0, 0, 0, 0, id="report")
    doc.addPageTemplates([PageTemplate("report", frames=[frame], onPage=page_decor(figures))])
    day = long_date(date.fromisoformat(figures["date"]))
    story: list[Flowable] = [Paragraph(translate("printing.class_report", "Class report: {name}").format(
                                 name=markup(figures["class"])), s["title"]),
                             Paragraph(translate("printing.class_report", "{app}, empathy workshops  ·  {date}").format(
                                 app=APP_NAME, date=day), s["subtitle"])]
    if figures["no_answers"]:
        story.append(tinted([Paragraph(translate("printing.class_report", "No answers yet"), s["subscale"]),
                              Paragraph(markup(figures["no_answers"]), s["sentence"]),
                              Paragraph(markup(figures["how_to_collect"]), s["body"])], doc.width))
    for q in figures["questionnaires"]:
        story += questionnaire_story(q, s, doc.width)
    story += _dose(figures["dose"], s, doc.width) + _quotes(figures["quotes"], s, doc.width)
    doc.build(story)
    return buffer.getvalue(), doc.page


def render_class_report(report: ClassReport, day: date | None = None) -> bytes:
    """The class report as PDF bytes (dated `day`, today by default)."""
    return render_figures(report_figures(report, day or date.today()))[0]
