"""The two-sided Wilcoxon signed-rank test, computed as scipy 1.17's
``scipy.stats.wilcoxon(d, zero_method="wilcox", correction=True, method="auto")`` computes it.

scipy's "auto" picks one of three ways (read from its source, scipy/stats/_wilcoxon.py), and so does this:

- no zero and no tied |difference|, at most 50 differences: the exact null distribution of the rank sum;
- a zero or a tie, at most 13 differences (zeros counted): all 2**n sign flips, which scipy does as an exact
  permutation test; midranks are halves at worst, so sums are counted in half-rank units, in integers;
- otherwise: the normal approximation with the tie correction and the continuity correction.

Zeros are dropped before ranking in all three ("wilcox"). One deliberate difference from scipy: differences
are rounded to TIE_DECIMALS places first, because subscale scores are means of 3 or 4 answers (thirds and
quarters) and float subtraction leaves noise (7/3 → 8/3 is 0.33333333333333304, 3 → 10/3 is
0.3333333333333335): scipy would rank equal changes as different and count a no-change as a change.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

TIE_DECIMALS = 10
EXACT_MAX = 50        # scipy: "auto" is exact only up to 50 differences without zeros or ties
PERMUTATION_MAX = 13  # scipy: with zeros or ties, all 2**n sign flips up to 13 differences (2**13 < 9999)


class SignedRank(NamedTuple):
    p: float | None      # None when every difference is zero (or there is none): nothing to rank
    method: str          # "exact", "permutation", "normal" or "none"
    r_plus: float        # sum of the ranks of the positive differences
    n: int               # non-zero differences ranked


def midranks(values: Sequence[float]) -> tuple[list[float], list[int]]:
    """Ranks 1..n with ties sharing their mean rank, and the size of each group of ties."""
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    sizes = []
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        for i in order[start:end + 1]:
            ranks[i] = (start + end + 2) / 2
        sizes.append(end - start + 1)
        start = end + 1
    return ranks, sizes


def _sign_flip_p(ranks: Sequence[float], r_plus: float) -> float:
    """Two-sided p over all 2**n equally likely sign patterns: 2 · min(P(R+ ≤ r), P(R+ ≥ r)), capped at 1."""
    units = [round(2 * r) for r in ranks]
    counts = [1]  # counts[s]: sign patterns whose positive ranks sum to s half-units
    for u in units:
        counts = [a + b for a, b in zip(counts + [0] * u, [0] * u + counts, strict=True)]
    observed = round(2 * r_plus)
    below, above = sum(counts[:observed + 1]), sum(counts[observed:])
    return min(1.0, 2 * min(below, above) / 2 ** len(units))


def _normal_p(n: int, r_plus: float, tie_sizes: Sequence[int]) -> float:
    mean = n * (n + 1) / 4
    se = math.sqrt((n * (n + 1) * (2 * n + 1) - sum(t**3 - t for t in tie_sizes) / 2) / 24)
    z = (r_plus - mean) / se
    if z != 0:
        z -= math.copysign(0.5 / se, z)  # continuity correction, towards zero (scipy: sign(z) · 0.5 / se)
    return math.erfc(abs(z) / math.sqrt(2))  # 2 · P(Z > |z|)


def signed_rank(differences: Sequence[float]) -> SignedRank:
    """The test on paired differences (post − pre); the sign only matters for which side is which."""
    d = [round(x, TIE_DECIMALS) for x in differences]
    nonzero = [x for x in d if x != 0]
    n = len(nonzero)
    if n == 0:
        return SignedRank(None, "none", 0.0, 0)
    ranks, tie_sizes = midranks([abs(x) for x in nonzero])
    r_plus = math.fsum(r for r, x in zip(ranks, nonzero, strict=True) if x > 0)
    exact = n == len(d) and max(tie_sizes) == 1
    if exact and len(d) <= EXACT_MAX:
        return SignedRank(_sign_flip_p(ranks, r_plus), "exact", r_plus, n)
    if not exact and len(d) <= PERMUTATION_MAX:
        return SignedRank(_sign_flip_p(ranks, r_plus), "permutation", r_plus, n)
    return SignedRank(_normal_p(n, r_plus, tie_sizes), "normal", r_plus, n)
