"""Fair turns: nobody gets a second turn until everyone present has had one (pure).

A pass does not count as a turn, so a student who passes is asked again later, but not
straight away when someone else can go.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence


def next_turn(present: Sequence[str], taken: Sequence[tuple[str, bool]], rng: random.Random) -> str | None:
    """Pick the next student; `taken` is this session's (student, passed) in order."""
    if not present:
        return None
    counts = Counter(student for student, passed in taken if not passed)
    fewest = min(counts[s] for s in present)
    eligible = [s for s in present if counts[s] == fewest]
    if len(eligible) > 1 and taken and taken[-1][0] in eligible:
        eligible.remove(taken[-1][0])  # never the same face twice in a row
    passers = {student for student, passed in taken[-len(present):] if passed}
    fresh = [s for s in eligible if s not in passers]
    return rng.choice(sorted(fresh or eligible))
