"""The grouping problem in indices: students 0..n-1, constraints as bit masks, plans as lists of rounds.

A round is a list of groups (lists of indices) whose sizes follow `Problem.sizes`; a plan is a list of
rounds. Here: building a random valid round (backtracking over the constrained students), checking a
round, counting meetings, and lower bounds on cost and repeats that let the search stop early.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

Round = list[list[int]]


class Infeasible(Exception):
    """No round can satisfy the constraints; `proven` says whether the search was exhaustive."""

    def __init__(self, proven: bool) -> None:
        super().__init__("infeasible" if proven else "no round found")   # i18n: not text (caught, never shown)
        self.proven = proven


@dataclass
class Problem:
    n: int
    sizes: list[int]  # group sizes, largest first; they sum to n
    history: list[list[int]]  # n × n, symmetric, zero diagonal
    apart: list[int]  # bit mask per student of the students it must be kept apart from
    units: list[tuple[int, ...]]  # keep-together blocks (size ≥ 2) and single students
    unit_of: list[int] = field(default_factory=list)

    singles: list[int] = field(default_factory=list)  # students in no keep-together block
    blocks: list[tuple[int, ...]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.unit_of = [0] * self.n
        for u, unit in enumerate(self.units):
            for s in unit:
                self.unit_of[s] = u
        self.singles = [unit[0] for unit in self.units if len(unit) == 1]
        self.blocks = [unit for unit in self.units if len(unit) > 1]


def mask_of(members: list[int] | tuple[int, ...]) -> int:
    mask = 0
    for s in members:
        mask |= 1 << s
    return mask


def random_round(problem: Problem, rng: random.Random, node_limit: int = 200_000) -> Round:
    """A random round that honours every constraint (backtracking over the constrained units).

    Raises Infeasible(proven=True) when an exhaustive search finds none, Infeasible(proven=False) when the
    node limit runs out first.
    """
    sizes = problem.sizes
    apart = problem.apart
    unit_mask = [mask_of(unit) for unit in problem.units]
    unit_apart = [0] * len(problem.units)
    for u, unit in enumerate(problem.units):
        for s in unit:
            unit_apart[u] |= apart[s]
    constrained = [u for u, unit in enumerate(problem.units) if len(unit) > 1 or unit_apart[u]]
    chosen = set(constrained)
    free = [problem.units[u][0] for u in range(len(problem.units)) if u not in chosen]
    rng.shuffle(constrained)
    # most demanding first: big blocks, then many keep-apart partners
    constrained.sort(key=lambda u: (-len(problem.units[u]), -bin(unit_apart[u]).count("1")))
    room = list(sizes)
    masks = [0] * len(sizes)
    members: list[list[int]] = [[] for _ in sizes]
    nodes = 0

    def place(i: int) -> bool:
        nonlocal nodes
        if i == len(constrained):
            return True
        nodes += 1
        if nodes > node_limit:
            raise Infeasible(proven=False)
        u = constrained[i]
        unit = problem.units[u]
        size = len(unit)
        order = list(range(len(sizes)))
        rng.shuffle(order)
        tried_empty: set[int] = set()
        for g in order:
            if room[g] < size or masks[g] & unit_apart[u]:
                continue
            if not members[g]:  # empty groups of one size are interchangeable: try one of them
                if sizes[g] in tried_empty:
                    continue
                tried_empty.add(sizes[g])
            room[g] -= size
            masks[g] |= unit_mask[u]
            members[g].extend(unit)
            if place(i + 1):
                return True
            room[g] += size
            masks[g] &= ~unit_mask[u]
            del members[g][-size:]
        return False

    if not place(0):
        raise Infeasible(proven=True)
    rng.shuffle(free)
    k = 0
    for g, group in enumerate(members):
        take = room[g]
        group.extend(free[k:k + take])
        k += take
    for group in members:
        rng.shuffle(group)
    return members


def check_round(problem: Problem, groups: Round) -> bool:
    """True when the round has the problem's group sizes and honours every constraint."""
    if sorted((len(g) for g in groups), reverse=True) != sorted(problem.sizes, reverse=True):
        return False
    seen = [g for group in groups for g in group]
    if sorted(seen) != list(range(problem.n)):
        return False
    for group in groups:
        mask = mask_of(group)
        if any(problem.apart[s] & mask for s in group):
            return False
    where = {s: g for g, group in enumerate(groups) for s in group}
    return all(len({where[s] for s in unit}) == 1 for unit in problem.units)


def meetings(problem: Problem, plan: list[Round]) -> list[list[int]]:
    m = [row[:] for row in problem.history]
    for groups in plan:
        for group in groups:
            for i, a in enumerate(group):
                row = m[a]
                for b in group[i + 1:]:
                    row[b] += 1
                    m[b][a] += 1
    return m


def cost_and_repeats(m: list[list[int]]) -> tuple[int, int]:
    cost = repeats = 0
    for a, row in enumerate(m):
        for v in row[a + 1:]:
            cost += v * v
            if v > 1:
                repeats += v - 1
    return cost, repeats


def cost_floor(problem: Problem, rounds: int) -> int:
    """A lower bound on the cost: the plan's meetings poured onto the least-met pairs first."""
    extra = rounds * sum(s * (s - 1) // 2 for s in problem.sizes)
    levels: dict[int, int] = {}
    n = problem.n
    for a in range(n):
        for b in range(a + 1, n):
            v = problem.history[a][b]
            levels[v] = levels.get(v, 0) + 1
    cost = 0
    keys = sorted(levels)
    # water-filling: raise the lowest level to the next one while meetings remain
    count = 0
    level = keys[0] if keys else 0
    idx = 0
    while True:
        while idx < len(keys) and keys[idx] == level:
            count += levels[keys[idx]]
            idx += 1
        nxt = keys[idx] if idx < len(keys) else None
        if nxt is None or extra < count * (nxt - level):
            q, r = divmod(extra, count) if count else (0, 0)
            top = level + q
            cost += (count - r) * top * top + r * (top + 1) * (top + 1)
            break
        extra -= count * (nxt - level)
        level = nxt
    for v in keys[idx:]:
        cost += levels[v] * v * v
    return cost


def repeats_floor(problem: Problem, rounds: int) -> int:
    """A lower bound on repeats: too many meetings for too few pairs, overall and per student."""
    n = problem.n
    pairs = n * (n - 1) // 2
    hist_total = sum(sum(row) for row in problem.history) // 2
    total = hist_total + rounds * sum(s * (s - 1) // 2 for s in problem.sizes)
    smallest = min(problem.sizes) - 1
    per_student = sum(max(0, sum(problem.history[a]) + rounds * smallest - (n - 1)) for a in range(n))
    return max(0, total - pairs, (per_student + 1) // 2)
