"""How often a device may ask, and the pause after wrong PINs or wrong codes (thread-safe, pure).

The PIN rules are student mode's own (`sealing.PIN_TRIES`, `sealing.PIN_WAIT_S`), kept per student,
so moving to another device or another tab does not buy a classmate more guesses.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.store.sealing import PIN_TRIES, PIN_WAIT_S


@dataclass
class _Bucket:
    tokens: float
    stamp: float


@dataclass
class RateLimiter:
    """A token bucket per key: `rate` requests a second on average, bursts up to `burst`."""

    rate: float
    burst: float
    clock: Callable[[], float] = time.monotonic
    _buckets: dict[str, _Bucket] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def wait(self, key: str) -> float:
        """0 when this request may go ahead (and it is counted), else the seconds to wait."""
        now = self.clock()
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None:
                if len(self._buckets) > 10_000:  # many addresses: forget the idle ones
                    self._buckets = {k: b for k, b in self._buckets.items() if now - b.stamp < 60}
                bucket = self._buckets[key] = _Bucket(self.burst, now)
            bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.stamp) * self.rate)
            bucket.stamp = now
            if bucket.tokens >= 1:
                bucket.tokens -= 1
                return 0.0
            return (1 - bucket.tokens) / self.rate


@dataclass
class TriesGuard:
    """After `tries` wrong answers in a row for one key, a pause of `wait_s` seconds before the next try.

    A try is counted when it begins (`attempt`), not when its answer is known, so many guesses sent at once
    cannot all slip in while the first ones are still being checked; a right answer clears the count.
    """

    tries: int = PIN_TRIES
    wait_s: float = PIN_WAIT_S
    clock: Callable[[], float] = time.monotonic
    _fails: dict[str, int] = field(default_factory=dict)
    _until: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def waiting(self, key: str) -> int:
        """Whole seconds still to wait before this key may try again (0: go ahead)."""
        with self._lock:
            return self._left_s(key, self.clock())

    def _left_s(self, key: str, now: float) -> int:
        left = self._until.get(key, 0.0) - now
        return max(1, int(left + 0.999)) if left > 0 else 0

    def attempt(self, key: str) -> int:
        """Begin a try: 0 when it may go ahead (it is counted now), else the seconds to wait."""
        with self._lock:
            now = self.clock()
            wait = self._left_s(key, now)
            if wait:
                return wait
            self._until.pop(key, None)
            fails = self._fails.get(key, 0) + 1
            if fails >= self.tries:  # this is the last try before the pause
                self._until[key] = now + self.wait_s
                fails = 0
            self._fails[key] = fails
            return 0

    def tries_left(self, key: str) -> int:
        """After a wrong try: how many more before the pause (0: the pause has begun)."""
        with self._lock:
            return 0 if key in self._until else self.tries - self._fails.get(key, 0)

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._fails.pop(key, None)
            self._until.pop(key, None)
