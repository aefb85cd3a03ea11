"""Painted, fitted text for the projector: labels that draw the fitter's lines, pages of them, corner clocks.

Why labels that paint themselves: the fitter decides every line break, size and spacing, so a QLabel's own
layout would disagree with it by a few pixels and push the last line off the screen. Each widget here is still a
QLabel holding exactly the plain text it paints, so `ProjectorView.visible_text()` and screen readers see the
same words the class sees, and nothing is ever interpreted as markup (a student's words included).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from app.ui.runner.projector_fit import Block, Line, fit_blocks, font, limits, metrics
from app.ui.theme import PROJECTOR

# The projector's dark palette lives with the rest of the look (app/ui/theme.py, ProjectorPalette); these are
# the short names the projector's modules draw with.
BACKGROUND = PROJECTOR.background
TEXT = PROJECTOR.text
ACCENT = PROJECTOR.accent    # headings and highlights: 12.9:1 on the background
SOFT = PROJECTOR.soft        # names and secondary text: 11.6:1
MUTED = PROJECTOR.muted      # small labels: 8.9:1
PANEL = PROJECTOR.panel      # cards, tiles and clocks sit on this, a step lighter than the background
CLOCK = 0.055           # the clocks' text is 5.5% of the screen height (× the room's text scale)
PAUSED = "⏸"            # the runner's mark for a paused scene timer: drawn as two bars (few fonts have it)


@dataclass(frozen=True)
class TextStyle:
    """How one label of a page is fitted: relative size, own cap (fraction of the screen height), colour."""

    scale: float = 1.0
    cap: float = 0.0
    bold: bool = False
    align: str = "auto"
    colour: str = TEXT


class FitLabel(QLabel):
    """Plain text painted as the page's fit laid it out; its geometry is the text's bounding box."""

    def __init__(self, name: str, style: TextStyle, text: str = "") -> None:
        super().__init__(text)
        self.setObjectName(name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.style_ = style
        self.lines: tuple[Line, ...] = ()
        self.px = 0

    def place(self, lines: list[Line], px: int, left: int, top: int) -> None:
        """Take this label's lines (area coordinates) and move to their bounding box at (left, top) + offset."""
        if not lines:
            self.lines, self.px = (), 0
            self.setGeometry(left, top, 0, 0)
            return
        x0, y0 = min(line.x for line in lines), min(line.y for line in lines)
        x1, y1 = max(line.x + line.width for line in lines), max(line.y + line.height for line in lines)
        self.lines = tuple(Line(ln.block, ln.text, ln.x - x0, ln.y - y0, ln.width, ln.height, ln.baseline - y0)
                           for ln in lines)
        self.px = px
        self.setGeometry(left + x0, top + y0, x1 - x0, y1 - y0)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.lines:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(font(self.px, self.style_.bold))
        painter.setPen(QColor(self.style_.colour))
        for line in self.lines:
            painter.drawText(line.x, line.baseline, line.text)


class TextPage(QWidget):
    """A page of fitted labels stacked in the free area: a slide (heading, lines), the pause, a story."""

    def __init__(self, *labels: FitLabel) -> None:
        super().__init__()
        self.labels = labels
        for label in labels:
            label.setParent(self)
        self.base = 0

    def relayout(self, area: QRect, scale: float) -> None:
        """Fit every shown label together into `area`; called on resize, new text, scale or clock change."""
        floor, cap = limits(self.height(), scale)
        blocks = tuple(Block(tuple(label.text().split("\n")) if label.text() and not label.isHidden() else (),
                             label.style_.scale, round(label.style_.cap * self.height() * scale),
                             label.style_.bold, label.style_.align) for label in self.labels)
        fit = fit_blocks(blocks, area.width(), area.height(), floor, cap)
        self.base = fit.base
        top = area.top() + max(0, (area.height() - fit.height) // 2)
        for index, label in enumerate(self.labels):
            mine = [line for line in fit.lines if line.block == index]
            label.place(mine, fit.sizes[index] if fit.sizes else 0, area.left(), top)


class CornerClock(QLabel):
    """A clock in a corner of the projector: large, on a calm panel. The step's countdown highlights its last
    minute and, once over, says "Time" in a calm colour: the class should look up, not panic."""

    def __init__(self, name: str, colour: str = TEXT) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.colour, self.border = colour, ""
        self.px = 24
        self.hide()

    def set_state(self, text: str, colour: str, border: str = "") -> None:
        self.setText(text)
        self.colour, self.border = colour, border
        self.update()

    def _parts(self) -> tuple[str, int]:
        """The text to draw and the width of the pause bars after it (0 when not paused)."""
        text = self.text()
        if text.endswith(PAUSED):
            return text.removesuffix(PAUSED).rstrip(), round(self.px * 0.85)
        return text, 0

    def place(self, screen: QRect, scale: float, corner: Qt.Corner) -> None:
        """Size from the screen height and the text's shape (digits measured as zeros, so it never wobbles)."""
        self.px = max(14, round(screen.height() * CLOCK * scale))
        fm = metrics(self.px, True)
        text, bars = self._parts()
        width = fm.horizontalAdvance(re.sub(r"\d", "0", text)) + bars + self.px
        height = fm.height() + self.px // 3
        margin = max(8, screen.height() // 60)
        x = screen.width() - width - margin
        y = margin if corner == Qt.Corner.TopRightCorner else screen.height() - height - margin
        self.setGeometry(x, y, width, height)
        self.raise_()

    def band(self) -> int:
        """How much of the screen's height the clock's corner needs (the page keeps its text out of it)."""
        return self.height() + 2 * max(8, self.parentWidget().height() // 60 if self.parentWidget() else 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        painter.setBrush(QColor(PANEL))
        painter.setPen(QPen(QColor(self.border), 3) if self.border else Qt.PenStyle.NoPen)
        painter.drawRoundedRect(rect, rect.height() / 4, rect.height() / 4)
        painter.setFont(font(self.px, True))
        painter.setPen(QColor(self.colour))
        text, bars = self._parts()
        if not bars:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, text)
            return
        fm = metrics(self.px, True)
        left = (self.width() - fm.horizontalAdvance(text) - bars) // 2
        painter.drawText(QRect(left, 0, self.width(), self.height()), Qt.AlignmentFlag.AlignVCenter, text)
        bar_w, bar_h = max(3, round(self.px * 0.16)), round(fm.capHeight())
        x, y = left + fm.horizontalAdvance(text) + bars - 3 * bar_w, (self.height() - bar_h) // 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self.colour))
        painter.drawRect(x, y, bar_w, bar_h)
        painter.drawRect(x + 2 * bar_w, y, bar_w, bar_h)


def countdown_state(text: str) -> tuple[str, str, str]:
    """What the class sees for the runner's 'm:ss' (negative once over): the text, its colour and border.
    The last minute is highlighted in the heading colour; over time reads "Time" in the soft blue."""
    match = re.fullmatch(r"\s*(-?)(\d+):(\d\d)\s*", text)
    if match is None:
        return text, TEXT, ""
    negative, minutes, seconds = match.group(1) == "-", int(match.group(2)), int(match.group(3))
    if negative and (minutes or seconds):
        return "Time", SOFT, SOFT
    if minutes == 0:
        return f"0:{seconds:02d}", ACCENT, ACCENT
    return f"{minutes}:{seconds:02d}", TEXT, ""
