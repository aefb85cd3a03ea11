"""Groups, dealt roles and whose turn it is, at a size the back row can read.

Groups are tiles in a grid whose shape is chosen for the largest text: for each number of columns the fitter
finds the biggest size at which every tile's heading and names fit, and the best grid wins (10 groups of 4 on
a 1080p screen come out around 4% of the height). Each student shows only a colour dot and their name. Whose
turn is one huge name under a large avatar disc, so the room knows at once who is up.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel

from app.ui.i18n import translate
from app.ui.runner.projector_fit import family, fit_line, font, limits, metrics
from app.ui.runner.projector_text import ACCENT, BACKGROUND, PANEL, SOFT, TEXT
from app.ui.theme import PROJECTOR

log = logging.getLogger(__name__)

TILE_BORDER = PROJECTOR.tile_border


@dataclass(frozen=True)
class Member:
    """One student on a tile: their name, their avatar colour (a dot) and, for dealt roles, the role."""

    name: str
    colour: str = ""
    detail: str = ""


@dataclass(frozen=True)
class Tile:
    rect: QRect
    heading: tuple[str, QRect]
    members: tuple[tuple[Member, QRect, QRect, QRect], ...]   # member, dot, name, detail (empty rects if none)


def _needs(tiles: tuple[tuple[str, tuple[Member, ...]], ...], px: int) -> tuple[int, int]:
    """(width, height) one tile needs at this size: heading, then each member's dot + name (+ role)."""
    head, body, detail = metrics(round(px * 1.1), True), metrics(px), metrics(round(px * 0.82))
    dot = round(px * 0.7)
    pad = round(px * 0.5)
    width = max((head.horizontalAdvance(h) for h, _ in tiles), default=0)
    rows = max((len(m) for _, m in tiles), default=0)
    has_detail = any(member.detail for _, members in tiles for member in members)
    for _, members in tiles:
        for member in members:
            width = max(width, dot + pad + body.horizontalAdvance(member.name) if member.colour
                        else body.horizontalAdvance(member.name), detail.horizontalAdvance(member.detail))
    row_h = round(body.height() * 1.12) + (detail.height() if has_detail else 0)
    return width + 2 * pad, 2 * pad + head.height() + pad // 2 + rows * row_h


@lru_cache(maxsize=64)
def board_layout(tiles: tuple[tuple[str, tuple[Member, ...]], ...], width: int, height: int, cap: int,
                 _family: str) -> tuple[int, tuple[Tile, ...]]:
    """The text size and the tiles: the grid (columns × rows) that allows the largest text wins."""
    count = len(tiles)
    if not count:
        return 0, ()
    gap = max(12, height // 45)
    best = (0, 1)
    for columns in range(1, count + 1):
        rows = math.ceil(count / columns)
        tile_w, tile_h = (width - gap * (columns - 1)) // columns, (height - gap * (rows - 1)) // rows
        low, high, found = 6, cap, 0
        while low <= high:
            middle = (low + high) // 2
            need_w, need_h = _needs(tiles, middle)
            if need_w <= tile_w and need_h <= tile_h:
                found, low = middle, middle + 1
            else:
                high = middle - 1
        if found > best[0]:
            best = (found, columns)
    if not best[0]:
        log.warning("%d groups do not fit %dx%d even at 6 px; they overflow", count, width, height)
    px, columns = max(best[0], 6), best[1]
    rows = math.ceil(count / columns)
    cell_w, cell_h = (width - gap * (columns - 1)) // columns, (height - gap * (rows - 1)) // rows
    need_w, need_h = _needs(tiles, px)
    # tiles as large as their content (plus air), not as the screen: one group of three is a card, not a wall
    tile_w, tile_h = min(cell_w, need_w + 2 * px), min(cell_h, need_h + px)
    top = (height - rows * tile_h - gap * (rows - 1)) // 2
    placed = []
    for n in range(count):
        row, column = divmod(n, columns)
        in_row = min(columns, count - row * columns)   # the last row may be short: centred too
        left = (width - in_row * tile_w - gap * (in_row - 1)) // 2
        placed.append(_tile(tiles[n], QRect(left + column * (tile_w + gap), top + row * (tile_h + gap),
                                            tile_w, tile_h), px))
    return px, tuple(placed)


def _tile(content: tuple[str, tuple[Member, ...]], rect: QRect, px: int) -> Tile:
    heading, members = content
    head, body, detail = metrics(round(px * 1.1), True), metrics(px), metrics(round(px * 0.82))
    dot, pad = round(px * 0.7), round(px * 0.5)
    has_detail = any(m.detail for m in members)
    row_h = round(body.height() * 1.12) + (detail.height() if has_detail else 0)
    block_w = max((dot + pad + body.horizontalAdvance(m.name) if m.colour else body.horizontalAdvance(m.name)
                   for m in members), default=0)
    block_w = max([block_w] + [detail.horizontalAdvance(m.detail) for m in members])
    left = rect.left() + (rect.width() - block_w) // 2
    y = rect.top() + pad + head.height() + pad // 2
    # the whole tile's content is centred vertically, so short groups do not cling to the top
    spare = rect.height() - (2 * pad + head.height() + pad // 2 + len(members) * row_h)
    y += max(0, spare // 2)
    heading_rect = QRect(rect.left() + pad, y - head.height() - pad // 2, rect.width() - 2 * pad, head.height())
    placed = []
    for member in members:
        indent = dot + pad if member.colour else 0
        name_w = body.horizontalAdvance(member.name)
        dot_rect = QRect(left, y + (body.height() - dot) // 2, dot, dot) if member.colour else QRect()
        name_rect = QRect(left + indent, y, name_w, body.height())
        detail_rect = (QRect(left + indent, y + body.height(), detail.horizontalAdvance(member.detail),
                             detail.height()) if member.detail else QRect())
        placed.append((member, dot_rect, name_rect, detail_rect))
        y += row_h
    return Tile(rect, (heading, heading_rect), tuple(placed))


class BoardFace(QLabel):
    """The groups (or the dealt roles) as tiles. Its text is what it paints, tile by tile."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("groupsBoard")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.tiles: tuple[tuple[str, tuple[Member, ...]], ...] = ()
        self.area = QRect()
        self.scale = 1.0

    def set_tiles(self, tiles: list[tuple[str, list[Member]]], summary: str) -> None:
        """Show these tiles; `summary` ("4 groups") describes them to a screen reader, which reads the text."""
        self.tiles = tuple((heading, tuple(members)) for heading, members in tiles)
        lines = []
        for heading, members in self.tiles:
            lines.append(heading)
            lines += [f"{m.name}: {m.detail}" if m.detail else m.name for m in members]
        self.setText("\n".join(lines))
        self.setAccessibleDescription(summary)
        self.update()

    def relayout(self, area: QRect, scale: float) -> None:
        self.area, self.scale = QRect(area), scale
        self.update()

    def arrangement(self) -> tuple[int, tuple[Tile, ...]]:
        """(text px, tiles in this widget's coordinates): what is painted, for painting and for checks."""
        _floor, cap = limits(self.height(), self.scale)
        px, tiles = board_layout(self.tiles, self.area.width(), self.area.height(), cap, family())
        shift = self.area.topLeft()
        return px, tuple(Tile(t.rect.translated(shift), (t.heading[0], t.heading[1].translated(shift)),
                              tuple((m, d.translated(shift) if not d.isNull() else d, n.translated(shift),
                                     r.translated(shift) if not r.isNull() else r) for m, d, n, r in t.members))
                         for t in tiles)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.area.isEmpty() or not self.tiles:
            return
        px, tiles = self.arrangement()
        painter = QPainter(self)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        for tile in tiles:
            radius = min(tile.rect.width(), tile.rect.height()) * 0.08
            painter.setBrush(QColor(PANEL))
            painter.setPen(QPen(QColor(TILE_BORDER), 2))
            painter.drawRoundedRect(QRectF(tile.rect).adjusted(1, 1, -1, -1), radius, radius)
            painter.setFont(font(round(px * 1.1), True))
            painter.setPen(QColor(ACCENT))
            painter.drawText(tile.heading[1], Qt.AlignmentFlag.AlignCenter, tile.heading[0])
            for member, dot, name, detail in tile.members:
                if not dot.isNull():
                    painter.setBrush(QColor(member.colour))
                    painter.setPen(QPen(QColor(TEXT), max(1, px // 20)))
                    painter.drawEllipse(QRectF(dot))
                painter.setFont(font(px))
                painter.setPen(QColor(TEXT))
                painter.drawText(name, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, member.name)
                if member.detail:
                    painter.setFont(font(round(px * 0.82)))
                    painter.setPen(QColor(SOFT))
                    painter.drawText(detail, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                     member.detail)


def ink_on(colour: QColor) -> QColor:
    """White or the dark background for a letter on this colour, whichever contrasts more."""
    def channel(value: float) -> float:
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    lum = 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())
    return QColor(TEXT) if (1.05 / (lum + 0.05)) >= ((lum + 0.05) / 0.0595) else QColor(BACKGROUND)


class TurnFace(QLabel):
    """Whose turn: a large avatar disc (colour and initial, never a photo) and the name as large as fits."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("turnName")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.colour = QColor(ACCENT)
        self.area = QRect()
        self.scale = 1.0

    def set_turn(self, name: str, colour: str) -> None:
        self.setText(name)
        self.setAccessibleName(translate("runner.projector_board", "Whose turn: {name}").format(name=name))
        self.colour = QColor(colour) if QColor(colour).isValid() else QColor(ACCENT)
        self.update()

    def relayout(self, area: QRect, scale: float) -> None:
        self.area, self.scale = QRect(area), scale
        self.update()

    def arrangement(self) -> tuple[QRect, QRect, int]:
        """(avatar disc, name rect, name px): the disc about 40% of the area's height, the name up to 18%."""
        area, screen_h = self.area, self.height()
        disc = min(round(area.height() * 0.42), area.width() // 2)
        px = fit_line(self.text() or " ", area.width(), round(area.height() * 0.3),
                      round(screen_h * 0.18 * self.scale))
        name_h = metrics(px, True).height()
        gap = round(area.height() * 0.05)
        top = area.top() + (area.height() - disc - gap - name_h) // 2
        return (QRect(area.center().x() - disc // 2, top, disc, disc),
                QRect(area.left(), top + disc + gap, area.width(), name_h), px)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.area.isEmpty():
            return
        disc, name, px = self.arrangement()
        painter = QPainter(self)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.setBrush(self.colour)
        painter.setPen(QPen(QColor(TEXT), max(3, disc.height() // 60)))
        painter.drawEllipse(QRectF(disc))
        painter.setFont(font(round(disc.height() * 0.5), True))
        painter.setPen(ink_on(self.colour))
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, (self.text()[:1] or "?").upper())
        painter.setFont(font(px, True))
        painter.setPen(QColor(TEXT))
        painter.drawText(name, Qt.AlignmentFlag.AlignCenter, self.text())
