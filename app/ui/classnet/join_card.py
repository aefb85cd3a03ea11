"""The join card on the projector: how students get onto the class's pages from their own devices.

Everything is sized from the card's height (and never wider than a 16:9 screen allows), so the address and
the code can be read, and the QR code scanned, from the back row. Three short steps, because students read
them while the facilitator reads the address and code aloud.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui.classnet.qr import QrCode
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.theme import PROJECTOR

BACKGROUND, TEXT = PROJECTOR.background, PROJECTOR.text
ACCENT = PROJECTOR.accent      # the projector's heading colour
ADDRESS = PROJECTOR.soft       # the projector's secondary colour (story names)
NO_NETWORK = QT_TRANSLATE_NOOP("classnet.join_card",
                               "This laptop is on no network yet. Open a hotspot (guide, chapter 6).")
STEPS = (QT_TRANSLATE_NOOP("classnet.join_card", "Join the room's Wi-Fi."),
         QT_TRANSLATE_NOOP("classnet.join_card", "Open this address, or scan the code:"),
         QT_TRANSLATE_NOOP("classnet.join_card", "Type the code:"))


@dataclass(frozen=True)
class JoinDetails:
    """What a class open to devices shows: where to go (best first; empty: no network) and the join code."""

    class_id: str
    addresses: tuple[str, ...]
    code: str


def join_url(address: str) -> str:
    """The address as a phone's camera opens it: with the scheme, or it would search for it instead."""
    return f"http://{address}/"


def step_html(number: int, text: str) -> str:
    """A numbered step whose second line, if the window is narrow, starts under the text, not the number."""
    return (f"<table cellspacing='0' cellpadding='0'><tr><td style='color:{ACCENT}'>"  # i18n: not text
            f"{number}&nbsp;&nbsp;</td><td>{text}</td></tr></table>")


def spaced(code: str) -> str:
    """The code as read aloud and copied from the back: letter by letter."""
    return " ".join(code)


class JoinCard(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("joinCard")
        self.setAccessibleName(translate("classnet.join_card", "Join card"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"QWidget#joinCard {{ background: {BACKGROUND}; }}"
                           f"QLabel {{ color: {TEXT}; background: transparent; }}")
        self.heading = self._label("joinHeading", translate("classnet.join_card", "Join on your device"), ACCENT)
        steps = [translate("classnet.join_card", step) for step in STEPS]
        self.steps = [self._label(f"joinStep{n}", step_html(n, text), TEXT,
                                  translate("classnet.join_card", "Step {number}: {text}").format(number=n, text=text))
                      for n, text in enumerate(steps, start=1)]
        self.address = self._label("joinAddress", "", ADDRESS, translate("classnet.join_card", "The address to open"))
        self.others = self._label("joinOtherAddresses", "", TEXT,
                                  translate("classnet.join_card", "Other addresses of this laptop"))
        self.code = self._label("joinCode", "", ACCENT, translate("classnet.join_card", "The join code"))
        self.qr = QrCode()
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.steps[0])
        column.addWidget(self.steps[1])
        column.addWidget(self.address)
        column.addWidget(self.others)
        column.addWidget(self.steps[2])
        column.addWidget(self.code)
        column.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(column, 1)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignCenter)
        self.outer = QVBoxLayout(self)
        self.outer.addWidget(self.heading)
        self.outer.addLayout(row, 1)
        self.set_details([], "")

    @staticmethod
    def _label(name: str, text: str, colour: str, accessible: str = "") -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setAccessibleName(accessible or name)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {colour};")
        return label

    def set_details(self, addresses: list[str], code: str) -> None:
        """Show where to go and the code; with no address, how to get the laptop onto a network."""
        first = addresses[0] if addresses else ""
        self.steps[1].setVisible(bool(first))
        self.address.setText(first or translate("classnet.join_card", NO_NETWORK))
        self.address.setAccessibleName(translate("classnet.join_card", "The address to open") if first else
                                       translate("classnet.join_card", "No network"))
        # Translators: {addresses} lists the laptop's other addresses, such as "10.0.0.5   ·   172.16.0.2"
        others = translate("classnet.join_card", "or  {addresses}").format(addresses="   ·   ".join(addresses[1:3]))
        self.others.setText(others if len(addresses) > 1 else "")
        self.others.setVisible(len(addresses) > 1)
        self.code.setText(code)
        self.code.setAccessibleDescription(spaced(code))
        self.qr.set_text(join_url(first) if first else "")
        self.qr.setVisible(bool(first))
        self._size()

    def unit(self) -> int:
        """The height everything is sized from; a narrow window counts as the 16:9 screen it fits."""
        return max(240, min(self.height(), self.width() * 9 // 16))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._size()

    def _size(self) -> None:
        unit = self.unit()
        margin = unit // 22
        self.outer.setContentsMargins(margin * 2, margin, margin * 2, margin)
        self.outer.setSpacing(margin // 2)
        self._font(self.heading, unit * 0.085, QFont.Weight.Bold)
        for step in self.steps:
            self._font(step, unit * 0.05, QFont.Weight.Normal)
            step.setContentsMargins(0, margin // 2, 0, 0)
        qr = int(unit * 0.42)
        room = self.width() - margin * 5 - (qr if self.qr.isVisibleTo(self) else 0)   # the text column's width
        has_address = self.steps[1].isVisibleTo(self)
        self._font(self.address, unit * (0.105 if has_address else 0.055), QFont.Weight.Bold,
                   fit=room if has_address else 0)
        self._font(self.others, unit * 0.045, QFont.Weight.Normal)
        self._font(self.code, unit * 0.19, QFont.Weight.Black, spacing=unit * 0.05, fit=room)
        self.code.setContentsMargins(unit // 40, 0, 0, 0)
        self.qr.setFixedSize(qr, qr)

    @staticmethod
    def _font(label: QLabel, px: float, weight: QFont.Weight, spacing: float = 0, fit: int = 0) -> None:
        """Set the label's size; with `fit`, smaller until one line fits (a long address must not wrap)."""
        font = QFont(label.font())
        font.setWeight(weight)
        size = max(12, int(px))
        while True:
            font.setPixelSize(size)
            font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, spacing * size / max(px, 1))
            if not fit or size <= 12 or QFontMetrics(font).horizontalAdvance(label.text()) <= fit:
                break
            size = int(size * 0.94)
        label.setFont(font)

    def visible_text(self) -> str:
        """What the room can read (the code as it is typed, the address as it is opened)."""
        shown = [self.heading, *self.steps, self.address, self.others, self.code]
        return "\n".join(label.text() for label in shown if label.isVisibleTo(self) and label.text())
