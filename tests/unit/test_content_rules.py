"""Writing rules: a debrief step with its questions, the pass said out loud, promised projector text, and
adaptations written for their own activity. Each is checked on a passing and a failing activity."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.curriculum import load_curriculum
from app.curriculum.content_rules import offers_pass, promises
from app.curriculum.copies import check_text, make_copy, user_root
from tests.conftest import activity_toml

FILE = "activities/self/self-test.toml"


def _errors(root: Path) -> list[str]:
    return [p.format(root.parent) for p in load_curriculum(root).problems]


def _line(text: str, start: str, nth: int = 0) -> int:
    return [n for n, line in enumerate(text.split("\n"), 1) if line.startswith(start)][nth]


def _edit(root: Path, *changes: tuple[str, str]) -> str:
    path = root / "self" / "self-test.toml"
    text = path.read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return text


DEBRIEF_SCRIPT = next(line for line in activity_toml().split("\n") if line.startswith("script = 'Say:"))


# --- the debrief step -------------------------------------------------------------------------------------

def test_the_test_activity_passes_every_rule_and_knows_its_debrief_step(curriculum_dir: Path) -> None:
    curriculum = load_curriculum(curriculum_dir)
    assert curriculum.problems == ()
    activity = curriculum.activity("self-test")
    assert activity.debrief_step == 1 and activity.steps[1].is_debrief and not activity.steps[0].is_debrief


def test_no_debrief_step_is_reported_at_the_steps(curriculum_dir: Path) -> None:
    text = _edit(curriculum_dir, ('title = "Share and debrief"', 'title = "Share"'))
    assert _errors(curriculum_dir) == [
        f"{FILE}:{_line(text, '[[step]]')}: step: expected a debrief step: a step whose title says 'Debrief' "
        "(for example 'Debrief: what changed?') and whose script lists the debrief questions"]


def test_a_title_that_only_contains_the_letters_is_not_a_debrief(curriculum_dir: Path) -> None:
    _edit(curriculum_dir, ('title = "Share and debrief"', 'title = "Debriefing notes"'))
    assert any("expected a debrief step" in e for e in _errors(curriculum_dir))
    _edit(curriculum_dir, ('title = "Debriefing notes"', 'title = "Shake off and debrief"'))
    assert _errors(curriculum_dir) == []


def test_the_debrief_script_must_list_every_question_word_for_word(curriculum_dir: Path) -> None:
    text = _edit(curriculum_dir, ('debrief = ["What did you notice?"]',
                                  'debrief = ["What did you notice?", "What will you try next?"]'))
    assert _errors(curriculum_dir) == [
        f"{FILE}:{_line(text, 'script = ', 1)}: step[2].script: expected the debrief step's script to list every "
        "debrief question word for word (the facilitator picks from them on the console); missing 1 of 2: "
        "'What will you try next?'"]
    _edit(curriculum_dir, ('ask: "What did you notice?"', 'ask: "What did you notice?" or "What will you try next?"'))
    assert _errors(curriculum_dir) == []


def test_line_breaks_and_curly_quotes_do_not_hide_a_listed_question(curriculum_dir: Path) -> None:
    _edit(curriculum_dir, ('debrief = ["What did you notice?"]', 'debrief = ["What did you notice in the room?"]'),
          (DEBRIEF_SCRIPT, 'script = """Say: "You can always pass."\nThen ask: “What did you\nnotice in the room?”"""'))
    assert _errors(curriculum_dir) == []


def test_a_debrief_needs_time_in_the_short_version_too(curriculum_dir: Path) -> None:
    text = _edit(curriculum_dir, ("short = 5, full = 10", "short = 2, full = 10"),
                 ("minutes = 6\nshort_minutes = 3", "minutes = 6\nshort_minutes = 0"))
    errors = _errors(curriculum_dir)
    assert (f"{FILE}:{_line(text, 'short_minutes = 0')}: step[2].short_minutes: expected at least 1 minute for the "
            "debrief in the short version too, found 0") in errors
    assert len(errors) == 2 and "skips it" in errors[1]  # and its pass, said only there, is skipped with it


def test_debrief_questions_end_with_a_question_mark_and_there_is_one_debrief_step(curriculum_dir: Path) -> None:
    text = _edit(curriculum_dir, ('debrief = ["What did you notice?"]',
                                  'debrief = ["What did you notice?", "Talk about the game."]'),
                 ('title = "Think"', 'title = "Debrief in pairs"'))
    errors = _errors(curriculum_dir)
    assert f"{FILE}:{_line(text, 'debrief = ')}: debrief[2]: expected a question ending with '?', found " \
           "'Talk about the game.'" in errors
    assert f"{FILE}:{_line(text, 'title = ', 2)}: step[2].title: expected one debrief step; step 1 is already " \
           "one" in errors


# --- the pass, out loud -------------------------------------------------------------------------------------

def test_a_pass_only_described_or_only_in_opt_out_is_reported_at_opt_out(curriculum_dir: Path) -> None:
    described = '''script = 'Remind them they may pass. Then ask: "What did you notice?"\''''
    text = _edit(curriculum_dir, (DEBRIEF_SCRIPT, described))
    assert _errors(curriculum_dir) == [
        f"{FILE}:{_line(text, 'opt_out = ')}: opt_out: expected a step's script to offer the pass out loud too, in "
        "the words you say (in quotes), like Say: \"You can always pass.\"; the console shows the scripts, not this "
        "field"]


def test_the_pass_must_be_said_in_a_step_the_short_version_runs(curriculum_dir: Path) -> None:
    text = _edit(curriculum_dir, (DEBRIEF_SCRIPT, "script = 'Then ask: \"What did you notice?\"'"),
                 ('script = "Ask everyone to think quietly."', "script = 'Say: \"Nobody has to share.\"'"),
                 ("minutes = 4\nshort_minutes = 2", "minutes = 4\nshort_minutes = 0"),
                 ("minutes = 6\nshort_minutes = 3", "minutes = 6\nshort_minutes = 5"))
    assert _errors(curriculum_dir) == [
        f"{FILE}:{_line(text, 'opt_out = ')}: opt_out: expected the pass said out loud in a step the short version "
        "runs too; only step 1 says it, and the short version skips it"]
    _edit(curriculum_dir, ("minutes = 4\nshort_minutes = 0", "minutes = 4\nshort_minutes = 2"),
          ("minutes = 6\nshort_minutes = 5", "minutes = 6\nshort_minutes = 3"))
    assert _errors(curriculum_dir) == []


@pytest.mark.parametrize("said", ["You can always pass.", "Say 'pass' if you like.", "Nobody has to speak.",
                                  "You don’t have to join in.", "You can just watch this time.",
                                  "Pass is a full answer.", "Pass for now, we'll come back to you.",
                                  "You can also pass."])
def test_ways_of_saying_the_pass(said: str) -> None:
    assert offers_pass(f'Say: "{said}"')
    assert offers_pass(f"Say: “{said}”")
    assert not offers_pass(said)  # described, not said


@pytest.mark.parametrize("said", ["Now pass the spark round.", "Pass the drum to your left.", "A good password."])
def test_passing_things_round_is_not_the_pass(said: str) -> None:
    assert not offers_pass(f'Say: "{said}"')


# --- promised projector text --------------------------------------------------------------------------------

def test_promised_questions_need_question_lines_besides_the_debrief(curriculum_dir: Path) -> None:
    text = _edit(curriculum_dir, ('materials = ["Paper"]', 'materials = ["Paper", "The questions on the projector"]'))
    assert _errors(curriculum_dir) == [
        f"{FILE}:{_line(text, 'materials = ')}: materials[2]: promises questions on the projector, but no projector "
        "line outside the debrief is a question (ending with '?'); add them to the step that shows them"]
    _edit(curriculum_dir, ('projector = ["Think quietly for a minute."]',
                           'projector = ["Think quietly for a minute.", "What made you smile this week?"]'))
    assert _errors(curriculum_dir) == []


def test_promised_signs_need_a_symbol_line(curriculum_dir: Path) -> None:
    text = _edit(curriculum_dir, ('script = "Ask everyone to think quietly."',
                                  'script = "Show each sign on the projector as you say it."'))
    assert _errors(curriculum_dir) == [
        f"{FILE}:{_line(text, 'script = ')}: step[1].script: promises signs or symbols on the projector, but no "
        "projector line has one; add them, each with its word (like '☀ Sunny'), using symbols the app's font draws"]
    _edit(curriculum_dir, ('projector = ["Think quietly for a minute."]',
                           'projector = ["Think quietly for a minute.", "☀ Sunny • ☁ Cloudy"]'))
    assert _errors(curriculum_dir) == []


def test_a_promise_in_an_adaptation_is_checked_too(curriculum_dir: Path) -> None:
    _edit(curriculum_dir, ('language = "Use the simple prompts."',
                           'language = "The questions use short words and are on the screen."'))
    assert [e.split(": ", 2)[1] for e in _errors(curriculum_dir)] == ["adaptations.language"]


@pytest.mark.parametrize(("text", "kinds"), [
    ("The questions on the projector", ["questions"]),
    ("Each round there will be a question on the screen.", ["questions"]),
    ("Show each sign on the projector as you say it.", ["signs"]),
    ("Read out the examples on the projector.", [""]),
    ("Answer the question. Then read the lines on the projector.", [""]),   # another sentence's question
    ("Nothing is promised here.", []),
])
def test_what_a_text_promises(text: str, kinds: list[str]) -> None:
    assert promises(text) == kinds


# --- adaptations of its own ---------------------------------------------------------------------------------

def _more_activities(root: Path, count: int, folder: str = "self") -> None:
    for n in range(count):
        (root / folder).mkdir(parents=True, exist_ok=True)
        (root / folder / f"extra-{n}.toml").write_text(activity_toml(f"{folder}-extra-{n}", folder),
                                                         encoding="utf-8")


def test_adaptation_text_in_three_activities_is_fine_in_four_it_is_reported_on_each(curriculum_dir: Path) -> None:
    for name in ("self-test", "other-test"):  # unique texts, but for literacy
        folder = name.split("-")[0]
        path = curriculum_dir / folder / f"{name}.toml"
        text = path.read_text()
        for key in ("mobility", "hearing", "sight", "language", "group_size", "shy"):
            text = text.replace(f'{key} = "', f'{key} = "{name}: ', 1)
        path.write_text(text)
    _more_activities(curriculum_dir, 1)
    text = (curriculum_dir / "self" / "extra-0.toml").read_text()
    for key in ("mobility", "hearing", "sight", "language", "group_size", "shy"):
        text = text.replace(f'{key} = "', f'{key} = "extra: ', 1)
    (curriculum_dir / "self" / "extra-0.toml").write_text(text)
    assert _errors(curriculum_dir) == []  # three share 'Draw instead of writing.'
    (curriculum_dir / "self" / "extra-1.toml").write_text(text.replace("self-extra-0", "self-extra-1"))
    errors = _errors(curriculum_dir)
    assert len(errors) == 4  # on each of the four that share it; two sharing the other texts is fine
    line = _line(activity_toml(), "literacy = ")
    assert (f"{FILE}:{line}: adaptations.literacy: the same text is in 4 activities (also other-test, "
            "self-extra-0, self-extra-1); expected advice written for this activity's own steps") in errors


def test_repeated_adaptations_do_not_stop_an_activity_running(curriculum_dir: Path) -> None:
    _more_activities(curriculum_dir, 3)
    curriculum = load_curriculum(curriculum_dir)
    assert curriculum.problems and curriculum.broken == ()
    assert len(curriculum.activities_in("self")) == 4


def test_own_copies_are_counted_apart_from_the_shipped_activities(curriculum_dir: Path, tmp_path: Path) -> None:
    _more_activities(curriculum_dir, 1)   # three shipped activities share every adaptation
    data = tmp_path / "data"
    curriculum = load_curriculum(curriculum_dir, user_root(data))
    assert curriculum.problems == ()
    make_copy(curriculum.activity("self-test"), curriculum, data)
    assert load_curriculum(curriculum_dir, user_root(data)).problems == ()  # a copy is not a fourth


# --- how the rules apply --------------------------------------------------------------------------------------

def test_writing_problems_are_reported_but_the_activity_still_runs(curriculum_dir: Path) -> None:
    _edit(curriculum_dir, ('title = "Share and debrief"', 'title = "Share"'))
    curriculum = load_curriculum(curriculum_dir)
    assert len(curriculum.problems) == 1 and curriculum.broken == ()
    assert curriculum.activity("self-test") is not None


def test_a_broken_file_gets_only_its_real_problems_not_the_writing_rules(curriculum_dir: Path) -> None:
    _edit(curriculum_dir, ('title = "Share and debrief"', 'title = "Share"'), ("minutes = 4\n", "minutes = 5\n"))
    assert [e.split(": ", 2)[1] for e in _errors(curriculum_dir)] == ["step"]
    assert "add up to duration.full" in _errors(curriculum_dir)[0]


def test_the_editor_reports_writing_problems_before_saving_an_own_copy(curriculum_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    curriculum = load_curriculum(curriculum_dir, user_root(data))
    file = make_copy(curriculum.activity("self-test"), curriculum, data)
    curriculum = load_curriculum(curriculum_dir, user_root(data))
    text = file.read_text()
    assert check_text(text, file, curriculum) == []
    problems = check_text(text.replace('title = "Share and debrief"', 'title = "Share"'), file, curriculum)
    assert [p.field for p in problems] == ["step"]


def test_an_older_variant_is_an_optional_adaptation(curriculum_dir: Path) -> None:
    _edit(curriculum_dir, ('shy = "Write instead of speaking."',
                           'shy = "Write instead of speaking."\nolder = "Ask for a reason, not a feeling."'))
    curriculum = load_curriculum(curriculum_dir)
    assert curriculum.problems == ()
    assert dict(curriculum.activity("self-test").adaptations)["older"] == "Ask for a reason, not a feeling."
    assert "older" not in dict(curriculum.activity("other-test").adaptations)
    _edit(curriculum_dir, ('older = "', 'oldr = "'))
    assert [e.split(": ", 2)[1] for e in _errors(curriculum_dir)] == ["adaptations.oldr"]


def test_the_cache_keeps_an_older_variant_and_the_writing_problems(curriculum_dir: Path, tmp_path: Path) -> None:
    from app.curriculum.cache import load_cached

    _edit(curriculum_dir, ('shy = "Write instead of speaking."',
                           'shy = "Write instead of speaking."\nolder = "Ask for a reason, not a feeling."'))
    (curriculum_dir / "other" / "other-test.toml").write_text(
        activity_toml("other-test", "other").replace('title = "Share and debrief"', 'title = "Share"'))
    fresh = load_curriculum(curriculum_dir)
    load_cached(curriculum_dir, None, tmp_path / "cache")
    warm = load_cached(curriculum_dir, None, tmp_path / "cache")
    assert warm == fresh and len(warm.problems) == 1
    assert dict(warm.activity("self-test").adaptations)["older"] == "Ask for a reason, not a feeling."
    assert warm.activity("self-test").debrief_step == 1 and warm.activity("other-test").debrief_step is None
