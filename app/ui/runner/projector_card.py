"""A drawn role-play card on the projector, painted as a card: the room should see *a card* come up, read its
title from the back row, and know at a glance how heavy it is.

The level is shown three ways, so no one depends on colour alone: the card's border and badge colour, the words
"Level 1/2/3", and the pips (●○○ ●●○ ●●●, as on the printed cards). Before the face, the card's back shows for a
moment (the room looks up), then it turns over.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel

from app.curriculum.model import Card
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.runner.projector_fit import Block, Fit, family, fit_blocks, fit_line, font, limits, metrics
from app.ui.runner.projector_text import ACCENT, BACKGROUND, MUTED, PANEL, SOFT, TEXT
from app.ui.theme import PROJECTOR

LEVEL_COLOURS = dict(PROJECTOR.levels)   # calm green, amber, coral: all ≥ 7:1 on the panel
BACK = PROJECTOR.card_back
BACK_LINES = PROJECTOR.card_back_lines
DRAWING = QT_TRANSLATE_NOOP("runner.projector_card", "A card is being drawn…")
FLIP_MS = 320
# Translators: small headings on a role-play card on the projector, in capitals
ROLES = QT_TRANSLATE_NOOP("runner.projector_card", "ROLES")
AUDIENCE = QT_TRANSLATE_NOOP("runner.projector_card", "ASK THE AUDIENCE")


def level_words(level: int) -> str:
    return translate("runner.projector_card", "Level {level}").format(level=level)


@dataclass(frozen=True)
class Face:
    """What a card face needs, hashable so its layout can be cached."""

    deck: str
    title: str
    text: str
    role: str
    audience: tuple[str, ...]
    level: int

    @classmethod
    def of(cls, card: Card, deck_title: str) -> Face:
        return cls(deck_title, card.title, card.text, card.role or "", tuple(card.audience),
                   max(1, min(3, card.intensity)))

    def words(self) -> str:
        """Exactly what the face shows, top to bottom (content notes are the facilitator's, never shown)."""
        parts = [self.deck, level_words(self.level), self.title, self.text]
        if self.role:
            parts += [translate("runner.projector_card", ROLES).capitalize(), self.role]
        if self.audience:
            parts += [translate("runner.projector_card", "Ask the audience")] + [f"• {q}" for q in self.audience]
        return "\n".join(parts)


def card_rect(area: QRect) -> QRect:
    """A landscape card filling the free area's height (about 3:2, never wider than the area)."""
    height = area.height()
    width = min(area.width(), round(height * 1.6))
    return QRect(area.left() + (area.width() - width) // 2, area.top(), width, height)


def _styled(face: Face, screen_h: int, scale: float) -> tuple[tuple[Block, str], ...]:
    """The face's text as blocks to fit, each with its colour: title, situation, roles, audience questions."""
    styled = [(Block((face.title,), 1.5, round(screen_h * 0.09 * scale), True, "left"), TEXT),
              (Block((face.text,), 1.0, 0, False, "left"), TEXT)]
    if face.role:
        styled += [(Block((translate("runner.projector_card", ROLES),), 0.6, 0, True, "left"), ACCENT),
                   (Block((face.role,), 0.92, 0, False, "left", 0.25), SOFT)]
    if face.audience:
        styled += [(Block((translate("runner.projector_card", AUDIENCE),), 0.6, 0, True, "left"), ACCENT),
                   (Block(tuple(f"• {q}" for q in face.audience), 0.85, 0, False, "left", 0.25), SOFT)]
    return tuple(styled)


@lru_cache(maxsize=64)
def face_layout(face: Face, area: tuple[int, int, int, int], screen_h: int, scale: float,
                _family: str) -> tuple[QRect, QRect, int, Fit]:
    """(card rect, text area, small label px, fit of the text) for this face in this free area."""
    card = card_rect(QRect(*area))
    pad = max(16, round(card.height() * 0.055))
    small = max(12, round(screen_h * 0.034 * scale))
    top = pad + metrics(small, True).height() + pad // 2
    inner = QRect(card.left() + pad, card.top() + top, card.width() - 2 * pad, card.height() - top - pad)
    floor, cap = limits(screen_h, scale)
    blocks = tuple(block for block, _ in _styled(face, screen_h, scale))
    return card, inner, small, fit_blocks(blocks, inner.width(), inner.height(), floor, cap)


class CardFace(QLabel):
    """The card on the projector. Its text is what it paints (the face's words, or the back's)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("cardFace")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.face: Face | None = None
        self.deck = ""
        self.area = QRect()
        self.scale = 1.0
        self.flip = 1.0       # 0 → 1 while turning over: the back narrows, then the face widens
        self._turn = QVariantAnimation(self)
        self._turn.setDuration(FLIP_MS)
        self._turn.setStartValue(0.0)
        self._turn.setEndValue(1.0)
        self._turn.valueChanged.connect(self._flipped)

    def show_back(self, deck_title: str) -> None:
        self._turn.stop()
        self.face, self.deck, self.flip = None, deck_title, 1.0
        drawing = translate("runner.projector_card", DRAWING)
        self.setText(f"{deck_title}\n{drawing}")
        self.setAccessibleName(translate("runner.projector_card", "A card from {deck} is being drawn")
                               .format(deck=deck_title))
        self.setAccessibleDescription("")
        self.update()

    def show_face(self, card: Card, deck_title: str, animate: bool = False) -> None:
        self.face, self.deck = Face.of(card, deck_title), deck_title
        self.setText(self.face.words())
        self.setAccessibleName(translate("runner.projector_card", "Card: {title}, level {level}").format(
            title=card.title, level=self.face.level))
        self.setAccessibleDescription(self.face.words())
        if animate:
            self._turn.start()
        else:
            self._turn.stop()
            self.flip = 1.0
        self.update()

    def _flipped(self, value: float) -> None:
        self.flip = float(value)
        self.update()

    def relayout(self, area: QRect, scale: float) -> None:
        self.area, self.scale = QRect(area), scale
        self.update()

    def arrangement(self) -> tuple[QRect, QRect, int, Fit] | None:
        """The face's card rect, text area, label size and fitted text (None while the back shows)."""
        if self.face is None or self.area.isEmpty():
            return None
        area = (self.area.x(), self.area.y(), self.area.width(), self.area.height())
        return face_layout(self.face, area, self.height(), self.scale, family())

    def painted_rects(self) -> list[QRect]:
        """Where the face's text lines are painted, in this widget's coordinates (for tests and checks)."""
        laid = self.arrangement()
        if laid is None:
            return []
        _card, inner, _small, fit = laid
        return [QRect(inner.left() + ln.x, inner.top() + ln.y, ln.width, ln.height) for ln in fit.lines]

    # Painting ------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        if self.area.isEmpty():
            return
        painter = QPainter(self)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        showing_face = self.face is not None and self.flip >= 0.5
        card = card_rect(self.area)
        squeeze = abs(2 * self.flip - 1) if self.flip < 1.0 else 1.0
        if squeeze < 1.0:   # the turn-over: scaled about the card's centre, narrowest at the half-way point
            centre = QPointF(card.center())
            painter.translate(centre)
            painter.scale(max(0.02, squeeze), 1.0)
            painter.translate(-centre)
        if showing_face:
            self._paint_face(painter)
        else:
            self._paint_back(painter, card)

    def _paint_back(self, painter: QPainter, card: QRect) -> None:
        radius = card.height() * 0.045
        painter.setBrush(QColor(BACK))
        painter.setPen(QPen(QColor(ACCENT), max(3, card.height() // 150)))
        painter.drawRoundedRect(QRectF(card), radius, radius)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(BACK_LINES), max(2, card.height() // 250)))
        for step in range(1, 4):   # nested frames: a pattern that says "the back of a card"
            inset = round(card.height() * 0.035 * step)
            painter.drawRoundedRect(QRectF(card.adjusted(inset, inset, -inset, -inset)), radius, radius)
        screen_h = self.height()
        inner = card.adjusted(card.width() // 8, 0, -card.width() // 8, 0)
        title_px = fit_line(self.deck, inner.width(), card.height() // 3, round(screen_h * 0.11 * self.scale))
        drawing = translate("runner.projector_card", DRAWING)
        note_px = fit_line(drawing, inner.width(), card.height() // 6, round(screen_h * 0.045 * self.scale), False)
        title_h, note_h = metrics(title_px, True).height(), metrics(note_px).height()
        top = card.top() + (card.height() - title_h - note_h - note_h // 2) // 2
        painter.setFont(font(title_px, True))
        painter.setPen(QColor(TEXT))
        painter.drawText(QRect(card.left(), top, card.width(), title_h), Qt.AlignmentFlag.AlignCenter, self.deck)
        painter.setFont(font(note_px))
        painter.setPen(QColor(SOFT))
        painter.drawText(QRect(card.left(), top + title_h + note_h // 2, card.width(), note_h),
                         Qt.AlignmentFlag.AlignCenter, drawing)

    def _paint_face(self, painter: QPainter) -> None:
        laid = self.arrangement()
        if laid is None or self.face is None:
            return
        card, inner, small, fit = laid
        level = QColor(LEVEL_COLOURS[self.face.level])
        radius = card.height() * 0.045
        painter.setBrush(QColor(PANEL))
        painter.setPen(QPen(level, max(4, card.height() // 110)))
        painter.drawRoundedRect(QRectF(card), radius, radius)
        pad = inner.left() - card.left()
        fm = metrics(small, True)
        row = QRect(inner.left(), card.top() + pad, inner.width(), fm.height())
        badge = self._paint_badge(painter, row, small, level)
        painter.setFont(font(small, True))
        painter.setPen(QColor(MUTED))
        deck = fm.elidedText(self.face.deck.upper(), Qt.TextElideMode.ElideRight, badge.left() - row.left() - pad)
        painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, deck)
        painter.setPen(QPen(QColor(PROJECTOR.card_rule), 2))
        painter.drawLine(inner.left(), inner.top() - pad // 4, inner.right(), inner.top() - pad // 4)
        styled = _styled(self.face, self.height(), self.scale)
        for line in fit.lines:
            block, colour = styled[line.block]
            painter.setFont(font(fit.sizes[line.block], block.bold))
            painter.setPen(QColor(colour))
            painter.drawText(inner.left() + line.x, inner.top() + line.baseline, line.text)

    def _paint_badge(self, painter: QPainter, row: QRect, px: int, colour: QColor) -> QRect:
        """The level badge at the row's right: a pill in the level's colour with its pips and its words."""
        assert self.face is not None
        label = level_words(self.face.level)
        fm = metrics(px, True)
        dot, step, pad = round(px * 0.62), round(px * 0.15), px // 2   # pip size, space between pips, ends
        pips = 3 * dot + 2 * step
        width = pad + pips + pad + fm.horizontalAdvance(label) + pad
        height = fm.height() + px // 4
        badge = QRect(row.right() - width, row.center().y() - height // 2, width, height)
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(QRectF(badge), height / 2, height / 2)
        ink = QColor(BACKGROUND)
        painter.setPen(QPen(ink, max(2, px // 12)))
        for number in range(3):   # filled up to the level, open after: the shape says it without colour
            painter.setBrush(ink if number < self.face.level else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(badge.left() + pad + number * (dot + step), badge.center().y() - dot / 2,
                                       dot, dot))
        painter.setFont(font(px, True))
        painter.setPen(ink)
        text_left = badge.left() + pad + pips + pad
        painter.drawText(QRect(text_left, badge.top(), badge.right() - pad - text_left, badge.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        return badge
