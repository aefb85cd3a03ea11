"""The curriculum loader: bundled content is clean; broken content is reported precisely."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.curriculum import load_curriculum
from app.paths import activities_dir
from tests.conftest import activity_toml


def test_bundled_curriculum_has_no_problems() -> None:
    curriculum = load_curriculum(activities_dir())
    assert [p.format() for p in curriculum.problems] == []
    assert [p.id for p in curriculum.phases] == ["self", "other", "community"]
    for phase in curriculum.phases:
        assert len(curriculum.activities_in(phase.id)) >= 2, phase.id


def test_bundled_activities_have_everything_a_facilitator_needs() -> None:
    curriculum = load_curriculum(activities_dir())
    for activity in curriculum.activities:
        assert sum(s.minutes for s in activity.steps) == activity.full_minutes
        assert len(activity.prompt_ids) >= 3 and all(p in curriculum.prompts for p in activity.prompt_ids)
        assert activity.opt_out and activity.goals and activity.materials
        assert all(len(line) <= 90 for step in activity.steps for line in step.projector)


def test_valid_folder_loads_into_frozen_objects(curriculum_dir: Path) -> None:
    curriculum = load_curriculum(curriculum_dir)
    assert curriculum.problems == ()
    activity = curriculum.activity("self-test")
    assert activity is not None
    assert (activity.short_minutes, activity.full_minutes) == (5, 10)
    assert [s.title for s in activity.steps] == ["Think", "Share and debrief"]
    with pytest.raises(AttributeError):
        activity.title = "changed"  # type: ignore[misc]


def _errors(root: Path) -> list[str]:
    return [p.format(root.parent) for p in load_curriculum(root).problems]


def test_malformed_toml_is_reported_with_its_line_and_others_still_load(curriculum_dir: Path) -> None:
    (curriculum_dir / "self" / "broken.toml").write_text('id = "self-broken"\ntitle = "Oops\n', encoding="utf-8")
    curriculum = load_curriculum(curriculum_dir)
    assert [p.format(curriculum_dir.parent) for p in curriculum.problems] == [
        "activities/self/broken.toml:2: (file): not valid TOML: Illegal character '\\n' (at line 2, column 14)"]
    assert [a.id for a in curriculum.activities] == ["self-test", "other-test"]
    assert [(b.phase, b.title) for b in curriculum.broken] == [("self", "broken")]


def test_unknown_field_names_the_file_line_and_field(curriculum_dir: Path) -> None:
    path = curriculum_dir / "self" / "self-test.toml"
    path.write_text(path.read_text().replace('summary = "A short', 'sumary = "typo"\nsummary = "A short'))
    assert _errors(curriculum_dir) == [
        "activities/self/self-test.toml:5: sumary: unknown field (a typo?); see activities/README.md for the fields"]


def test_missing_field_and_field_inside_a_step(curriculum_dir: Path) -> None:
    path = curriculum_dir / "self" / "self-test.toml"
    text = path.read_text().replace('wellbeing = "Nobody has to share."\n', "")
    path.write_text(text.replace("minutes = 6\n", 'minutes = "six"\n'))
    errors = _errors(curriculum_dir)
    assert "activities/self/self-test.toml:1: wellbeing: missing; expected text" in errors
    step_line = next(n for n, line in enumerate(path.read_text().splitlines(), 1) if line == 'minutes = "six"')
    assert (f"activities/self/self-test.toml:{step_line}: step[2].minutes: expected a whole number from 1 to 240, "
            "found 'six'") in errors


def test_duplicate_id_is_reported_on_the_second_file(curriculum_dir: Path) -> None:
    (curriculum_dir / "self" / "zz-copy.toml").write_text(activity_toml())
    errors = _errors(curriculum_dir)
    assert errors == ["activities/self/zz-copy.toml:1: id: duplicate activity id 'self-test'; expected a new id "
                      "(already used in self-test.toml)"]


def test_missing_references_are_reported(curriculum_dir: Path) -> None:
    path = curriculum_dir / "other" / "other-test.toml"
    text = path.read_text().replace('"p-three"]', '"p-gone"]')
    path.write_text(text.replace('opt_out = "Say', 'deck = "nope"\nrhythm = "nada"\nopt_out = "Say'))
    errors = _errors(curriculum_dir)
    assert any(e.startswith("activities/other/other-test.toml:11: prompts[3]: expected the id of a prompt")
               for e in errors), errors
    assert any(": deck: expected the id of a deck in decks/; 'nope' is not there" in e for e in errors)
    assert any(": rhythm: expected the id of a pattern in rhythms/; 'nada' is not there" in e for e in errors)
    assert [a.id for a in load_curriculum(curriculum_dir).activities] == ["self-test"]


def test_minutes_that_do_not_add_up_and_long_projector_lines(curriculum_dir: Path) -> None:
    path = curriculum_dir / "self" / "self-test.toml"
    text = path.read_text().replace("minutes = 4\n", "minutes = 5\n")
    path.write_text(text.replace("Think quietly for a minute.", "x" * 91))
    errors = _errors(curriculum_dir)
    assert any("step: expected step minutes to add up to duration.full (10), they add up to 11" in e for e in errors)
    assert any("step[1].projector[1]: expected at most 90 characters, found 91" in e for e in errors)


def test_missing_folder_is_one_clear_problem(tmp_path: Path) -> None:
    curriculum = load_curriculum(tmp_path / "nowhere")
    assert [p.message for p in curriculum.problems] == ["not found; expected a folder of curriculum TOML files"]


def test_a_phase_lists_openings_first_and_closings_last(curriculum_dir: Path) -> None:
    for name, title, methods in [("a", "Zebra opening", '["opening"]'), ("b", "Alpha closing", '["closing"]'),
                                 ("c", "Middle", '["game"]')]:
        text = activity_toml(f"self-{name}", title=title).replace('["circle", "writing"]', methods)
        (curriculum_dir / "self" / f"{name}.toml").write_text(text, encoding="utf-8")
    titles = [a.title for a in load_curriculum(curriculum_dir).activities_in("self")]
    assert titles == ["Zebra opening", "Middle", "Test activity", "Alpha closing"]
