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

from app.grouping._problem import Problem, Round, cost_and_repeats, mask_of, meetings


class Search:
    """Simulated annealing over a whole plan; keeps the best plan seen."""

    focus = 0.8  # how often a move for a student with no repeated partner in its group is skipped

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
            iterations = int(iterations / (1 + 3 * block_share))  # a block move costs about four swaps
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
                    if rnd() < self.focus:
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
        """Swap a keep-together block with a unit of its size or with as many single students.

        Returns (change in cost, change in repeats) when the move was made.
        """
        p = self.p
        rnd = self.rng.random
        groups, where = self.plan[r], self.where[r]
        blocks = p.blocks
        block = blocks[int(rnd() * len(blocks))]
        ga = where[block[0]]
        gb = int(rnd() * len(groups))
        if gb == ga:
            return None
        size = len(block)
        old_a, old_b = groups[ga], groups[gb]
        units, unit_of = p.units, p.unit_of
        same = [units[unit_of[s]] for s in old_b if len(units[unit_of[s]]) == size and units[unit_of[s]][0] == s]
        singles = [s for s in old_b if len(units[unit_of[s]]) == 1]
        if same and (len(singles) < size or rnd() < 0.5):
            other: tuple[int, ...] | list[int] = same[int(rnd() * len(same))]
        elif len(singles) >= size:
            other = self.rng.sample(singles, size)
        else:
            return None
        rest_a = [s for s in old_a if s not in block]
        rest_b = [s for s in old_b if s not in other]
        apart = p.apart
        mask_a, mask_b = mask_of(rest_a) | mask_of(other), mask_of(rest_b) | mask_of(block)
        if any(apart[s] & mask_b for s in block) or any(apart[s] & mask_a for s in other):
            return None
        m = self.m
        delta = 0
        for movers, left, joined in ((block, rest_a, rest_b), (other, rest_b, rest_a)):
            for x in movers:
                mx = m[x]
                for y in left:
                    delta -= 2 * mx[y] - 1
                for y in joined:
                    delta += 2 * mx[y] + 1
        if delta > 0 and (temp <= 0 or delta / temp > 50 or rnd() >= math.exp(-delta / temp)):
            return None
        rep = 0
        for movers, left, joined in ((block, rest_a, rest_b), (other, rest_b, rest_a)):
            for x in movers:
                mx = m[x]
                for y in left:
                    v = mx[y] - 1
                    mx[y] = m[y][x] = v
                    if v >= 1:
                        rep -= 1
                for y in joined:
                    v = mx[y]
                    if v >= 1:
                        rep += 1
                    mx[y] = m[y][x] = v + 1
        new_a = rest_a + list(other)
        new_b = rest_b + list(block)
        groups[ga][:] = new_a
        groups[gb][:] = new_b
        for s in other:
            where[s] = ga
        for s in block:
            where[s] = gb
        self.masks[r][ga] = mask_a
        self.masks[r][gb] = mask_b
        return (delta, rep)
