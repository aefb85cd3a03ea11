"""The class report's charts, as reportlab.graphics Drawings (vector, so they print sharp at any size).

Made for readers who do not read charts every day: every student is a dot with no name, every average is a big
marker with its number written out, an interval is a bar with the "no change" line drawn through zero, and
colour is never the only carrier of meaning (the captions in the report say what rises and what falls).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfbase import pdfmetrics

from app.i18n import decimal, interval, translate
from app.measure.wording import date_words, signed  # +0.48, −0.10, 0.00: a change's sign is part of it
from app.printing.deck_pdf import FONTS, GREY, INK, register_fonts

RISE, FALL, SAME = HexColor("#2F6690"), HexColor("#C8553D"), HexColor("#8C959F")
GRID = HexColor("#D8DEE4")
LABEL_PT, SMALL_PT = 8.0, 7.0


@dataclass(frozen=True)
class ChangeRow:
    title: str
    mean: float | None
    ci: tuple[float, float] | None


def _font(bold: bool = False) -> str:
    register_fonts()
    return FONTS["bold" if bold else "regular"][0]


def _text(x: float, y: float, text: str, *, size: float = LABEL_PT, colour: Color = GREY, anchor: str = "start",
          bold: bool = False) -> String:
    return String(x, y, text, fontName=_font(bold), fontSize=size, fillColor=colour, textAnchor=anchor)


def _fit(text: str, width: float, size: float, bold: bool = False) -> str:
    """One line of at most `width` pt, cut with '…' when it is longer."""
    font = _font(bold)
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _two_lines(text: str, width: float, size: float) -> list[str]:
    """A label on one line if it fits, else broken at a space into two (the second cut with '…' if need be)."""
    if pdfmetrics.stringWidth(text, _font(True), size) <= width or " " not in text:
        return [_fit(text, width, size, bold=True)]
    words = text.split(" ")
    first = words[0]
    for word in words[1:]:
        if pdfmetrics.stringWidth(f"{first} {word}", _font(True), size) > width:
            break
        first = f"{first} {word}"
    return [_fit(first, width, size, bold=True), _fit(text[len(first):].strip(), width, size, bold=True)]


def _spread(values: dict[int, float], order: dict[int, float], step: float) -> dict[int, float]:
    """Horizontal offsets so students with the same score sit side by side instead of on top of each other.

    Within a tie, students are ordered by their other score, which keeps the joining lines from crossing.
    """
    ties: dict[float, list[int]] = defaultdict(list)
    for index, value in values.items():
        ties[round(value, 6)].append(index)
    offsets = {}
    for members in ties.values():
        members.sort(key=lambda i: (order[i], i))
        for rank, index in enumerate(members):
            offsets[index] = (rank - (len(members) - 1) / 2) * step
    return offsets


def paired_dots(pairs: Sequence[Sequence[float]], pre_mean: float | None, post_mean: float | None, low: float,
                high: float, *, width: float, height: float) -> Drawing:
    """Each student a small dot before and after, joined by a thin line; the averages as big joined markers."""
    drawing = Drawing(width, height)
    left, right, bottom, top = 14.0, 4.0, 26.0, 10.0
    plot_w, plot_h = width - left - right, height - bottom - top

    def y_of(value: float) -> float:
        return bottom + (value - low) / (high - low) * plot_h

    for tick in range(math.ceil(low), math.floor(high) + 1):
        drawing.add(Line(left, y_of(tick), width - right, y_of(tick), strokeColor=GRID, strokeWidth=0.5))
        drawing.add(_text(left - 4, y_of(tick) - 2.6, f"{tick:g}", size=SMALL_PT, anchor="end"))
    x_pre, x_post = left + plot_w * 0.28, left + plot_w * 0.72
    for x, word, mean in ((x_pre, translate("printing.report_charts", "Before"), pre_mean),
                          (x_post, translate("printing.report_charts", "After"), post_mean)):
        drawing.add(_text(x, bottom - 11, word, colour=INK, anchor="middle", bold=True))
        if mean is not None:
            drawing.add(_text(x, bottom - 21, translate("printing.report_charts", "average {mean}").format(
                mean=decimal(mean, 2)), size=SMALL_PT, anchor="middle"))
    if not pairs and (pre_mean is None or post_mean is None):
        drawing.add(_text(left + plot_w / 2, bottom + plot_h / 2,
                          translate("printing.report_charts", "No student answered both times yet"),
                          size=SMALL_PT, anchor="middle"))
        return drawing
    if not pairs:  # a handful of students: their dots would be people, so the averages only
        drawing.add(_text(left + plot_w / 2, height - 6.5,
                          translate("printing.report_charts", "averages only: too few students for dots"),
                          size=SMALL_PT - 0.5, anchor="middle"))
    before = {i: float(p[0]) for i, p in enumerate(pairs)}
    after = {i: float(p[1]) for i, p in enumerate(pairs)}
    step = min(3.2, plot_w * 0.36 / max(len(pairs), 1))
    pre_dx, post_dx = _spread(before, after, step), _spread(after, before, step)
    for i in before:
        colour = RISE if after[i] > before[i] + 1e-9 else FALL if after[i] < before[i] - 1e-9 else SAME
        a = (x_pre + pre_dx[i], y_of(before[i]))
        b = (x_post + post_dx[i], y_of(after[i]))
        drawing.add(Line(*a, *b, strokeColor=colour, strokeWidth=0.6, strokeOpacity=0.75))
        for x, y in (a, b):
            drawing.add(Circle(x, y, 1.5, fillColor=colour, strokeColor=None))
    if pre_mean is not None and post_mean is not None:
        drawing.add(Line(x_pre, y_of(pre_mean), x_post, y_of(post_mean), strokeColor=INK, strokeWidth=2.2))
        for x, mean in ((x_pre, pre_mean), (x_post, post_mean)):
            drawing.add(Circle(x, y_of(mean), 4.4, fillColor=INK, strokeColor=white, strokeWidth=1.2))
    return drawing


def _nice_span(rows: Sequence[ChangeRow]) -> float:
    extent = [abs(v) for r in rows for v in ((r.mean,) if r.ci is None else (r.mean, *r.ci)) if v is not None]
    return max(0.5, math.ceil(max(extent, default=0.0) * 4 + 0.4) / 4)


def change_intervals(rows: Sequence[ChangeRow], *, width: float, scale: str, row_h: float = 19.0) -> Drawing:
    """One line per subscale (or class): the average change as a dot, its 95% interval as a bar, a line at 0."""
    top, bottom = 14.0, 30.0
    label_w, value_w = 112.0, 98.0
    height = top + bottom + row_h * len(rows)
    drawing = Drawing(width, height)
    x0, x1 = label_w + 8, width - value_w - 6
    span = _nice_span(rows)

    def x_of(value: float) -> float:
        return x0 + (value + span) / (2 * span) * (x1 - x0)

    axis_y = bottom - 4
    tick_step = 0.25 if span <= 1 else 0.5 if span <= 2 else 1.0
    ticks = round(span / tick_step)
    for k in range(-ticks, ticks + 1):
        value = k * tick_step
        drawing.add(Line(x_of(value), axis_y, x_of(value), height - top + 2, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(_text(x_of(value), axis_y - 9, signed(value, 2 if tick_step < 0.5 else 1) if value else "0",
                          size=SMALL_PT, anchor="middle"))
    drawing.add(Line(x_of(0), axis_y, x_of(0), height - top + 4, strokeColor=INK, strokeWidth=1.0))
    drawing.add(_text(x_of(0), height - top + 6, translate("printing.report_charts", "no change"), size=SMALL_PT,
                      colour=INK, anchor="middle"))
    # Translators: the axis under the chart; keep the arrows at the ends and the wide gaps between the three parts
    axis = translate("printing.report_charts", "← lower after   change in points on the {scale} scale   higher after →")
    drawing.add(_text((x0 + x1) / 2, axis_y - 20, axis.format(scale=scale), size=SMALL_PT, anchor="middle"))
    for number, row in enumerate(rows):
        y = height - top - row_h * (number + 0.5)
        lines = _two_lines(row.title, label_w, LABEL_PT)
        for k, line in enumerate(lines):
            drawing.add(_text(label_w, y - 2.8 + (len(lines) - 1 - 2 * k) * 4.6, line, colour=INK, anchor="end",
                              bold=True))
        if row.mean is None:
            drawing.add(_text(x1 + 6, y - 2.8, translate("printing.report_charts", "no student answered both times"),
                              size=SMALL_PT))
            continue
        if row.ci is not None:
            lo, hi = (x_of(v) for v in row.ci)
            drawing.add(Line(lo, y, hi, y, strokeColor=RISE, strokeWidth=2.4))
            for x in (lo, hi):
                drawing.add(Line(x, y - 4, x, y + 4, strokeColor=RISE, strokeWidth=1.2))
            words = f"{signed(row.mean)}  {interval(signed(row.ci[0]), signed(row.ci[1]))}"
        else:
            words = f"{signed(row.mean)}  {translate('printing.report_charts', 'no interval')}"
        drawing.add(Circle(x_of(row.mean), y, 3.8, fillColor=INK, strokeColor=white, strokeWidth=1))
        drawing.add(_text(x1 + 6, y - 2.8, _fit(words, value_w, LABEL_PT), colour=INK))
    return drawing


def _short_date(text: str) -> str:
    try:
        day = date.fromisoformat(text[:10])
    except ValueError:
        return text
    return date_words(day, short=True)


def togetherness_line(points: Sequence[tuple[str, int]], *, width: float, height: float) -> Drawing:
    """The best drum-circle togetherness (0–100) of each session, in date order, as a small line chart."""
    drawing = Drawing(width, height)
    left, right, bottom, top = 22.0, 14.0, 16.0, 10.0
    plot_w, plot_h = width - left - right, height - bottom - top

    def y_of(value: float) -> float:
        return bottom + value / 100 * plot_h

    for tick in (0, 50, 100):
        drawing.add(Line(left, y_of(tick), width - right, y_of(tick), strokeColor=GRID, strokeWidth=0.5))
        drawing.add(_text(left - 4, y_of(tick) - 2.6, str(tick), size=SMALL_PT, anchor="end"))
    if len(points) == 1:
        xs = [left + plot_w / 2]
    else:
        xs = [left + plot_w * i / (len(points) - 1) for i in range(len(points))]
    every = max(1, math.ceil(len(points) / 8))  # at most about eight date labels, so they never overlap
    for i, (x, (day, _)) in enumerate(zip(xs, points, strict=True)):
        if i % every == 0 or i == len(points) - 1:
            drawing.add(_text(x, bottom - 11, _short_date(day), size=SMALL_PT, anchor="middle"))
    coords = [c for x, (_, value) in zip(xs, points, strict=True) for c in (x, y_of(value))]
    if len(points) > 1:
        drawing.add(PolyLine(coords, strokeColor=RISE, strokeWidth=1.6))
    for x, (_, value) in zip(xs, points, strict=True):
        drawing.add(Circle(x, y_of(value), 2.6, fillColor=RISE, strokeColor=white, strokeWidth=0.8))
        drawing.add(_text(x, y_of(value) + 5, str(value), size=SMALL_PT, colour=INK, anchor="middle"))
    return drawing
