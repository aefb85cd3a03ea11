"""Known zero-repeat (or fewest-repeat) schedules, built from small algebraic recipes.

Each design is a list of rounds on points 0..n-1 in groups of one size. The local search starts from a
design when one fits the class (after a random relabelling, and with up to size-1 "phantom" students
dropped when the class is a little smaller); these are the cases plain search struggles with:

- round robin (groups of 2), the affine planes AG(2, q) for q = 3, 4, 5, 7 (q² students in groups of q,
  q + 1 rounds) and AG(3, 3) (27 in 3s, 13 rounds): every pair meets exactly once;
- 15 in 3s × 7 (Kirkman's schoolgirls) and 28 in 4s × 9: base rounds on Z_m × L ∪ {∞} that, shifted
  m times, meet every pair exactly once (1-rotational resolvable designs; base rounds found by a
  small exhaustive search);
- 30 in 3s × 10 (no repeats) and 30 in 5s × 10 (every pair meets once or twice: 165 repeats, the least
  possible): base rounds on Z_10 × 3 shifted 10 times (found by a small search);
- 32 in 4s × 10 (the original social golfer problem, no repeats): Z_2³ acting on 4 orbits of 8 — one
  round of cosets of a 4-element subgroup per orbit, three rounds that pair orbits up, and six
  "transversal" rounds from a table of six base rows; each student misses exactly one classmate.
The unit tests check every design.
"""

from __future__ import annotations

import itertools
from functools import cache

Round = list[list[int]]

# (point, layer) pairs; "inf" is the fixed point. Found by a short exhaustive search.
_ROTATIONAL: dict[tuple[int, int], tuple[int, int, list[list[tuple[int, int] | str]]]] = {
    (15, 3): (7, 2, [["inf", (0, 0), (0, 1)], [(1, 0), (2, 0), (4, 0)], [(1, 1), (3, 0), (5, 1)],
                     [(2, 1), (3, 1), (6, 0)], [(4, 1), (5, 0), (6, 1)]]),
    (28, 4): (9, 3, [["inf", (0, 0), (0, 1), (0, 2)], [(1, 0), (2, 1), (3, 1), (6, 1)],
                     [(1, 1), (2, 2), (4, 0), (8, 1)], [(1, 2), (2, 0), (5, 1), (7, 0)],
                     [(3, 0), (5, 0), (6, 0), (7, 2)], [(3, 2), (4, 1), (6, 2), (8, 2)],
                     [(4, 2), (5, 2), (7, 1), (8, 0)]]),
    (30, 3): (10, 3, [[(2, 1), (5, 2), (7, 0)], [(4, 1), (4, 2), (5, 0)], [(6, 2), (7, 1), (9, 2)],
                      [(0, 0), (3, 0), (4, 0)], [(0, 1), (6, 1), (8, 0)], [(3, 2), (6, 0), (9, 1)],
                      [(1, 2), (3, 1), (9, 0)], [(0, 2), (2, 2), (5, 1)], [(1, 0), (1, 1), (8, 1)],
                      [(2, 0), (7, 2), (8, 2)]]),
    (30, 5): (10, 3, [[(0, 2), (1, 1), (5, 1), (8, 0), (9, 2)], [(2, 1), (3, 1), (3, 2), (5, 2), (8, 2)],
                      [(4, 0), (4, 1), (5, 0), (6, 1), (9, 1)], [(0, 0), (1, 2), (3, 0), (7, 2), (8, 1)],
                      [(0, 1), (1, 0), (4, 2), (7, 1), (9, 0)], [(2, 0), (2, 2), (6, 0), (6, 2), (7, 0)]]),
}

# 32 in 4s: six base rows (z0, z1, z2, z3) in Z_2³ (as 0..7 under XOR); for each pair of orbits the six
# differences z_i ^ z_j are distinct and the two missing ones differ by a single element h.
_GOLF_ROWS = [(0, 0, 0, 0), (0, 1, 2, 3), (0, 2, 3, 4), (0, 3, 4, 6), (0, 4, 1, 5), (0, 5, 7, 1)]


def _rotational(n: int, size: int) -> list[Round]:
    m, layers, base = _ROTATIONAL[(n, size)]

    def index(point: tuple[int, int] | str, shift: int) -> int:
        if point == "inf":
            return m * layers
        x, layer = point  # type: ignore[misc]
        return layer * m + (x + shift) % m

    return [[[index(p, t) for p in block] for block in base] for t in range(m)]


def _round_robin(n: int) -> list[Round]:
    """The circle method: n even, n - 1 rounds of pairs."""
    rounds = []
    others = list(range(1, n))
    for _ in range(n - 1):
        line = [0, *others]
        rounds.append([[line[i], line[n - 1 - i]] for i in range(n // 2)])
        others = others[-1:] + others[:-1]
    return rounds


def _field(q: int) -> tuple[list[list[int]], list[list[int]]]:
    """Addition and multiplication tables of GF(q) for q prime or 4."""
    if q == 4:  # 0, 1, w, w + 1 with w² = w + 1; addition is XOR
        log = {1: 0, 2: 1, 3: 2}
        exp = [1, 2, 3]
        add = [[a ^ b for b in range(4)] for a in range(4)]
        mul = [[0 if a == 0 or b == 0 else exp[(log[a] + log[b]) % 3] for b in range(4)] for a in range(4)]
        return add, mul
    return ([[(a + b) % q for b in range(q)] for a in range(q)],
            [[(a * b) % q for b in range(q)] for a in range(q)])


def _affine_plane(q: int) -> list[Round]:
    """AG(2, q): q² points (x, y) → x·q + y; a round per slope and one of vertical lines."""
    add, mul = _field(q)
    rounds = [[[x * q + add[mul[s][x]][c] for x in range(q)] for c in range(q)] for s in range(q)]
    rounds.append([[c * q + y for y in range(q)] for c in range(q)])
    return rounds


def _affine_space_3() -> list[Round]:
    """AG(3, 3): 27 points, lines in each of the 13 directions form a round."""
    points = list(itertools.product(range(3), repeat=3))
    directions = [v for v in points if v != (0, 0, 0) and v[next(i for i in range(3) if v[i])] == 1]
    rounds = []
    for v in directions:
        seen: set[tuple[int, ...]] = set()
        groups = []
        for p in points:
            if p in seen:
                continue
            line = [tuple((p[i] + k * v[i]) % 3 for i in range(3)) for k in range(3)]
            seen.update(line)
            groups.append([a * 9 + b * 3 + c for a, b, c in line])
        rounds.append(groups)
    return rounds


def _golf_32() -> list[Round]:
    pairs = list(itertools.combinations(range(4), 2))
    missing: dict[tuple[int, int], tuple[int, int]] = {}  # orbit pair → (h, d): differences d and d ^ h
    for i, j in pairs:
        gone = sorted(set(range(8)) - {row[i] ^ row[j] for row in _GOLF_ROWS})
        missing[(i, j)] = (gone[0] ^ gone[1], gone[0])

    def point(g: int, orbit: int) -> int:
        return orbit * 8 + g

    rounds: list[Round] = []
    cosets: Round = []
    for i in range(4):  # the differences an orbit still needs form a subgroup of order 4 (plus one left over)
        left = set(range(1, 8)) - {missing[(min(i, j), max(i, j))][0] for j in range(4) if j != i}
        a, b = next((a, b) for a, b in itertools.combinations(sorted(left), 2) if a ^ b in left)
        subgroup = (0, a, b, a ^ b)
        seen: set[int] = set()
        for x in range(8):
            if x not in seen:
                coset = [x ^ s for s in subgroup]
                seen.update(coset)
                cosets.append([point(y, i) for y in coset])
    rounds.append(cosets)
    for matching in (((0, 1), (2, 3)), ((0, 2), (1, 3)), ((0, 3), (1, 2))):
        groups = []
        for i, j in matching:
            h, d = missing[(i, j)]
            for x in range(8):
                if x < x ^ h:
                    groups.append([point(x, i), point(x ^ h, i), point(x ^ d, j), point(x ^ d ^ h, j)])
        rounds.append(groups)
    for row in _GOLF_ROWS:
        rounds.append([[point(x ^ row[i], i) for i in range(4)] for x in range(8)])
    return rounds


@cache
def known_design(n: int, size: int) -> tuple[tuple[tuple[int, ...], ...], ...] | None:
    """The rounds of a known design for exactly n students in groups of `size`, or None."""
    rounds: list[Round] | None = None
    if size == 2 and n % 2 == 0 and n >= 4:
        rounds = _round_robin(n)
    elif (n, size) in _ROTATIONAL:
        rounds = _rotational(n, size)
    elif (n, size) == (32, 4):
        rounds = _golf_32()
    elif (n, size) == (27, 3):
        rounds = _affine_space_3()
    elif size in (3, 4, 5, 7) and n == size * size:
        rounds = _affine_plane(size)
    if rounds is None:
        return None
    return tuple(tuple(tuple(group) for group in groups) for groups in rounds)
