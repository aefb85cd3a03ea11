"""Questionnaire items in session plans: where the pre and post questionnaires are given, checked as data with
file:line field errors, kept by the start-up cache, and turned into the slide the console and projector show."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.curriculum import Curriculum, load_curriculum
from app.curriculum.cache import load_cached
from app.curriculum.cache_json import shape
from app.curriculum.copies import check_text
from app.curriculum.model import PlanItem
from app.paths import activities_dir
from app.session.flow import build_slides, with_join

QUESTIONNAIRE = """[[item]]
part = "questionnaire"
measure = "pre"
instruments = ["program-questionnaire"]
minutes = 5

"""
BASE = """id = "s01-test"
title = "Session 1"
phase = "self"
kind = "session"
number = 1
minutes = 45
summary = "A test session."

QUESTIONNAIRE[[item]]
part = "opening"
activity = "self-test"
variant = "short"
minutes = 5

[[item]]
part = "core"
activity = "other-test"
variant = "full"
minutes = 10

[[item]]
part = "core"
activity = "self-test"
variant = "full"
minutes = 10

[[item]]
part = "reflection"
title = "Journal time"
minutes = 10
prompts = ["p-one", "p-three"]

[[item]]
part = "closing"
activity = "other-test"
variant = "short"
minutes = 5
"""
PLAN = BASE.replace("QUESTIONNAIRE", QUESTIONNAIRE)
FIELD = "activities/plans/s01-test.toml:11: item[1]"   # the questionnaire's [[item]] starts at line 9


@pytest.fixture
def with_instruments(curriculum_dir: Path) -> Path:
    (curriculum_dir / "instruments").mkdir()
    for name in ("program-questionnaire.toml", "facilitator-observation.toml"):
        shutil.copy(activities_dir() / "instruments" / name, curriculum_dir / "instruments" / name)
    return curriculum_dir


def _problems(root: Path, text: str) -> list[str]:
    (root / "plans").mkdir(exist_ok=True)
    (root / "plans" / "s01-test.toml").write_text(text, encoding="utf-8")
    return [p.format(root.parent) for p in load_curriculum(root).problems]


def test_a_questionnaire_item_loads_before_the_opening(with_instruments: Path) -> None:
    assert _problems(with_instruments, PLAN) == []
    [plan] = load_curriculum(with_instruments).plans
    first = plan.items[0]
    assert first == PlanItem(part="questionnaire", minutes=5, measure="pre", instruments=("program-questionnaire",))
    assert first.is_questionnaire and not plan.items[1].is_questionnaire
    assert sum(i.minutes for i in plan.items) == plan.minutes == 45


@pytest.mark.parametrize(("change", "expected"), [
    (('measure = "pre"', 'measure = "during"'),
     "activities/plans/s01-test.toml:11: item[1].measure: expected one of pre, post; found 'during'"),
    (('["program-questionnaire"]', '["program-questionnaire", "lost-one"]'),
     "activities/plans/s01-test.toml:12: item[1].instruments[2]: expected the id of a working questionnaire in "
     "instruments/; 'lost-one' is not one"),
    (('["program-questionnaire"]', '["facilitator-observation"]'),
     "activities/plans/s01-test.toml:12: item[1].instruments[1]: expected a questionnaire students answer; "
     "'facilitator-observation' is answered by the facilitator (the observation is offered when the session ends)"),
    (('["program-questionnaire"]', '["program-questionnaire", "program-questionnaire"]'),
     "activities/plans/s01-test.toml:12: item[1].instruments[2]: expected each questionnaire once; "
     "'program-questionnaire' is already in the list"),
    (('["program-questionnaire"]', "[]"),
     "activities/plans/s01-test.toml:12: item[1].instruments: expected at least 1 items, found 0"),
    (('measure = "pre"\n', ""),
     "activities/plans/s01-test.toml:9: item[1].measure: missing; expected one of pre, post"),
    (('minutes = 5\n\n[[item]]\npart = "opening"', 'minutes = 2\n\n[[item]]\npart = "opening"'),
     "activities/plans/s01-test.toml:13: item[1].minutes: expected 3–30 minutes for a questionnaire (time to "
     "explain it, answer and collect the sheets), found 2"),
    (('measure = "pre"', 'measure = "pre"\nactivity = "self-test"'),
     "activities/plans/s01-test.toml:12: item[1].activity: unknown field (a typo?); see activities/README.md for the "
     "fields"),
])
def test_questionnaire_items_are_checked_with_file_line_and_field(with_instruments: Path, change: tuple[str, str],
                                                                  expected: str) -> None:
    problems = _problems(with_instruments, PLAN.replace(*change, 1))
    assert expected in problems
    assert load_curriculum(with_instruments).plans == ()   # a plan with a problem is not offered to run


def test_the_shape_is_of_the_items_besides_the_questionnaire(with_instruments: Path) -> None:
    at_the_end = BASE.replace("QUESTIONNAIRE", "") + "\n" + QUESTIONNAIRE.replace('"pre"', '"post"')
    assert _problems(with_instruments, at_the_end) == []   # after the closing is allowed too
    only = PLAN[:PLAN.index('[[item]]\npart = "opening"')].replace("minutes = 45", "minutes = 5")
    assert any("item: expected an opening, a core, a reflection and a closing item besides the questionnaire" in p
               for p in _problems(with_instruments, only))


def test_an_own_copy_is_checked_for_its_questionnaires_before_it_is_saved(with_instruments: Path,
                                                                          tmp_path: Path) -> None:
    curriculum = load_curriculum(with_instruments)
    file = tmp_path / "data" / "curriculum" / "plans" / "s01-mine.toml"
    text = PLAN.replace('id = "s01-test"', 'id = "s01-mine"')
    assert check_text(text, file, curriculum) == []
    messages = [p.message for p in check_text(text.replace('["program-questionnaire"]', '["ames"]'), file,
                                              curriculum)]
    assert messages == ["expected the id of a working questionnaire in instruments/; 'ames' is not one"]


def test_the_cache_keeps_questionnaire_items(with_instruments: Path, tmp_path: Path) -> None:
    _problems(with_instruments, PLAN)
    cache = tmp_path / "cache"
    cold = load_cached(with_instruments, None, cache)
    warm = load_cached(with_instruments, None, cache)
    assert warm == cold == load_curriculum(with_instruments) and warm is not cold
    assert warm.plans[0].items[0].instruments == ("program-questionnaire",)
    assert warm.plans[0].items[0].measure == "pre"
    fields = dict((name, f) for name, f in shape(Curriculum))["app.curriculum.model.PlanItem"]
    assert ["measure", "str"] in fields and ["instruments", "tuple[str, ...]"] in fields   # part of the cache key


def test_the_slide_says_what_to_tell_the_class_and_where_to_answer(with_instruments: Path) -> None:
    _problems(with_instruments, PLAN)
    curriculum = load_curriculum(with_instruments)
    slides = build_slides(curriculum.plans[0], curriculum)
    assert [s.kind for s in slides[:3]] == ["welcome", "questionnaire", "step"]
    slide = slides[1]
    assert slide.minutes == 5 and slide.measure == "pre" and slide.instruments == ("program-questionnaire",)
    assert sum(s.minutes for s in slides) == 45
    shown = " ".join(slide.lines)
    assert "no right or wrong answers" in shown and "skip any question" in shown
    assert "Nobody in the class sees your answers" in shown and "paper" in shown and "laptop" in shown
    assert slide.script not in slide.lines and "pass" in slide.script and "Open to students" in slide.script
    joined = with_join(slide, ["192.168.4.1:8765"], "K7PQ")
    assert "open 192.168.4.1:8765 · code K7PQ" in " ".join(joined.lines)
    assert with_join(slides[2], ["192.168.4.1:8765"], "K7PQ") is slides[2]   # other slides are as written


def test_the_program_gives_the_same_questionnaires_first_in_session_1_and_in_the_last_session() -> None:
    program = load_curriculum(activities_dir())
    sessions = sorted((p for p in program.plans if p.kind == "session"), key=lambda p: p.number or 0)
    given = {p.id: [i for i in p.items if i.is_questionnaire] for p in program.plans}
    first, last = sessions[0], sessions[-1]
    assert first.items[0].measure == "pre" and last.items[0].measure == "post"
    assert first.items[0].instruments == last.items[0].instruments == ("ames", "program-questionnaire")
    assert {plan_id for plan_id, items in given.items() if items} == {first.id, last.id}
    for plan_id in (first.id, last.id):
        slides = build_slides(program.plan(plan_id), program)
        assert slides[1].kind == "questionnaire" and "word for word" in slides[1].script   # AMES is validated
