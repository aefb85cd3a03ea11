"""Scoring one player's drum hits against the onsets they were meant to play.

Pure and deterministic (stdlib only), so the live engine, the end-of-exercise summary and the tests agree on every
grade. Times are milliseconds since the exercise's first beat; hits arrive already corrected for output latency.

Matching rule: a hit belongs to the nearest expected onset whose reach (±¼ of that onset's beat interval) contains
it; otherwise it is an "extra". An onset keeps only one hit: when several hits choose it, the closest keeps it and
the others become extras (they are not re-offered to another onset, so one flam never counts twice). Ties:
  * a hit exactly between two onsets goes to the earlier onset (then the lower beat index);
  * two hits equally close to one onset: the earlier hit keeps it; identical times: the first in input order.
Onsets that keep no hit are misses.
"""

from __future__ import annotations

import bisect
import math
import statistics
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

Grade = Literal["perfect", "good", "ok", "off", "extra"]
GRADES: tuple[Grade, ...] = ("perfect", "good", "ok", "off", "extra")
ON_TIME: frozenset[str] = frozenset({"perfect", "good", "ok"})
REACH = 0.25  # fraction of the beat interval within which a hit can still belong to an onset
TENDENCY_MS = 10.0  # a mean offset beyond this is a habit worth telling the facilitator about


@dataclass(frozen=True)
class Windows:
    """Half-widths (ms) of the grade windows; a fixed ms budget feels fair at walking tempo, hence the cap."""

    perfect: float
    good: float
    ok: float

    def __post_init__(self) -> None:
        if not 0 < self.perfect <= self.good <= self.ok:
            raise ValueError(f"windows must satisfy 0 < perfect <= good <= ok, got {self}")

    def capped(self, interval_ms: float) -> Windows:
        """Each window limited to ¼ of the beat interval, so at fast tempo "ok" never reaches the next beat."""
        cap = REACH * interval_ms
        return Windows(min(self.perfect, cap), min(self.good, cap), min(self.ok, cap))

    def grade(self, offset_ms: float, interval_ms: float) -> Grade:
        """The grade of a matched hit; "off" means it belonged to the onset but outside even the ok window."""
        w = self.capped(interval_ms)
        size = abs(offset_ms)
        if size <= w.perfect:
            return "perfect"
        if size <= w.good:
            return "good"
        return "ok" if size <= w.ok else "off"


YOUNG = Windows(perfect=40, good=80, ok=130)
EXPERT = Windows(perfect=23, good=45, ok=90)


@dataclass(frozen=True)
class Expected:
    """One onset a player should hit; interval_ms is the beat interval there (tempo may change mid-exercise)."""

    t_ms: float
    interval_ms: float
    beat: int

    def __post_init__(self) -> None:
        if not (math.isfinite(self.t_ms) and math.isfinite(self.interval_ms) and self.interval_ms > 0):
            raise ValueError(f"onset needs a finite time and a positive interval, got {self}")


ExpectedLike = Expected | tuple[float, float, int]  # the tuple is what schedule.Schedule.expected_for() returns


def as_expected(items: Iterable[ExpectedLike]) -> list[Expected]:
    """Accept Expected or (t_ms, interval_ms, beat) tuples, so the schedule can be passed straight in."""
    return [e if isinstance(e, Expected) else Expected(*e) for e in items]


@dataclass(frozen=True)
class HitResult:
    """One hit as graded. interval_ms travels along so group statistics can turn offsets into phases."""

    t_ms: float
    beat: int | None
    offset_ms: float | None  # hit - expected: negative = early (rushing)
    grade: Grade
    interval_ms: float | None = None

    @property
    def matched(self) -> bool:
        return self.beat is not None

    def to_dict(self) -> dict[str, Any]:
        return {"t_ms": self.t_ms, "beat": self.beat, "offset_ms": self.offset_ms, "grade": self.grade,
                "interval_ms": self.interval_ms}


def tendency(mean_offset_ms: float | None) -> str | None:
    """The habit behind a mean offset: "rushing", "dragging", "steady", or None when nothing was matched.

    Shown to the facilitator as a habit to talk about; it is never calibrated away, because only the device's
    output latency is a property of the room - a child's rushing is a property of the child's playing.
    """
    if mean_offset_ms is None:
        return None
    if mean_offset_ms < -TENDENCY_MS:
        return "rushing"
    return "dragging" if mean_offset_ms > TENDENCY_MS else "steady"


@dataclass(frozen=True)
class PlayerScore:
    """One player's summary. Frozen, but grades is a plain dict for easy JSON (so instances are not hashable)."""

    results: tuple[HitResult, ...]
    hits: int
    misses: int
    extras: int
    grades: dict[str, int]
    mean_offset_ms: float | None
    sd_ms: float | None

    @property
    def tendency(self) -> str | None:
        return tendency(self.mean_offset_ms)

    @property
    def matched(self) -> tuple[HitResult, ...]:
        return tuple(r for r in self.results if r.matched)

    def to_dict(self) -> dict[str, Any]:
        return {"results": [r.to_dict() for r in self.results], "hits": self.hits, "misses": self.misses,
                "extras": self.extras, "grades": dict(self.grades), "mean_offset_ms": self.mean_offset_ms,
                "sd_ms": self.sd_ms, "tendency": self.tendency}


def summarise(results: Sequence[HitResult], onsets: int) -> PlayerScore:
    """Counts and offset statistics over already-graded hits (sample SD: a session is a sample of the habit)."""
    offsets = [r.offset_ms for r in results if r.offset_ms is not None]
    grades = {g: 0 for g in GRADES}
    for r in results:
        grades[r.grade] += 1
    return PlayerScore(
        results=tuple(results), hits=len(offsets), misses=onsets - len(offsets), extras=grades["extra"],
        grades=grades, mean_offset_ms=statistics.mean(offsets) if offsets else None,
        sd_ms=statistics.stdev(offsets) if len(offsets) >= 2 else None,
    )


class Matcher:
    """Grades hits one at a time for the live engine, with exactly the batch rule.

    add() returns the grade as it stands. It is provisional in one case only: a later hit closer to the same onset
    takes it over, and the earlier hit becomes an extra (that can only happen to an early hit - in time order a
    later hit is closer only if the first came before the onset). `results` and `score()` always equal
    score_player() over the hits so far, whatever order they were added in; the final summary uses those.
    """

    def __init__(self, expected: Iterable[ExpectedLike], windows: Windows = YOUNG) -> None:
        self.windows = windows
        self._onsets = sorted(as_expected(expected), key=lambda e: (e.t_ms, e.beat))
        self._times = [e.t_ms for e in self._onsets]
        self._reach = max((REACH * e.interval_ms for e in self._onsets), default=0.0)
        self._hits: list[float] = []
        self._choice: list[int | None] = []  # per hit: index of the onset it wants
        self._owner: dict[int, int] = {}  # onset index -> index of the hit that keeps it

    def _nearest(self, t_ms: float) -> int | None:
        """The closest onset whose own reach holds t_ms; strict < keeps the earlier onset on a tie."""
        lo = bisect.bisect_left(self._times, t_ms - self._reach)
        hi = bisect.bisect_right(self._times, t_ms + self._reach)
        best: int | None = None
        best_distance = math.inf
        for i in range(lo, hi):
            distance = abs(t_ms - self._times[i])
            if distance <= REACH * self._onsets[i].interval_ms and distance < best_distance:
                best, best_distance = i, distance
        return best

    def _claim(self, hit: int, onset: int) -> tuple[float, float, int]:
        """Ordering of rival hits for one onset: closer first, then earlier, then first added."""
        t = self._hits[hit]
        return abs(t - self._times[onset]), t, hit

    def _result(self, hit: int) -> HitResult:
        t = self._hits[hit]
        onset = self._choice[hit]
        if onset is None or self._owner.get(onset) != hit:
            return HitResult(t, None, None, "extra")
        e = self._onsets[onset]
        offset = t - e.t_ms
        return HitResult(t, e.beat, offset, self.windows.grade(offset, e.interval_ms), e.interval_ms)

    def add(self, t_ms: float) -> HitResult:
        """Grade one hit now (see the class note on when a grade can still change)."""
        if not math.isfinite(t_ms):
            raise ValueError(f"hit time must be finite, got {t_ms}")
        hit = len(self._hits)
        self._hits.append(float(t_ms))
        onset = self._nearest(t_ms)
        self._choice.append(onset)
        if onset is not None:
            owner = self._owner.get(onset)
            if owner is None or self._claim(hit, onset) < self._claim(owner, onset):
                self._owner[onset] = hit
        return self._result(hit)

    @property
    def results(self) -> tuple[HitResult, ...]:
        """Every hit so far in the order added, with any grade a later hit has revised."""
        return tuple(self._result(i) for i in range(len(self._hits)))

    def score(self) -> PlayerScore:
        return summarise(self.results, len(self._onsets))


def score_player(expected: Iterable[ExpectedLike], hits: Iterable[float], windows: Windows = YOUNG) -> PlayerScore:
    """The authoritative per-player score; results keep the hits' original order."""
    matcher = Matcher(expected, windows)
    for t in hits:
        matcher.add(t)
    return matcher.score()


@dataclass(frozen=True)
class PhraseScore:
    """Call-and-response: how much of one phrase came back on time (perfect/good/ok), and what was added."""

    phrase: int
    onsets: int
    on_time: int
    extras: int

    @property
    def accuracy(self) -> float:
        return self.on_time / self.onsets if self.onsets else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"phrase": self.phrase, "onsets": self.onsets, "on_time": self.on_time, "extras": self.extras,
                "accuracy": self.accuracy}


def phrase_accuracy(expected: Iterable[ExpectedLike], results: Iterable[HitResult],
                    phrase_of: Mapping[int, int] | Callable[[int], int]) -> list[PhraseScore]:
    """Per phrase (sorted by index): on-time onsets / the phrase's onsets, plus the extras inside its span.

    A phrase's span runs from its first onset minus that onset's reach to its last onset plus its reach, the same
    ¼ beat the matcher uses. An extra outside every span (say, played over the leader's call) counts in no phrase
    but still counts in PlayerScore.extras; where spans overlap, the lowest phrase index takes the extra.
    """
    lookup = phrase_of.__getitem__ if isinstance(phrase_of, Mapping) else phrase_of
    onsets: dict[int, int] = {}
    spans: dict[int, tuple[float, float]] = {}
    for e in as_expected(expected):
        p = lookup(e.beat)
        onsets[p] = onsets.get(p, 0) + 1
        lo, hi = e.t_ms - REACH * e.interval_ms, e.t_ms + REACH * e.interval_ms
        old = spans.get(p)
        spans[p] = (lo, hi) if old is None else (min(old[0], lo), max(old[1], hi))
    on_time = dict.fromkeys(onsets, 0)
    extras = dict.fromkeys(onsets, 0)
    order = sorted(onsets)
    for r in results:
        if r.beat is not None:
            if r.grade in ON_TIME:
                on_time[lookup(r.beat)] += 1
        elif r.grade == "extra":
            home = next((p for p in order if spans[p][0] <= r.t_ms <= spans[p][1]), None)
            if home is not None:
                extras[home] += 1
    return [PhraseScore(p, onsets[p], on_time[p], extras[p]) for p in order]
