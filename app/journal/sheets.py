"""What a printed journal sheet says, for journal time in a room without devices (pure: no reportlab, no SQL).

The sheet offers what a laptop would: the challenge's check-in of the day first (with its task), then the
facilitator's picks for today, then the session's reflection prompts; a name line (or the student's name),
lines to write on, and the same three choices of who may read it. A student ticks one prompt or writes freely.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.curriculum import Curriculum
from app.curriculum.model import SessionPlan
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.journal.prompts import challenge_checkin_today, challenge_of, prompt_texts, today_prompt_ids

MAX_BLANK = 200
DEFAULT_BLANK = 30   # sheets with no name: a class and a few spare
MAX_PROMPTS = 4   # what fits above the writing lines and what a student reads through before writing
WHO_READS = (QT_TRANSLATE_NOOP("journal_sheets", "Only me"),   # translated where printed
             QT_TRANSLATE_NOOP("journal_sheets", "Me and my facilitator"),
             QT_TRANSLATE_NOOP("journal_sheets", "The class story wall"))


@dataclass(frozen=True)
class SheetContent:
    title: str                  # the session's title (or "Journal time")
    day: date
    class_name: str
    prompts: tuple[str, ...]    # the words of each prompt, in the order offered
    challenge: str = ""         # "Sit Somewhere New, day 2" when a challenge has a check-in today
    task: str = ""              # that day's task


def find_plan(curriculum: Curriculum, wanted: str) -> SessionPlan | None:
    """A plan by id ('s07-before-we-decide'), its start ('s07'), or a session number ('7')."""
    key = wanted.strip().casefold()
    plans = curriculum.plans
    exact = next((p for p in plans if p.id.casefold() == key), None)
    if exact or not key:
        return exact
    if key.isdigit():
        return next((p for p in plans if p.kind == "session" and p.number == int(key)), None)
    starting = [p for p in plans if p.id.casefold().startswith(key + "-")]
    return starting[0] if len(starting) == 1 else None


def session_prompt_ids(curriculum: Curriculum, plan: SessionPlan) -> list[str]:
    """The plan's journal-time prompts: its reflection items' own, or its reflection activity's; else the
    prompts a laptop would offer at the session's start."""
    ids: list[str] = []
    for item in plan.items:
        if item.part != "reflection":
            continue
        if item.activity and (activity := curriculum.activity(item.activity)) is not None:
            ids += activity.prompt_ids
        ids += item.prompt_ids
    return ids or today_prompt_ids(curriculum, plan.id, 0)


def sheet_content(curriculum: Curriculum, plan: SessionPlan | None, day: date, *, class_name: str = "",
                  picked: Sequence[str] = (), challenge_id: str | None = None,
                  challenge_started: date | None = None) -> SheetContent:
    texts = prompt_texts(curriculum)
    checkin = challenge_checkin_today(curriculum, challenge_id, challenge_started, day)
    session = session_prompt_ids(curriculum, plan) if plan else []
    ordered = [p for p in dict.fromkeys([*picked, *session]) if p in curriculum.prompts][:MAX_PROMPTS]
    found = challenge_of(curriculum, checkin)
    title = plan.title if plan else translate("journal_sheets", "Journal time")
    if found is None:
        return SheetContent(title=title, day=day, class_name=class_name, prompts=tuple(texts[p] for p in ordered))
    challenge, number = found
    today = challenge.days[number - 1]
    # Translators: the challenge of the week's title, and which of its days today is
    which = translate("journal_sheets", "{challenge}, day {day} of {days}").format(
        challenge=challenge.title, day=number, days=len(challenge.days))
    return SheetContent(title=title, day=day, class_name=class_name,
                        prompts=(today.checkin, *(texts[p] for p in ordered[:MAX_PROMPTS - 1])),
                        challenge=which, task=today.task)
