"""The Results page's look: colours that keep their contrast on the app's light background, and type sizes
taken from the widget's own font, so a facilitator who sets a larger font gets larger charts and sentences.

Charts paint on a white card (PAPER), so every colour below is the theme's (app/ui/theme.py) and checked
against white there: text colours reach 4.5:1 (WCAG AA for text) and lines and dots at least 3:1 (WCAG 1.4.11
for graphics). The page's rules are in the application stylesheet (app/ui/theme_css.py), under the page's
objectName, so they never reach other pages.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QWidget

from app.ui import theme

_T = theme.current()
INK = QColor(_T.text)        # text, the class averages
ACCENT = QColor(_T.accent)   # went up, intervals, bars
GREY = QColor(_T.muted)      # went down, axis labels
LINE = QColor(_T.border)     # grid lines only (decoration, not information)
PAPER = QColor(_T.surface)


def scaled(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    """The widget's font, `factor` times as large (in points, so the user's font setting carries through)."""
    bigger = QFont(font)
    size = font.pointSizeF()
    if size > 0:
        bigger.setPointSizeF(size * factor)
    else:  # a font set in pixels: scale those instead
        bigger.setPixelSize(max(1, round(font.pixelSize() * factor)))
    if bold:
        bigger.setWeight(QFont.Weight.DemiBold)
    return bigger


def label(text: str, name: str, *, factor: float = 1.0, bold: bool = False, parent: QWidget | None = None) -> QLabel:
    """A wrapping, selectable label sized from the font the page has (its own or the app's)."""
    widget = QLabel(text, parent)
    widget.setObjectName(name)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if factor != 1.0 or bold:
        widget.setFont(scaled(widget.font(), factor, bold=bold))
    return widget

