"""Fitting text to the projector: the largest font at which every word shows, measured, never guessed.

Why measure: a slide with one line and a slide with six long ones need very different sizes, and the back row
reads whatever the screen can hold. So the fitter wraps the text itself (word by word, with QFontMetrics) and
binary-searches the base size, between a floor the back row can still read and a cap that keeps a one-line slide
from turning into shouting. When even the floor does not fit it tightens the spacing, then flows the last block
into two columns; it never drops words. Results are cached by (blocks, area, limits, font), so a resize, a
repaint or a console thumbnail asks again for free.

Sizes here are pixel sizes relative to the screen height (see `limits`), so 1366×768 and 1920×1080 look alike.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

BODY_CAP = 0.07      # body text at most 7% of the screen height: a one-line slide stays calm
HEADING_CAP = 0.10   # a heading at most 10%
FLOOR = 0.03         # below 3% the back row cannot read it: tighten, then two columns, before going smaller
HEADING_SCALE = 1.45
SCALE_RANGE = (0.7, 1.6)


@dataclass(frozen=True)
class Block:
    """One run of paragraphs in one style: a heading, the body, a card's role …"""

    paragraphs: tuple[str, ...]
    scale: float = 1.0    # its size relative to the base size being fitted
    cap: int = 0          # its own largest pixel size (0: the base's cap is enough)
    bold: bool = False
    align: str = "auto"   # center | left | auto (centred when every paragraph is one line)
    gap: float = 1.0      # the space above it, relative to the usual space between blocks


@dataclass(frozen=True)
class Line:
    """One painted line: where it goes in the fitted area (top-left of its line box) and its baseline."""

    block: int
    text: str
    x: int
    y: int
    width: int
    height: int
    baseline: int


@dataclass(frozen=True)
class Fit:
    base: int                  # the base pixel size chosen
    sizes: tuple[int, ...]     # the pixel size of each block (0 for an empty one)
    lines: tuple[Line, ...]
    height: int                # the height the lines use (callers centre it in their area)
    columns: int
    tight: bool                # spacing reduced to make it fit
    fits: bool                 # False only when nothing, not even two tight columns, fits at the smallest size


def clamp_scale(factor: float) -> float:
    low, high = SCALE_RANGE
    return max(low, min(high, float(factor)))


def limits(screen_height: int, scale: float = 1.0) -> tuple[int, int]:
    """(floor, cap) in pixels for body text on a screen this high, with the room's text scale applied."""
    return max(10, round(screen_height * FLOOR * scale)), max(12, round(screen_height * BODY_CAP * scale))


def family() -> str:
    """The font the projector draws with (the app's font), part of every cache key."""
    return QApplication.font().family()


@lru_cache(maxsize=512)
def font(px: int, bold: bool = False, face: str = "") -> QFont:
    result = QFont(face or family())
    result.setPixelSize(max(1, px))
    result.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    return result


@lru_cache(maxsize=512)
def metrics(px: int, bold: bool = False, face: str = "") -> QFontMetrics:
    return QFontMetrics(font(px, bold, face))


def wrap(text: str, fm: QFontMetrics, width: int) -> list[str] | None:
    """Greedy word wrap by measured width; None when one character alone is wider than the line."""
    if not text.strip():
        return [""]
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if fm.horizontalAdvance(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while fm.horizontalAdvance(current) > width:   # a word longer than the line: break it, never hide it
            cut = len(current)
            while cut > 1 and fm.horizontalAdvance(current[:cut]) > width:
                cut -= 1
            if fm.horizontalAdvance(current[:cut]) > width:
                return None
            lines.append(current[:cut])
            current = current[cut:]
    lines.append(current)
    return lines


def balanced(text: str, fm: QFontMetrics, width: int) -> list[str] | None:
    """Wrapped into as few lines as greedy wrapping needs, but with no stub of a last line ("now?"): when
    the last line is under a third of the width, narrow the measure (to 70% at most) until it fills out."""
    lines = wrap(text, fm, width)
    if lines is None or len(lines) < 2 or fm.horizontalAdvance(lines[-1]) >= width // 3:
        return lines
    low, high = width * 7 // 10, width
    while low < high:   # the narrowest width that still needs no more lines
        middle = (low + high) // 2
        trial = wrap(text, fm, middle)
        if trial is not None and len(trial) <= len(lines):
            high = middle
        else:
            low = middle + 1
    return wrap(text, fm, low) or lines


def _split_columns(heights: list[int], starts: list[bool]) -> int:
    """Where the second column starts: balanced, at a paragraph start when that costs at most one line."""
    tallest = {k: max(sum(heights[:k]), sum(heights[k:])) for k in range(1, len(heights))}
    anywhere = min(tallest, key=tallest.__getitem__)
    at_paragraphs = [k for k in tallest if starts[k]]
    if at_paragraphs:
        paragraph = min(at_paragraphs, key=tallest.__getitem__)
        if tallest[paragraph] <= tallest[anywhere] + max(heights):
            return paragraph
    return anywhere


def _layout(blocks: tuple[Block, ...], width: int, base: int, tight: bool, columns: int,
            face: str, even: bool = False) -> tuple[list[Line], list[int], int] | None:
    """Lines placed in (0, 0, width, …) at this base size; None when a character is wider than the line."""
    spacing, para_gap, block_gap = (1.0, 0.2, 0.35) if tight else (1.12, 0.45, 0.7)
    lines: list[Line] = []
    sizes = [0] * len(blocks)   # 0: nothing to show in that block
    y = 0
    shown = [i for i, b in enumerate(blocks) if any(p.strip() for p in b.paragraphs)]
    for order, index in enumerate(shown):
        block = blocks[index]
        px = max(6, min(round(base * block.scale), block.cap or 10**6))
        sizes[index] = px
        fm = metrics(px, block.bold, face)
        line_h = math.ceil(fm.height() * spacing)
        split = columns == 2 and order == len(shown) - 1   # only the last block flows into two columns
        gutter = max(24, width // 20)
        col_w = (width - gutter) // 2 if split else width
        if order:
            y += round(metrics(base, False, face).height() * block_gap * block.gap)
        items: list[tuple[str, int, bool]] = []   # text, gap before, starts a paragraph
        single = True
        for p_index, paragraph in enumerate(block.paragraphs):
            wrapped = (balanced if even else wrap)(paragraph, fm, col_w)
            if wrapped is None:
                return None
            single = single and len(wrapped) == 1
            for k, text in enumerate(wrapped):
                items.append((text, round(line_h * para_gap) if (k == 0 and p_index) else 0, k == 0))
        widths = [fm.horizontalAdvance(text) for text, _, _ in items]
        centred = block.align == "center" or (block.align == "auto" and single)
        offset = 0 if centred or block.align == "left" else max(0, (col_w - max(widths, default=0)) // 2)
        heights = [gap + line_h for _, gap, _ in items]
        cut = _split_columns(heights, [s for _, _, s in items]) if split and len(items) > 1 else len(items)
        top, bottom = y, y
        for number, ((text, gap, _), w) in enumerate(zip(items, widths, strict=True)):
            column = 0 if number < cut else 1
            if number == cut:
                y, gap = top, 0
            y += gap
            left = column * (col_w + gutter)
            x = left + ((col_w - w) // 2 if centred else offset)
            lines.append(Line(index, text, x, y, w, line_h, y + (line_h - fm.height()) // 2 + fm.ascent()))
            y += line_h
            bottom = max(bottom, y)
        y = bottom
    return lines, sizes, y


def fit_blocks(blocks: tuple[Block, ...], width: int, height: int, floor: int, cap: int,
               columns_ok: bool = True) -> Fit:
    """The largest base size (≤ cap) at which the blocks fit the area: at normal spacing if that reaches the
    floor, else tight spacing, else two columns; if none reaches the floor, the option that gives the largest
    size. Never truncates."""
    return _fit_blocks(blocks, width, height, floor, cap, columns_ok, family())


@lru_cache(maxsize=256)
def _fit_blocks(blocks: tuple[Block, ...], width: int, height: int, floor: int, cap: int, columns_ok: bool,
                face: str) -> Fit:
    width, height = max(40, width), max(20, height)
    options = [(False, 1), (True, 1)] + ([(True, 2)] if columns_ok else [])
    best: Fit | None = None
    for tight, columns in options:
        found = _largest(blocks, width, height, max(6, cap), tight, columns, face)
        if found is None:
            continue
        if found.base >= floor:
            return found
        if best is None or found.base > best.base:
            best = found
    if best is not None:
        return best
    laid = _layout(blocks, width, 6, True, 2 if columns_ok else 1, face) or ([], [], 0)
    log.warning("Projector text does not fit %dx%d even at 6 px; it overflows", width, height)
    return Fit(6, tuple(laid[1]), tuple(laid[0]), laid[2], 2 if columns_ok else 1, True, False)


def _largest(blocks: tuple[Block, ...], width: int, height: int, cap: int, tight: bool, columns: int,
             face: str) -> Fit | None:
    """Binary search: the largest base size whose layout fits the height (fitting is monotone in size)."""
    low, high, found = 6, cap, None
    while low <= high:
        middle = (low + high) // 2
        laid = _layout(blocks, width, middle, tight, columns, face)
        if laid is not None and laid[2] <= height:
            found = Fit(middle, tuple(laid[1]), tuple(laid[0]), laid[2], columns, tight, True)
            low = middle + 1
        else:
            high = middle - 1
    if found is not None:   # the final layout, with lines evened out (the same number, so it still fits)
        laid = _layout(blocks, width, found.base, tight, columns, face, even=True)
        if laid is not None and laid[2] <= height:
            found = Fit(found.base, tuple(laid[1]), tuple(laid[0]), laid[2], columns, tight, True)
    return found


def fit_line(text: str, width: int, height: int, cap: int, bold: bool = True) -> int:
    """The largest pixel size ≤ cap at which one unwrapped line fits width × height (a name, a clock)."""
    return _fit_line(text, width, height, cap, bold, family())


@lru_cache(maxsize=256)
def _fit_line(text: str, width: int, height: int, cap: int, bold: bool, face: str) -> int:
    low, high, found = 6, max(6, cap), 6
    while low <= high:
        middle = (low + high) // 2
        fm = metrics(middle, bold, face)
        if fm.horizontalAdvance(text) <= width and fm.height() <= height:
            found, low = middle, middle + 1
        else:
            high = middle - 1
    return found
