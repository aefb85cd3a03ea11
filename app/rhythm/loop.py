"""The engine's main loop: read input ~1000 times a second, draw a frame every 1/60 s in small pieces,
and end when the exercise is over (or on Esc). Pure: input, drawing, the clock and sleeping are passed in,
so tests run it against a deterministic clock and the benchmark against real pygame.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.rhythm import view
from app.rhythm.input_loop import Stamped, Stamper
from app.rhythm.session import RhythmSession

FRAME_NS = 1_000_000_000 // 60
METER_EVERY_MS = 100   # the meter is read by eye: ten updates a second, not sixty, keeps frames short
TAIL_MS = 800          # let the last notes ring before the summary


@dataclass
class LoopIO:
    fetch: Callable[[], list[str]]                                   # key names since the last call; "stop"
    draw: Callable[[list[view.Shape], Callable[[], None]], None]     # shapes, and a read to call between pieces
    flip: Callable[[list[tuple[int, int, int, int]] | None], None]   # show the frame: these areas, or all
    size: tuple[int, int]
    clock: Callable[[], int]                                         # monotonic ns
    sleep: Callable[[float], None]


@dataclass
class LoopRecord:
    """What the benchmark and tests look at: when frames started and how each hit was stamped."""

    frames_ns: list[int] = field(default_factory=list)
    stamps: list[Stamped[str]] = field(default_factory=list)


class ExerciseLoop:
    def __init__(self, session: RhythmSession, io: LoopIO, send: Callable[[dict[str, Any]], None], *,
                 origin_ns: int, lead_in_ms: float, message: str = "") -> None:
        """origin_ns: when the sound started playing; the first beat is heard lead_in_ms + latency after it."""
        self.session, self.io, self.send = session, io, send
        self.first_beat_ns = origin_ns + int((lead_in_ms + session.exercise.latency_ms) * 1_000_000)
        self.stamper: Stamper[str] = Stamper(io.clock)
        self.record = LoopRecord()
        self.stopped = False
        self.message = message
        self.lanes = [tuple(t for t, _, _ in expected) for expected in session.expected]
        self.hits: list[list[tuple[float, str]]] = [[] for _ in session.exercise.players]
        fade = session.rhythm.fade_after_bars
        pulse = session.schedule.pulse
        self._meter = (float("-inf"), 0)    # (when, value)
        self.guides_until = (pulse[min(len(pulse) - 1, fade * session.schedule.beats_per_bar)]
                             if fade is not None and pulse else None)

    def now_ms(self, t_ns: int | None = None) -> float:
        return ((self.io.clock() if t_ns is None else t_ns) - self.first_beat_ns) / 1_000_000

    def read(self) -> None:
        for stamped in self.stamper.read(self.io.fetch):
            key = stamped.event
            if key == "stop":
                self.stopped = True
                continue
            player = self.session.key_index.get(key)
            if player is None:
                continue
            self.record.stamps.append(stamped)
            message = self.session.hit(player, self.now_ms(stamped.t_ns))
            self.hits[player].append((message["t_ms"], message["grade"]))
            self.send(message)

    def state(self, now_ms: float, ended: bool = False, final: int = 0) -> view.FrameState:
        labels = [p.key.upper() if len(p.key) == 1 else p.key.title() for p in self.session.exercise.players]
        return view.FrameState(
            width=self.io.size[0], height=self.io.size[1], now_ms=now_ms, title=self.session.rhythm.title,
            lanes=tuple(view.Lane(label, lane, tuple(hits))
                        for label, lane, hits in zip(labels, self.lanes, self.hits, strict=True)),
            pulse=self.session.schedule.pulse, count_in=self.session.schedule.count_in,
            meter=self._meter_at(now_ms), guides_until_ms=self.guides_until, ended=ended, final_meter=final,
            message=self.message, reduced_motion=self.session.exercise.reduced_motion,
            legend=self.session.exercise.legend, beats_per_bar=self.session.rhythm.beats_per_bar)

    def _meter_at(self, now_ms: float) -> int:
        when, value = self._meter
        if not 0 <= now_ms - when < METER_EVERY_MS:
            value = self.session.meter(now_ms)
            self._meter = (now_ms, value)
        return value

    def _frame(self, state: view.FrameState) -> None:
        self.record.frames_ns.append(self.io.clock())
        self.io.draw(view.frame(state), self.read)
        self.read()
        # the whole screen once a second (and at first), else only what moves: a short copy, input read sooner
        whole = len(self.record.frames_ns) % 60 == 1
        self.io.flip(None if whole else view.changing_areas(state))

    def run(self) -> bool:
        """Play until the end (True) or a stop (False); the summary is sent either way."""
        end_ms = self.session.end_ms + TAIL_MS
        next_frame = self.io.clock()
        while not self.stopped:
            self.read()
            now = self.io.clock()
            if now >= next_frame:
                self._frame(self.state(self.now_ms(now)))
                next_frame = max(next_frame + FRAME_NS, now)
            if self.now_ms() > end_ms:
                break
            self.io.sleep(0.0005)
        completed = not self.stopped
        self.send(self.session.summary(completed))
        return completed

    def end_screen(self, seconds: float) -> None:
        """The group's result on screen for a few seconds (any key or Esc closes it sooner)."""
        final = self.session.group().togetherness
        until = self.io.clock() + int(seconds * 1_000_000_000)
        self.io.draw(view.frame(self.state(self.now_ms(), ended=True, final=final)), lambda: None)
        self.io.flip(None)
        while self.io.clock() < until:
            if self.io.fetch():
                return
            self.io.sleep(0.02)
