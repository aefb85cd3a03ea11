"""What every Results chart shares: a white card, sizes measured in lines of the widget's font, and its numbers
in words as the accessible description (what a screen reader says, and what `chart_text()` returns).

Charts are painted with QPainter: QtCharts is not part of PySide6-Essentials, and four small charts do not
need it. A chart takes keyboard focus (Tab), so a screen-reader user lands on it and hears its description.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.results.look import ACCENT, INK, LINE, PAPER, scaled

CENTRE = Qt.AlignmentFlag.AlignCenter.value
LEFT = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value
RIGHT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
WRAP = Qt.TextFlag.TextWordWrap.value


class Chart(QWidget):
    """A chart: subclasses set their words with `describe` and draw inside `plot(painter, card)`."""

    LINES_HIGH = 12.0  # the chart's height, in lines of its font
    LINES_WIDE = 24.0  # the narrowest it stays readable at

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._words = ""

    def describe(self, words: str) -> None:
        self._words = words
        self.setAccessibleDescription(words)

    def chart_text(self) -> str:
        """The chart's numbers in words, as a screen reader says them (the tests read these too)."""
        return self._words

    # Measures --------------------------------------------------------------------------------------------
    def line(self) -> float:
        """One line of the widget's font, in pixels: every size in a chart is a multiple of it."""
        return QFontMetricsF(self.font()).height()

    def small(self) -> QFont:
        return scaled(self.font(), 0.92)

    def width_of(self, text: str, font: QFont | None = None) -> float:
        return QFontMetricsF(font or self.font()).horizontalAdvance(text)

    def lines_high(self) -> float:
        return self.LINES_HIGH

    def sizeHint(self) -> QSize:
        return QSize(round(self.line() * self.LINES_WIDE * 1.4), round(self.line() * self.lines_high()))

    def minimumSizeHint(self) -> QSize:
        return QSize(round(self.line() * self.LINES_WIDE), round(self.line() * self.lines_high()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
        super().changeEvent(event)

    # Painting --------------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(ACCENT if self.hasFocus() else LINE, 2 if self.hasFocus() else 1))
        painter.setBrush(PAPER)
        painter.drawRoundedRect(card, 6, 6)
        painter.setFont(self.font())
        pad = self.line() * 0.6
        self.plot(painter, card.adjusted(pad, pad * 0.8, -pad, -pad * 0.8))
        painter.end()

    def plot(self, painter: QPainter, card: QRectF) -> None:
        raise NotImplementedError

    def text(self, painter: QPainter, rect: QRectF, text: str, flags: int, *, colour: QColor = INK,
             font: QFont | None = None) -> None:
        painter.setPen(colour)
        painter.setFont(font or self.font())
        painter.drawText(rect, flags, text)

    def text_at(self, painter: QPainter, x: float, y: float, text: str, align: str, *, colour: QColor = INK,
                font: QFont | None = None) -> None:
        """Text centred vertically on y; `align` is 'left' (starts at x), 'right' (ends at x) or 'centre'."""
        font = font or self.font()
        w, h = self.width_of(text, font) + 2, QFontMetricsF(font).height()
        left = {"left": x, "right": x - w, "centre": x - w / 2}[align]
        self.text(painter, QRectF(left, y - h / 2, w, h), text, CENTRE, colour=colour, font=font)

    def message(self, painter: QPainter, card: QRectF, words: str) -> None:
        """What an empty chart says instead of drawing nothing."""
        self.text(painter, card, words, CENTRE | WRAP)


def dot(painter: QPainter, centre: QPointF, radius: float, fill: QColor, *, outline: QColor | None = None,
        width: float = 1.0) -> None:
    painter.setPen(QPen(outline or fill, width))
    painter.setBrush(fill)
    painter.drawEllipse(centre, radius, radius)

