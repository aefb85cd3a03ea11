"""Pre/post statistics in pure Python, checked against scipy and numpy (test-only dependencies) and against
small examples worked by hand."""

from __future__ import annotations

import math
import random
import warnings

import numpy as np
import pytest
import scipy.stats
from hypothesis import given, settings
from hypothesis import strategies as st

from app.measure.distributions import t_ppf, t_sf
from app.measure.signed_rank import signed_rank
from app.measure.stats import (
    CAVEAT,
    PairedResult,
    bootstrap_dz_ci,
    cronbach_alpha,
    paired,
    percentile,
    plain_sentence,
)

PROPS = settings(max_examples=100, deadline=None, derandomize=True, database=None)
SCIPY_PROPS = settings(PROPS, max_examples=60)  # each example calls scipy: kept few so the file runs in seconds
QUARTERS = [i / 4 for i in range(4, 21)]  # subscale means of 4 answers on 1–5: exact in binary, many ties


def scipy_p(pre: list[float], post: list[float]) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "exact p-value calculation does not work if there are zeros" etc.
        return float(scipy.stats.wilcoxon(post, pre, zero_method="wilcox", correction=True, method="auto").pvalue)


def scipy_method(d: list[float]) -> str:
    """Which way scipy 1.17's method="auto" goes (scipy/stats/_wilcoxon.py, _wilcoxon_nd)."""
    nonzero = [x for x in d if x != 0]
    if not nonzero:
        return "none"
    ties = len({abs(x) for x in nonzero}) < len(nonzero)
    if len(d) > 50:
        return "normal"
    if not ties and len(nonzero) == len(d):
        return "exact"
    return "permutation" if len(d) <= 13 else "normal"


def ttest_ci(pre: list[float], post: list[float]) -> tuple[float, float]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zero variance: scipy warns, and its interval is (mean, mean)
        ci = scipy.stats.ttest_rel(post, pre).confidence_interval(0.95)
    return float(ci.low), float(ci.high)


def as_maps(pre: list[float], post: list[float]) -> tuple[dict[str, float], dict[str, float]]:
    return {f"s{i:03d}": v for i, v in enumerate(pre)}, {f"s{i:03d}": v for i, v in enumerate(post)}


# --- Student's t -----------------------------------------------------------------------------------------


def test_t_quantiles_match_scipy_to_1e_8_for_1_to_200_degrees_of_freedom() -> None:
    dfs = np.arange(1, 201)
    for p in (0.975, 0.995, 0.9, 0.6, 0.5 + 1e-9, 0.025, 1e-5):
        expected = scipy.stats.t.ppf(p, dfs)
        got = np.array([t_ppf(p, int(df)) for df in dfs])
        assert np.max(np.abs(got - expected) / np.maximum(1, np.abs(expected))) < 1e-8, p


def test_t_known_values_and_tails() -> None:
    assert t_ppf(0.975, 1) == pytest.approx(12.706204736174707, abs=1e-9)  # tan(0.475 π)
    assert t_ppf(0.975, 2) == pytest.approx(4.302652729749464, abs=1e-9)   # 0.95 / sqrt(2 · 0.025 · 0.975)
    assert t_ppf(0.975, 9) == pytest.approx(2.2621571628540993, abs=1e-9)
    assert t_ppf(0.5, 7) == 0.0 and t_ppf(0.1, 5) == pytest.approx(-t_ppf(0.9, 5), abs=1e-14)
    for t, df in [(0.0, 3), (0.5, 1), (2.0, 2), (-1.5, 10), (30.0, 4), (3.0, 150.5)]:
        assert t_sf(t, df) == pytest.approx(float(scipy.stats.t.sf(t, df)), rel=1e-12, abs=1e-15)
    with pytest.raises(ValueError):
        t_ppf(1.0, 3)
    with pytest.raises(ValueError):
        t_ppf(0.5, 0)


# --- Wilcoxon signed-rank --------------------------------------------------------------------------------


def test_wilcoxon_known_values_worked_by_hand() -> None:
    # All 5 positive: R+ = 15 is the top of 2**5 = 32 patterns, p = 2/32.
    assert signed_rank([1, 2, 3, 4, 5]) == (0.0625, "exact", 15.0, 5)
    # Rank 2 negative: R+ = 13; P(R+ ≥ 13) = P(R- ≤ 2) = |{∅, {1}, {2}}| / 32, p = 6/32.
    assert signed_rank([1, -2, 3, 4, 5]).p == 0.1875
    # A zero and a 3-way tie: ranks 2, 2, 2 all positive, R+ = 6 is the top of 8 patterns, p = 2/8.
    assert signed_rank([1, 0, 1, 1]) == (0.25, "permutation", 6.0, 3)
    assert signed_rank([1, 1, -1, 0]).p == 1.0
    assert signed_rank([0, 0, 0]) == (None, "none", 0.0, 0) and signed_rank([]).p is None
    # 51 distinct positives: past the exact limit; z = (1326 − 663 − 0.5) / sqrt(51·52·103/24).
    z = (1326 - 663 - 0.5) / math.sqrt(51 * 52 * 103 / 24)
    assert signed_rank(list(range(1, 52))).p == pytest.approx(math.erfc(z / math.sqrt(2)), rel=1e-14)
    assert signed_rank(list(range(1, 52))).p == pytest.approx(scipy_p([0.0] * 51, list(range(1, 52))), rel=1e-9)


@st.composite
def quarter_pairs(draw: st.DrawFn) -> tuple[list[float], list[float]]:
    """Pre/post subscale means of one class: many ties, many zero changes (3–60 students).

    Not 9–13: scipy's own permutation test takes 0.1–1.3 s there; one class of 13 is checked below.
    """
    n = draw(st.one_of(st.integers(3, 8), st.integers(14, 60)))
    pre = draw(st.lists(st.sampled_from(QUARTERS), min_size=n, max_size=n))
    steps = draw(st.lists(st.sampled_from([-1.0, -0.5, -0.25, 0.0, 0.0, 0.25, 0.5, 0.75, 1.0, 1.5]),
                          min_size=n, max_size=n))
    return pre, [min(5.0, max(1.0, a + s)) for a, s in zip(pre, steps, strict=True)]


@st.composite
def distinct_pairs(draw: st.DrawFn) -> tuple[list[float], list[float]]:
    """Changes with no zero and no tie, so scipy takes its exact path up to 50 and the normal one above."""
    n = draw(st.integers(3, 60))
    sizes = draw(st.lists(st.integers(1, 400), min_size=n, max_size=n, unique=True))
    signs = draw(st.lists(st.sampled_from([-1, 1]), min_size=n, max_size=n))
    pre = draw(st.lists(st.integers(0, 100), min_size=n, max_size=n))
    return [float(a) for a in pre], [float(a + s * m) for a, s, m in zip(pre, signs, sizes, strict=True)]


def check_against_scipy(pre: list[float], post: list[float]) -> None:
    d = [b - a for a, b in zip(pre, post, strict=True)]
    result = signed_rank(d)
    assert result.method == scipy_method(d)
    if result.p is None:
        return
    tolerance = 1e-6 if result.method == "normal" else 1e-9
    assert result.p == pytest.approx(scipy_p(pre, post), abs=tolerance)
    r = paired(*as_maps(pre, post), resamples=20)
    assert r.wilcoxon_p == result.p
    assert r.change_ci == pytest.approx(ttest_ci(pre, post), abs=1e-9)


@SCIPY_PROPS
@given(quarter_pairs())
def test_with_ties_and_zeros_wilcoxon_and_the_t_interval_match_scipy(case: tuple[list[float], list[float]]) -> None:
    check_against_scipy(*case)


def test_at_the_permutation_limit_of_13_and_just_past_it() -> None:
    pre = [3.0, 2.5, 4.0, 3.25, 1.75, 2.0, 3.5, 4.25, 3.0, 2.75, 3.0, 2.0, 4.5, 3.75]
    post = [3.5, 2.5, 4.5, 3.0, 2.5, 2.5, 3.5, 5.0, 3.75, 3.25, 3.5, 2.25, 4.5, 4.0]  # ties and zeros
    check_against_scipy(pre[:13], post[:13])
    assert signed_rank([b - a for a, b in zip(pre[:13], post[:13], strict=True)]).method == "permutation"
    check_against_scipy(pre, post)
    assert signed_rank([b - a for a, b in zip(pre, post, strict=True)]).method == "normal"


@SCIPY_PROPS
@given(distinct_pairs())
def test_without_ties_wilcoxon_exact_and_normal_match_scipy(case: tuple[list[float], list[float]]) -> None:
    check_against_scipy(*case)


@PROPS
@given(st.integers(2, 60).flatmap(lambda n: st.tuples(
    st.lists(st.floats(1, 5), min_size=n, max_size=n), st.lists(st.floats(1, 5), min_size=n, max_size=n))))
def test_the_mean_change_interval_matches_ttest_rel_for_any_scores(case: tuple[list[float], list[float]]) -> None:
    pre, post = case
    r = paired(*as_maps(pre, post), resamples=10)
    d = np.array(post) - np.array(pre)
    assert r.change_mean == pytest.approx(float(np.mean(d)), abs=1e-9)
    assert r.change_sd == pytest.approx(float(np.std(d, ddof=1)), abs=1e-9)
    assert r.pre_sd == pytest.approx(float(np.std(pre, ddof=1)), abs=1e-12)
    assert r.change_ci == pytest.approx(ttest_ci(pre, post), abs=1e-9)


def test_equal_changes_of_thirds_are_ties_where_scipy_sees_float_noise() -> None:
    """The one deliberate difference from scipy: changes are compared after rounding to 10 decimals."""
    pre = [7 / 3, 3.0, 2.0, 11 / 3, 4.0, 2.0]
    post = [8 / 3, 10 / 3, 7 / 3, 4.0, 13 / 3, 3.0]  # five changes of one third (in floats: 4 different), one of 1
    d = [b - a for a, b in zip(pre, post, strict=True)]
    assert len({abs(x) for x in d}) > 2  # scipy would see no tie here and take its exact path
    result = signed_rank(d)
    rounded = [round(x, 10) for x in d]
    assert result.method == "permutation" == scipy_method(rounded)
    assert result.p == pytest.approx(scipy_p([0.0] * 6, rounded), abs=1e-12)
    assert paired(*as_maps(pre, post)).wilcoxon_p == result.p


# --- paired ------------------------------------------------------------------------------------------------


def test_paired_known_values_worked_by_hand() -> None:
    r = paired({"a": 2, "b": 3, "c": 3, "d": 4, "gone": 1}, {"a": 3, "b": 3, "c": 4, "d": 5, "new": 5})
    assert (r.n, r.pre_mean, r.post_mean, r.change_mean, r.change_sd, r.dz) == (4, 3.0, 3.75, 0.75, 0.5, 1.5)
    assert r.pre_sd == pytest.approx(math.sqrt(2 / 3)) and r.post_sd == pytest.approx(math.sqrt(2.75 / 3))
    half = 3.182446305284263 * 0.5 / 2  # t(0.975, 3) · SD / √n
    assert r.change_ci == pytest.approx((0.75 - half, 0.75 + half), abs=1e-12)
    assert r.wilcoxon_p == 0.25 and r.descriptive_only
    assert r.dz_ci is None  # changes 1, 0, 1, 1: a quarter of resamples are all 1s (d_z infinite) → no interval


def test_paired_with_none_one_or_two_students_does_not_crash() -> None:
    empty = paired({}, {"a": 3.0})
    assert empty.n == 0 and empty.change_mean is None and empty.wilcoxon_p is None and empty.descriptive_only
    one = paired({"a": 2.0}, {"a": 3.5})
    assert (one.n, one.change_mean, one.change_sd, one.change_ci, one.dz, one.dz_ci) == (1, 1.5, None, None, None, None)
    assert one.wilcoxon_p == pytest.approx(scipy_p([2.0], [3.5]))
    two = paired({"a": 2.0, "b": 3.0}, {"a": 3.0, "b": 3.5})
    assert two.change_ci == pytest.approx(ttest_ci([2.0, 3.0], [3.0, 3.5]), abs=1e-9)
    assert two.dz == pytest.approx(0.75 / math.sqrt(0.125)) and two.dz_ci is None
    assert paired({"a": None, "b": 2.0}, {"a": 3.0, "b": None}).n == 0  # type: ignore[dict-item]
    with pytest.raises(ValueError, match="'a'"):
        paired({"a": math.nan}, {"a": 3.0})


def test_no_spread_in_the_changes_leaves_d_undefined() -> None:
    pre, post = as_maps([1.0, 2.0, 3.0, 4.0], [4 / 3, 7 / 3, 10 / 3, 13 / 3])  # everyone up by a third
    r = paired(pre, post)
    assert r.change_sd == 0.0 and r.dz is None and r.dz_ci is None
    assert r.change_ci == (r.change_mean, r.change_mean)
    still = paired(*as_maps([2.0] * 12, [2.0] * 12))
    assert still.change_mean == 0.0 and still.wilcoxon_p is None and not still.descriptive_only


def test_descriptive_only_below_ten_students() -> None:
    assert paired(*as_maps([2.0] * 9, [3.0] * 9)).descriptive_only
    assert not paired(*as_maps([2.0] * 10, [3.0] * 10)).descriptive_only


def test_the_bootstrap_is_reproducible_and_matches_a_numpy_recomputation() -> None:
    rng = random.Random(7)
    pre = [rng.choice(QUARTERS) for _ in range(25)]
    post = [min(5.0, p + rng.choice([-0.25, 0.0, 0.25, 0.5, 0.75])) for p in pre]
    pre_map, post_map = as_maps(pre, post)
    r = paired(pre_map, post_map)
    shuffled = dict(sorted(pre_map.items(), reverse=True))
    assert paired(shuffled, post_map) == r  # same data, same interval, whatever the order
    assert paired(pre_map, post_map, seed=1).dz_ci != r.dz_ci
    # The same draws (random.Random(seed).choices over students in id order), computed with numpy.
    changes = [round(post_map[s] - pre_map[s], 10) for s in sorted(pre_map)]
    draws = random.Random(20261203)
    effects = []
    for _ in range(2000):
        sample = np.array(draws.choices(changes, k=len(changes)))
        effects.append(sample.mean() / sample.std(ddof=1))
    assert r.dz_ci == pytest.approx(tuple(np.percentile(effects, [2.5, 97.5])), abs=1e-9)
    assert r.dz_ci[0] < r.dz < r.dz_ci[1]  # type: ignore[index, operator]
    # Roughly the large-sample standard error of d_z, sqrt(1/n + d²/2n).
    se = math.sqrt(1 / 25 + r.dz**2 / 50)  # type: ignore[operator]
    assert (r.dz_ci[1] - r.dz_ci[0]) / (2 * 1.96 * se) == pytest.approx(1, abs=0.3)  # type: ignore[index]


def test_percentile_matches_numpy() -> None:
    rng = random.Random(3)
    for size in (1, 2, 3, 10, 2000):
        values = sorted(rng.gauss(0, 1) for _ in range(size))
        for q in (0, 2.5, 50, 97.5, 100):
            assert percentile(values, q) == pytest.approx(float(np.percentile(values, q)), abs=1e-12)
    assert bootstrap_dz_ci([1.0, 1.0, 1.0, 2.0], seed=1, resamples=500) is None  # +inf past 97.5%


# --- Cronbach's alpha ----------------------------------------------------------------------------------


def numpy_alpha(rows: list[list[int]]) -> float:
    a = np.array(rows, dtype=float)
    k = a.shape[1]
    return k / (k - 1) * (1 - a.var(axis=0, ddof=1).sum() / a.sum(axis=1).var(ddof=1))


def test_alpha_known_value_and_undefined_cases() -> None:
    # Items (1,2,3), (1,2,3): item variances 1 + 1, totals 2, 4, 6 with variance 4: 2 · (1 − 2/4) = 1.
    assert cronbach_alpha([[1, 1], [2, 2], [3, 3]]) == pytest.approx(1.0)
    # Opposite items: totals all 4, no variance: undefined.
    assert cronbach_alpha([[1, 3], [2, 2], [3, 1]]) is None
    assert cronbach_alpha([[1, 2, 3]]) is None and cronbach_alpha([[1], [2]]) is None and cronbach_alpha([]) is None
    with pytest.raises(ValueError, match="complete cases"):
        cronbach_alpha([[1, 2], [3]])


@PROPS
@given(st.integers(2, 12).flatmap(lambda k: st.lists(
    st.lists(st.integers(1, 5), min_size=k, max_size=k), min_size=2, max_size=40)))
def test_alpha_matches_numpy(rows: list[list[int]]) -> None:
    totals = [sum(r) for r in rows]
    if len(set(totals)) == 1:
        assert cronbach_alpha(rows) is None
    else:
        assert cronbach_alpha(rows) == pytest.approx(numpy_alpha(rows), rel=1e-9, abs=1e-9)


# --- the sentence --------------------------------------------------------------------------------------


def result(n: int, change: float, lo: float, hi: float) -> PairedResult:
    return PairedResult(n=n, pre_mean=3.0, pre_sd=1.0, post_mean=3.0 + change, post_sd=1.0, change_mean=change,
                        change_sd=0.5, change_ci=(lo, hi), dz=change / 0.5, dz_ci=None, wilcoxon_p=0.01,
                        descriptive_only=n < 10)


def test_plain_sentences() -> None:
    assert plain_sentence("Sympathy", result(24, 0.4, 0.1, 0.7), 1, 5) == (
        "On average, sympathy rose by 0.4 points on a 1–5 scale; "
        "we are fairly confident the true change lies between 0.1 and 0.7.")
    assert plain_sentence("Affective empathy", result(24, -0.3, -0.5, -0.1), 1, 5) == (
        "On average, affective empathy fell by 0.3 points on a 1–5 scale; "
        "we are fairly confident the true change lies between -0.5 and -0.1.")
    assert plain_sentence("Sympathy", result(24, 0.02, -0.2, 0.24), 1, 5) == (
        "On average, sympathy stayed about the same on a 1–5 scale; "
        "we are fairly confident the true change lies between -0.20 and 0.24.")
    assert plain_sentence("Sympathy", result(24, 0.3, -0.1, 0.7), 1, 5).endswith(
        "rose by 0.3 points on a 1–5 scale; we are fairly confident the true change lies between -0.1 and 0.7, "
        "which includes no change at all.")
    assert plain_sentence("Sympathy", result(1200, 0.27, 0.22, 0.31), 1, 5) == (  # pooled classes: narrow
        "On average, sympathy rose by 0.27 points on a 1–5 scale; "
        "we are fairly confident the true change lies between 0.22 and 0.31.")
    assert plain_sentence("AMES total", result(30, 0.04, 0.01, 0.07), 0, 3).startswith(
        "On average, AMES total rose by 0.04 points on a 0–3 scale; ")
    assert plain_sentence("Sympathy", result(7, 0.9, 0.1, 1.7), 1, 5) == (
        "Only 7 students answered both times: too few to say whether there was a change; here is what they said.")
    assert plain_sentence("Sympathy", paired({"a": 1.0}, {"a": 2.0}), 1, 5).startswith("Only 1 student answered")
    assert plain_sentence("Sympathy", paired({}, {}), 1, 5) == (
        "No student answered both times, so there is no change to report.")
    assert CAVEAT == "One class without a comparison group cannot show that the program caused a change."
