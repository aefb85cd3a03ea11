"""The Results page's look: colours that keep their contrast on the app's light background, and type sizes
taken from the widget's own font, so a facilitator who sets a larger font gets larger charts and sentences.

Charts paint on a white card (PAPER), so every colour below is checked against white: text colours reach
4.5:1 (WCAG AA for text) and lines and dots at least 3:1 (WCAG 1.4.11 for graphics). The page's rules
start with its objectName, like the kiosk's (app/ui/student/look.py), so they never reach other pages.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QWidget

INK = QColor("#1F2933")     # text, the class averages: 14.8:1 on white
ACCENT = QColor("#2F6690")  # went up, intervals, bars: 6.1:1 on white
GREY = QColor("#5F6B76")    # went down, axis labels: 5.5:1 on white
LINE = QColor("#D5DCE3")    # grid lines only (decoration, not information)
PAPER = QColor("#FFFFFF")

P = "QWidget#resultsPage"
STYLESHEET = f"""
{P} QLabel#demoBanner {{ background: #FFF1C2; color: #3D2E00; border: 1px solid #8A6D00; border-radius: 6px;
                         padding: 8px 12px; }}
{P} QLabel#caveats {{ background: #EAF1F8; color: #1F2933; border-left: 4px solid #2F6690; padding: 8px 12px; }}
{P} QLabel#resultsHeading {{ color: #1F2933; margin-top: 4px; }}
{P} QLabel#scaleKind {{ color: #3F4A55; }}
{P} QLabel#subscaleExplain {{ color: #3F4A55; }}
{P} QLabel#plainSentence {{ color: #1F2933; }}
"""


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

