"""Group figures across players: how tightly the class plays together, beat by beat and overall.

The spread is in plain milliseconds (the number a facilitator can picture). The circular statistics treat every
matched hit as a phase in its own beat cycle, phi = 2*pi*offset/interval, so a tempo change mid-exercise does not
weigh fast and slow passages differently. Pure and stdlib-only, like timing.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app.rhythm.timing import ON_TIME, PlayerScore

SNAP = 1e-12  # R this close to 1 or 0 is float noise from summing cosines; snapped so "all identical" reads R == 1


@dataclass(frozen=True)
class BeatSpread:
    """How far apart the players landed on one beat: population SD of their offsets (they are the whole group)."""

    beat: int
    players: int
    sd_ms: float

    def to_dict(self) -> dict[str, Any]:
        return {"beat": self.beat, "players": self.players, "sd_ms": self.sd_ms}


def spread_per_beat(player_scores: Mapping[str, PlayerScore]) -> tuple[list[BeatSpread], float | None]:
    """Spread for every beat matched by at least two players (one player has no spread), sorted by beat, and
    the mean of those spreads (None when no beat had two players)."""
    offsets: dict[int, list[float]] = {}
    players: dict[int, set[str]] = {}
    for name, score in player_scores.items():
        for r in score.results:
            if r.beat is None or r.offset_ms is None:
                continue
            offsets.setdefault(r.beat, []).append(r.offset_ms)
            players.setdefault(r.beat, set()).add(name)
    spreads = [BeatSpread(b, len(players[b]), statistics.pstdev(offsets[b]))
               for b in sorted(offsets) if len(players[b]) >= 2]
    return spreads, (statistics.mean(s.sd_ms for s in spreads) if spreads else None)


def rayleigh_p(n: int, r: float) -> float | None:
    """Rayleigh test p-value (H0: hits are uniform around the beat cycle), Zar's approximation
    p = exp(sqrt(1 + 4n + 4(n^2 - Rn^2)) - (1 + 2n)) with Rn = n*R (Zar, Biostatistical
    Analysis, Rayleigh test; pingouin's circ_rayleigh uses the same). Clamped to [0, 1] because the approximation
    can stray just outside it; accurate to about 3 decimals even for small n, plenty for a classroom. None if n = 0.
    """
    if n <= 0:
        return None
    rn = n * r
    p = math.exp(math.sqrt(1 + 4 * n + 4 * (n * n - rn * rn)) - (1 + 2 * n))
    return min(1.0, max(0.0, p))


@dataclass(frozen=True)
class CircularStats:
    """Phase statistics of a set of hits; ms figures use the mean beat interval of those hits.

    circular_sd_ms is sqrt(-2 ln R) as a fraction of the cycle times the mean interval; it and mean_offset_ms are
    None when R == 0 (no common direction: the SD is infinite), and everything but n and r is None with no hits.
    """

    n: int
    r: float
    rayleigh_p: float | None
    circular_sd_ms: float | None
    mean_offset_ms: float | None
    mean_interval_ms: float | None

    def to_dict(self) -> dict[str, Any]:
        return {"n": self.n, "r": self.r, "rayleigh_p": self.rayleigh_p, "circular_sd_ms": self.circular_sd_ms,
                "mean_offset_ms": self.mean_offset_ms, "mean_interval_ms": self.mean_interval_ms}


def circular_stats(hits: Iterable[tuple[float, float]]) -> CircularStats:
    """Mean resultant length R = |mean(e^(i*phi))| and friends, from (offset_ms, interval_ms) pairs.

    Takes plain pairs so the live engine can feed it a rolling window of recent hits for the meter.
    """
    pairs = list(hits)
    n = len(pairs)
    if n == 0:
        return CircularStats(0, 0.0, None, None, None, None)
    for offset, interval in pairs:
        if not (math.isfinite(offset) and math.isfinite(interval) and interval > 0):
            raise ValueError(f"need a finite offset and a positive interval, got {(offset, interval)}")
    phases = [2 * math.pi * offset / interval for offset, interval in pairs]
    c = math.fsum(math.cos(phi) for phi in phases) / n
    s = math.fsum(math.sin(phi) for phi in phases) / n
    r = math.hypot(c, s)
    r = 1.0 if r > 1 - SNAP else 0.0 if r < SNAP else r
    mean_interval = statistics.fmean(interval for _, interval in pairs)
    if r == 0.0:
        return CircularStats(n, r, rayleigh_p(n, r), None, None, mean_interval)
    cycles_sd = math.sqrt(max(0.0, -2 * math.log(r))) / (2 * math.pi)
    cycles_mean = math.atan2(s, c) / (2 * math.pi)
    return CircularStats(n, r, rayleigh_p(n, r), cycles_sd * mean_interval, cycles_mean * mean_interval,
                         mean_interval)


RANDOM_R = 2 / math.pi  # R of hits scattered evenly over the matching window (±¼ beat): no togetherness at all


def togetherness(r: float, on_time_share: float = 1.0) -> int:
    """The projector meter, 0-100, for the whole group (never a single student).

    Only matched hits (within a quarter beat) enter R, so their phases lie within ±90° and even random hits give
    R = 2/π. The meter therefore starts at that baseline: 0 for hits scattered at random, 100 when every hit sits
    at the same place in the beat (together but late still reads high; the lateness is for the facilitator).
    It is then scaled by the share of expected hits the group played on time, so a room where half the beats
    go missing cannot read 100.
    """
    spread = (min(1.0, max(0.0, r)) - RANDOM_R) / (1 - RANDOM_R)
    return round(100 * max(0.0, spread) * min(1.0, max(0.0, on_time_share)))


@dataclass(frozen=True)
class GroupSummary:
    """End-of-exercise group figures: per-beat spread, phase statistics over every matched hit, the meter."""

    players: tuple[str, ...]
    spreads: tuple[BeatSpread, ...]
    mean_spread_ms: float | None
    circular: CircularStats
    togetherness: int

    def to_dict(self) -> dict[str, Any]:
        return {"players": list(self.players), "spreads": [s.to_dict() for s in self.spreads],
                "mean_spread_ms": self.mean_spread_ms, "circular": self.circular.to_dict(),
                "togetherness": self.togetherness}


def group_summary(player_scores: Mapping[str, PlayerScore]) -> GroupSummary:
    """Group figures from each player's score (as produced by timing.score_player); players sorted by name."""
    spreads, mean_spread = spread_per_beat(player_scores)
    pairs = [(r.offset_ms, r.interval_ms) for name in sorted(player_scores) for r in player_scores[name].matched
             if r.offset_ms is not None and r.interval_ms is not None]
    circular = circular_stats(pairs)
    expected = sum(score.hits + score.misses for score in player_scores.values())
    on_time = sum(sum(score.grades.get(g, 0) for g in ON_TIME) for score in player_scores.values())
    return GroupSummary(tuple(sorted(player_scores)), tuple(spreads), mean_spread, circular,
                        togetherness(circular.r, on_time / expected if expected else 0.0))
