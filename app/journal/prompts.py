"""Which prompts a student sees first in student mode (pure: no Qt, no SQLite).

First the prompts the facilitator picked from the prompt bank for the class today (the latest first).
Then, during a running session: the prompts of the activity on screen now, then the plan's reflection
prompts, then the rest of today's activities' prompts. With neither: none, and the student picks from
the prompt bank or writes freely.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from app.curriculum import Curriculum
from app.curriculum.model import Challenge


def today_prompt_ids(curriculum: Curriculum, plan_id: str | None, slide: int) -> list[str]:
    plan = curriculum.plan(plan_id) if plan_id else None
    if plan is None:
        return []
    from app.session.flow import build_slides

    slides = build_slides(plan, curriculum)
    current = slides[min(max(slide, 0), len(slides) - 1)].activity_id
    ordered: list[str] = []
    if current and (activity := curriculum.activity(current)) is not None:
        ordered += activity.prompt_ids
    ordered += [p for item in plan.items if item.activity is None for p in item.prompt_ids]
    for item in plan.items:
        if item.activity and (activity := curriculum.activity(item.activity)) is not None:
            ordered += activity.prompt_ids
    return [p for p in dict.fromkeys(ordered) if p in curriculum.prompts]


def with_picked(curriculum: Curriculum, picked: Sequence[str], session_ids: Sequence[str]) -> list[str]:
    """The facilitator's picks for today ahead of the session's prompts, each once, known prompts only."""
    return [p for p in dict.fromkeys([*picked, *session_ids]) if p in curriculum.prompts]


CHALLENGE_PREFIX = "challenge:"


def challenge_prompt_id(challenge_id: str, day: int) -> str:
    """A check-in is a journal entry whose prompt is the challenge's question of that day."""
    return f"{CHALLENGE_PREFIX}{challenge_id}:{day}"


def challenge_day(started: date, today: date, days: int) -> int | None:
    """Which day of the challenge `today` is, counting school days (Mon–Fri) from `started` as day 1;
    None before it starts or once its days are over."""
    if today < started:
        return None
    weekdays = sum(1 for n in range((today - started).days + 1)
                   if (started + timedelta(days=n)).weekday() < 5)
    day = max(weekdays, 1)
    return day if day <= days else None


def challenge_checkin_today(curriculum: Curriculum, challenge_id: str | None, started: date | None,
                            today: date) -> str | None:
    """The prompt id of today's check-in of the class's challenge, if it has one today: student mode
    offers it first among today's prompts, as devices do."""
    challenge = next((c for c in curriculum.challenges if c.id == challenge_id), None)
    if challenge is None or started is None or not challenge.days:
        return None
    day = challenge_day(started, today, len(challenge.days))
    return challenge_prompt_id(challenge.id, day) if day is not None else None


def challenge_of(curriculum: Curriculum, prompt_id: str | None) -> tuple[Challenge, int] | None:
    """The challenge and day number of a check-in prompt id; None for any other prompt."""
    if not prompt_id or not prompt_id.startswith(CHALLENGE_PREFIX):
        return None
    challenge_id, _, number = prompt_id[len(CHALLENGE_PREFIX):].rpartition(":")
    challenge = next((c for c in curriculum.challenges if c.id == challenge_id), None)
    if challenge is None or not number.isdigit() or not 1 <= int(number) <= len(challenge.days):
        return None
    return challenge, int(number)


def challenge_task(curriculum: Curriculum, prompt_id: str | None) -> str:
    """The day's task of a check-in prompt ('' for any other prompt), shown beside its question."""
    found = challenge_of(curriculum, prompt_id)
    return found[0].days[found[1] - 1].task if found else ""


def prompt_texts(curriculum: Curriculum) -> dict[str, str]:
    """Every prompt's words by id, the challenges' daily check-in questions included."""
    texts = {pid: p.text for pid, p in curriculum.prompts.items()}
    for challenge in curriculum.challenges:
        for number, day in enumerate(challenge.days, start=1):
            texts[challenge_prompt_id(challenge.id, number)] = f"{challenge.title}, day {number}: {day.checkin}"
    return texts
