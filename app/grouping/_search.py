"""The local search behind make_groups and plan_rounds (pure Python, stdlib only).

Students are indices 0..n-1 here. A plan is a list of rounds; a round is a list of groups (lists of
indices) whose sizes follow `Problem.sizes`. The cost is Σ over pairs of m², where m counts how often the
pair has worked together (history plus the plan): it rewards spreading meetings evenly, so it falls as
repeats fall. Moves swap two students (or a keep-together block with students of the same total) in one
round; each is accepted by simulated annealing on the change in cost, which is computed from the meetings
matrix in O(group size). Keep-apart pairs are never put together and keep-together blocks never split, so
every state visited is a valid plan.
"""

from __future__ import annotations

import math
import random
import time
from dataclasses import dataclass, field

Round = list[list[int]]


class Infeasible(Exception):
    """No round can satisfy the constraints; `proven` says whether the search was exhaustive."""

    def __init__(self, proven: bool) -> None:
        super().__init__("infeasible" if proven else "no round found")
        self.proven = proven


@dataclass
class Problem:
    n: int
    sizes: list[int]  # group sizes, largest first; they sum to n
    history: list[list[int]]  # n × n, symmetric, zero diagonal
    apart: list[int]  # bit mask per student of the students it must be kept apart from
    units: list[tuple[int, ...]]  # keep-together blocks (size ≥ 2) and single students
    unit_of: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.unit_of = [0] * self.n
        for u, unit in enumerate(self.units):
            for s in unit:
                self.unit_of[s] = u

    @property
    def singles(self) -> list[int]:
        return [unit[0] for unit in self.units if len(unit) == 1]

    @property
    def blocks(self) -> list[tuple[int, ...]]:
        return [unit for unit in self.units if len(unit) > 1]


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
    free = [problem.units[u][0] for u in range(len(problem.units)) if u not in set(constrained)]
    rng.shuffle(constrained)
    # most demanding first: big blocks, then many keep-apart partners
    constrained.sort(key=lambda u: (-len(problem.units[u]), -bin(unit_apart[u]).count("1")))
    room = list(sizes)
    masks = [0] * len(sizes)
    members: list[list[int]] = [[] for _ in sizes]
    nodes = 0
    order = list(range(len(sizes)))

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


class Search:
    """Simulated annealing over a whole plan; keeps the best plan seen."""

    def __init__(self, problem: Problem, plan: list[Round], rng: random.Random, *, by_repeats: bool) -> None:
        self.p = problem
        self.rng = rng
        self.by_repeats = by_repeats
        self.load(plan)
        self.best = [[g[:] for g in groups] for groups in self.plan]
        self.best_key = self.key()

    def load(self, plan: list[Round]) -> None:
        self.plan = [[g[:] for g in groups] for groups in plan]
        self.where = []
        for groups in self.plan:
            where = [0] * self.p.n
            for g, group in enumerate(groups):
                for s in group:
                    where[s] = g
            self.where.append(where)
        self.masks = [[mask_of(g) for g in groups] for groups in self.plan]
        self.m = meetings(self.p, self.plan)
        self.cost, self.repeats = cost_and_repeats(self.m)

    def key(self) -> tuple[int, int]:
        return (self.repeats, self.cost) if self.by_repeats else (self.cost, self.repeats)

    def remember(self) -> None:
        key = self.key()
        if key < self.best_key:
            self.best_key = key
            self.best = [[g[:] for g in groups] for groups in self.plan]

    def anneal(self, iterations: int, t_start: float, t_end: float, deadline: float, floor: tuple[int, int]) -> bool:
        """Run `iterations` moves cooling from t_start to t_end; True if the floor was reached."""
        p = self.p
        rng = self.rng
        rnd = rng.random
        plan, where_all, masks_all, m = self.plan, self.where, self.masks, self.m
        singles = p.singles
        n_single = len(singles)
        n_rounds = len(plan)
        has_apart = any(p.apart)
        apart = p.apart
        blocks = p.blocks
        block_share = 0.0
        if blocks:
            block_share = min(0.5, sum(len(b) for b in blocks) / p.n)
        if len(p.sizes) < 2 or n_rounds == 0:
            return False
        cost, repeats = self.cost, self.repeats
        best_key = self.best_key
        by_repeats = self.by_repeats
        steps = 64
        chunk = max(1, iterations // steps)
        ratio = (t_end / t_start) ** (1 / steps) if t_start > 0 else 0.0
        temp = t_start
        exp = math.exp
        done = 0
        while done < iterations:
            table = [exp(-d / temp) if temp > 0 else 0.0 for d in range(0, 401)]
            for _ in range(chunk):
                r = int(rnd() * n_rounds)
                groups = plan[r]
                where = where_all[r]
                if block_share and rnd() < block_share:
                    moved = self._block_move(r, temp)
                    if moved is not None:
                        cost += moved[0]
                        repeats += moved[1]
                        if moved[0] < 0:
                            self.cost, self.repeats = cost, repeats
                            self.remember()
                            best_key = self.best_key
                    continue
                if n_single < 2:
                    continue
                a = singles[int(rnd() * n_single)]
                ga = where[a]
                g1 = groups[ga]
                ma = m[a]
                for x in g1:
                    if ma[x] > 1:
                        break
                else:
                    if rnd() < 0.8:
                        continue
                b = singles[int(rnd() * n_single)]
                gb = where[b]
                if gb == ga:
                    continue
                g2 = groups[gb]
                mb = m[b]
                s = -2 * ma[b]
                for x in g1:
                    s += mb[x] - ma[x]
                for x in g2:
                    s += ma[x] - mb[x]
                delta = 2 * (s + len(g1) + len(g2) - 2)
                if delta > 0 and (delta > 400 or rnd() >= table[delta]):
                    continue
                if has_apart:
                    masks = masks_all[r]
                    if apart[a] & (masks[gb] & ~(1 << b)) or apart[b] & (masks[ga] & ~(1 << a)):
                        continue
                    masks[ga] ^= (1 << a) | (1 << b)
                    masks[gb] ^= (1 << a) | (1 << b)
                for x in g1:
                    if x != a:
                        v = ma[x] - 1
                        ma[x] = v
                        m[x][a] = v
                        if v >= 1:
                            repeats -= 1
                        mx = m[x]
                        v = mb[x]
                        if v >= 1:
                            repeats += 1
                        mb[x] = v + 1
                        mx[b] = v + 1
                for x in g2:
                    if x != b:
                        v = mb[x] - 1
                        mb[x] = v
                        m[x][b] = v
                        if v >= 1:
                            repeats -= 1
                        v = ma[x]
                        if v >= 1:
                            repeats += 1
                        ma[x] = v + 1
                        m[x][a] = v + 1
                g1[g1.index(a)] = b
                g2[g2.index(b)] = a
                where[a] = gb
                where[b] = ga
                cost += delta
                if delta < 0 or (delta == 0 and by_repeats):
                    key = (repeats, cost) if by_repeats else (cost, repeats)
                    if key < best_key:
                        self.cost, self.repeats = cost, repeats
                        self.remember()
                        best_key = self.best_key
                        if best_key <= floor:
                            return True
            done += chunk
            temp *= ratio
            if time.perf_counter() > deadline:
                break
        self.cost, self.repeats = cost, repeats
        self.remember()
        return self.best_key <= floor

    def _block_move(self, r: int, temp: float) -> tuple[int, int] | None:
        """Swap a keep-together block with a unit of its size or with as many single students."""
        p = self.p
        rng = self.rng
        groups, where = self.plan[r], self.where[r]
        blocks = p.blocks
        block = blocks[int(rng.random() * len(blocks))]
        ga = where[block[0]]
        gb = int(rng.random() * len(groups))
        if gb == ga:
            return None
        size = len(block)
        candidates = [p.units[u] for u in {p.unit_of[s] for s in groups[gb]}]
        same = [u for u in candidates if len(u) == size]
        singles = [u[0] for u in candidates if len(u) == 1]
        if same and (len(singles) < size or rng.random() < 0.5):
            other = list(rng.choice(same))
        elif len(singles) >= size:
            other = rng.sample(singles, size)
        else:
            return None
        new_a = [s for s in groups[ga] if s not in block] + other
        new_b = [s for s in groups[gb] if s not in other] + list(block)
        apart = p.apart
        mask_a, mask_b = mask_of(new_a), mask_of(new_b)
        if any(apart[s] & mask_a for s in new_a) or any(apart[s] & mask_b for s in new_b):
            return None
        m = self.m
        changes: dict[tuple[int, int], int] = {}
        for group, sign in ((groups[ga], -1), (groups[gb], -1), (new_a, 1), (new_b, 1)):
            for i, x in enumerate(group):
                for y in group[i + 1:]:
                    key = (x, y) if x < y else (y, x)
                    changes[key] = changes.get(key, 0) + sign
        delta = 0
        for (x, y), c in changes.items():
            if c:
                v = m[x][y]
                delta += (v + c) ** 2 - v * v
        if delta > 0 and (temp <= 0 or rng.random() >= math.exp(-delta / temp)):
            return None
        rep = 0
        for (x, y), c in changes.items():
            if c:
                v = m[x][y]
                rep += max(0, v + c - 1) - max(0, v - 1)
                m[x][y] = m[y][x] = v + c
        groups[ga][:] = new_a
        groups[gb][:] = new_b
        for s in new_a:
            where[s] = ga
        for s in new_b:
            where[s] = gb
        self.masks[r][ga] = mask_a
        self.masks[r][gb] = mask_b
        return (delta, rep)
