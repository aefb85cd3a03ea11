"""Mixing groups: today's groups, or several sessions planned ahead, so students work with the classmates
they have worked with least.

Pure Python (stdlib only): no Qt, no SQLite. The app passes student ids (UUIDs), the pair history of the
class's past sessions and the facilitator's keep-apart / keep-together pairs; this module returns groups
of those ids. Students not in `GroupingRequest.students` (absent today) are skipped, and so are rules and
history about them.

- Group count is ceil(n / size), so sizes differ by at most one and never exceed `size`
  (13 students in 4s → 4, 3, 3, 3).
- Keep-together pairs chain into blocks that always share a group; keep-apart pairs never do. When the
  rules cannot all hold, `GroupingError` says why (`.describe(names)` names the students concerned).
- The search minimises Σ over pairs of m², m = times the pair has worked together (history + plan): swaps
  accepted by simulated annealing (_search.py), started from a known design where one fits
  (_designs.py); plan_rounds keeps the plan with the fewest repeats, make_groups the lowest cost. Both
  stop early when a lower bound is reached.
- Deterministic for a given seed: the search stops after a fixed number of moves (sized from the time
  limit); the time limit itself is only a safety net on a very slow machine.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from app.grouping._designs import known_design
from app.grouping._problem import (
    Infeasible,
    Problem,
    Round,
    check_round,
    cost_and_repeats,
    cost_floor,
    mask_of,
    meetings,
    random_round,
    repeats_floor,
)
from app.grouping._search import Search

__all__ = ["GroupingError", "GroupingRequest", "group_sizes", "make_groups", "plan_rounds", "score",
           "synthetic_students"]

# Moves per second of time limit: about a quarter of the limit on a current laptop core, so a slower
# school machine still finishes its fixed number of moves (and so gives the same groups for a seed).
MOVES_PER_SECOND = 400_000
# Annealing runs: (share of the moves, starting temperature, final temperature); a run after the first
# starts again from the best plan so far. One long cooling did as well as restarts on the cases tried.
SCHEDULE: tuple[tuple[float, float, float], ...] = ((1.0, 2.0, 0.2),)


class GroupingError(ValueError):
    """The keep-apart / keep-together rules cannot all hold with these students and group size.

    `kind` is "block_too_big" (keep-together pairs chain more students than a group holds),
    "apart_and_together" (a keep-apart pair is also linked by keep-together pairs), "impossible" (no
    grouping honours every rule: proven by exhaustive search) or "not_found" (none found, search gave up).
    `students` are the ids the rules concern. str(error) names nobody (ids are UUIDs in the app);
    `describe(names)` names them, given a mapping from id to display name.
    """

    def __init__(self, template: str, students: Iterable[str] = (), kind: str = "impossible") -> None:
        self.template = template  # "{who}" marks where the students' names go
        self.students = tuple(students)
        self.kind = kind
        super().__init__(self.describe())

    def describe(self, names: Mapping[str, str] | None = None) -> str:
        """The message; with `names` (id → display name) it names the students concerned."""
        if names is None or not self.students:
            return self.template.replace("{who}", "")
        listed = [names.get(s, s) for s in self.students]
        who = " and ".join(listed) if len(listed) == 2 else ", ".join(listed)
        return self.template.replace("{who}", f" ({who})")


@dataclass(frozen=True)
class GroupingRequest:
    students: tuple[str, ...]
    size: int
    history: Mapping[frozenset[str], int] = field(default_factory=dict)  # times each pair worked together
    keep_apart: frozenset[frozenset[str]] = frozenset()
    keep_together: frozenset[frozenset[str]] = frozenset()
    seed: int | None = None


def synthetic_students(n: int) -> tuple[str, ...]:
    """Ids for a made-up class: s01, s02, … (wider numbers past 99)."""
    width = max(2, len(str(n)))
    return tuple(f"s{i:0{width}d}" for i in range(1, n + 1))


def group_sizes(n: int, size: int) -> list[int]:
    """ceil(n / size) groups whose sizes differ by at most one, largest first."""
    if n == 0:
        return []
    count = math.ceil(n / size)
    q, r = divmod(n, count)
    return [q + 1] * r + [q] * (count - r)


def make_groups(request: GroupingRequest, *, time_limit: float = 1.0) -> list[list[str]]:
    """Today's groups: fewest and least-repeated pairs from the history, all rules honoured."""
    ids, problem = _prepare(request)
    if not ids:
        return []
    rng = _rng(request.seed)
    deadline = time.perf_counter() + time_limit
    plan = [_first_round(problem, ids, rng)]
    plan = _improve(problem, plan, rng, by_repeats=False, budget=int(MOVES_PER_SECOND * time_limit),
                    deadline=deadline)
    return _named(plan[0], ids)


def plan_rounds(request: GroupingRequest, sessions: int, *, time_limit: float = 5.0) -> list[list[list[str]]]:
    """Groups for `sessions` sessions ahead that together repeat pairs as little as possible."""
    if sessions < 0:
        raise ValueError(f"sessions must be 0 or more, not {sessions}")
    ids, problem = _prepare(request)
    if sessions == 0:
        return []
    if not ids:
        return [[] for _ in range(sessions)]
    rng = _rng(request.seed)
    deadline = time.perf_counter() + time_limit
    first = _first_round(problem, ids, rng)
    plan = _design_start(problem, sessions, rng, first)
    if plan is None:
        plan = [first, *_more_rounds(problem, rng, sessions - 1, first)]
    plan = _improve(problem, plan, rng, by_repeats=True, budget=int(MOVES_PER_SECOND * time_limit),
                    deadline=deadline)
    return [_named(groups, ids) for groups in plan]


def score(rounds: Sequence[Sequence[Sequence[str]]],
          history: Mapping[frozenset[str], int] | None = None) -> dict[str, int]:
    """How well a plan mixes the students who appear in it (history counts too).

    repeats: Σ over pairs of max(0, times together − 1); max_meetings: the most times any pair was
    together; never_met_pairs: pairs of these students never in a group together.
    """
    students = sorted({s for groups in rounds for group in groups for s in group})
    present = set(students)
    counts: dict[frozenset[str], int] = {}
    for pair, times in (history or {}).items():
        if len(pair) == 2 and pair <= present and times > 0:
            counts[frozenset(pair)] = counts.get(frozenset(pair), 0) + times
    for groups in rounds:
        for group in groups:
            for i, a in enumerate(group):
                for b in group[i + 1:]:
                    pair = frozenset((a, b))
                    counts[pair] = counts.get(pair, 0) + 1
    pairs = len(students) * (len(students) - 1) // 2
    return {"repeats": sum(max(0, v - 1) for v in counts.values()),
            "max_meetings": max(counts.values(), default=0),
            "never_met_pairs": pairs - sum(1 for v in counts.values() if v > 0)}


# --- preparing the problem ---------------------------------------------------------------------------

def _rng(seed: int | None) -> random.Random:
    return random.Random(seed) if seed is not None else random.Random()


def _pair(pair: frozenset[str], what: str) -> tuple[str, str] | None:
    if len(pair) != 2:
        if len(pair) == 1:  # a student paired with themself: nothing to keep apart or together
            return None
        raise ValueError(f"{what} must hold pairs of two students, not {sorted(pair)}")
    a, b = sorted(pair)
    return a, b


def _prepare(request: GroupingRequest) -> tuple[list[str], Problem]:
    ids = list(request.students)
    if len(set(ids)) != len(ids):
        twice = sorted({s for s in ids if ids.count(s) > 1})
        raise ValueError(f"students appear twice: {', '.join(twice)}")
    if request.size < 1:
        raise ValueError(f"group size must be 1 or more, not {request.size}")
    index = {s: i for i, s in enumerate(ids)}
    n = len(ids)
    sizes = group_sizes(n, request.size)
    history = [[0] * n for _ in range(n)]
    for pair, times in request.history.items():
        ab = _pair(pair, "history")
        if ab and ab[0] in index and ab[1] in index and times > 0:
            a, b = index[ab[0]], index[ab[1]]
            history[a][b] += times
            history[b][a] += times
    parent = list(range(n))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pair in request.keep_together:
        ab = _pair(pair, "keep_together")
        if ab and ab[0] in index and ab[1] in index:
            parent[root(index[ab[0]])] = root(index[ab[1]])
    members: dict[int, list[int]] = {}
    for s in range(n):
        members.setdefault(root(s), []).append(s)
    units = sorted((tuple(m) for m in members.values()), key=lambda unit: unit[0])
    largest = sizes[0] if sizes else 0
    for unit in units:
        if len(unit) > largest:
            names = [ids[s] for s in unit]
            raise GroupingError(
                f"Keep-together pairs link {len(unit)} students{{who}}, but with {n} students in groups of "
                f"{request.size} a group has at most {largest}: remove a keep-together pair or make groups "
                f"larger.", names, "block_too_big")
    apart = [0] * n
    for pair in request.keep_apart:
        ab = _pair(pair, "keep_apart")
        if ab and ab[0] in index and ab[1] in index:
            a, b = index[ab[0]], index[ab[1]]
            if root(a) == root(b):
                raise GroupingError(
                    "Two students{who} must be kept apart, but keep-together pairs link them into one "
                    "group: remove one of these rules.", (ids[a], ids[b]), "apart_and_together")
            apart[a] |= 1 << b
            apart[b] |= 1 << a
    return ids, Problem(n, sizes, history, apart, units)


def _first_round(problem: Problem, ids: list[str], rng: random.Random) -> Round:
    """A valid round, or GroupingError when the rules cannot all hold."""
    try:
        return random_round(problem, rng)
    except Infeasible as error:
        constrained = [ids[s] for s in range(problem.n)
                       if problem.apart[s] or len(problem.units[problem.unit_of[s]]) > 1]
        sizes = ", ".join(str(s) for s in problem.sizes)
        if error.proven:
            raise GroupingError(
                f"No way to make {len(problem.sizes)} groups (sizes {sizes}) that honours the keep-apart and "
                f"keep-together pairs of these students{{who}}: remove a rule or change the group size.",
                constrained, "impossible") from None
        raise GroupingError(
            f"Could not find {len(problem.sizes)} groups (sizes {sizes}) that honour the keep-apart and "
            f"keep-together pairs of these students{{who}}; there may be none: remove a rule or change the group "
            f"size.",
            constrained, "not_found") from None


def _more_rounds(problem: Problem, rng: random.Random, count: int, fallback: Round) -> list[Round]:
    """`count` random valid rounds (a copy of `fallback` if the constraints make one hard to find)."""
    rounds = []
    for _ in range(count):
        try:
            rounds.append(random_round(problem, rng))
        except Infeasible:
            rounds.append([group[:] for group in fallback])
    return rounds


def _named(groups: Round, ids: list[str]) -> list[list[str]]:
    ordered = sorted((sorted(group) for group in groups), key=lambda group: group[0] if group else -1)
    return [[ids[s] for s in group] for group in ordered]


# --- search ------------------------------------------------------------------------------------------

def _design_start(problem: Problem, sessions: int, rng: random.Random, first: Round) -> list[Round] | None:
    """A known design relabelled onto the class, or None.

    Up to size-1 phantom students are dropped when the class is a little smaller than the design; rounds
    where phantoms would share a group are left out when there are rounds to spare, else rebalanced.
    Of a few random relabellings, the one with the fewest repeats (history included) wins.
    """
    if problem.blocks or len(problem.sizes) < 2:
        return None
    size = problem.sizes[0]
    full = size * len(problem.sizes)
    design = known_design(full, size)
    if design is None:
        return None
    n = problem.n
    plain = full == n and not any(problem.apart) and not any(any(row) for row in problem.history)
    best: tuple[tuple[int, int], list[Round]] | None = None
    for _ in range(1 if plain else 40):
        label = list(range(full))
        rng.shuffle(label)
        ranked = []
        for groups in design:
            mapped = [[label[p] for p in group if label[p] < n] for group in groups]
            lengths = [len(g) for g in mapped]
            ranked.append((max(lengths) - min(lengths) > 1, rng.random(), mapped))
        ranked.sort(key=lambda item: item[:2])
        plan = [_rebalance(problem, item[2]) for item in ranked[:sessions]]
        if not all(groups is not None and check_round(problem, groups) for groups in plan):
            continue
        chosen = [groups for groups in plan if groups is not None]
        cost, repeats = cost_and_repeats(meetings(problem, chosen))
        if best is None or (repeats, cost) < best[0]:
            best = ((repeats, cost), chosen)
    if best is None:
        return None
    return best[1] + _more_rounds(problem, rng, sessions - len(best[1]), first)


def _rebalance(problem: Problem, groups: Round) -> Round | None:
    """Move students from the largest to the smallest groups until sizes differ by at most one."""
    groups = [g for g in groups if g] + [[] for g in groups if not g]
    while True:
        big = max(groups, key=len)
        small = min(groups, key=len)
        if len(big) - len(small) <= 1:
            return groups
        small_mask = mask_of(small)
        mover = next((s for s in big if not problem.apart[s] & small_mask), None)
        if mover is None:
            return None
        big.remove(mover)
        small.append(mover)


def _improve(problem: Problem, plan: list[Round], rng: random.Random, *, by_repeats: bool, budget: int,
             deadline: float) -> list[Round]:
    """Anneal by SCHEDULE, restarting each run from the best plan found; stop early at the lower bound."""
    rounds = len(plan)
    floor_cost = cost_floor(problem, rounds)
    floor = (repeats_floor(problem, rounds), floor_cost) if by_repeats else (floor_cost, problem.n ** 4)
    search = Search(problem, plan, rng, by_repeats=by_repeats)
    if search.best_key <= floor or len(problem.sizes) < 2:
        return search.best
    level = max(1.0, sum(sum(row) for row in problem.history) / max(1, problem.n * (problem.n - 1)))
    for share, hot, cold in SCHEDULE:
        if search.anneal(int(budget * share), hot * level, cold * level, deadline, floor):
            break
        if time.perf_counter() > deadline:
            break
        search.load(search.best)
    return search.best
