"""A QR code drawn by Qt, module by module, so it stays sharp at any size a projector needs.

Scaling a small bitmap up blurs or unevenly stretches modules, and a phone at the back of the room then fails
to read it. Every module here is a whole number of pixels wide, with the 4-module white quiet zone the
standard asks for, and the whole code is centred in the widget.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.i18n import translate

log = logging.getLogger(__name__)

QUIET = 4   # modules of white around the code (ISO/IEC 18004)
DARK, LIGHT = QColor("#000000"), QColor("#FFFFFF")


def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The code's modules, row by row (True: dark), without the quiet zone; empty for no text."""
    if not text:
        return ()
    import segno

    code = segno.make(text, error="m")
    return tuple(tuple(bool(module) for module in row) for row in code.matrix)


def layout_for(side: int, modules: int) -> tuple[int, int]:
    """(module size in pixels, total pixels) for a code of `modules` plus its quiet zone in `side` pixels."""
    total = modules + 2 * QUIET
    module = max(1, side // total) if modules else 0
    return module, module * total


class QrCode(QWidget):
    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.setObjectName("qrCode")
        self.setAccessibleName(translate("classnet.qr", "QR code of the address"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.text = ""
        self.matrix: tuple[tuple[bool, ...], ...] = ()
        self.set_text(text)

    def set_text(self, text: str) -> None:
        if text == self.text:
            return
        self.text, self.matrix = text, qr_matrix(text)
        self.setAccessibleDescription(translate("classnet.qr", "Opens {address}").format(address=text) if text else "")
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def geometry_of_code(self) -> QRect:
        """Where the code and its quiet zone are drawn: a whole number of pixels per module, centred."""
        _module, total = layout_for(min(self.width(), self.height()), len(self.matrix))
        return QRect((self.width() - total) // 2, (self.height() - total) // 2, total, total)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.matrix:
            return
        module, _total = layout_for(min(self.width(), self.height()), len(self.matrix))
        area = self.geometry_of_code()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)   # hard module edges
        painter.fillRect(area, LIGHT)
        left, top = area.x() + QUIET * module, area.y() + QUIET * module
        for r, row in enumerate(self.matrix):
            c = 0
            while c < len(row):   # one rectangle per run of dark modules: fewer, seamless rects
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < len(row) and row[c]:
                    c += 1
                painter.fillRect(left + start * module, top + r * module, (c - start) * module, module, DARK)
        painter.end()

