"""Real difference, named with care (issue 16, item 3): the activities that name ethnicity, faith, language,
disability, gender, family and money, and the level-2 cards about put-downs aimed at who someone is.

Checked as data: they load cleanly, sit in the right phases, say the pass out loud, carry their debrief
questions into the debrief step, have 11–13 and 14–16 variants, tell the facilitator what to do when a
remark lands badly, and never spotlight a student or repeat a generalisation about a group.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.curriculum import Activity, Curriculum, load_curriculum
from app.paths import activities_dir

NEW_ACTIVITIES = {
    "other-two-doors": "other",
    "other-invisible-rules": "other",
    "other-who-it-lands-on": "other",
    "community-where-we-draw-the-line": "community",
}
IDENTITY_DECKS = ("scenes", "roles", "repair")
# Each kind of put-down the program exists for, and how a level-2 card's content note names it.
THEMES = {
    "accent": ("accent",),
    "faith": ("faith",),
    "disability": ("disabilit",),
    "family money": ("money",),
    "race and ethnicity": ("race",),
    "gender expectations": ("gender",),
    "being new to the country": ("new to the country",),
}

# Generalising and othering patterns: the content may describe a put-down, but never says one about a
# group in its own voice. Kept to sentence shapes and a few group words, with no slur spelled out.
_GROUP = (r"(?:girls|boys|women|men|immigrants|foreigners|refugees|newcomers|muslims|christians|jews|hindus|sikhs"
          r"|disabled people|autistic people|poor people|rich people|gay people|travellers|people from \w+)")
GENERALISING = [
    re.compile(rf"\ball (?:the )?{_GROUP} (?:are|can't|cannot|do|don't|have)\b", re.IGNORECASE),
    re.compile(rf"\b{_GROUP} are (?:all|always|never|just)\b", re.IGNORECASE),
    re.compile(rf"\b(?:typical|those|you) {_GROUP}\b", re.IGNORECASE),
    re.compile(r"\b(?:you people|your lot|people like you|like a girl|man up)\b", re.IGNORECASE),
    re.compile(r"\bgo back to (?:your|where you)\b", re.IGNORECASE),
]
# What a facilitator must never ask the class: questions that make one student stand out for who they are.
SPOTLIGHTING = [
    re.compile(r"\bwho (?:here|in (?:this|the) room|in (?:our|this) class)\s+(?:is|are|has|have|speaks?|comes?"
               r"|was|lives?|prays?|believes?)\b", re.IGNORECASE),
    re.compile(r"\b(?:raise|put up) your hands? if you\b", re.IGNORECASE),
    re.compile(r"\b(?:stand up|step forward|step in) if you(?:'re| are| have| were)\b", re.IGNORECASE),
    re.compile(r"\bwhere are you (?:really )?from\b", re.IGNORECASE),
    re.compile(r"\bsay something in your language\b", re.IGNORECASE),
]
_SPOKEN = re.compile(r"\"([^\"]*)\"")
# A character's words in single quotes ('Say something in your language!') are the story's, there to be
# questioned; an apostrophe (don't, Seun's) neither opens nor closes one.
_CHARACTER_SPEECH = re.compile(r"(?<!\w)'[^']+?'(?!\w)")


@pytest.fixture(scope="module")
def program() -> Curriculum:
    return load_curriculum(activities_dir())


@pytest.fixture(scope="module")
def new_activities(program: Curriculum) -> list[Activity]:
    found = [program.activity(activity_id) for activity_id in NEW_ACTIVITIES]
    assert None not in found, [a for a, f in zip(NEW_ACTIVITIES, found, strict=True) if f is None]
    return [a for a in found if a is not None]


def _said(activity: Activity) -> list[str]:
    """What the class hears or reads: the projector lines and what the facilitator says out loud (in quotes)."""
    lines = [line for step in activity.steps for line in step.projector]
    return lines + [passage for step in activity.steps for passage in _SPOKEN.findall(step.script)]


def _everything(activity: Activity) -> str:
    parts = [activity.title, activity.summary, activity.wellbeing, activity.opt_out, *activity.materials,
             *activity.goals, *activity.debrief, *(text for _key, text in activity.adaptations)]
    parts += [text for step in activity.steps for text in (step.title, step.script, *step.projector)]
    return "\n".join(parts)


def _flat(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


def test_new_activities_load_without_problems_in_their_phases(program: Curriculum,
                                                             new_activities: list[Activity]) -> None:
    ours = {f"{phase}/{activity_id}.toml" for activity_id, phase in NEW_ACTIVITIES.items()}
    problems = [p.format() for p in program.problems
                if f"{Path(p.file).parent.name}/{Path(p.file).name}" in ours or Path(p.file).parent.name == "decks"]
    assert problems == []
    for activity in new_activities:
        assert activity.phase == NEW_ACTIVITIES[activity.id] == Path(activity.file).parent.name
        assert len(activity.steps) >= 4 and activity.short_minutes < activity.full_minutes, activity.id
        assert all(step.projector for step in activity.steps), activity.id
    phases = list(NEW_ACTIVITIES.values())
    assert phases.count("other") >= 2 and phases.count("community") >= 1


def test_the_pass_is_said_out_loud_in_a_step(new_activities: list[Activity]) -> None:
    for activity in new_activities:
        said = [p for step in activity.steps for p in _SPOKEN.findall(step.script)]
        assert any(re.search(r"\bpass\b|\bdon't have to\b|\bnever have to\b", p, re.IGNORECASE) for p in said), \
            activity.id
        assert "pass" in activity.opt_out.casefold() or "choice" in activity.opt_out.casefold(), activity.id


def test_the_debrief_step_lists_every_debrief_question(new_activities: list[Activity]) -> None:
    for activity in new_activities:
        assert len(activity.debrief) >= 3 and all(q.rstrip().endswith("?") for q in activity.debrief), activity.id
        debriefs = [step for step in activity.steps if "debrief" in step.title.casefold()]
        assert len(debriefs) == 1 and debriefs[0].short_minutes >= 1, activity.id
        script = _flat(debriefs[0].script)
        assert [q for q in activity.debrief if _flat(q) not in script] == [], activity.id


def test_both_age_variants_in_the_scripts_and_the_adaptations(new_activities: list[Activity]) -> None:
    for activity in new_activities:
        scripts = "\n".join(step.script for step in activity.steps)
        assert "Ages 11–13" in scripts and "Ages 14–16" in scripts, activity.id
        older = dict(activity.adaptations).get("older", "")
        assert "14–16" in older and "11–13" in older, activity.id
        for key in ("literacy", "language", "mobility", "shy"):
            assert len(dict(activity.adaptations).get(key, "")) > 80, (activity.id, key)


def test_facilitator_notes_on_bias_and_on_a_remark_that_lands_badly(new_activities: list[Activity]) -> None:
    for activity in new_activities:
        assert "facilitator only" in activity.steps[0].script.casefold(), activity.id
        care = activity.wellbeing.casefold()
        for needle in ("pause", "calmly", "privately", "same day", "procedure"):
            assert needle in care, (activity.id, needle)
        scripts = "\n".join(step.script for step in activity.steps).casefold()
        assert "lands badly" in scripts and "after the session" in scripts, activity.id


def test_no_spotlighting_and_no_generalisations_in_the_new_activities(new_activities: list[Activity]) -> None:
    for activity in new_activities:
        for line in (_CHARACTER_SPEECH.sub("", said) for said in _said(activity)):
            assert not [p.pattern for p in SPOTLIGHTING if p.search(line) and "never" not in line.casefold()
                        and "not " not in line.casefold()], (activity.id, line)
        text = _everything(activity)
        assert [m.group(0) for p in GENERALISING for m in p.finditer(text)] == [], activity.id


def test_level_two_cards_name_identity_based_put_downs_with_content_notes(program: Curriculum) -> None:
    decks = {d.id: d for d in program.decks}
    cards = [c for deck_id in IDENTITY_DECKS for c in decks[deck_id].cards if c.intensity == 2]
    for theme, needles in THEMES.items():
        matching = [c for c in cards if any(n in note.casefold() for note in c.content_notes for n in needles)]
        assert matching, f"no level-2 card with a content note about {theme}"
        for card in matching:
            assert any(q.rstrip().endswith("?") for q in card.audience), card.title
    identity = [c for c in cards if any(n in note.casefold() for note in c.content_notes
                                        for needles in THEMES.values() for n in needles)
                or any("identity" in note.casefold() or "group" in note.casefold() for note in c.content_notes)]
    assert len(identity) >= 9
    # A scene or a role gives the target and at least one bystander; the audience is asked what they could do.
    for card in identity:
        if card.role:
            assert card.role.count(":") >= 2 or "Inside:" in card.role, card.title
        assert any(re.search(r"\b(?:could|can|would)\b", q) for q in card.audience), card.title


def test_no_card_or_new_activity_generalises_about_a_group(program: Curriculum,
                                                           new_activities: list[Activity]) -> None:
    texts = [(f"{d.id}: {c.title}", "\n".join([c.title, c.text, c.role or "", *c.audience, *c.content_notes]))
             for d in program.decks for c in d.cards]
    texts += [(a.id, _everything(a)) for a in new_activities]
    found = [(where, m.group(0)) for where, text in texts for p in GENERALISING for m in p.finditer(text)]
    assert found == []


def test_the_patterns_catch_what_they_are_for() -> None:
    caught = ["All immigrants are …", "Girls are always …", "typical boys", "Go back to your country",
              "you people", "She throws like a girl"]
    for sample in caught:
        assert any(p.search(sample) for p in GENERALISING), sample
    for sample in ("Who here speaks another language?", "Raise your hand if you were born abroad",
                   "Say something in your language for the class!"):
        assert any(p.search(sample) for p in SPOTLIGHTING), sample
    assert _CHARACTER_SPEECH.sub("", "Seun's teacher: 'Say something in your language!' It doesn't help.") == \
        "Seun's teacher:  It doesn't help."
    for fine in ("All names are made up.", "All six are different.", "Nobody is put down for who they are.",
                 "Go back to the card."):
        assert not any(p.search(fine) for p in GENERALISING), fine
