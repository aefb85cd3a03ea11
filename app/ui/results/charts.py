"""The Results page's four charts, each readable without knowing any statistics.

- PairedDots: one subscale, each student a dot before (left) and after (right), joined by a thin line (blue
  when it went up, grey and dashed when it went down or stayed), the class averages as large diamonds on a
  thick line; the y axis is the answer scale in its own words. Dots carry no names: the chart keeps only
  the scores, sorted, never the student ids.
- ChangeIntervals: one row per subscale, a dot at the average change and a bar for its 95% interval, with
  a line at 0 labelled "no change", so "does the bar cross the line?" is the whole reading.
- Togetherness: the class's best rhythm togetherness (0–100) per session, as a line.
- Attendance: sessions each student was present for, as bars.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from app.measure.results import SubscaleResult
from app.measure.wording import (
    FEWEST_DOTS,
    ChangeRow,
    Scale,
    attendance_words,
    change_words,
    number,
    paired_words,
    short_date,
    signed,
    togetherness_words,
)
from app.ui.i18n import translate
from app.ui.results.chart_base import LEFT, Chart, dot
from app.ui.results.look import ACCENT, GREY, INK, LINE, PAPER, scaled

STEPS = (0.1, 0.25, 0.5, 1.0, 2.0)  # tick steps for the change axis, in answer-scale points


def _pen(colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width, style)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _diamond(painter: QPainter, centre: QPointF, size: float) -> None:
    painter.setPen(_pen(PAPER, max(1.0, size * 0.15)))
    painter.setBrush(INK)
    painter.drawPolygon(QPolygonF([centre + QPointF(0, -size), centre + QPointF(size, 0), centre + QPointF(0, size),
                                   centre + QPointF(-size, 0)]))


class PairedDots(Chart):
    LINES_HIGH = 16.0
    LINES_WIDE = 16.0

    def __init__(self, result: SubscaleResult, values: Sequence[int], labels: Sequence[str]) -> None:
        title = result.subscale.title
        super().__init__(translate("results.charts", "{subscale}: before and after, one dot per student").format(
            subscale=title))
        both = result.pre.keys() & result.post.keys()
        self.pairs = sorted((result.pre[s], result.post[s]) for s in both)  # scores only: no ids, no names
        self.only_before = sorted(v for s, v in result.pre.items() if s not in both)
        self.only_after = sorted(v for s, v in result.post.items() if s not in both)
        self.change = result.change
        self.values, self.labels = tuple(values), tuple(labels)
        self.scale = Scale(min(values), max(values), labels[0], labels[-1])
        self.dots = len(result.pre.keys() | result.post.keys()) >= FEWEST_DOTS
        self.describe(paired_words(title, self.pairs, len(self.only_before), len(self.only_after), result.change,
                                   self.scale, dots=self.dots))

    def plot(self, painter: QPainter, card: QRectF) -> None:
        m, small, bold = self.line(), self.small(), scaled(self.font(), 1.0, bold=True)
        axis_w = max(self.width_of(f"{v} {w}", small) for v, w in zip(self.values, self.labels, strict=True)) + m * 0.6
        mean_w = self.width_of("9.99", bold) + m * 0.5
        top, bottom = card.top() + m * 2.0, card.bottom() - m * 2.0
        left, right = card.left() + axis_w, card.right()
        band = min(m * 0.9, (right - left) * 0.08)
        pre_x, post_x = left + mean_w + band + m * 0.6, right - mean_w - band - m * 0.3
        low, high = self.scale.low, self.scale.high

        def y(v: float) -> float:
            return bottom - (v - low) / ((high - low) or 1) * (bottom - top)

        for value, word in zip(self.values, self.labels, strict=True):
            painter.setPen(_pen(LINE, 1))
            painter.drawLine(QLineF(left, y(value), right, y(value)))
            self.text_at(painter, card.left(), y(value), f"{value} {word}", "left", colour=GREY, font=small)
        # Translators: above the column of answers given before the program
        self.text_at(painter, pre_x, card.top() + m * 0.6, translate("results.charts", "Before"), "centre", font=bold)
        # Translators: above the column of answers given after the program
        self.text_at(painter, post_x, card.top() + m * 0.6, translate("results.charts", "After"), "centre", font=bold)
        if not (self.pairs or self.only_before or self.only_after):
            self.message(painter, QRectF(left, top, right - left, bottom - top),
                         translate("results.charts", "No answers to show yet."))
            return
        r, thin = m * 0.2, max(1.0, m * 0.08)

        def offset(i: int) -> float:  # a fixed spread, so equal scores do not hide behind one another
            return ((i % 5) - 2) / 2 * band

        for i, (a, b) in enumerate(self.pairs if self.dots else ()):
            up = b > a
            colour = ACCENT if up else GREY
            start, end = QPointF(pre_x + offset(i), y(a)), QPointF(post_x + offset(i), y(b))
            painter.setPen(_pen(colour, thin, Qt.PenStyle.SolidLine if up else Qt.PenStyle.DashLine))
            painter.drawLine(QLineF(start, end))
            dot(painter, start, r, colour)
            dot(painter, end, r, colour)
        for x, lone in ((pre_x, self.only_before), (post_x, self.only_after)) if self.dots else ():
            for i, v in enumerate(lone):
                dot(painter, QPointF(x + offset(i + 2), y(v)), r, PAPER, outline=GREY, width=thin * 1.5)
        c = self.change
        if c.pre_mean is not None and c.post_mean is not None:
            start, end = QPointF(pre_x, y(c.pre_mean)), QPointF(post_x, y(c.post_mean))
            painter.setPen(_pen(INK, m * 0.28))
            painter.drawLine(QLineF(start, end))
            _diamond(painter, start, m * 0.5)
            _diamond(painter, end, m * 0.5)
            self.text_at(painter, pre_x - band - m * 0.55, start.y(), number(c.pre_mean), "right", font=bold)
            self.text_at(painter, post_x + band + m * 0.55, end.y(), number(c.post_mean), "left", font=bold)
        self._legend(painter, card, small)

    def _legend(self, painter: QPainter, card: QRectF, font: QFont) -> None:
        """The key under the chart, in shorter words when the long ones do not fit (the page explains it too)."""
        m = self.line()
        styles = ((ACCENT, Qt.PenStyle.SolidLine, max(1.0, m * 0.08)), (GREY, Qt.PenStyle.DashLine, max(1.0, m * 0.08)),
                  (INK, Qt.PenStyle.SolidLine, m * 0.28))
        sample, gap = m * 1.4, m * 0.9
        # Translators: the chart's key, in long words and, when they do not fit, in shorter ones
        keys = (((translate("results.charts", "went up"), translate("results.charts", "down or same"),
                  translate("results.charts", "class average")),
                 (translate("results.charts", "up"), translate("results.charts", "down/same"),
                  translate("results.charts", "average"))) if self.dots
                else (("", "", translate("results.charts", "class average (too few students to show each one)")),
                      ("", "", translate("results.charts", "class average only")),
                      ("", "", translate("results.charts", "average"))))
        for words in keys:
            total = sum(sample + m * 0.3 + self.width_of(w, font) + gap for w in words if w) - gap
            if total <= card.width():
                break
        else:
            return
        x, y = card.center().x() - total / 2, card.bottom() - m * 0.5
        for (colour, style, width), text in zip(styles, words, strict=True):
            if not text:
                continue
            painter.setPen(_pen(colour, width, style))
            painter.drawLine(QLineF(x, y, x + sample, y))
            if colour == INK:
                _diamond(painter, QPointF(x + sample / 2, y), m * 0.35)
            x += sample + m * 0.3
            self.text_at(painter, x, y, text, "left", colour=INK, font=font)
            x += self.width_of(text, font) + gap


class ChangeIntervals(Chart):
    LINES_WIDE = 30.0

    def __init__(self, rows: Sequence[ChangeRow], scale: Scale) -> None:
        super().__init__(translate("results.charts", "How much each part changed, with the range we are fairly "
                                   "confident about"))
        self.rows = tuple(rows)
        self.describe(change_words(self.rows, scale))
        bounds = [abs(v) for r in self.rows for v in (r.change.change_mean, *(r.change.change_ci or ()))
                  if v is not None]
        extent = max([0.25, *bounds]) * 1.05
        step = next((s for s in STEPS if extent / s <= 4), STEPS[-1])
        self.step, self.limit = step, math.ceil(extent / step) * step

    def lines_high(self) -> float:
        return 5.0 + 2.2 * max(1, len(self.rows))

    @staticmethod
    def value_text(row: ChangeRow) -> str:
        c = row.change
        if c.n == 0 or c.change_mean is None:
            return translate("results.charts", "no one answered both times")
        if c.descriptive_only or c.change_ci is None:
            return translate("results.charts", "{change}, too few to say").format(change=signed(c.change_mean))
        # Translators: the average change and the range it is fairly sure to lie in, e.g. "+0.4 (+0.1 to +0.7)"
        return translate("results.charts", "{change} ({low} to {high})").format(
            change=signed(c.change_mean), low=signed(c.change_ci[0]), high=signed(c.change_ci[1]))

    def plot(self, painter: QPainter, card: QRectF) -> None:
        m, small = self.line(), self.small()
        metrics = QFontMetricsF(self.font())
        label_w = min(max(self.width_of(r.title) for r in self.rows) + m * 0.8, card.width() * 0.28)
        value_w = min(max(self.width_of(self.value_text(r)) for r in self.rows) + m * 0.8, card.width() * 0.34)
        left, right = card.left() + label_w, card.right() - value_w
        top, axis_y = card.top() + m * 1.5, card.bottom() - m * 2.4
        centre, half = (left + right) / 2, (right - left) / 2 - m * 0.3

        def x(v: float) -> float:
            return centre + v / self.limit * half

        ticks = round(self.limit / self.step)
        for k in range(-ticks, ticks + 1):
            v = k * self.step
            painter.setPen(_pen(LINE, 1))
            painter.drawLine(QLineF(x(v), top, x(v), axis_y))
            self.text_at(painter, x(v), axis_y + m * 0.6, signed(v, 2 if self.step < 0.5 else 1), "centre",
                         colour=GREY, font=small)
        self.text_at(painter, x(-self.limit), axis_y + m * 1.7, translate("results.charts", "← lower after"), "left",
                     colour=GREY, font=small)
        self.text_at(painter, x(self.limit), axis_y + m * 1.7, translate("results.charts", "higher after →"), "right",
                     colour=GREY, font=small)
        painter.setPen(_pen(INK, max(1.5, m * 0.1)))
        painter.drawLine(QLineF(x(0), top - m * 0.2, x(0), axis_y))
        self.text_at(painter, x(0), card.top() + m * 0.55, translate("results.charts", "no change"), "centre",
                     font=small)
        row_h = (axis_y - top) / max(1, len(self.rows))
        for i, row in enumerate(self.rows):
            cy = top + (i + 0.5) * row_h
            name = metrics.elidedText(row.title, Qt.TextElideMode.ElideRight, label_w - m * 0.6)
            self.text(painter, QRectF(card.left(), cy - m, label_w - m * 0.6, 2 * m), name, LEFT)
            self.text_at(painter, right + m * 0.6, cy, self.value_text(row), "left")
            c = row.change
            if c.change_ci is not None and not c.descriptive_only:
                lo, hi = c.change_ci
                painter.setPen(_pen(ACCENT, m * 0.22))
                painter.drawLine(QLineF(x(lo), cy, x(hi), cy))
                for end in (lo, hi):
                    painter.drawLine(QLineF(x(end), cy - m * 0.35, x(end), cy + m * 0.35))
            if c.change_mean is not None:
                dot(painter, QPointF(x(c.change_mean), cy), m * 0.32, INK, outline=PAPER, width=max(1.0, m * 0.1))


class Togetherness(Chart):
    LINES_HIGH = 11.0
    GRID = (0, 25, 50, 75, 100)  # the 0, 50 and 100 lines are labelled

    def __init__(self, points: Sequence[tuple[str, int]]) -> None:
        super().__init__(translate("results.charts", "How together the class played, per session"))
        self.points = tuple(points)
        self.describe(togetherness_words(self.points))

    def lines_high(self) -> float:
        return self.LINES_HIGH if self.points else 4.0

    def plot(self, painter: QPainter, card: QRectF) -> None:
        m, small, bold = self.line(), self.small(), scaled(self.font(), 1.0, bold=True)
        left, right = card.left() + self.width_of("100", small) + m * 0.6, card.right()
        top, bottom = card.top() + m * 1.3, card.bottom() - m * 1.5
        if not self.points:
            self.message(painter, card, translate("results.charts", "No rhythm run with a score yet: Y starts one "
                                                  "while a session runs."))
            return

        def y(v: float) -> float:
            return bottom - v / 100 * (bottom - top)

        for v in self.GRID:
            painter.setPen(_pen(LINE, 1))
            painter.drawLine(QLineF(left, y(v), right, y(v)))
            if v % 50 == 0:
                self.text_at(painter, left - m * 0.3, y(v), str(v), "right", colour=GREY, font=small)
        pad = max(m * 1.6, self.width_of("30 Nov", small) / 2 + m * 0.2)
        n = len(self.points)
        xs = [(left + right) / 2] if n == 1 else [left + pad + i * (right - left - 2 * pad) / (n - 1) for i in range(n)]
        spots = [QPointF(px, y(score)) for px, (_, score) in zip(xs, self.points, strict=True)]
        painter.setPen(_pen(ACCENT, max(1.5, m * 0.15)))
        painter.drawPolyline(QPolygonF(spots))
        every = max(1, math.ceil(n * (self.width_of("30 Nov", small) + m) / max(1.0, right - left)))
        for i, (spot, (day, score)) in enumerate(zip(spots, self.points, strict=True)):
            dot(painter, spot, m * 0.28, ACCENT, outline=PAPER, width=max(1.0, m * 0.08))
            if i % every == 0 or i == n - 1:  # too many to write? every k-th, and always the latest
                self.text_at(painter, spot.x(), spot.y() - m * 0.8, str(score), "centre", font=bold)
                self.text_at(painter, spot.x(), bottom + m * 0.8, short_date(day), "centre", colour=GREY, font=small)


class Attendance(Chart):
    LINES_WIDE = 16.0

    def __init__(self, rows: Sequence[tuple[str, int]], sessions: int) -> None:
        super().__init__(translate("results.charts", "Attendance: sessions each student was present for"))
        self.rows, self.sessions = tuple(rows), sessions
        self.describe(attendance_words(self.rows, sessions))

    def lines_high(self) -> float:
        return 1.2 + 1.5 * max(1, len(self.rows))

    def plot(self, painter: QPainter, card: QRectF) -> None:
        m = self.line()
        if not self.rows or not self.sessions:
            self.message(painter, card, translate("results.charts", "No sessions held yet.") if self.rows
                         else translate("results.charts", "No students yet."))
            return
        metrics = QFontMetricsF(self.font())
        name_w = min(max(self.width_of(name) for name, _ in self.rows) + m * 0.6, card.width() * 0.4)
        # Translators: sessions a student was present for, of all the sessions held: "7 of 9"
        out_of = translate("results.charts", "{present} of {sessions}")
        value_w = self.width_of(out_of.format(present=self.sessions, sessions=self.sessions)) + m * 0.8
        left, right = card.left() + name_w, card.right() - value_w
        row_h = card.height() / len(self.rows)
        for i, (name, present) in enumerate(self.rows):
            cy = card.top() + (i + 0.5) * row_h
            shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, name_w - m * 0.6)
            self.text(painter, QRectF(card.left(), cy - m, name_w - m * 0.6, 2 * m), shown, LEFT)
            track = QRectF(left, cy - m * 0.4, right - left, m * 0.8)
            painter.setPen(_pen(LINE, 1))
            painter.setBrush(PAPER)
            painter.drawRect(track)
            if present:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(ACCENT)
                painter.drawRect(QRectF(track.left(), track.top(), track.width() * min(1, present / self.sessions),
                                        track.height()))
            self.text_at(painter, right + m * 0.4, cy, out_of.format(present=present, sessions=self.sessions), "left")
