"""A rhythm pattern laid out in time: every onset, the count-in and the pulse, in ms from the first beat.

PURE (no pygame, no Qt), so the synth, the scorer and the projector all read one timeline, and it is
tested without a sound card. Times are worked out with fractions and rounded once, so a tempo curve
never drifts however many bars it runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from app.curriculum.model import Rhythm, RhythmPart

COUNT_VOICE = "count"


@dataclass(frozen=True)
class Onset:
    """One hit of one part. `beat` numbers the time slot (bar * steps_per_bar + step), shared by all parts."""

    t_ms: float
    part: int
    voice: str
    beat: int
    bar: int
    step: int
    interval_ms: float
    scored: bool
    sounded: bool
    gain: float


@dataclass(frozen=True)
class Schedule:
    count_in: tuple[float, ...]
    onsets: tuple[Onset, ...]
    pulse: tuple[float, ...]
    end_ms: float
    parts: tuple[RhythmPart, ...]
    steps_per_bar: int
    beats_per_bar: int
    bars: int

    def phrase_of(self, beat: int) -> int:
        """The bar a time slot falls in: one call and its echo, so accuracy can be shown phrase by phrase."""
        return beat // self.steps_per_bar

    def expected_for(self, part: int) -> list[tuple[float, float, int]]:
        """(t_ms, interval_ms, beat) of each hit a player of `part` is scored on; empty for a guide part."""
        return [(o.t_ms, o.interval_ms, o.beat) for o in self.onsets if o.part == part and o.scored]

    def sounds(self) -> list[tuple[float, str, float]]:
        """(t_ms, voice, gain) for the synth: count-in clicks, then what the app plays and can be heard."""
        clicks = [(t, COUNT_VOICE, 1.0) for t in self.count_in]
        return clicks + [(o.t_ms, o.voice, o.gain) for o in self.onsets if o.sounded and o.gain > 0]

    def assign_parts(self, n_players: int) -> list[int]:
        """The part each player plays: scored parts dealt round-robin, so nobody waits for a part of their own."""
        if n_players < 0:
            raise ValueError(f"expected a number of players of 0 or more, found {n_players}")
        scored = [i for i, p in enumerate(self.parts) if p.scored]
        if not scored:
            return []
        return [scored[i % len(scored)] for i in range(n_players)]


def build_schedule(rhythm: Rhythm, *, tempo: int | None = None, bars: int | None = None) -> Schedule:
    """Lay `rhythm` out in time. `tempo` rescales the whole tempo curve (a slower room keeps its shape);
    `bars` shortens or repeats the pattern (the tempo curve repeats with it; a fade stays at its bar)."""
    if tempo is not None and tempo <= 0:
        raise ValueError(f"expected a tempo above 0, found {tempo}")
    if bars is not None and bars < 1:
        raise ValueError(f"expected at least 1 bar, found {bars}")
    n_bars = rhythm.bars if bars is None else bars
    scale = Fraction(tempo, rhythm.tempo) if tempo is not None else Fraction(1)
    steps_per_bar = rhythm.beats_per_bar * rhythm.subdivision
    beat_ms = [Fraction(60_000) / (rhythm.tempo_of_bar(b) * scale) for b in range(n_bars)]
    starts = [Fraction(0)]
    for b in range(n_bars):
        starts.append(starts[-1] + beat_ms[b] * rhythm.beats_per_bar)

    pulse = tuple(float(starts[b] + k * beat_ms[b]) for b in range(n_bars) for k in range(rhythm.beats_per_bar))
    count_beats = rhythm.count_in * rhythm.beats_per_bar
    count_in = tuple(float(-k * beat_ms[0]) for k in range(count_beats, 0, -1))

    onsets = []
    for b in range(n_bars):
        step_ms = beat_ms[b] / rhythm.subdivision
        for s in range(steps_per_bar):
            t = starts[b] + s * step_ms
            gain = _gain(rhythm.fade_after_bars, b, Fraction(s, steps_per_bar))
            for index, part in enumerate(rhythm.parts):
                if s < len(part.steps) and part.steps[s] == "x":
                    onsets.append(Onset(t_ms=float(t), part=index, voice=part.voice, beat=b * steps_per_bar + s,
                                        bar=b, step=s, interval_ms=float(beat_ms[b]), scored=part.scored,
                                        sounded=part.sounded, gain=gain))
    return Schedule(count_in=count_in, onsets=tuple(onsets), pulse=pulse, end_ms=float(starts[-1]),
                    parts=rhythm.parts, steps_per_bar=steps_per_bar, beats_per_bar=rhythm.beats_per_bar,
                    bars=n_bars)


def _gain(fade_after_bars: int | None, bar: int, through_bar: Fraction) -> float:
    """Full before the fade bar, falling linearly to 0 across it, silent after: the group holds the pulse."""
    if fade_after_bars is None or bar < fade_after_bars:
        return 1.0
    if bar == fade_after_bars:
        return float(1 - through_bar)
    return 0.0
