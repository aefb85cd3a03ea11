"""Group rhythm figures: per-beat spread, circular statistics, the Rayleigh test, the togetherness meter."""

from __future__ import annotations

import cmath
import json
import math
import statistics

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app.rhythm.synchrony import (
    BeatSpread,
    circular_stats,
    group_summary,
    rayleigh_p,
    spread_per_beat,
    togetherness,
)
from app.rhythm.timing import Expected, PlayerScore, score_player

intervals = st.integers(150, 1500)


def line(n: int, interval: float) -> list[Expected]:
    return [Expected(k * interval, interval, k) for k in range(n)]


def player(offsets: list[float | None], interval: float = 500) -> PlayerScore:
    """A score for one player who hit beat k at offsets[k] (None: rested)."""
    onsets = line(len(offsets), interval)
    return score_player(onsets, [e.t_ms + o for e, o in zip(onsets, offsets, strict=True) if o is not None])


# --- circular statistics ------------------------------------------------------------------------------------------

@given(intervals, st.floats(-0.25, 0.25), st.integers(1, 60))
def test_identical_offsets_are_perfectly_together(interval: int, fraction: float, n: int) -> None:
    offset = fraction * interval
    stats = circular_stats([(offset, interval)] * n)
    assert stats.r == 1.0
    assert stats.circular_sd_ms == 0.0
    assert stats.mean_offset_ms == pytest.approx(offset, abs=1e-6)
    assert togetherness(stats.r) == 100


@given(intervals, st.integers(2, 60), st.floats(0, 1))
def test_offsets_spread_evenly_over_the_whole_cycle_have_no_direction(interval: int, n: int, turn: float) -> None:
    stats = circular_stats([((k / n + turn) * interval, interval) for k in range(n)])
    assert stats.r < 1e-9
    assert togetherness(stats.r) == 0
    assert stats.rayleigh_p == pytest.approx(1.0, abs=1e-6)
    if stats.r == 0.0:
        assert stats.circular_sd_ms is None and stats.mean_offset_ms is None


@given(st.lists(st.tuples(st.floats(-2000, 2000), intervals), min_size=1, max_size=50))
def test_r_is_the_length_of_the_mean_phase_vector(pairs: list[tuple[float, int]]) -> None:
    vector = sum(cmath.exp(2j * math.pi * off / interval) for off, interval in pairs) / len(pairs)
    stats = circular_stats(pairs)
    assert stats.n == len(pairs)
    assert stats.r == pytest.approx(abs(vector), abs=1e-9)
    assert 0.0 <= stats.r <= 1.0
    assert stats.mean_interval_ms == pytest.approx(statistics.mean(i for _, i in pairs))
    if stats.r > 1e-6:
        mean_interval = stats.mean_interval_ms
        assert stats.mean_offset_ms == pytest.approx(cmath.phase(vector) / (2 * math.pi) * mean_interval, abs=1e-6)
        sd_rad = math.sqrt(max(0.0, -2 * math.log(abs(vector))))  # ill-conditioned near R = 1: allow a microsecond
        assert stats.circular_sd_ms == pytest.approx(sd_rad / (2 * math.pi) * mean_interval, rel=1e-6, abs=1e-3)


@given(intervals, st.lists(st.floats(-1, 1), min_size=2, max_size=40))
def test_small_spreads_read_like_the_ordinary_mean_and_sd(interval: int, units: list[float]) -> None:
    offsets = [u * interval / 50 for u in units]  # within +/- 7 degrees: the circle is locally a line
    stats = circular_stats([(o, interval) for o in offsets])
    assert stats.mean_offset_ms == pytest.approx(statistics.mean(offsets), abs=interval * 1e-3)
    assert stats.circular_sd_ms == pytest.approx(statistics.pstdev(offsets), rel=0.02, abs=interval * 1e-6)


def test_even_scatter_across_the_matching_window_reads_zero_on_the_meter() -> None:
    n, interval = 2001, 500
    stats = circular_stats([((k / (n - 1) - 0.5) * interval / 2, interval) for k in range(n)])
    assert stats.r == pytest.approx(2 / math.pi, abs=1e-3)   # R alone would still say 64 %
    assert togetherness(stats.r) == 0


def test_no_hits_gives_empty_figures() -> None:
    stats = circular_stats([])
    assert (stats.n, stats.r, stats.rayleigh_p, stats.circular_sd_ms, stats.mean_offset_ms) == (0, 0.0, None, None,
                                                                                                   None)
    with pytest.raises(ValueError):
        circular_stats([(0.0, 0.0)])


# --- Rayleigh -----------------------------------------------------------------------------------------------------

def test_rayleigh_on_zars_example() -> None:
    """Zar, Biostatistical Analysis, the 8 angles of the Rayleigh example: r = 0.8252, z = 5.448,
    table 0.001 < P < 0.002 (the approximation gives 0.0019)."""
    stats = circular_stats([(deg, 360) for deg in (45, 55, 81, 96, 110, 117, 132, 154)])
    assert stats.r == pytest.approx(0.8252, abs=1e-4)
    assert stats.n * stats.r**2 == pytest.approx(5.448, abs=1e-3)
    assert 0.001 < stats.rayleigh_p < 0.002
    assert stats.rayleigh_p == pytest.approx(0.001852, abs=1e-6)
    assert stats.mean_offset_ms == pytest.approx(99.0, abs=0.1)  # Zar's mean angle: 99 degrees


def test_rayleigh_matches_pingouins_documented_example() -> None:
    """pingouin.circ_rayleigh([0.785, 1.570, 3.141, 0.839, 5.934]) -> z 1.236, p 0.304844 (same formula)."""
    stats = circular_stats([(a, 2 * math.pi) for a in (0.785, 1.570, 3.141, 0.839, 5.934)])
    assert stats.n * stats.r**2 == pytest.approx(1.236, abs=1e-3)
    assert stats.rayleigh_p == pytest.approx(0.304844, abs=1e-6)


@given(st.integers(1, 500), st.floats(0, 1), st.floats(0, 1))
def test_rayleigh_p_is_a_probability_and_falls_as_r_grows(n: int, r1: float, r2: float) -> None:
    assume(r1 < r2)
    p1, p2 = rayleigh_p(n, r1), rayleigh_p(n, r2)
    assert 0.0 <= p2 <= p1 <= 1.0
    assert rayleigh_p(n, 0.0) == 1.0
    assert rayleigh_p(0, 0.5) is None


# --- spread per beat ----------------------------------------------------------------------------------------------

def test_spread_is_the_sd_across_players_on_beats_two_or_more_played() -> None:
    scores = {"ana": player([0, 10, -20, None]), "ben": player([10, 10, None, 5]), "cy": player([-40, None, None,
                                                                                                  None])}
    spreads, mean = spread_per_beat(scores)
    assert spreads == [BeatSpread(0, 3, statistics.pstdev([0, 10, -40])), BeatSpread(1, 2, 0.0)]
    assert mean == pytest.approx((statistics.pstdev([0, 10, -40]) + 0.0) / 2)
    assert spread_per_beat({"solo": player([0, 30, -30])}) == ([], None)


@given(st.lists(st.floats(-100, 100), min_size=2, max_size=8), st.integers(1, 12))
def test_spread_per_beat_is_the_population_sd_of_the_players_offsets(offsets: list[float], beats: int) -> None:
    scores = {f"p{i}": player([off] * beats) for i, off in enumerate(offsets)}
    spreads, mean = spread_per_beat(scores)
    assert [s.beat for s in spreads] == list(range(beats))
    assert all(s.players == len(offsets) for s in spreads)
    for s in spreads:
        assert s.sd_ms == pytest.approx(statistics.pstdev(offsets), abs=1e-9)
    assert mean == pytest.approx(statistics.pstdev(offsets), abs=1e-9)


# --- group summary and the meter ----------------------------------------------------------------------------------

@given(intervals, st.floats(-0.2, 0.2), st.lists(st.booleans(), min_size=1, max_size=6), st.integers(1, 16))
def test_a_group_locked_to_one_offset_scores_100(interval: int, fraction: float, rests: list[bool], n: int) -> None:
    offset = fraction * interval
    scores = {f"p{i}": player([None if rest and k == 0 else offset for k in range(n)], interval)
              for i, rest in enumerate(rests)}
    summary = group_summary(scores)
    assume(summary.circular.n > 0)
    on_time = sum(sum(s.grades.get(g, 0) for g in ("perfect", "good", "ok")) for s in scores.values())
    expected = sum(s.hits + s.misses for s in scores.values())
    assert summary.togetherness == round(100 * on_time / expected)   # locked together: only missed beats count
    if on_time == expected:
        assert summary.togetherness == 100
    assert summary.circular.r == 1.0 and summary.circular.circular_sd_ms == 0.0
    assert all(s.sd_ms == pytest.approx(0.0, abs=1e-9) for s in summary.spreads)


@given(st.dictionaries(st.sampled_from(["ana", "ben", "cy", "dee"]),
                       st.lists(st.one_of(st.none(), st.integers(-120, 120)), min_size=1, max_size=12), max_size=4))
def test_group_summary_pools_every_matched_hit(played: dict[str, list[int | None]]) -> None:
    scores = {name: player(offsets) for name, offsets in played.items()}
    summary = group_summary(scores)
    pooled = [(r.offset_ms, r.interval_ms) for name in sorted(scores) for r in scores[name].results
              if r.beat is not None]
    assert summary.players == tuple(sorted(played))
    assert summary.circular == circular_stats(pooled)
    assert summary.circular.n == sum(s.hits for s in scores.values())
    expected = sum(len(offsets) for offsets in played.values())
    on_time = sum(sum(s.grades.get(g, 0) for g in ("perfect", "good", "ok")) for s in scores.values())
    assert summary.togetherness == togetherness(summary.circular.r, on_time / expected if expected else 0)
    assert json.loads(json.dumps(summary.to_dict(), allow_nan=False))["players"] == sorted(played)
    reordered = group_summary(dict(reversed(list(scores.items()))))
    assert reordered == summary


def test_an_empty_room_reads_zero() -> None:
    summary = group_summary({})
    assert (summary.players, summary.spreads, summary.mean_spread_ms, summary.togetherness) == ((), (), None, 0)
    assert json.dumps(summary.to_dict(), allow_nan=False)


@pytest.mark.parametrize(("r", "share", "meter"), [(0.0, 1, 0), (2 / math.pi, 1, 0), (0.5, 1, 0), (0.8181, 1, 50),
                                                   (1.0, 1, 100), (1.2, 1, 100), (-0.1, 1, 0), (1.0, 0.5, 50),
                                                   (1.0, 0, 0)])
def test_togetherness_runs_from_random_to_locked_and_counts_missing_beats(r: float, share: float,
                                                                          meter: int) -> None:
    assert togetherness(r, share) == meter


def test_half_the_beats_missing_cannot_read_full() -> None:
    summary = group_summary({"a": player([0, None, 0, None]), "b": player([0, None, 0, None])})
    assert summary.circular.r == 1.0 and summary.togetherness == 50


def test_a_tight_group_reads_higher_than_a_loose_one() -> None:
    tight = group_summary({"a": player([0, 5, -5, 10]), "b": player([5, -10, 0, 5])})
    loose = group_summary({"a": player([0, 60, -90, 100]), "b": player([-100, 80, 0, -60])})
    assert tight.togetherness > loose.togetherness
    assert tight.mean_spread_ms < loose.mean_spread_ms
