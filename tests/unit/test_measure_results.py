"""A class's results from stored answers: who counts, which scores exist, and the caveats a reader is owed."""

from __future__ import annotations

import random

import pytest

from app.curriculum import Curriculum, load_curriculum
from app.measure.results import DEMO, NOT_VALIDATED, class_results
from app.measure.stats import CAVEAT
from app.paths import activities_dir


@pytest.fixture(scope="module")
def shipped() -> Curriculum:
    return load_curriculum(activities_dir())


def answers_for(instrument, students: int, lift: float, seed: int) -> dict[str, dict[str, int | None]]:
    rng = random.Random(seed)
    return {f"s{n:02d}": {item.id: max(1, min(5, round(3 + lift + rng.gauss(0, 0.8)))) for item in instrument.items}
            for n in range(students)}


def test_ames_results_for_a_class_of_twenty(shipped: Curriculum) -> None:
    ames = shipped.instrument("ames")
    pre, post = answers_for(ames, 20, 0.0, 1), answers_for(ames, 20, 0.5, 2)
    results = class_results(ames, pre, post, counted=set(pre))
    assert [r.subscale.id for r in results.subscales] == ["affective-empathy", "cognitive-empathy", "sympathy"]
    for result in results.subscales:
        assert result.change.n == 20 and not result.change.descriptive_only
        assert result.change.change_mean > 0 and result.alpha_pre is not None
        assert result.sentence.startswith("On average,")
    assert results.caveats[0] == CAVEAT and any("16-year-olds" in c for c in results.caveats)
    assert NOT_VALIDATED not in results.caveats


def test_only_counted_students_and_scorable_subscales_take_part(shipped: Curriculum) -> None:
    ames = shipped.instrument("ames")
    pre, post = answers_for(ames, 12, 0.0, 3), answers_for(ames, 12, 0.3, 4)
    pre["s00"] = {**pre["s00"], "ames-05": None, "ames-07": None}  # 2 of 4 affective items: no affective score
    results = class_results(ames, pre, post, counted=set(pre) - {"s11"})
    affective, cognitive = results.subscales[0], results.subscales[1]
    assert "s11" not in affective.pre and "s11" not in cognitive.post  # not counted: nowhere in the results
    assert "s00" not in affective.pre and affective.change.n == 10 and cognitive.change.n == 11
    assert results.counted == 11


def test_small_classes_demo_data_and_unvalidated_questionnaires_say_so(shipped: Curriculum) -> None:
    own = shipped.instrument("program-questionnaire")
    pre, post = answers_for(own, 6, 0.0, 5), answers_for(own, 6, 0.4, 6)
    results = class_results(own, pre, post, counted=set(pre), demo=True)
    assert results.caveats[0] == DEMO and NOT_VALIDATED in results.caveats
    assert any("Fewer than 10 students" in c for c in results.caveats)
    assert all(r.change.descriptive_only for r in results.subscales)
    assert all("too few" in r.sentence for r in results.subscales)
