"""The shipped program is complete: what a facilitator buys into, checked as data."""

from __future__ import annotations

from collections import Counter

import pytest

from app.curriculum import Curriculum, load_curriculum
from app.paths import activities_dir


@pytest.fixture(scope="module")
def program() -> Curriculum:
    curriculum = load_curriculum(activities_dir())
    assert [p.format() for p in curriculum.problems] == []
    return curriculum


def test_at_least_ten_activities_per_phase_with_an_opening_and_a_closing(program: Curriculum) -> None:
    for phase in program.phases:
        activities = program.activities_in(phase.id)
        assert len(activities) >= 10, phase.id
        for ritual in ("opening", "closing"):
            assert any(ritual in a.methods and a.short_minutes <= 5 for a in activities), (phase.id, ritual)


def test_every_method_of_the_program_is_covered(program: Curriculum) -> None:
    used = {m for a in program.activities for m in a.methods}
    assert {"rhythm", "drums", "movement", "role-play", "writing", "storytelling", "circle", "discussion",
            "game", "opening", "closing"} <= used


def test_twelve_sessions_four_per_phase_in_order_and_six_advisory_plans(program: Curriculum) -> None:
    sessions = [p for p in program.plans if p.kind == "session"]
    assert sorted(p.number for p in sessions) == list(range(1, 13))
    by_number = {p.number: p.phase for p in sessions}
    assert [by_number[n] for n in range(1, 13)] == ["self"] * 4 + ["other"] * 4 + ["community"] * 4
    assert all(45 <= p.minutes <= 60 for p in sessions)
    advisory = [p for p in program.plans if p.kind == "advisory"]
    assert len(advisory) >= 6 and all(p.minutes == 15 for p in advisory)


def test_plans_add_up_and_point_at_real_activities_and_prompts(program: Curriculum) -> None:
    for plan in program.plans:
        assert sum(i.minutes for i in plan.items) == plan.minutes, plan.id
        shaped = [i for i in plan.items if not i.is_questionnaire]   # a questionnaire stands outside the shape
        assert [shaped[0].part, shaped[-1].part] == ["opening", "closing"], plan.id
        for item in plan.items:
            if item.activity:
                activity = program.activity(item.activity)
                assert activity is not None, (plan.id, item.activity)
                assert item.minutes == (activity.full_minutes if item.variant == "full" else activity.short_minutes)
            assert all(p in program.prompts for p in item.prompt_ids), plan.id


def test_prompt_bank_has_150_prompts_with_simple_ones_in_every_phase(program: Curriculum) -> None:
    assert len(program.prompts) >= 150
    levels = Counter((p.phase, p.level) for p in program.prompts.values())
    for phase in program.phases:
        assert levels[(phase.id, "simple")] >= 10, phase.id
        assert levels[(phase.id, "standard")] >= 10, phase.id


def test_six_week_long_challenges_including_radical_listening(program: Curriculum) -> None:
    assert len(program.challenges) >= 6
    assert any(c.id == "radical-listening" for c in program.challenges)
    assert all(len(c.days) == 5 for c in program.challenges)


def test_the_guide_covers_principles_ground_rules_safeguarding_and_the_app(program: Curriculum) -> None:
    text = "\n".join(c.markdown for c in program.guide).casefold()
    for needle in ("active listening", "compassionate dialogue", "inclusion", "non-violent communication",
                   "conflict", "ground rules", "safeguarding lead", "secrecy", "same day", "ctrl+d"):
        assert needle in text, needle


def test_activity_references_resolve(program: Curriculum) -> None:
    decks, rhythms = {d.id for d in program.decks}, {r.id for r in program.rhythms}
    for activity in program.activities:
        assert len(activity.prompt_ids) >= 3 and all(p in program.prompts for p in activity.prompt_ids)
        assert activity.deck is None or activity.deck in decks
        assert activity.rhythm is None or activity.rhythm in rhythms


def test_four_role_play_decks_of_thirty_cards_with_notes_on_heavy_ones(program: Curriculum) -> None:
    decks = {d.id: d for d in program.decks}
    assert {"scenes", "roles", "twists", "repair"} <= set(decks)
    for deck in decks.values():
        assert len(deck.cards) >= 30, deck.id
        assert len({c.title.casefold() for c in deck.cards}) == len(deck.cards), deck.id
        assert all(c.content_notes for c in deck.cards if c.intensity == 3), deck.id
        assert any(c.intensity == 1 for c in deck.cards)
