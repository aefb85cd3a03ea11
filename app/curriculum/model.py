"""The curriculum as frozen dataclasses: what the rest of the app reads, never raw TOML."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from app.curriculum.problems import Problem
from app.i18n import QT_TRANSLATE_NOOP

METHODS = ("rhythm", "drums", "movement", "role-play", "writing", "storytelling", "circle",
           "discussion", "game", "listening", "drawing", "opening", "closing")
ADAPTATIONS = {   # key in the TOML → its heading, shown through translate("curriculum.model", …)
    "mobility": QT_TRANSLATE_NOOP("curriculum.model", "Limited mobility"),
    "hearing": QT_TRANSLATE_NOOP("curriculum.model", "Hearing"),
    "sight": QT_TRANSLATE_NOOP("curriculum.model", "Sight"),
    "language": QT_TRANSLATE_NOOP("curriculum.model", "Still learning the language"),
    "literacy": QT_TRANSLATE_NOOP("curriculum.model", "Low literacy"),
    "group_size": QT_TRANSLATE_NOOP("curriculum.model", "Very large or small groups"),
    "shy": QT_TRANSLATE_NOOP("curriculum.model", "Shy students"),
    "older": QT_TRANSLATE_NOOP("curriculum.model", "Ages 14–16"),
}
# Every activity says how it adapts for these; "older" (what changes in the wording or the task for
# 14–16-year-olds) is written only where an activity reads young for them.
OPTIONAL_ADAPTATIONS = ("older",)
LEVELS = ("simple", "standard")
PLAN_PARTS = ("opening", "core", "reflection", "closing")
# A questionnaire item stands outside that shape (it may come before the opening, as a calm start):
# the class answers the student instruments it names, before (pre) or after (post) the program.
QUESTIONNAIRE = "questionnaire"
MEASURES = ("pre", "post")
QUESTIONNAIRE_MINUTES = (3, 30)
# A challenge item stands outside the shape too: it launches a week-long challenge, or debriefs one.
CHALLENGE = "challenge"
CHALLENGE_STEPS = ("launch", "debrief")
CHALLENGE_MINUTES = (2, 15)
CHALLENGE_DAYS = 5
# How a plan's journal time is meant to happen: on the laptop or students' devices, on printed sheets
# (`print journal-sheets`), either of them, or aloud (a short plan with no time to write).
JOURNAL_MODES = ("either", "devices", "paper", "spoken")
PLAN_MINUTES = {"session": (45, 60), "advisory": (15, 15)}
VOICES = ("low", "high", "click", "shaker", "bell")
RHYTHM_MODES = ("play-along", "call-and-response", "ensemble", "keep-the-pulse")
# play: players play it and the app sounds it; echo: players play it, the app stays silent (the
# group answers a call); guide: the app plays it and nobody is scored (a leader's call, a backing pulse).
PART_ROLES = ("play", "echo", "guide")
PROJECTOR_LINE_MAX = 90


@dataclass(frozen=True)
class Phase:
    id: str
    title: str
    tagline: str
    summary: str
    colour: str


DEBRIEF_TITLE = re.compile(r"\bdebrief\b|\bpuesta\s+en\s+com[uú]n\b", re.IGNORECASE)   # English, Spanish


@dataclass(frozen=True)
class Step:
    title: str
    minutes: int
    short_minutes: int
    script: str
    projector: tuple[str, ...]

    @property
    def is_debrief(self) -> bool:
        """The step where the class talks it through: its title says so ('Debrief: what changed?'), and its
        script lists the activity's debrief questions (checked by content_rules.py)."""
        return bool(DEBRIEF_TITLE.search(self.title))


@dataclass(frozen=True)
class Activity:
    id: str
    title: str
    phase: str
    methods: tuple[str, ...]
    summary: str
    short_minutes: int
    full_minutes: int
    group_min: int
    group_max: int
    space: str
    materials: tuple[str, ...]
    goals: tuple[str, ...]
    steps: tuple[Step, ...]
    prompt_ids: tuple[str, ...]
    debrief: tuple[str, ...]
    wellbeing: str
    opt_out: str
    adaptations: tuple[tuple[str, str], ...]
    rhythm: str | None
    deck: str | None
    file: Path

    @property
    def debrief_step(self) -> int | None:
        """The index of the debrief step (the first, if a file has more than one), or None."""
        return next((n for n, step in enumerate(self.steps) if step.is_debrief), None)


@dataclass(frozen=True)
class Prompt:
    id: str
    text: str
    phase: str
    methods: tuple[str, ...]
    level: str


@dataclass(frozen=True)
class PlanItem:
    """One part of a plan: an activity (in its full or short version), a reflection segment, or the
    questionnaires a class answers before or after the program (`measure`, `instruments`)."""

    part: str
    minutes: int
    activity: str | None = None
    variant: str = "full"
    title: str = ""
    prompt_ids: tuple[str, ...] = ()
    measure: str = ""                    # questionnaire items: pre or post
    instruments: tuple[str, ...] = ()    # questionnaire items: instrument ids, in the order they are given
    challenge: str = ""                  # challenge items: the challenge's id …
    step: str = ""                       # … and whether this step launches or debriefs it
    co_lead: str = ""                    # the leader card (a card title in the leaders deck) ambassadors co-lead with

    @property
    def is_challenge(self) -> bool:
        return self.part == CHALLENGE

    @property
    def is_questionnaire(self) -> bool:
        return self.part == QUESTIONNAIRE


@dataclass(frozen=True)
class SessionPlan:
    id: str
    title: str
    phase: str
    kind: str
    number: int | None
    minutes: int
    summary: str
    items: tuple[PlanItem, ...]
    file: Path | None = None
    journal: str = "either"


@dataclass(frozen=True)
class ChallengeDay:
    """One school day of a challenge: what to do today, and the one-line check-in that evening's journal asks."""

    task: str
    checkin: str


@dataclass(frozen=True)
class Challenge:
    """A week of practice between sessions. A plan step launches it in class (`launch`, said by the
    facilitator), each school day has its own task and check-in, and a later plan step debriefs it."""

    id: str
    title: str
    summary: str
    how: tuple[str, ...]
    days: tuple[ChallengeDay, ...]
    launch: str = ""
    debrief: tuple[str, ...] = ()


@dataclass(frozen=True)
class InstrumentItem:
    id: str
    text: str
    reverse: bool = False  # scored from the other end of the scale (a 'never' counts as an 'always')


@dataclass(frozen=True)
class Subscale:
    id: str
    title: str
    explain: str           # what it is about, in words a principal understands
    items: tuple[str, ...]  # item ids; the score is the mean of the answered ones


@dataclass(frozen=True)
class Instrument:
    """A questionnaire as content: items, their answer scale, subscales and how they are scored.

    `validated` is true only for a published scale used word for word (its citation says where from);
    the program's own questionnaires are marked as not validated wherever their results are shown.
    """

    id: str
    title: str
    kind: str                   # scale (validated measure) | questionnaire (the program's own) | observation
    respondent: str             # student | facilitator
    validated: bool
    language: str
    ages: tuple[int, int]
    age_note: str
    instructions: str
    values: tuple[int, ...]     # the answer scale, e.g. 1..5
    labels: tuple[str, ...]     # one word or phrase per value
    min_answered: int           # a subscale is scored only with at least this many of its items answered
    items: tuple[InstrumentItem, ...]
    subscales: tuple[Subscale, ...]
    citation: str = ""
    source: str = ""
    terms: str = ""
    translated: bool = False    # a published scale in a translation made for this app: not validated in it

    def item(self, item_id: str) -> InstrumentItem | None:
        return next((i for i in self.items if i.id == item_id), None)


@dataclass(frozen=True)
class GuideChapter:
    title: str
    markdown: str
    file: Path


@dataclass(frozen=True)
class Card:
    title: str
    text: str
    role: str | None
    audience: tuple[str, ...]
    intensity: int
    content_notes: tuple[str, ...]


@dataclass(frozen=True)
class Deck:
    id: str
    title: str
    description: str
    cards: tuple[Card, ...]


@dataclass(frozen=True)
class RhythmPart:
    name: str
    voice: str
    hits: str
    role: str = "play"

    @property
    def scored(self) -> bool:
        """Players play it, so their hits are measured against it."""
        return self.role in ("play", "echo")

    @property
    def sounded(self) -> bool:
        """The app plays it; an echo stays silent so the group's answer is their own."""
        return self.role in ("play", "guide")

    @property
    def steps(self) -> str:
        """The hits without the spaces writers use to group them: one 'x' or '.' per step."""
        return self.hits.replace(" ", "")


@dataclass(frozen=True)
class Rhythm:
    """One bar of parts, repeated `bars` times; tempo may change bar by bar (`tempo_by_bar`)."""

    id: str
    title: str
    summary: str
    tempo: int
    beats_per_bar: int
    subdivision: int
    bars: int
    parts: tuple[RhythmPart, ...]
    mode: str = "play-along"
    level: int = 1
    tempo_by_bar: tuple[int, ...] = ()
    count_in: int = 1
    fade_after_bars: int | None = None

    def tempo_of_bar(self, bar: int) -> int:
        """The written tempo of one bar; past the written bars the curve repeats."""
        return self.tempo_by_bar[bar % len(self.tempo_by_bar)] if self.tempo_by_bar else self.tempo

    @property
    def seconds(self) -> float:
        """How long one run lasts at the written tempi, without the count-in."""
        return sum(self.beats_per_bar * 60 / self.tempo_of_bar(b) for b in range(self.bars))


def _reading_order(activity: Activity) -> tuple[int, str]:
    rank = 0 if "opening" in activity.methods else 2 if "closing" in activity.methods else 1
    return rank, activity.title.casefold()


@dataclass(frozen=True)
class BrokenItem:
    """A file that could not be used as a whole; the GUI lists it, marked, instead of crashing."""

    kind: str
    file: Path
    phase: str | None
    title: str
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class Curriculum:
    root: Path
    phases: tuple[Phase, ...]
    activities: tuple[Activity, ...]
    prompts: dict[str, Prompt]
    plans: tuple[SessionPlan, ...]
    challenges: tuple[Challenge, ...]
    decks: tuple[Deck, ...]
    rhythms: tuple[Rhythm, ...]
    broken: tuple[BrokenItem, ...] = ()
    problems: tuple[Problem, ...] = field(default=())
    guide: tuple[GuideChapter, ...] = ()
    user_root: Path | None = None
    instruments: tuple[Instrument, ...] = ()

    def instrument(self, instrument_id: str) -> Instrument | None:
        return next((i for i in self.instruments if i.id == instrument_id), None)

    def is_mine(self, file: Path | None) -> bool:
        """Whether a file is a facilitator's own copy (kept in the data folder), not shipped content."""
        return bool(file and self.user_root and self.user_root in file.parents)

    def plan(self, plan_id: str) -> SessionPlan | None:
        return next((p for p in self.plans if p.id == plan_id), None)

    def phase(self, phase_id: str) -> Phase | None:
        return next((p for p in self.phases if p.id == phase_id), None)

    def activities_in(self, phase_id: str) -> tuple[Activity, ...]:
        """A phase's activities as a facilitator reads them: openings first, closings last, else by title."""
        return tuple(sorted((a for a in self.activities if a.phase == phase_id), key=_reading_order))

    def broken_in(self, phase_id: str) -> tuple[BrokenItem, ...]:
        return tuple(b for b in self.broken if b.kind == "activity" and b.phase == phase_id)

    def activity(self, activity_id: str) -> Activity | None:
        return next((a for a in self.activities if a.id == activity_id), None)

    def summary(self) -> dict[str, object]:
        """The figures `validate --json` reports."""
        return {
            "activities": {p.id: len(self.activities_in(p.id)) for p in self.phases},
            "session_plans": len(self.plans),
            "prompts": len(self.prompts),
            "challenges": len(self.challenges),
            "decks": [{"id": d.id, "cards": len(d.cards)} for d in self.decks],
            "rhythms": len(self.rhythms),
            "instruments": [{"id": i.id, "items": len(i.items), "validated": i.validated} for i in self.instruments],
        }
