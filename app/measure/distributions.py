"""Student's t distribution with the standard library only: the app ships neither numpy nor scipy.

The upper tail comes from the regularized incomplete beta function (Lentz's continued fraction, as in
Numerical Recipes §6.4); the quantile inverts it by Newton's method held inside a bracket, so it cannot run
away in the heavy tails of 1 or 2 degrees of freedom. Checked against scipy.stats.t.ppf to 1e-8.
"""

from __future__ import annotations

import math
from statistics import NormalDist

_TINY = 1e-300
_CF_EPS = 1e-15
_CF_TERMS = 1000


def _beta_continued_fraction(a: float, b: float, x: float) -> float:
    """The continued fraction of I_x(a, b), converging fast for x < (a + 1) / (a + b + 2)."""
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > _TINY else _TINY)
    h = d
    for m in range(1, _CF_TERMS + 1):
        m2 = 2 * m
        for aa in (m * (b - m) * x / ((qam + m2) * (a + m2)),
                   -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))):
            d = 1.0 + aa * d
            d = 1.0 / (d if abs(d) > _TINY else _TINY)
            c = 1.0 + aa / c
            c = c if abs(c) > _TINY else _TINY
            h *= d * c
        if abs(d * c - 1.0) < _CF_EPS:
            return h
    raise ArithmeticError(f"incomplete beta I_{x}({a}, {b}) did not converge")


def _incomplete_beta(a: float, b: float, x: float, y: float) -> float:
    """I_x(a, b) with y = 1 - x given separately, so neither end loses digits to a subtraction."""
    if x <= 0.0:
        return 0.0
    if y <= 0.0:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log(y))
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_continued_fraction(a, b, x) / a
    return 1.0 - front * _beta_continued_fraction(b, a, y) / b


def t_sf(t: float, df: float) -> float:
    """P(T > t) for Student's t with `df` degrees of freedom."""
    if df <= 0:
        raise ValueError(f"degrees of freedom must be positive, not {df}")
    if t < 0:
        return 1.0 - t_sf(-t, df)
    t2 = t * t
    if math.isinf(t2):
        return 0.0
    return 0.5 * _incomplete_beta(df / 2.0, 0.5, df / (df + t2), t2 / (df + t2))


def t_pdf(t: float, df: float) -> float:
    log_norm = math.lgamma((df + 1.0) / 2.0) - math.lgamma(df / 2.0) - 0.5 * math.log(df * math.pi)
    return math.exp(log_norm - (df + 1.0) / 2.0 * math.log1p(t * t / df))


def _first_guess(z: float, df: float) -> float:
    """The Cornish-Fisher expansion of t around the normal quantile z (good for df of 5 and more)."""
    g1 = (z**3 + z) / 4
    g2 = (5 * z**5 + 16 * z**3 + 3 * z) / 96
    g3 = (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / 384
    g4 = (79 * z**9 + 776 * z**7 + 1482 * z**5 - 1920 * z**3 - 945 * z) / 92160
    return z + g1 / df + g2 / df**2 + g3 / df**3 + g4 / df**4


def t_ppf(p: float, df: float) -> float:
    """The p-quantile of Student's t (its inverse CDF), e.g. t_ppf(0.975, 9) = 2.2622 for a 95% CI of 10."""
    if not 0.0 < p < 1.0:
        raise ValueError(f"a quantile needs 0 < p < 1, not {p}")
    if df <= 0:
        raise ValueError(f"degrees of freedom must be positive, not {df}")
    if p == 0.5:
        return 0.0
    # Solve for the upper tail q on the positive side; 1 - p is exact for p in [0.5, 1).
    q, sign = (1.0 - p, 1.0) if p > 0.5 else (p, -1.0)
    lo, hi = 0.0, max(1.0, _first_guess(NormalDist().inv_cdf(1.0 - q), df))
    while t_sf(hi, df) > q:
        lo, hi = hi, hi * 2.0
    t = min(max(_first_guess(NormalDist().inv_cdf(1.0 - q), df), lo), hi)
    for _ in range(200):
        excess = t_sf(t, df) - q  # positive: t is still below the quantile
        if excess > 0:
            lo = t
        else:
            hi = t
        step = excess / t_pdf(t, df)
        nxt = t + step
        if not lo < nxt < hi:
            nxt = (lo + hi) / 2.0
        if abs(nxt - t) <= 1e-15 * max(1.0, abs(t)) or hi - lo <= 1e-15 * max(1.0, hi):
            return sign * nxt
        t = nxt
    return sign * t
