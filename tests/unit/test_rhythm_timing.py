"""Per-player rhythm scoring: matching, grades, tie-breaks, the live matcher, phrases; property tests on a grid."""

from __future__ import annotations

import json
import math
import operator
import statistics

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.rhythm.timing import (
    EXPERT,
    GRADES,
    YOUNG,
    Expected,
    HitResult,
    Matcher,
    PhraseScore,
    Windows,
    phrase_accuracy,
    score_player,
    tendency,
)

RANK = {g: i for i, g in enumerate(GRADES)}  # perfect best ... extra worst


def line(intervals: list[int]) -> list[Expected]:
    """Onsets one interval apart, the way the schedule lays them out (the gap after an onset is its interval)."""
    out, t = [], 0
    for beat, interval in enumerate(intervals):
        out.append(Expected(float(t), float(interval), beat))
        t += interval
    return out


def reference_grade(offset: float, interval: float, w: Windows) -> str:
    """The spec, written out: windows capped at a quarter interval, graded best-first."""
    for name, width in (("perfect", w.perfect), ("good", w.good), ("ok", w.ok)):
        if abs(offset) <= min(width, interval / 4):
            return name
    return "off"


@st.composite
def tempo_lines(draw: st.DrawFn, min_size: int = 1) -> list[Expected]:
    """A tempo curve: adjacent intervals within a factor 1.5, from very fast (caps bite) to slow."""
    base = draw(st.integers(120, 1200))
    return line(draw(st.lists(st.integers(base, base * 3 // 2), min_size=min_size, max_size=24)))


@st.composite
def played(draw: st.DrawFn) -> tuple[list[Expected], list[float | None]]:
    """Onsets plus, per onset, an offset inside its reach (quarter-ms steps, exact in binary) or None for a rest."""
    onsets = draw(tempo_lines())
    offsets = [draw(st.one_of(st.none(), st.integers(-int(e.interval_ms), int(e.interval_ms)).map(lambda q: q / 4)))
               for e in onsets]
    return onsets, offsets


def hits_of(onsets: list[Expected], offsets: list[float | None]) -> list[float]:
    return [e.t_ms + off for e, off in zip(onsets, offsets, strict=True) if off is not None]


# --- known offsets in, the same figures out --------------------------------------------------------------------

@given(played(), st.sampled_from([YOUNG, EXPERT]))
def test_each_hit_keeps_its_own_onset_and_the_figures_match_statistics(case, windows: Windows) -> None:
    onsets, offsets = case
    score = score_player(onsets, hits_of(onsets, offsets), windows)
    played_offsets = [off for off in offsets if off is not None]
    wanted = [(e.beat, off, reference_grade(off, e.interval_ms, windows))
              for e, off in zip(onsets, offsets, strict=True) if off is not None]
    assert [(r.beat, r.offset_ms, r.grade) for r in score.results] == wanted
    assert score.hits == len(played_offsets)
    assert score.misses == len(onsets) - len(played_offsets)
    assert score.extras == 0
    assert sum(score.grades.values()) == len(played_offsets)
    if played_offsets:
        assert score.mean_offset_ms == pytest.approx(statistics.mean(played_offsets), abs=1e-9)
    else:
        assert score.mean_offset_ms is None and score.tendency is None
    if len(played_offsets) >= 2:
        assert score.sd_ms == pytest.approx(statistics.stdev(played_offsets), abs=1e-9)
    else:
        assert score.sd_ms is None


@given(played(), st.data())
def test_extras_between_and_around_the_onsets_change_nothing_else(case, data: st.DataObject) -> None:
    onsets, offsets = case
    clean = score_player(onsets, hits_of(onsets, offsets))
    between = [e.t_ms + e.interval_ms / 2 for e in onsets[:-1]]  # half a beat: out of reach of both neighbours
    last = onsets[-1]
    outside = [onsets[0].t_ms - onsets[0].interval_ms / 4 - 1, last.t_ms + last.interval_ms / 4 + 1]
    chosen = data.draw(st.lists(st.sampled_from(between + outside), max_size=6))
    noisy = score_player(onsets, hits_of(onsets, offsets) + chosen)
    assert noisy.extras == len(chosen)
    kept = len(noisy.results) - len(chosen)
    assert noisy.results[kept:] == tuple(HitResult(t, None, None, "extra") for t in chosen)
    assert noisy.results[:kept] == clean.results
    assert (noisy.hits, noisy.misses, noisy.mean_offset_ms) == (clean.hits, clean.misses, clean.mean_offset_ms)


@given(tempo_lines(), st.lists(st.integers(-800, 30_000).map(lambda q: q / 2), max_size=40), st.randoms())
def test_the_order_of_the_hits_does_not_change_the_summary(onsets, hits: list[float], rnd) -> None:
    shuffled = hits[:]
    rnd.shuffle(shuffled)
    a, b = score_player(onsets, hits), score_player(onsets, shuffled)
    assert (a.hits, a.misses, a.extras, a.grades) == (b.hits, b.misses, b.extras, b.grades)
    assert a.mean_offset_ms == b.mean_offset_ms and a.sd_ms == b.sd_ms
    key = operator.attrgetter("t_ms", "grade")
    assert sorted(a.results, key=key) == sorted(b.results, key=key)
    assert a.hits + a.extras == len(hits) and a.hits + a.misses == len(onsets)
    assert len({r.beat for r in a.results if r.beat is not None}) == a.hits  # one hit per onset at most


@given(st.integers(-400, 400), st.integers(60, 2000))
def test_expert_windows_are_never_kinder_than_young(offset: int, interval: int) -> None:
    assert RANK[EXPERT.grade(offset, interval)] >= RANK[YOUNG.grade(offset, interval)]


@given(played())
def test_expert_grades_each_hit_no_better_and_somewhere_worse(case) -> None:
    onsets, offsets = case
    hits = hits_of(onsets, offsets)
    young, expert = score_player(onsets, hits, YOUNG), score_player(onsets, hits, EXPERT)
    assert all(RANK[e.grade] >= RANK[y.grade] for y, e in zip(young.results, expert.results, strict=True))
    assert score_player([Expected(0, 600, 0)], [30.0], EXPERT).grades["good"] == 1
    assert score_player([Expected(0, 600, 0)], [30.0], YOUNG).grades["perfect"] == 1


@pytest.mark.parametrize(("windows", "interval", "offset", "grade"), [
    (YOUNG, 600, 0, "perfect"), (YOUNG, 600, -40, "perfect"), (YOUNG, 600, 41, "good"), (YOUNG, 600, -80, "good"),
    (YOUNG, 600, 81, "ok"), (YOUNG, 600, 130, "ok"), (YOUNG, 600, -131, "off"), (YOUNG, 600, 150, "off"),
    (YOUNG, 600, 151, "extra"), (EXPERT, 600, 23, "perfect"), (EXPERT, 600, -24, "good"), (EXPERT, 600, 45, "good"),
    (EXPERT, 600, 46, "ok"), (EXPERT, 600, 90, "ok"), (EXPERT, 600, 91, "off"),
    (YOUNG, 240, 40, "perfect"), (YOUNG, 240, 60, "good"), (YOUNG, 240, -61, "extra"),  # 250 BPM: reach 60 ms
    (YOUNG, 120, 30, "perfect"), (YOUNG, 120, 31, "extra"),  # absurdly fast: even "perfect" is capped
])
def test_grade_table(windows: Windows, interval: int, offset: int, grade: str) -> None:
    score = score_player([Expected(1000, interval, 7)], [1000 + offset], windows)
    assert score.results[0].grade == grade
    assert score.misses == (1 if grade == "extra" else 0)


def test_windows_are_capped_at_a_quarter_beat() -> None:
    assert YOUNG.capped(200) == Windows(40, 50, 50)
    assert YOUNG.capped(1000) == YOUNG
    assert EXPERT.capped(100) == Windows(23, 25, 25)


@given(st.integers(20, 3000), st.sampled_from([YOUNG, EXPERT]))
def test_fast_tempo_has_no_off_grade_and_caps_never_exceed_a_quarter(interval: int, windows: Windows) -> None:
    capped = windows.capped(interval)
    assert capped.perfect <= capped.good <= capped.ok <= interval / 4
    assert capped.ok <= windows.ok and capped.perfect <= windows.perfect
    onsets = line([interval] * 4)
    hits = [e.t_ms + interval / 4 for e in onsets]  # right at the edge of reach: still matched
    grades = {r.grade for r in score_player(onsets, hits, windows).results}
    assert ("off" in grades) == (interval / 4 > windows.ok)


# --- ties and conflicts -------------------------------------------------------------------------------------------

def test_equally_close_hits_the_earlier_keeps_the_onset_whatever_the_input_order() -> None:
    onset = [Expected(1000, 500, 3)]
    assert [r.grade for r in score_player(onset, [980, 1020]).results] == ["perfect", "extra"]
    assert [r.grade for r in score_player(onset, [1020, 980]).results] == ["extra", "perfect"]
    assert score_player(onset, [1020, 980]).results[1] == HitResult(980, 3, -20, "perfect", 500)


def test_the_closer_hit_keeps_the_onset_even_when_it_comes_later() -> None:
    results = score_player([Expected(1000, 500, 0)], [1030, 990]).results
    assert [(r.beat, r.offset_ms) for r in results] == [(None, None), (0, -10)]


def test_identical_hits_the_first_in_input_order_keeps_the_onset() -> None:
    assert [r.grade for r in score_player([Expected(0, 500, 0)], [10, 10]).results] == ["perfect", "extra"]


def test_a_hit_exactly_between_two_onsets_goes_to_the_earlier() -> None:
    eighths = [Expected(0, 500, 0), Expected(250, 500, 1)]
    assert score_player(eighths, [125]).results[0] == HitResult(125, 0, 125, "ok", 500)


def test_a_losing_hit_is_an_extra_not_re_offered_to_its_second_choice() -> None:
    sixteenths = [Expected(0, 500, 0), Expected(125, 500, 1)]
    score = score_player(sixteenths, [55, 50])  # both nearer onset 0; 55 is also within reach of onset 1
    assert [r.beat for r in score.results] == [None, 0]
    assert (score.hits, score.misses, score.extras) == (1, 1, 1)


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError):
        Windows(50, 40, 100)
    with pytest.raises(ValueError):
        Expected(0, 0, 0)
    with pytest.raises(ValueError):
        Matcher([Expected(0, 500, 0)]).add(math.nan)


def test_schedule_tuples_are_accepted() -> None:
    assert score_player([(0.0, 500.0, 0), (500.0, 500.0, 1)], [505]).results[0].beat == 1


# --- the live matcher ---------------------------------------------------------------------------------------------

@given(tempo_lines(), st.lists(st.integers(-800, 30_000).map(lambda q: q / 2), max_size=40))
def test_live_grades_in_time_order_match_the_batch_unless_a_closer_later_hit_took_the_onset(onsets, hits) -> None:
    hits = sorted(hits)
    matcher = Matcher(onsets)
    live = [matcher.add(t) for t in hits]
    final = score_player(onsets, hits).results
    assert matcher.results == final
    owner = {r.beat: i for i, r in enumerate(final) if r.beat is not None}
    for i, (now, then) in enumerate(zip(live, final, strict=True)):
        if now != then:
            assert now.beat is not None and then.grade == "extra"
            assert now.offset_ms is not None and now.offset_ms < 0  # only an early hit can lose its onset
            thief = final[owner[now.beat]]
            assert owner[now.beat] > i and abs(thief.offset_ms) < abs(now.offset_ms)


def test_live_grade_is_provisional_when_a_closer_hit_follows() -> None:
    matcher = Matcher([Expected(1000, 600, 0)])
    assert matcher.add(950).grade == "good"
    assert matcher.add(1005).grade == "perfect"
    assert [r.grade for r in matcher.results] == ["extra", "perfect"]
    assert matcher.score().extras == 1


# --- tendency, phrases, JSON ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("mean", "word"), [
    (-10.5, "rushing"), (-10, "steady"), (0, "steady"), (10, "steady"), (10.5, "dragging"), (None, None),
])
def test_tendency(mean: float | None, word: str | None) -> None:
    assert tendency(mean) == word


def test_a_player_who_is_always_early_is_rushing() -> None:
    onsets = line([500] * 8)
    assert score_player(onsets, [e.t_ms - 30 for e in onsets]).tendency == "rushing"
    assert score_player(onsets, [e.t_ms + 30 for e in onsets]).tendency == "dragging"


def test_phrase_accuracy_counts_on_time_onsets_and_extras_inside_each_span() -> None:
    call_response = line([600] * 4) + [Expected(4000 + 600 * k, 600, 4 + k) for k in range(4)]
    hits = [0, 610, 1340, 300, 3000, 4000, 4600, 5200, 5800, 4300]  # 1340 is "off"; 300, 3000, 4300 extras
    score = score_player(call_response, hits)
    assert score.extras == 3 and score.grades["off"] == 1
    phrases = phrase_accuracy(call_response, score.results, lambda beat: beat // 4)
    assert phrases == [PhraseScore(0, 4, 2, 1), PhraseScore(1, 4, 4, 1)]  # the extra at 3000 is in no phrase
    assert [p.accuracy for p in phrases] == [0.5, 1.0]
    as_dict = phrase_accuracy(call_response, score.results, {b: b // 4 for b in range(8)})
    assert as_dict == phrases


@given(played(), st.integers(1, 5))
def test_phrases_add_up_to_the_player_score(case, per_phrase: int) -> None:
    onsets, offsets = case
    score = score_player(onsets, hits_of(onsets, offsets))
    phrases = phrase_accuracy(onsets, score.results, lambda beat: beat // per_phrase)
    assert sum(p.onsets for p in phrases) == len(onsets)
    assert sum(p.on_time for p in phrases) == score.grades["perfect"] + score.grades["good"] + score.grades["ok"]
    assert all(0.0 <= p.accuracy <= 1.0 for p in phrases)


def test_to_dict_is_plain_json() -> None:
    score = score_player(line([500] * 3), [5, 480, 2000])
    data = json.loads(json.dumps(score.to_dict(), allow_nan=False))
    assert data["hits"] == 2 and data["misses"] == 1 and data["extras"] == 1
    assert data["results"][1] == {"t_ms": 480, "beat": 1, "offset_ms": -20, "grade": "perfect", "interval_ms": 500}
    assert data["tendency"] == "steady" and data["grades"]["extra"] == 1
