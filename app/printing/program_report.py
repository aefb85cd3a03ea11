"""The program report: many classes on A4, for a coordinator, a school board or a funder.

It opens with what was read (and what could not be), then each questionnaire with every class's students taken
together (the same sentences, dot charts and caveats as the class report), then each subscale's change class by
class as interval charts side by side, and last what each class took part in. Built from `program_figures`, the
dictionary `report program --json` writes, so the two never disagree.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
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
from app.printing.class_report import (
    BANNER_H,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    caveat_box,
    page_decor,
    questionnaire_story,
    report_styles,
)
from app.printing.deck_pdf import FONTS
from app.printing.report_charts import ChangeRow, change_intervals
from app.printing.report_figures import long_date
from app.printing.report_tables import RULE, markup

PER_CHART = 40  # classes in one interval chart: a page
CLASSES_CAPTION = QT_TRANSLATE_NOOP(
    "printing.program_report",
    "Each line is one class: the dot is its students' average change, the bar its 95% interval. A class with "
    "fewer than 10 students answering both times has a dot and no bar: too few to say more. Classes differ in "
    "more than the program, so compare them with care.")


def _opening(figures: dict[str, Any], s: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    classes, bundles = figures["classes_count"], len(figures["bundles"])
    # Translators: keep the <b>…</b> around the figures (they print in bold); %n is the number of classes
    opening = (translate("printing.program_report", "This report brings together <b>%n</b> class(es) from "
                         "<b>{bundles}</b> class bundle: <b>{students}</b> students and <b>{sessions}</b> sessions "
                         "held. Each questionnaire is shown first with all the classes' students together, then class "
                         "by class. No student is named.", None, classes) if bundles == 1 else
               translate("printing.program_report", "This report brings together <b>%n</b> class(es) from "
                         "<b>{bundles}</b> class bundles: <b>{students}</b> students and <b>{sessions}</b> sessions "
                         "held. Each questionnaire is shown first with all the classes' students together, then class "
                         "by class. No student is named.", None, classes))
    story: list[Flowable] = [Paragraph(opening.format(bundles=bundles, students=figures["students"],
                                                      sessions=figures["sessions"]), s["body"])]
    if figures["left_out"]:
        lines = [f"{item['bundle']}: {item['why']}" for item in figures["left_out"]]
        heading = (translate("printing.program_report", "%n bundle could not be read and is not in this report",
                             None, len(lines)) if len(lines) == 1 else
                   translate("printing.program_report", "%n bundles could not be read and are not in this report",
                             None, len(lines)))
        story += [Spacer(1, 6), KeepTogether(caveat_box(heading, lines, s, width))]
    if not figures["pooled"]:
        story.append(Paragraph(translate("printing.program_report", "None of these classes has questionnaire answers "
                                         "yet, so there is no change to report; what each class took part in "
                                         "follows."), s["sentence"]))
    return story


def _by_class(q: dict[str, Any], classes: list[dict[str, Any]], s: dict[str, ParagraphStyle],
              width: float) -> list[Flowable]:
    """Each subscale's change per class, 20 classes to a chart."""
    answered = [c for c in classes if q["id"] in c["questionnaires"]]
    if len(answered) < 2:
        return []
    scale = f"{q['scale']['min']}–{q['scale']['max']}"
    row_h = 19.0 if len(answered) <= PER_CHART // 2 else 15.5  # 40 classes still fit one page
    first = min(len(answered), PER_CHART) * row_h + 44 + 40  # the first chart, its heading and the h1's
    story: list[Flowable] = [CondPageBreak(first + 30), Paragraph(translate(
        "printing.program_report", "{questionnaire}, class by class").format(questionnaire=markup(q["title"])),
        s["h1"])]
    for index, sub in enumerate(q["subscales"]):
        rows = []
        for c in answered:
            mine = c["questionnaires"][q["id"]][index]
            rows.append(ChangeRow(f"{c['name']} (n {mine['n']})", mine["change_mean"],
                                  tuple(mine["change_ci"]) if mine["change_ci"] else None))
        for start in range(0, len(rows), PER_CHART):
            part = rows[start:start + PER_CHART]
            heading = (translate("printing.program_report", "{subscale} (classes {first}–{last} of {total})").format(
                subscale=markup(sub["title"]), first=start + 1, last=start + len(part), total=len(rows))
                if len(rows) > PER_CHART else markup(sub["title"]))
            story.append(KeepTogether([Paragraph(heading, s["h2"]),
                                       change_intervals(part, width=width, scale=scale, row_h=row_h)]))
    story.append(Paragraph(translate("printing.program_report", CLASSES_CAPTION),
                           ParagraphStyle("classes", s["small"], spaceBefore=4)))
    return story


def _dose_table(classes: list[dict[str, Any]], s: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    head = [translate("printing.program_report", "Class"), translate("printing.program_report", "Sessions"),
            translate("printing.program_report", "Planned minutes"), translate("printing.program_report", "Students"),
            translate("printing.program_report", "Sessions attended (median)"),
            translate("printing.program_report", "Drum circle (last)")]
    rows = [[Paragraph(f"<b>{markup(h)}</b>", s["cellhead"]) for h in head]]
    for c in classes:
        dose = c["dose"]
        median = dose["median_sessions_attended"]
        drums = dose["togetherness"][-1]["togetherness"] if dose["togetherness"] else None
        cells = [c["name"], str(dose["sessions"]), str(dose["planned_minutes"]), str(dose["students"]),
                 "–" if median is None else decimal(median), "–" if drums is None else f"{drums} / 100"]
        rows.append([Paragraph(markup(text), s["cell"]) for text in cells])
    table = Table(rows, colWidths=[width * f for f in (0.26, 0.1, 0.14, 0.15, 0.19, 0.16)], repeatRows=1)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    return [CondPageBreak(60 * mm), Paragraph(translate("printing.program_report", "What each class took part in"),
                                              s["h1"]),
            Paragraph(translate("printing.program_report", "Planned minutes are the plans' own; a session run from a "
                                "plan this laptop does not have counts no minutes. The drum circle is the last "
                                "session's best togetherness, from 0 (everyone at random) to 100 (every beat "
                                "together)."), ParagraphStyle("dose", s["small"], spaceAfter=4)),
            table]


def render_program(figures: dict[str, Any]) -> tuple[bytes, int]:
    """The program report as PDF bytes and its number of pages, from `program_figures`' dictionary."""
    s = report_styles()
    buffer = io.BytesIO()
    top = MARGIN_TOP + (BANNER_H if figures["demo_notice"] else 0)
    doc = BaseDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=top,
                          bottomMargin=MARGIN_BOTTOM, title=translate("printing.program_report", "Program report"),
                          author=APP_NAME, creator=APP_NAME, initialFontName=FONTS["regular"][0], pageCompression=1)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, 0, 0, 0, 0, id="report")
    kind = translate("printing.program_report", "Program report")
    doc.addPageTemplates([PageTemplate("report", frames=[frame], onPage=page_decor(figures, kind))])
    day = long_date(date.fromisoformat(figures["date"]))
    subtitle = translate("printing.program_report", "{app}, empathy workshops  ·  {classes}  ·  {date}").format(
        app=APP_NAME, classes=figures["class"], date=day)
    story: list[Flowable] = [Paragraph(kind, s["title"]), Paragraph(subtitle, s["subtitle"]),
                             *_opening(figures, s, doc.width)]
    for q in figures["pooled"]:
        together = {**q, "title": translate("printing.program_report", "{questionnaire}: all {classes} classes "
                                            "together").format(questionnaire=q["title"], classes=q["classes"])
                    if q["classes"] > 1 else q["title"]}
        story += questionnaire_story(together, s, doc.width)
        story += _by_class(q, figures["classes"], s, doc.width)
    story += _dose_table(figures["classes"], s, doc.width)
    doc.build(story)
    return buffer.getvalue(), doc.page
