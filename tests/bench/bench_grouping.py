"""Mixing-groups benchmark: repeats in planned sessions against the known minimum. Prints figures; never fails.

For each case, `plan_rounds` (known designs where they fit, then local search) plans the sessions for a
synthetic class with several seeds; the table shows the worst repeats over the seeds, the worst
max_meetings, the slowest plan and the known minimum. The "search only" columns run the same local search
from random rounds instead of a design: what the search reaches on its own.

    .venv/bin/python tests/bench/bench_grouping.py [--seeds N] [--time-limit S] [--quick] [--more]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import app.grouping.mixing as grouping  # noqa: E402
from app.grouping._problem import random_round  # noqa: E402
from app.grouping.mixing import GroupingRequest, plan_rounds, score, synthetic_students  # noqa: E402

# students, group size, sessions, the least possible repeats, why
CASES = [
    (30, 5, 10, 165, "each meets 4 × 10 = 40 times, has 29 classmates: ≥ 11 repeats each, 30 × 11 / 2"),
    (30, 3, 10, 0, "a resolvable packing exists"),
    (15, 3, 7, 0, "Kirkman's schoolgirls"),
    (28, 4, 9, 0, "a resolvable 2-(28, 4, 1) design"),
    (32, 4, 10, 0, "the social golfer problem (Aguado 2004)"),
]
# --more: cases with no built-in design, where plan_rounds is the local search alone
MORE = [
    (18, 3, 8, 0, "no design built in; 8 rounds without repeats exist"),
    (21, 3, 10, 0, "no design built in; a Kirkman triple system of order 21 exists"),
    (24, 3, 11, 0, "no design built in; 11 rounds without repeats exist"),
    (40, 4, 15, 120, "no design built in; each meets 45 times, has 39 classmates: ≥ 6 each"),
]


def search_only(n: int, size: int, sessions: int, seed: int, time_limit: float) -> tuple[int, float]:
    """The local search from random rounds, as plan_rounds runs it, without a design to start from."""
    start = time.perf_counter()
    request = GroupingRequest(synthetic_students(n), size, seed=seed)
    ids, problem = grouping._prepare(request)
    rng = random.Random(seed)
    plan = [random_round(problem, rng) for _ in range(sessions)]
    best = grouping._improve(problem, plan, rng, by_repeats=True,
                             budget=int(grouping.MOVES_PER_SECOND * time_limit), deadline=start + time_limit)
    rounds = [grouping._named(groups, ids) for groups in best]
    return score(rounds)["repeats"], time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, default=3, help="seeds per case (default 3)")
    parser.add_argument("--time-limit", type=float, default=5.0, help="seconds per plan (default 5)")
    parser.add_argument("--quick", action="store_true", help="skip the search-only columns")
    parser.add_argument("--more", action="store_true", help="also cases with no built-in design")
    args = parser.parse_args()
    print(f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs; "
          f"{args.seeds} seeds per case, time limit {args.time_limit:g} s per plan")
    header = f"{'case':<16}{'minimum':>8}{'repeats':>9}{'max meet':>10}{'never met':>11}{'seconds':>9}"
    if not args.quick:
        header += f"{'search only':>13}{'seconds':>9}"
    print(header)
    print("-" * len(header))
    reached = 0
    cases = CASES + MORE if args.more else CASES
    for n, size, sessions, minimum, why in cases:
        worst: dict[str, int] = {"repeats": 0, "max_meetings": 0, "never_met_pairs": 0}
        slowest = 0.0
        for seed in range(args.seeds):
            start = time.perf_counter()
            rounds = plan_rounds(GroupingRequest(synthetic_students(n), size, seed=seed), sessions,
                                 time_limit=args.time_limit)
            slowest = max(slowest, time.perf_counter() - start)
            figures = score(rounds)
            worst = {key: max(worst[key], figures[key]) for key in worst}
        reached += worst["repeats"] == minimum
        line = (f"{f'{n} in {size}s × {sessions}':<16}{minimum:>8}{worst['repeats']:>9}{worst['max_meetings']:>10}"
                f"{worst['never_met_pairs']:>11}{slowest:>9.2f}")
        if not args.quick:
            found = [search_only(n, size, sessions, seed, args.time_limit) for seed in range(args.seeds)]
            repeats = sorted(r for r, _ in found)
            spread = f"{repeats[0]}–{repeats[-1]}" if repeats[0] != repeats[-1] else str(repeats[0])
            line += f"{spread:>13}{max(s for _, s in found):>9.2f}"
        print(f"{line}   {why}")
    print(f"minimum reached in {reached} of {len(cases)} cases (worst of {args.seeds} seeds); "
          f"repeats = Σ over pairs of max(0, times together − 1)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
