"""What a student's device offers to write about: the same choices as student mode (pure).

Today's prompts are the ones the facilitator picked from the prompt bank for the class today, then those
of the activity now on the projector, read from the running session's saved position, so the GUI and a
headless server agree; then free writing, the prompt bank by phase, and the week's challenge check-in
when the facilitator set one for the class.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from app.curriculum import Curriculum
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.journal.prompts import challenge_day, challenge_prompt_id, today_prompt_ids, with_picked
from app.store.classnet import ClassChallenge

FREE_TEXT = QT_TRANSLATE_NOOP("classnet.today", "Free writing: write about anything you like.")
ANY_TIME = QT_TRANSLATE_NOOP("classnet.today", "Any time")


def prompt_bank(curriculum: Curriculum) -> list[dict[str, Any]]:
    titles = {phase.id: phase.title for phase in curriculum.phases}
    order = [phase.id for phase in curriculum.phases]
    by_phase: dict[str, list[dict[str, str]]] = {}
    for pid, prompt in curriculum.prompts.items():
        by_phase.setdefault(prompt.phase, []).append({"id": pid, "text": prompt.text})
    phases = sorted(by_phase, key=lambda p: (order.index(p) if p in order else len(order), p))
    any_time = translate("classnet.today", ANY_TIME)
    return [{"title": titles.get(p, any_time if p == "any" else p), "prompts": by_phase[p]} for p in phases]


def challenge_today(curriculum: Curriculum, chosen: ClassChallenge | None, today: date) -> dict[str, Any] | None:
    if chosen is None:
        return None
    challenge = next((c for c in curriculum.challenges if c.id == chosen.challenge_id), None)
    if challenge is None or not challenge.days:
        return None
    day = challenge_day(chosen.started, today, len(challenge.days))
    if day is None:
        return None
    return {"id": challenge.id, "title": challenge.title, "summary": challenge.summary, "day": day,
            "days": len(challenge.days), "question": challenge.days[day - 1].checkin,
            "task": challenge.days[day - 1].task, "how": list(challenge.how),
            "prompt_id": challenge_prompt_id(challenge.id, day)}


def today_answer(curriculum: Curriculum, plan_id: str | None, slide: int | None,
                 chosen: ClassChallenge | None, today: date, picked: Sequence[str] = ()) -> dict[str, Any]:
    """The body of GET /api/today; `plan_id` and `slide` are the running session's (None: no session),
    `picked` the prompts the facilitator picked for the class today."""
    ids = with_picked(curriculum, picked, today_prompt_ids(curriculum, plan_id, slide or 0) if plan_id else [])
    return {"today": [{"id": pid, "text": curriculum.prompts[pid].text} for pid in ids],
            "bank": prompt_bank(curriculum), "free_text": translate("classnet.today", FREE_TEXT),
            "challenge": challenge_today(curriculum, chosen, today), "questionnaires": []}


def known_prompt(curriculum: Curriculum, prompt_id: str | None, chosen: ClassChallenge | None) -> bool:
    """A device may save only against prompts the app knows (or free writing), never made-up ids."""
    if prompt_id is None or prompt_id in curriculum.prompts:
        return True
    if chosen is None:
        return False
    challenge = next((c for c in curriculum.challenges if c.id == chosen.challenge_id), None)
    return challenge is not None and prompt_id in {
        challenge_prompt_id(challenge.id, day) for day in range(1, len(challenge.days) + 1)}
