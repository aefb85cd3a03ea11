"""Stamping hits when they happened, not when a frame got round to them (pure: the clock and reads are injected).

pygame-ce events carry no timestamps, so the engine reads input about 1000 times a second and stamps what
each read returns at the midpoint of the interval since the read before: the hit happened somewhere in
that interval, so the midpoint is off by at most half of it (0.5 ms at 1 kHz). Drawing is done in small
pieces with reads in between, so a frame never leaves input unread for long. A naive loop would stamp
hits at the next frame's read instead, up to a whole frame (16.7 ms at 60 fps) late; the benchmark
records both, in the same run, to show the difference.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Stamped(Generic[T]):
    event: T
    t_ns: int          # midpoint of the bracketing reads
    bracket_ns: int    # the width of that bracket: the stamp's worst-case error is half of it


class Stamper(Generic[T]):
    def __init__(self, clock: Callable[[], int]) -> None:
        self.clock = clock
        self.last_read_ns = clock()
        self.reads = 0
        self.widest_gap_ns = 0

    def read(self, fetch: Callable[[], Iterable[T]]) -> list[Stamped[T]]:
        """Fetch whatever arrived since the last read, each stamped at the midpoint since then."""
        now = self.clock()
        events = list(fetch())
        previous, self.last_read_ns = self.last_read_ns, now
        self.reads += 1
        gap = now - previous
        self.widest_gap_ns = max(self.widest_gap_ns, gap)
        stamp = previous + gap // 2
        return [Stamped(event, stamp, gap) for event in events]


def ns_to_ms(t_ns: int, origin_ns: int) -> float:
    return (t_ns - origin_ns) / 1_000_000
