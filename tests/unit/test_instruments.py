"""Questionnaires as content: the shipped ones load and score as published; a broken file is reported with
its line and field, and is never used for scoring."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.curriculum import load_curriculum
from app.paths import activities_dir

AMES = (activities_dir() / "instruments" / "ames.toml").read_text(encoding="utf-8")


def test_ames_is_shipped_as_published_three_subscales_of_four() -> None:
    ames = load_curriculum(activities_dir()).instrument("ames")
    assert ames is not None and ames.validated and ames.kind == "scale" and ames.ages == (10, 15)
    assert ames.labels == ("never", "almost never", "sometimes", "often", "always") and ames.values == (1, 2, 3, 4, 5)
    assert {s.id: s.items for s in ames.subscales} == {
        "affective-empathy": ("ames-05", "ames-07", "ames-09", "ames-12"),
        "cognitive-empathy": ("ames-01", "ames-03", "ames-08", "ames-10"),
        "sympathy": ("ames-02", "ames-04", "ames-06", "ames-11")}
    assert ames.item("ames-07").text == "When my friend is sad, I become sad too."
    assert "doi:10.1016/j.paid.2014.09.040" in ames.citation and "16-year-olds" in ames.age_note
    assert ames.min_answered == 3


def test_every_shipped_questionnaire_that_is_not_validated_says_so_wherever_results_show() -> None:
    """Marked by the flag, not by its title (students read the title): every result carries the caveat."""
    from app.measure.results import NOT_VALIDATED, class_results
    from app.measure.wording import kind_text

    for instrument in load_curriculum(activities_dir()).instruments:
        if not instrument.validated:
            assert instrument.kind != "scale"
            assert NOT_VALIDATED in class_results(instrument, {}, {}, set()).caveats
            assert "not validated" in kind_text(False)


def _with(curriculum_dir: Path, text: str) -> list[str]:
    folder = curriculum_dir / "instruments"
    folder.mkdir(exist_ok=True)
    (folder / "mine.toml").write_text(text, encoding="utf-8")
    curriculum = load_curriculum(curriculum_dir)
    assert curriculum.instrument("ames") is None  # a broken questionnaire is never scored
    return [p.format(curriculum_dir.parent) for p in curriculum.problems]


@pytest.mark.parametrize(("change", "expected"), [
    (('items = ["ames-05", "ames-07", "ames-09", "ames-12"]', 'items = ["ames-05", "ames-07", "ames-09", "ames-99"]'),
     r"subscale\[1\]\.items: unknown item 'ames-99'"),
    (('items = ["ames-01", "ames-03", "ames-08", "ames-10"]', 'items = ["ames-01", "ames-03", "ames-08", "ames-05"]'),
     r"item 'ames-05' is already on subscale 'affective-empathy'"),
    (('labels = ["never", "almost never", "sometimes", "often", "always"]', 'labels = ["never", "always"]'),
     r"scale\.labels: expected one label per value \(5\), found 2"),
    (("min_answered = 3", "min_answered = 5"), r"min_answered is 5, but this subscale has only 4 items"),
    (('citation = "Vossen', 'cite = "Vossen'), r"citation: missing"),
    (('id = "ames-02"', 'id = "ames-01"'), r"duplicate item id 'ames-01'"),
    (("ages = [10, 15]", "ages = [15, 10]"), r"ages: expected \[youngest, oldest\]"),
    (("validated = true", 'validated = "yes"'), r"validated: expected true or false"),
])
def test_a_broken_questionnaire_is_reported_with_its_line_and_not_used(curriculum_dir: Path, change: tuple[str, str],
                                                                       expected: str) -> None:
    old, new = change
    assert old in AMES
    problems = _with(curriculum_dir, AMES.replace(old, new, 1))
    assert any(re.search(r"instruments/mine\.toml:\d+: .*" + expected, p) for p in problems), problems


def test_a_good_copy_loads(curriculum_dir: Path) -> None:
    folder = curriculum_dir / "instruments"
    folder.mkdir()
    (folder / "mine.toml").write_text(AMES, encoding="utf-8")
    curriculum = load_curriculum(curriculum_dir)
    assert curriculum.problems == () and curriculum.instrument("ames") is not None
