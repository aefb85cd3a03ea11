"""What changed between the first and the last session, computed so it can be said honestly.

One class, no comparison group, often fewer than 30 students: so every figure comes with its uncertainty
(a t interval for the mean change, a bootstrap interval for the effect size d_z, a Wilcoxon signed-rank p
that does not lean on normality), and below 10 paired students a caller shows only the description.
Standard library only; the tests check each figure against scipy.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP, decimal, translate
from app.measure.distributions import t_ppf
from app.measure.signed_rank import TIE_DECIMALS, signed_rank

DESCRIPTIVE_BELOW = 10  # fewer paired students than this: describe, do not infer
SMALL_CHANGE = 0.05     # a mean change this small, with an interval spanning 0, is "about the same"
CAVEAT = QT_TRANSLATE_NOOP("measure.stats",
                           "One class without a comparison group cannot show that the program caused a change.")


@dataclass(frozen=True)
class PairedResult:
    """Pre/post figures over the students who answered both times; None wherever a figure is undefined."""

    n: int
    pre_mean: float | None
    pre_sd: float | None
    post_mean: float | None
    post_sd: float | None
    change_mean: float | None
    change_sd: float | None
    change_ci: tuple[float, float] | None  # 95%, Student's t with n − 1 df
    dz: float | None                       # mean change / SD of the changes
    dz_ci: tuple[float, float] | None      # 95% percentile bootstrap over students
    wilcoxon_p: float | None               # two-sided signed-rank p (see signed_rank.py)
    descriptive_only: bool                 # n < 10: present the description only


def mean_sd(values: Sequence[float]) -> tuple[float | None, float | None]:
    """Mean and sample SD (n − 1); exactly 0 when all values are equal, not a rounding residue."""
    if not values:
        return None, None
    if min(values) == max(values):
        return float(values[0]), (0.0 if len(values) > 1 else None)
    mean = math.fsum(values) / len(values)
    if len(values) < 2:
        return mean, None
    return mean, math.sqrt(math.fsum((v - mean) ** 2 for v in values) / (len(values) - 1))


def percentile(ordered: Sequence[float], q: float) -> float:
    """The q-th percentile (0–100) of sorted values, interpolated linearly (numpy's default, Hyndman–Fan 7)."""
    h = (len(ordered) - 1) * q / 100
    lo = math.floor(h)
    frac = h - lo
    if frac == 0 or lo + 1 >= len(ordered):
        return ordered[lo]
    return ordered[lo] + frac * (ordered[lo + 1] - ordered[lo])


def _effect(values: Sequence[float]) -> float:
    """d_z of one bootstrap resample; all-equal changes give ±inf (or 0 when all are 0), never a crash."""
    mean, sd = mean_sd(values)
    assert mean is not None
    if sd:
        return mean / sd
    return math.copysign(math.inf, mean) if mean else 0.0


def bootstrap_dz_ci(changes: Sequence[float], *, seed: int, resamples: int) -> tuple[float, float] | None:
    """95% percentile bootstrap CI of d_z, resampling students with random.Random(seed).choices.

    Resamples whose changes are all equal count as ±inf rather than being dropped (dropping them would narrow
    the interval); if a bound lands on one, the interval is not finite and None is returned.
    """
    rng = random.Random(seed)
    effects = sorted(_effect(rng.choices(changes, k=len(changes))) for _ in range(resamples))
    lo, hi = percentile(effects, 2.5), percentile(effects, 97.5)
    return (lo, hi) if math.isfinite(lo) and math.isfinite(hi) else None


def paired(pre: Mapping[str, float], post: Mapping[str, float], *, seed: int = 20261203,
           resamples: int = 2000) -> PairedResult:
    """Compare pre and post scores (by student id) over the students with a score both times.

    A None score (a subscale with too few answers) counts as absent. Students are taken in sorted id order,
    so the bootstrap gives the same interval for the same data whatever order the mappings come in.
    `resamples=0` leaves d_z without its interval, for a caller that never shows it (it is the slow part).
    """
    if resamples < 0:
        raise ValueError(f"resamples must be 0 (no interval for d_z) or more, not {resamples}")
    students = sorted(s for s in pre.keys() & post.keys() if pre[s] is not None and post[s] is not None)
    for s in students:
        if not (math.isfinite(pre[s]) and math.isfinite(post[s])):
            raise ValueError(f"student {s!r} has a score that is not a finite number: {pre[s]!r} → {post[s]!r}")
    before = [float(pre[s]) for s in students]
    after = [float(post[s]) for s in students]
    # Rounded so equal changes of thirds (a mean of 3 answers) are equal, and no change is exactly 0.
    changes = [round(b - a, TIE_DECIMALS) for a, b in zip(before, after, strict=True)]
    n = len(students)
    pre_mean, pre_sd = mean_sd(before)
    post_mean, post_sd = mean_sd(after)
    change_mean, change_sd = mean_sd(changes)
    change_ci = None
    if change_mean is not None and change_sd is not None:
        half = t_ppf(0.975, n - 1) * change_sd / math.sqrt(n)
        change_ci = (change_mean - half, change_mean + half)
    dz = change_mean / change_sd if change_mean is not None and change_sd else None
    dz_ci = (bootstrap_dz_ci(changes, seed=seed, resamples=resamples)
             if dz is not None and n >= 3 and resamples else None)
    return PairedResult(n=n, pre_mean=pre_mean, pre_sd=pre_sd, post_mean=post_mean, post_sd=post_sd,
                        change_mean=change_mean, change_sd=change_sd, change_ci=change_ci, dz=dz, dz_ci=dz_ci,
                        wilcoxon_p=signed_rank(changes).p, descriptive_only=n < DESCRIPTIVE_BELOW)


def _variance(values: Sequence[float]) -> float:
    _, sd = mean_sd(values)
    return sd * sd if sd else 0.0


def cronbach_alpha(rows: Sequence[Sequence[float]]) -> float | None:
    """Internal consistency of a scale in this class: k/(k−1)·(1 − Σ item variances / variance of totals).

    Rows are students with every item answered (complete cases), columns are items. None when it is
    undefined: fewer than 2 students or items, or every student with the same total.
    """
    if len(rows) < 2:
        return None
    k = len(rows[0])
    if any(len(row) != k for row in rows):
        raise ValueError("every row needs the same number of items (complete cases only)")
    if k < 2:
        return None
    totals = [math.fsum(row) for row in rows]
    total_variance = _variance(totals)
    if total_variance == 0:
        return None
    item_variances = math.fsum(_variance([row[j] for row in rows]) for j in range(k))
    return k / (k - 1) * (1 - item_variances / total_variance)


def _lower_first(title: str) -> str:
    """'Sympathy' → 'sympathy' inside a sentence; an acronym such as 'AMES total' stays as it is."""
    if len(title) > 1 and title[1].isupper():
        return title
    return title[:1].lower() + title[1:]


def _fmt(x: float, decimals: int) -> str:
    """With the language's decimal mark (0,2 in Spanish); never '-0.0'."""
    return decimal(abs(x) if round(x, decimals) == 0 else x, decimals)


def plain_sentence(subscale_title: str, result: PairedResult, scale_min: float, scale_max: float) -> str:
    """The change in one sentence a principal understands; show CAVEAT with it, always."""
    n = result.n
    if n == 0 or result.change_mean is None:
        return translate("measure.stats", "No student answered both times, so there is no change to report.")
    if result.descriptive_only or result.change_ci is None:
        return translate("measure.stats", "Only %n student(s) answered both times: too few to say whether there was "
                         "a change; here is what they said.", None, n)
    change, (lo, hi) = result.change_mean, result.change_ci
    # One decimal, unless that would print a non-zero figure as 0.0, or blur a narrow interval (many students:
    # "0.3, between 0.2 and 0.3" would hide what "0.27, between 0.22 and 0.31" says).
    decimals = 2 if any(x and abs(x) < 0.05 for x in (change, lo, hi)) or hi - lo < 0.25 else 1
    figures = {"title": _lower_first(subscale_title), "low": f"{scale_min:g}", "high": f"{scale_max:g}",
               "by": _fmt(abs(change), decimals), "lo": _fmt(lo, decimals), "hi": _fmt(hi, decimals)}
    spans_zero = lo <= 0 <= hi
    if spans_zero and abs(change) < SMALL_CHANGE:
        # Translators: {title} is a part of the questionnaire (its subscale), e.g. "sympathy"
        words = translate("measure.stats", "On average, {title} stayed about the same on a {low}–{high} scale; we are "
                          "fairly confident the true change lies between {lo} and {hi}.")
    elif change > 0 and spans_zero:
        words = translate("measure.stats", "On average, {title} rose by {by} points on a {low}–{high} scale; we are "
                          "fairly confident the true change lies between {lo} and {hi}, which includes no change at "
                          "all.")
    elif change > 0:
        words = translate("measure.stats", "On average, {title} rose by {by} points on a {low}–{high} scale; we are "
                          "fairly confident the true change lies between {lo} and {hi}.")
    elif spans_zero:
        words = translate("measure.stats", "On average, {title} fell by {by} points on a {low}–{high} scale; we are "
                          "fairly confident the true change lies between {lo} and {hi}, which includes no change at "
                          "all.")
    else:
        words = translate("measure.stats", "On average, {title} fell by {by} points on a {low}–{high} scale; we are "
                          "fairly confident the true change lies between {lo} and {hi}.")
    return words.format(**figures)
