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


def test_fourteen_sessions_in_phase_order_the_community_phase_acting_and_six_advisory_plans(
        program: Curriculum) -> None:
    sessions = [p for p in program.plans if p.kind == "session"]
    assert sorted(p.number for p in sessions) == list(range(1, 15))
    by_number = {p.number: p.phase for p in sessions}
    assert [by_number[n] for n in range(1, 15)] == ["self"] * 4 + ["other"] * 4 + ["community"] * 6
    action = [p.number for p in sessions for i in p.items if (i.activity or "").startswith("community-action-")]
    assert action == [12, 13, 14]   # the action project: choose and plan, on the way, show it
    assert all(45 <= p.minutes <= 60 for p in sessions)
    advisory = [p for p in program.plans if p.kind == "advisory"]
    assert len(advisory) >= 6 and all(p.minutes == 15 for p in advisory)


def test_plans_add_up_and_point_at_real_activities_and_prompts(program: Curriculum) -> None:
    for plan in program.plans:
        assert sum(i.minutes for i in plan.items) == plan.minutes, plan.id
        shaped = [i for i in plan.items if not i.is_questionnaire and not i.is_challenge]   # outside the shape
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
    decks = {d.id: d for d in program.decks if d.id != "leaders"}   # leader cards are printed, not drawn
    assert {"scenes", "roles", "twists", "repair"} <= set(decks)
    for deck in decks.values():
        assert len(deck.cards) >= 30, deck.id
        assert len({c.title.casefold() for c in deck.cards}) == len(deck.cards), deck.id
        assert all(c.content_notes for c in deck.cards if c.intensity == 3), deck.id
        assert any(c.intensity == 1 for c in deck.cards)


def test_every_activity_has_a_debrief_step_that_runs_in_both_versions_and_says_the_pass(program: Curriculum) -> None:
    """What the console shows: the debrief questions at the debrief step, the pass in the facilitator's words."""
    from app.curriculum.content_rules import offers_pass

    for activity in program.activities:
        step = activity.steps[activity.debrief_step] if activity.debrief_step is not None else None
        assert step is not None and step.minutes >= 1 and step.short_minutes >= 1, activity.id
        assert all(q.endswith("?") for q in activity.debrief), activity.id
        assert any(offers_pass(s.script) and s.short_minutes for s in activity.steps), activity.id


def test_every_projector_line_can_be_drawn_in_dejavu_sans(program: Curriculum) -> None:
    """The weather signs and other symbols are in the shipped font, so they never show as boxes."""
    from reportlab.pdfbase.ttfonts import TTFont

    from app.paths import assets_dir

    glyphs = TTFont("dejavu-check", str(assets_dir() / "fonts" / "DejaVuSans.ttf")).face.charToGlyph
    missing = {(activity.id, char) for activity in program.activities for step in activity.steps
               for line in (activity.title, *step.projector) for char in line if ord(char) not in glyphs}
    assert missing == set()
    here = program.activity("self-here-i-am")
    assert {"☀", "☁", "☂"} <= {char for step in here.steps for line in step.projector for char in line}


def test_the_self_rituals_say_what_changes_for_14_to_16_year_olds(program: Curriculum) -> None:
    rituals = [a for a in program.activities_in("self") if {"opening", "closing"} & set(a.methods)]
    assert rituals
    for activity in rituals:
        assert len(dict(activity.adaptations).get("older", "")) > 80, activity.id


def test_no_adaptation_is_one_sentence_pasted_into_many_activities(program: Curriculum) -> None:
    texts = Counter(text for activity in program.activities for _key, text in activity.adaptations)
    assert [text for text, n in texts.items() if n > 3] == []
