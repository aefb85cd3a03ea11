"""The class report's tables: the figures in detail, each explained in plain words, and the class's standing
before any student has answered twice. Cells come from `report_figures`, formatted here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from app.i18n import QT_TRANSLATE_NOOP, decimal, interval, listed, translate
from app.measure.wording import p_value, signed
from app.printing.journal_pdf import printable

RULE = HexColor("#D0D7DE")
NOTE = "<font color='#57606A' size='7.5'>"  # i18n: not text (Paragraph markup: a grey, smaller line)
EXPLAIN = (  # (figure, what it means in plain words), marked for the catalogue: translated where printed
    (QT_TRANSLATE_NOOP("printing.report_tables", "Students (n)"),
     QT_TRANSLATE_NOOP("printing.report_tables", "answered both times; only they are compared")),
    (QT_TRANSLATE_NOOP("printing.report_tables", "Before: mean (SD)"),
     QT_TRANSLATE_NOOP("printing.report_tables", "the average score; SD says how spread out the students were")),
    (QT_TRANSLATE_NOOP("printing.report_tables", "After: mean (SD)"),
     QT_TRANSLATE_NOOP("printing.report_tables", "the same, after the program")),
    (QT_TRANSLATE_NOOP("printing.report_tables", "Change [95% CI]"),
     QT_TRANSLATE_NOOP("printing.report_tables", "the average change per student; the true change most likely lies "
                       "in the brackets")),
    # Translators: keep <sub>z</sub> (it prints the z below the line)
    (QT_TRANSLATE_NOOP("printing.report_tables", "d<sub>z</sub> [95% CI]"),
     QT_TRANSLATE_NOOP("printing.report_tables", "the change compared with how much students' changes differed: "
                       "about 0.2 is small, 0.5 medium, 0.8 or more large")),
    (QT_TRANSLATE_NOOP("printing.report_tables", "Wilcoxon p"),
     QT_TRANSLATE_NOOP("printing.report_tables", "how often a change this large would turn up by chance if nothing "
                       "had changed; ≤ 0.05 is usually called clear")),
    (QT_TRANSLATE_NOOP("printing.report_tables", "Cronbach's α before / after"),
     QT_TRANSLATE_NOOP("printing.report_tables", "whether a subscale's questions hang together; 0.7 or more is "
                       "usually good enough")),
)


def markup(text: str) -> str:
    """Any text as Paragraph markup: drawable in DejaVu and escaped."""
    return escape(printable(text))


def _num(value: float | None, decimals: int = 2) -> str:
    """A figure for the table, with the language's decimal mark; a negative one gets a true minus sign, like the
    signed changes beside it."""
    return "–" if value is None else decimal(value, decimals).replace("-", "−")


def _interval(ci: Sequence[float] | None, sign: bool = True) -> str:
    if ci is None:
        return translate("printing.report_tables", "no interval")
    show = signed if sign else _num
    return interval(show(ci[0]), show(ci[1]))


def _p(value: float | None) -> str:
    return "–" if value is None else p_value(value)


def _values(sub: dict[str, Any]) -> list[str]:
    """The details table's cells for one subscale, in the order of EXPLAIN."""
    if not sub["n"]:
        return ["0", *["–"] * 5, f"{_num(sub['alpha_pre'])} / {_num(sub['alpha_post'])}"]
    grey = '<font color="#57606A">'  # i18n: not text
    change = "–" if sub["change_mean"] is None else signed(sub["change_mean"])
    dz = _num(sub["dz"])
    return [str(sub["n"]),
            f"{_num(sub['pre_mean'])} ({_num(sub['pre_sd'])})",
            f"{_num(sub['post_mean'])} ({_num(sub['post_sd'])})",
            f"{change}<br/>{grey}{_interval(sub['change_ci'])}</font>",
            f"{dz}<br/>{grey}{_interval(sub['dz_ci'], sign=False)}</font>" if sub["dz"] is not None else "–",
            _p(sub["wilcoxon_p"]),
            f"{_num(sub['alpha_pre'])} / {_num(sub['alpha_post'])}"]


def details_table(q: dict[str, Any], s: dict[str, ParagraphStyle], width: float) -> Table:
    """Figures down the side, each with its plain-words line, and one column per subscale: the explanations
    then sit once beside every value they explain, however many subscales a questionnaire has."""
    subs = q["subscales"]
    first_w = max(58 * mm, width - 34 * mm * len(subs))  # the explanations need room; the rest share what is left
    value_w = (width - first_w) / max(len(subs), 1)
    rows: list[list[Flowable]] = [[Paragraph("", s["cell"])] + [Paragraph(markup(sub["title"]), s["cellhead"])
                                                                  for sub in subs]]
    cells = [_values(sub) for sub in subs]
    for number, (name, meaning) in enumerate(EXPLAIN):
        name, meaning = translate("printing.report_tables", name), translate("printing.report_tables", meaning)
        label = Paragraph(f"<b>{name}</b><br/>{NOTE}{escape(meaning)}</font>", s["cell"])
        rows.append([label] + [Paragraph(column[number], s["cell"]) for column in cells])
    table = Table(rows, colWidths=[first_w] + [value_w] * len(subs), repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table


def standing_table(q: dict[str, Any], s: dict[str, ParagraphStyle], width: float) -> Table:
    """Where the class stands so far (each round on its own), when there are no pairs to compare yet."""
    head = ["", translate("printing.report_tables", "Before the program: students, average (SD)"),
            translate("printing.report_tables", "After it: students, average (SD)")]
    rows: list[list[Flowable]] = [[Paragraph(text, s["cellhead"]) for text in head]]
    for sub in q["subscales"]:
        cells = [f"{listed(str(r['n']), _num(r['mean']))} ({_num(r['sd'])})" if r["n"]
                 else translate("printing.report_tables", "no answers")
                 for r in (sub["before"], sub["after"])]
        rows.append([Paragraph(f"<b>{markup(sub['title'])}</b><br/>{NOTE}{markup(sub['explain'])}</font>", s["cell"]),
                     *(Paragraph(cell, s["cell"]) for cell in cells)])
    table = Table(rows, colWidths=[width - 90 * mm, 45 * mm, 45 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table
