"""What the rhythm window shows, as a list of shapes (pure: the engine draws them with pygame).

One lane per player, labelled only with its key and a colour: the class sees the group, never a ranking.
Hits appear as marks whose shape and colour both say how close they were (a legend names them, so a student who
cannot tell the colours apart reads the shapes); a beat light flashes on every beat (so the pulse can be seen as
well as heard; with reduced motion it shows the beat's number instead of flashing); a meter shows how together
the group is; the end screen celebrates the group.
In keep-the-pulse the guides disappear with the sound, so the group keeps the beat by itself.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP, translate

BACKGROUND = (18, 22, 32)
TEXT = (255, 255, 255)
DIM = (150, 160, 180)
ACCENT = (255, 212, 121)
GRADE_COLOURS = {"perfect": (76, 201, 120), "good": (140, 220, 200), "ok": (255, 212, 121),
                 "off": (240, 140, 80), "extra": (120, 125, 140)}
LANE_COLOURS = [(200, 85, 61), (47, 102, 144), (58, 125, 68), (170, 110, 200), (230, 160, 40), (60, 170, 190),
                (220, 90, 140), (150, 150, 60)]
AHEAD_MS, BEHIND_MS = 3_000, 1_000     # what a lane shows around "now"
# The legend's words, when the exercise brings none of its own (translated where they are drawn).
GRADE_WORDS = (("perfect", QT_TRANSLATE_NOOP("rhythm.view", "right on")),
               ("good", QT_TRANSLATE_NOOP("rhythm.view", "close")),
               ("ok", QT_TRANSLATE_NOOP("rhythm.view", "near")),
               ("off", QT_TRANSLATE_NOOP("rhythm.view", "off")))


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    w: int
    h: int
    colour: tuple[int, int, int]
    width: int = 0      # 0 = filled
    radius: int = 0


@dataclass(frozen=True)
class Circle:
    x: int
    y: int
    r: int
    colour: tuple[int, int, int]
    width: int = 0


@dataclass(frozen=True)
class Text:
    x: int
    y: int
    text: str
    size: int
    colour: tuple[int, int, int] = TEXT
    anchor: str = "center"   # center | left | right (x is that edge)
    bold: bool = False


Shape = Rect | Circle | Text


@dataclass(frozen=True)
class Lane:
    label: str                              # the key, e.g. "A" or "Pad 1": never a name
    expected: tuple[float, ...]             # onset times (ms) this lane plays
    hits: tuple[tuple[float, str], ...]     # (t_ms, grade) so far


@dataclass(frozen=True)
class FrameState:
    width: int
    height: int
    now_ms: float
    title: str
    lanes: tuple[Lane, ...]
    pulse: tuple[float, ...]
    count_in: tuple[float, ...]
    meter: int
    guides_until_ms: float | None = None    # keep-the-pulse: no visual guides after this time
    ended: bool = False
    final_meter: int = 0
    message: str = ""
    reduced_motion: bool = False            # no flashing: the beat light shows the beat's number
    beats_per_bar: int = 4
    legend: tuple[str, ...] = ()            # the words for GRADE_WORDS, in the window's language


def frame(state: FrameState) -> list[Shape]:
    if state.ended:
        return end_screen(state)
    w, h = state.width, state.height
    unit = max(12, h // 24)
    shapes: list[Shape] = [Rect(0, 0, w, h, BACKGROUND),
                           Text(w // 2, unit, state.title, unit, DIM)]
    guides = state.guides_until_ms is None or state.now_ms < state.guides_until_ms
    if guides:
        shapes += _beat_light(state, w, unit)
    shapes += _lanes(state, w, h, unit, guides)
    shapes += _meter(state.meter, w, h, unit)
    if state.lanes:
        shapes += legend(state, w, h, unit)
    if state.count_in and state.now_ms < 0:   # over the lanes, big: "4, 3, 2, 1"
        # the click just heard, counting down: 4 on the first click … 1 on the last before the first beat
        number = min(len(state.count_in), 1 + sum(1 for t in state.count_in if t > state.now_ms))
        shapes.append(Circle(w // 2, h // 2, unit * 4, BACKGROUND))
        shapes.append(Text(w // 2, h // 2, str(number), unit * 6, ACCENT, bold=True))
    if state.message:
        shapes.append(Text(w // 2, h - unit // 2 - 4, state.message, max(12, unit // 2), DIM))
    return shapes


def _beat_light(state: FrameState, w: int, unit: int) -> list[Shape]:
    """Bright for the first 120 ms of each beat, so the pulse is visible across the room; with reduced motion,
    a steady light with the beat's number in the bar (1 2 3 4), which changes without flashing."""
    index = bisect.bisect_right(state.pulse, state.now_ms) - 1
    if state.reduced_motion:
        beats = max(1, state.beats_per_bar)
        number = str(index % beats + 1) if index >= 0 else ""
        return [Circle(w // 2, unit * 3, unit, (60, 66, 80)), Text(w // 2, unit * 3, number, unit, ACCENT, bold=True)]
    lit = index >= 0 and state.now_ms - state.pulse[index] < 120
    return [Circle(w // 2, unit * 3, unit, ACCENT if lit else (60, 66, 80))]


def _lanes(state: FrameState, w: int, h: int, unit: int, guides: bool) -> list[Shape]:
    if not state.lanes:
        return []
    top, bottom = unit * 5, h - unit * 4
    lane_h = (bottom - top) // len(state.lanes)
    now_x = w // 4
    px_per_ms = (w - now_x - unit) / AHEAD_MS
    radius = max(4, min(lane_h // 4, unit // 2))
    left_x = unit * 4 + radius                          # dots stop short of the lane's key label
    behind_ms = min(BEHIND_MS, (now_x - left_x) / px_per_ms)
    backgrounds: list[Shape] = []
    marks: list[Shape] = []
    for n, lane in enumerate(state.lanes):
        y = top + n * lane_h + lane_h // 2
        colour = LANE_COLOURS[n % len(LANE_COLOURS)]
        backgrounds.append(Rect(unit, y - lane_h // 2 + 4, w - 2 * unit, lane_h - 8, (28, 33, 46), radius=8))
        marks.append(Text(unit * 2, y, lane.label, max(12, min(unit, lane_h // 2)), colour, "left", bold=True))
        if guides:
            first = bisect.bisect_left(lane.expected, state.now_ms - behind_ms)
            last = bisect.bisect_right(lane.expected, state.now_ms + AHEAD_MS)
            for t in lane.expected[first:last]:
                if state.guides_until_ms is None or t < state.guides_until_ms:
                    marks.append(Circle(int(now_x + (t - state.now_ms) * px_per_ms), y, radius, colour, width=3))
        times = [t for t, _ in lane.hits]
        first = bisect.bisect_left(times, state.now_ms - behind_ms)
        for t, grade in lane.hits[first:]:
            marks += grade_mark(int(now_x + (t - state.now_ms) * px_per_ms), y, radius, grade)
    return [*backgrounds, Rect(now_x - 2, top, 4, bottom - top, DIM), *marks]


def grade_mark(x: int, y: int, r: int, grade: str) -> list[Shape]:
    """A hit, by shape as well as colour: a full dot right on the beat, a dot in a ring when close, a ring when
    near, a square when off, a small outlined square for an extra hit."""
    colour = GRADE_COLOURS.get(grade, DIM)
    if grade == "perfect":
        return [Circle(x, y, r, colour)]
    if grade == "good":
        return [Circle(x, y, r, colour, width=max(2, r // 4)), Circle(x, y, max(2, r // 2), colour)]
    if grade == "ok":   # a thick ring: never mistaken for a guide's thin outline
        return [Circle(x, y, r, colour, width=max(4, r // 2))]
    if grade == "off":
        side = int(r * 1.5)
        return [Rect(x - side // 2, y - side // 2, side, side, colour)]
    side = max(4, r)
    return [Rect(x - side // 2, y - side // 2, side, side, colour, width=2)]


def legend(state: FrameState, w: int, h: int, unit: int) -> list[Shape]:
    """Under the meter: each mark with its word, so the shapes mean something without colour."""
    words = state.legend if len(state.legend) == len(GRADE_WORDS) else tuple(
        translate("rhythm.view", word) for _, word in GRADE_WORDS)
    size = max(11, unit // 2)
    r = max(4, size // 2)
    y = h - unit - size // 2
    step = w // (len(GRADE_WORDS) + 2)
    shapes: list[Shape] = []
    for n, ((grade, _), word) in enumerate(zip(GRADE_WORDS, words, strict=True)):
        x = step * (n + 1) + step // 2
        shapes += grade_mark(x - r * 3, y, r, grade)
        shapes.append(Text(x - r, y, word, size, DIM, "left"))
    return shapes


def _meter(meter: int, w: int, h: int, unit: int) -> list[Shape]:
    """The group's togetherness: one bar for everyone."""
    x, y, bar_w, bar_h = w // 4, h - unit * 3, w // 2, unit
    fill = int(bar_w * max(0, min(100, meter)) / 100)
    colour = GRADE_COLOURS["perfect"] if meter >= 70 else GRADE_COLOURS["ok"] if meter >= 40 else (120, 150, 220)
    # Translators: the label of the meter that shows how together the group plays.
    return [Text(x - unit // 2, y + bar_h // 2, translate("rhythm.view", "Together"), max(12, unit * 2 // 3), DIM,
                 "right"),
            Rect(x, y, bar_w, bar_h, (40, 46, 60), radius=bar_h // 2),
            Rect(x, y, max(fill, bar_h if meter else 0), bar_h, colour, radius=bar_h // 2)]


CHEERS = ((85, QT_TRANSLATE_NOOP("rhythm.view", "Wow: you played as one!")),
          (65, QT_TRANSLATE_NOOP("rhythm.view", "Really together!")),
          (40, QT_TRANSLATE_NOOP("rhythm.view", "You found the beat together!")),
          (0, QT_TRANSLATE_NOOP("rhythm.view", "Good start: every round gets closer.")))


def end_screen(state: FrameState) -> list[Shape]:
    """For the whole group: how together it was and a cheer, never who was best or worst."""
    w, h = state.width, state.height
    unit = max(12, h // 24)
    cheer = translate("rhythm.view", next(text for floor, text in CHEERS if state.final_meter >= floor))
    shapes: list[Shape] = [Rect(0, 0, w, h, BACKGROUND)]
    for n in range(12):   # a ring of lights around the cheer
        angle_x = [0, 0.5, 0.87, 1, 0.87, 0.5, 0, -0.5, -0.87, -1, -0.87, -0.5][n]
        angle_y = [-1, -0.87, -0.5, 0, 0.5, 0.87, 1, 0.87, 0.5, 0, -0.5, -0.87][n]
        shapes.append(Circle(int(w / 2 + angle_x * h * 0.38), int(h / 2 + angle_y * h * 0.38), unit // 2,
                             LANE_COLOURS[n % len(LANE_COLOURS)]))
    shapes += [Text(w // 2, h // 2 - unit * 2, cheer, unit * 3 // 2, ACCENT, bold=True),
               Text(w // 2, h // 2 + unit, translate("rhythm.view", "Together: {percent}%").format(
                   percent=state.final_meter), unit * 3 // 2),
               Text(w // 2, h // 2 + unit * 3, state.title, unit, DIM)]
    return shapes


def changing_areas(state: FrameState) -> list[tuple[int, int, int, int]]:
    """The parts of a playing frame that can differ from the last one (x, y, w, h): the count-in number, the
    beat light, each lane's row of dots and the meter. Sending only these to the screen keeps each frame's
    copy short, so input is never left unread for long; everything else stays as the first frame drew it."""
    w, h = state.width, state.height
    unit = max(12, h // 24)
    areas = [(w // 2 - unit * 4, unit * 2 - 2, unit * 8, unit * 2 + 4)]           # beat light
    if state.count_in and state.now_ms < 1_000:   # the number, and wiping it once the count-in is over
        areas.append((w // 2 - unit * 4, h // 2 - unit * 4, unit * 8, unit * 8))   # the count-in number
    if state.lanes:
        top, bottom = unit * 5, h - unit * 4
        lane_h = (bottom - top) // len(state.lanes)
        radius = max(4, min(lane_h // 4, unit // 2))
        for n in range(len(state.lanes)):
            y = top + n * lane_h + lane_h // 2
            areas.append((unit * 4, y - radius - 3, w - unit * 5, radius * 2 + 6))
    areas.append((w // 4, h - unit * 3, w // 2, unit))                             # meter
    return areas
