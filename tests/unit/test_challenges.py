"""Week-long challenges as a facilitator and a class meet them: a task and a check-in each school day, a plan
step that launches the challenge and a later one that debriefs it, and the check-in first among today's
prompts (student mode, devices and the printed sheet alike)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.curriculum import Curriculum, load_curriculum
from app.curriculum.model import ChallengeDay
from app.journal.prompts import challenge_checkin_today, challenge_of, challenge_task, prompt_texts
from app.journal.sheets import find_plan, sheet_content
from app.paths import activities_dir
from app.session.flow import build_slides
from tests.unit.test_plans_and_copies import PLAN

CHALLENGE = """id = "week-test"
title = "A test week"
summary = "Practise something small each day."
how = ["One small thing a day.", "Miss a day? Carry on the next."]
launch = \"\"\"Say: "This week, one small thing a day. Your check-in is private unless you choose to share it."\"\"\"
debrief = ["What was easiest?", "What got in the way?"]
""" + "".join(f"""
[[day]]
task = "Do thing {n} today."
checkin = "How did thing {n} go?"
""" for n in range(1, 6))

LAUNCH = """
[[item]]
part = "challenge"
challenge = "week-test"
step = "launch"
minutes = 3
"""
S01 = PLAN.replace("minutes = 15\n", "minutes = 12\n") + LAUNCH
S02 = (PLAN.replace('id = "s01-test"', 'id = "s02-test"').replace("number = 1", "number = 2")
       .replace("minutes = 15\n", "minutes = 11\n") + LAUNCH.replace('"launch"', '"debrief"').replace("3", "4"))


def _write(root: Path, files: dict[str, str]) -> list[str]:
    for name, text in files.items():
        (root / name).parent.mkdir(exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return [p.format(root.parent) for p in load_curriculum(root).problems]


@pytest.fixture
def with_week(curriculum_dir: Path) -> Path:
    assert _write(curriculum_dir, {"challenges/week-test.toml": CHALLENGE, "plans/s01-test.toml": S01,
                                   "plans/s02-test.toml": S02}) == []
    return curriculum_dir


def test_a_challenge_has_a_task_and_a_check_in_each_day_and_plans_launch_and_debrief_it(with_week: Path) -> None:
    curriculum = load_curriculum(with_week)
    [challenge] = curriculum.challenges
    assert challenge.days[1] == ChallengeDay(task="Do thing 2 today.", checkin="How did thing 2 go?")
    assert challenge.debrief == ("What was easiest?", "What got in the way?")
    first, second = curriculum.plans
    assert (first.items[-1].challenge, first.items[-1].step) == ("week-test", "launch")
    assert first.journal == "either"   # the default when a plan does not say
    launch = next(s for s in build_slides(first, curriculum) if s.kind == "challenge")
    assert launch.heading == "This week's challenge: A test week"
    assert launch.lines[0] == "Day 1: Do thing 1 today." and len(launch.lines) == 6
    assert "Start the challenge" in launch.script and "private unless you choose" in launch.script
    debrief = next(s for s in build_slides(second, curriculum) if s.kind == "challenge")
    assert debrief.lines == challenge.debrief and debrief.challenge_step == "debrief"
    assert "What got in the way?" in debrief.script


@pytest.mark.parametrize(("files", "expected"), [
    ({"plans/s02-test.toml": None},
     "activities/plans/s01-test.toml:42: item[6].step: expected a later session to debrief the challenge "
     "'week-test'; none does"),
    ({"plans/s01-test.toml": None},
     "activities/plans/s02-test.toml:42: item[6].step: expected an earlier session to launch the challenge "
     "'week-test'; none does"),
    ({"plans/s01-test.toml": S01.replace('challenge = "week-test"', 'challenge = "lost-week"')},
     "activities/plans/s01-test.toml:41: item[6].challenge: expected the id of a challenge in challenges/; "
     "'lost-week' is not there"),
    ({"plans/s01-test.toml": S01.replace('step = "launch"\nminutes = 3', 'step = "launch"\nminutes = 1')},
     "activities/plans/s01-test.toml:43: item[6].minutes: expected 2–15 minutes to launch or debrief a "
     "challenge, found 1"),
    ({"plans/s01-test.toml": S01.replace('variant = "short"\nminutes = 5',
                                         'variant = "short"\nminutes = 5\nco_lead = "Nobody\'s card"', 1)},
     "activities/plans/s01-test.toml:14: item[1].co_lead: expected the title of a card in the leaders deck; "
     "\"Nobody's card\" is not one"),
    ({"plans/s01-test.toml": S01.replace('summary = "A test session."', 'summary = "A test session."\n'
                                                                       'journal = "pigeon"')},
     "activities/plans/s01-test.toml:8: journal: expected one of either, devices, paper, spoken; found 'pigeon'"),
    ({"challenges/week-test.toml": CHALLENGE.replace('"What got in the way?"', '"Tell us more."')},
     "activities/challenges/week-test.toml:6: debrief[2]: expected a question, ending with '?'"),
    ({"challenges/week-test.toml": CHALLENGE[:CHALLENGE.rindex("[[day]]")]},
     "activities/challenges/week-test.toml:8: day: expected at least 5 [[day]] table(s), found 4"),
    ({"challenges/week-test.toml": CHALLENGE + '\n[[day]]\ntask = "More."\ncheckin = "More?"\n'},
     "activities/challenges/week-test.toml:8: day: expected exactly 5 days (a school week), found 6"),
])
def test_challenge_steps_and_files_are_checked_with_file_line_and_field(with_week: Path, files: dict,
                                                                        expected: str) -> None:
    for name, text in files.items():
        if text is None:
            (with_week / name).unlink()
    problems = _write(with_week, {n: t for n, t in files.items() if t is not None})
    assert expected in problems, problems


def test_an_old_challenge_of_questions_only_still_loads_and_says_what_to_change(curriculum_dir: Path) -> None:
    old = CHALLENGE[:CHALLENGE.index("\n[[day]]")] + '\ndays = ["One?", "Two?", "Three?", "Four?", "Five?"]\n'
    problems = _write(curriculum_dir, {"challenges/week-test.toml": old})
    assert any("days: expected [[day]] tables, each with that day's task and its check-in" in p for p in problems)
    [challenge] = load_curriculum(curriculum_dir).challenges   # still offered: its check-ins keep working
    assert challenge.days[4] == ChallengeDay(task="", checkin="Five?")


def test_the_check_in_of_the_day_counts_school_days_from_the_start(with_week: Path) -> None:
    curriculum = load_curriculum(with_week)
    thursday = date(2026, 12, 3)
    assert challenge_checkin_today(curriculum, "week-test", thursday, thursday) == "challenge:week-test:1"
    monday = date(2026, 12, 7)   # Thursday, Friday, (weekend), Monday: day 3
    assert challenge_checkin_today(curriculum, "week-test", thursday, monday) == "challenge:week-test:3"
    assert challenge_checkin_today(curriculum, "week-test", thursday, date(2026, 12, 10)) is None   # over
    assert challenge_checkin_today(curriculum, None, None, monday) is None
    assert challenge_task(curriculum, "challenge:week-test:3") == "Do thing 3 today."
    assert challenge_task(curriculum, "p-one") == "" and challenge_of(curriculum, "challenge:week-test:9") is None
    assert prompt_texts(curriculum)["challenge:week-test:3"] == "A test week, day 3: How did thing 3 go?"


def test_a_printed_journal_sheet_offers_the_check_in_first_then_the_picks_then_the_session(with_week: Path) -> None:
    curriculum = load_curriculum(with_week)
    plan = find_plan(curriculum, "2")
    assert plan is not None and plan.id == "s02-test" and find_plan(curriculum, "s01") is not None
    assert find_plan(curriculum, "s0") is None and find_plan(curriculum, "nine") is None
    plain = sheet_content(curriculum, plan, date(2026, 12, 3))
    assert plain.prompts == ("One thing I noticed today was …", "Next time I would …") and not plain.task
    sheet = sheet_content(curriculum, plan, date(2026, 12, 4), class_name="8B", picked=["p-two"],
                          challenge_id="week-test", challenge_started=date(2026, 12, 3))
    assert sheet.challenge == "A test week, day 2 of 5" and sheet.task == "Do thing 2 today."
    assert sheet.prompts == ("How did thing 2 go?", "Something that surprised me about someone else was …",
                             "One thing I noticed today was …", "Next time I would …")


@pytest.fixture(scope="module")
def program() -> Curriculum:
    return load_curriculum(activities_dir())


def test_every_shipped_challenge_is_launched_and_then_debriefed_in_the_sessions(program: Curriculum) -> None:
    steps = {(item.challenge, item.step): plan.number for plan in program.plans if plan.kind == "session"
             for item in plan.items if item.is_challenge}
    for challenge in program.challenges:
        launched, debriefed = steps.get((challenge.id, "launch")), steps.get((challenge.id, "debrief"))
        assert launched is not None and debriefed is not None and debriefed > launched, challenge.id
        tasks = [day.task for day in challenge.days]
        assert len(set(tasks)) == 5 and all(tasks), f"{challenge.id}: five different tasks"
        assert challenge.launch and len(challenge.debrief) >= 3


def test_every_shipped_plan_says_how_its_journal_time_happens(program: Curriculum) -> None:
    for plan in program.plans:
        assert plan.file is not None and "\njournal = " in plan.file.read_text(encoding="utf-8"), plan.id
