"""Which prompts a student sees first in student mode (pure: no Qt, no SQLite).

During a running session: the prompts of the activity on screen now, then the plan's reflection
prompts, then the rest of today's activities' prompts. With no session running: none, and the
student picks from the prompt bank or writes freely.
"""

from __future__ import annotations

from app.curriculum import Curriculum


def today_prompt_ids(curriculum: Curriculum, plan_id: str | None, slide: int) -> list[str]:
    plan = curriculum.plan(plan_id) if plan_id else None
    if plan is None:
        return []
    from app.session_flow import build_slides

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
