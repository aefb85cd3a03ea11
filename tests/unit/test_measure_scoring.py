"""Scoring a questionnaire: the shipped AMES scores as published (mean of the answered items, at least 3 of
4), reverse items are turned round, and an answer off the scale is refused rather than scored."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.curriculum import load_curriculum
from app.curriculum.model import Instrument, InstrumentItem, Subscale
from app.measure.scoring import reverse_value, score
from app.paths import activities_dir

PROPS = settings(max_examples=100, deadline=None, derandomize=True, database=None)


@pytest.fixture(scope="module")
def ames() -> Instrument:
    instrument = load_curriculum(activities_dir()).instrument("ames")
    assert instrument is not None
    return instrument


def make_instrument(values: tuple[int, ...] = (1, 2, 3, 4, 5), reverse: tuple[bool, ...] = (True, False, False),
                    min_answered: int = 2, subscale_items: tuple[tuple[str, ...], ...] | None = None) -> Instrument:
    items = tuple(InstrumentItem(id=f"q{i}", text=f"Item {i}", reverse=r) for i, r in enumerate(reverse))
    groups = subscale_items or (tuple(i.id for i in items),)
    return Instrument(id="mine", title="Mine", kind="questionnaire", respondent="student", validated=False,
                      language="en", ages=(11, 16), age_note="Not a validated scale.", instructions="",
                      values=values, labels=tuple(str(v) for v in values), min_answered=min_answered, items=items,
                      subscales=tuple(Subscale(id=f"s{j}", title=f"S{j}", explain="", items=g)
                                      for j, g in enumerate(groups)))


def test_ames_all_answered_is_the_mean_of_each_subscale(ames: Instrument) -> None:
    answers = {f"ames-{i:02d}": v for i, v in enumerate([4, 5, 3, 4, 2, 5, 3, 4, 1, 3, 5, 2], start=1)}
    # affective 05 07 09 12 = 2 3 1 2; cognitive 01 03 08 10 = 4 3 4 3; sympathy 02 04 06 11 = 5 4 5 5
    assert score(ames, answers) == {"affective-empathy": 2.0, "cognitive-empathy": 3.5, "sympathy": 4.75}


def test_ames_one_skip_scores_the_other_three_and_two_skips_score_nothing(ames: Instrument) -> None:
    answers: dict[str, int | None] = {"ames-02": 2, "ames-04": 4, "ames-06": 5, "ames-11": None,  # sympathy: 3 of 4
                                      "ames-01": 4, "ames-03": None}  # cognitive: 1 answered, 08 and 10 missing
    result = score(ames, answers)
    assert result["sympathy"] == pytest.approx(11 / 3, abs=1e-15)
    assert result["cognitive-empathy"] is None and result["affective-empathy"] is None
    assert score(ames, {}) == {"affective-empathy": None, "cognitive-empathy": None, "sympathy": None}


def test_a_reverse_item_counts_from_the_other_end() -> None:
    mine = make_instrument()
    assert score(mine, {"q0": 1, "q1": 4}) == {"s0": 4.5}  # 1 reversed is 5; (5 + 4) / 2
    assert score(mine, {"q0": 3, "q1": 3, "q2": 3}) == {"s0": 3.0}
    assert score(mine, {"q0": 2, "q1": None, "q2": None}) == {"s0": None}  # 1 answer, 2 needed
    assert [reverse_value(mine, v) for v in (1, 2, 3, 4, 5)] == [5, 4, 3, 2, 1]
    assert [reverse_value(make_instrument(values=(0, 1, 2, 3)), v) for v in (0, 1, 2, 3)] == [3, 2, 1, 0]


@pytest.mark.parametrize("bad", [0, 6, -1, 2.5, 3.0, True, "3"])
def test_an_answer_off_the_scale_is_refused_with_the_item_and_the_scale_named(ames: Instrument, bad: object) -> None:
    with pytest.raises(ValueError, match=r"'ames-07'.*expected one of 1, 2, 3, 4, 5"):
        score(ames, {"ames-05": 3, "ames-07": bad})  # type: ignore[dict-item]


def test_an_answer_to_an_item_the_instrument_does_not_have_is_refused(ames: Instrument) -> None:
    with pytest.raises(ValueError, match=r"'ames-13'.*not an item of 'ames'"):
        score(ames, {"ames-13": 3})


# --- properties ------------------------------------------------------------------------------------------


@st.composite
def instrument_and_answers(draw: st.DrawFn) -> tuple[Instrument, dict[str, int | None]]:
    low = draw(st.integers(0, 3))
    values = tuple(range(low, low + draw(st.integers(2, 7))))  # answer scales are whole steps: 1–5, 0–3, 1–7
    k = draw(st.integers(1, 8))
    reverse = tuple(draw(st.lists(st.booleans(), min_size=k, max_size=k)))
    cut = draw(st.integers(0, k))  # two subscales (the second may be empty of items: then it is left out)
    ids = tuple(f"q{i}" for i in range(k))
    groups = tuple(g for g in (ids[:cut], ids[cut:]) if g)
    min_answered = draw(st.integers(1, min(len(g) for g in groups)))
    instrument = make_instrument(values, reverse, min_answered, groups)
    answers = {}
    for item_id in ids:
        state = draw(st.sampled_from(("answer", "answer", "none", "missing")))
        if state != "missing":
            answers[item_id] = draw(st.sampled_from(values)) if state == "answer" else None
    return instrument, answers


@PROPS
@given(instrument_and_answers())
def test_score_matches_a_numpy_reference(case: tuple[Instrument, dict[str, int | None]]) -> None:
    instrument, answers = case
    lo, hi = min(instrument.values), max(instrument.values)
    expected: dict[str, float | None] = {}
    for sub in instrument.subscales:
        raw = np.array([np.nan if answers.get(i) is None else float(answers[i]) for i in sub.items])  # type: ignore[arg-type]
        flip = np.array([instrument.item(i).reverse for i in sub.items])  # type: ignore[union-attr]
        raw = np.where(flip, lo + hi - raw, raw)
        answered = int(np.count_nonzero(~np.isnan(raw)))
        expected[sub.id] = float(np.nanmean(raw)) if answered >= instrument.min_answered else None
    got = score(instrument, answers)
    assert got.keys() == expected.keys()
    for key, value in expected.items():
        assert (got[key] is None) == (value is None)
        if value is not None:
            assert got[key] == pytest.approx(value, abs=1e-12)
            assert lo <= got[key] <= hi  # type: ignore[operator]


@PROPS
@given(instrument_and_answers())
def test_a_skipped_item_is_the_same_as_a_missing_one_and_the_min_answered_rule_holds(
        case: tuple[Instrument, dict[str, int | None]]) -> None:
    instrument, answers = case
    answered_only = {k: v for k, v in answers.items() if v is not None}
    assert score(instrument, answers) == score(instrument, answered_only)
    for sub, value in zip(instrument.subscales, score(instrument, answers).values(), strict=True):
        count = sum(1 for i in sub.items if i in answered_only)
        assert (value is None) == (count < instrument.min_answered)


@PROPS
@given(instrument_and_answers())
def test_reverse_twice_is_identity_and_a_reverse_item_scores_as_its_turned_round_answer(
        case: tuple[Instrument, dict[str, int | None]]) -> None:
    instrument, answers = case
    for v in instrument.values:
        assert reverse_value(instrument, reverse_value(instrument, v)) == v
        assert reverse_value(instrument, v) in instrument.values
    plain = make_instrument(instrument.values, tuple(False for _ in instrument.items), instrument.min_answered,
                            tuple(s.items for s in instrument.subscales))
    turned = {k: (reverse_value(instrument, v) if v is not None and instrument.item(k).reverse else v)  # type: ignore[union-attr]
              for k, v in answers.items()}
    assert score(instrument, answers) == score(plain, turned)
