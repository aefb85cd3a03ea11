"""Session plans' shape and minutes, the guide, and a facilitator's own copies."""

from __future__ import annotations

import tomllib
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from app.curriculum import load_curriculum
from app.curriculum.copies import check_text, copy_id, copy_text, delete_copy, make_copy, save_text, user_root

PLAN = """id = "s01-test"
title = "Session 1"
phase = "self"
kind = "session"
number = 1
minutes = 45
summary = "A test session."

[[item]]
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
minutes = 15
prompts = ["p-one", "p-three"]

[[item]]
part = "closing"
activity = "other-test"
variant = "short"
minutes = 5
"""


def _with_plan(root: Path, text: str) -> list[str]:
    (root / "plans").mkdir(exist_ok=True)
    (root / "plans" / "s01-test.toml").write_text(text, encoding="utf-8")
    return [p.format(root.parent) for p in load_curriculum(root).problems]


def test_a_well_formed_plan_loads_with_its_reflection_segment(curriculum_dir: Path) -> None:
    assert _with_plan(curriculum_dir, PLAN) == []
    [plan] = load_curriculum(curriculum_dir).plans
    assert [i.part for i in plan.items] == ["opening", "core", "core", "reflection", "closing"]
    assert plan.items[3].prompt_ids == ("p-one", "p-three") and plan.items[3].activity is None


def test_plan_minutes_must_add_up_and_fit_the_kind(curriculum_dir: Path) -> None:
    errors = _with_plan(curriculum_dir, PLAN.replace("minutes = 45", "minutes = 40"))
    assert "activities/plans/s01-test.toml:6: minutes: expected the items' minutes to add up to 40, " \
           "they add up to 45" in errors
    assert "activities/plans/s01-test.toml:6: minutes: expected 45–60 minutes for a session plan, found 40" in errors
    errors = _with_plan(curriculum_dir, PLAN.replace('kind = "session"', 'kind = "advisory"'))
    assert errors == ["activities/plans/s01-test.toml:6: minutes: expected exactly 15 minutes for an advisory plan, "
                      "found 45"]


def test_plan_shape_opening_reflection_closing(curriculum_dir: Path) -> None:
    text = PLAN.replace('part = "opening"', 'part = "core"').replace('part = "reflection"', 'part = "core"')
    errors = _with_plan(curriculum_dir, text.replace('part = "closing"', 'part = "core"'))
    assert any("item[1].part: expected the first item to be the opening, found 'core'" in e for e in errors)
    assert any("item[5].part: expected the last item to be the closing, found 'core'" in e for e in errors)
    assert any('item: expected at least one item with part = "reflection"' in e for e in errors)


def test_plan_references_and_variant_minutes_are_checked(curriculum_dir: Path) -> None:
    text = PLAN.replace('prompts = ["p-one", "p-three"]', 'prompts = ["p-one", "p-lost"]')
    errors = _with_plan(curriculum_dir, text.replace("minutes = 5\n\n[[item]]\npart = \"core\"",
                                                     "minutes = 6\n\n[[item]]\npart = \"core\"", 1))
    assert any("item[4].prompts[2]: expected the id of a prompt in the prompt bank; 'p-lost'" in e for e in errors)
    assert any("item[1].minutes: expected 5 (the short length of self-test), found 6" in e for e in errors)


def test_guide_chapters_need_a_title_line(curriculum_dir: Path) -> None:
    (curriculum_dir / "guide").mkdir()
    (curriculum_dir / "guide" / "01-welcome.md").write_text("# Welcome\n\nHello.\n", encoding="utf-8")
    (curriculum_dir / "guide" / "02-oops.md").write_text("No title here\n", encoding="utf-8")
    curriculum = load_curriculum(curriculum_dir)
    assert [c.title for c in curriculum.guide] == ["Welcome"]
    assert [p.format(curriculum_dir.parent) for p in curriculum.problems] == [
        "activities/guide/02-oops.md:1: (title): expected the first line to be '# Chapter title'"]


def test_copy_keeps_the_shipped_file_and_joins_the_program(curriculum_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shipped = curriculum_dir / "self" / "self-test.toml"
    before = shipped.read_text()
    curriculum = load_curriculum(curriculum_dir, user_root(data))
    copy = make_copy(curriculum.activity("self-test"), curriculum, data)
    assert copy == data / "curriculum" / "self" / "self-test-mine.toml"
    assert shipped.read_text() == before
    again = load_curriculum(curriculum_dir, user_root(data))
    mine = again.activity("self-test-mine")
    assert mine is not None and mine.title == "Test activity (my copy)"
    assert again.is_mine(mine.file) and not again.is_mine(again.activity("self-test").file)
    second = make_copy(mine, again, data)
    assert second.name == "self-test-mine-2.toml"


def test_check_text_reports_before_saving_and_delete_moves_aside(curriculum_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    curriculum = load_curriculum(curriculum_dir, user_root(data))
    file = make_copy(curriculum.activity("self-test"), curriculum, data)
    curriculum = load_curriculum(curriculum_dir, user_root(data))
    text = file.read_text()
    assert check_text(text, file, curriculum) == []
    broken = text.replace("minutes = 4\n", "minutes = 9\n")
    assert [p.message for p in check_text(broken, file, curriculum)] == [
        "expected step minutes to add up to duration.full (10), they add up to 15"]
    clash = text.replace('id = "self-test-mine"', 'id = "self-test"')
    assert any("already used" in p.message for p in check_text(clash, file, curriculum))
    assert check_text("id = ", file, curriculum)[0].message.startswith("not valid TOML")
    save_text(file, text.replace("Test activity (my copy)", "Our version"))
    curriculum = load_curriculum(curriculum_dir, user_root(data))
    assert curriculum.activity("self-test-mine").title == "Our version"
    moved = delete_copy(file, curriculum)
    assert not file.exists() and moved.parent == user_root(data) / ".deleted" and moved.exists()
    assert load_curriculum(curriculum_dir, user_root(data)).activity("self-test-mine") is None


def test_copy_ids_never_clash() -> None:
    assert copy_id("a", set()) == "a-mine"
    assert copy_id("a", {"a-mine", "a-mine-2"}) == "a-mine-3"


@given(st.text(min_size=1, max_size=60).filter(lambda t: t.strip() and "\x00" not in t))
def test_copy_text_gives_valid_toml_with_any_title(title: str) -> None:
    original = 'id = "x"\ntitle = "Old"\nsummary = "title = \\"not this\\""\n\n[[step]]\ntitle = "Step"\n'
    result = tomllib.loads(copy_text(original, "x-mine", title))
    assert result["id"] == "x-mine"
    assert result["title"] == title
    assert result["step"] == [{"title": "Step"}]
    assert result["summary"] == 'title = "not this"'
