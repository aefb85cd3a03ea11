"""A session plan as the sequence of slides a facilitator steps through (pure: no Qt, no SQLite).

Each slide carries what the projector may show (heading and short lines) apart from what only
the facilitator sees (script), so the projector view cannot show the wrong thing by accident.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from app.curriculum import Curriculum
from app.curriculum.model import SessionPlan


@dataclass(frozen=True)
class Slide:
    kind: str                 # welcome, step, reflection, end
    heading: str              # projector: the activity's title (or Welcome / Reflection)
    lines: tuple[str, ...]    # projector: student-facing lines only
    title: str                # console: the step's title
    script: str               # console only: what the facilitator says and does
    minutes: int              # planned minutes (0 for welcome and end)
    part: str = ""
    activity_id: str | None = None


def build_slides(plan: SessionPlan, curriculum: Curriculum) -> tuple[Slide, ...]:
    slides = [Slide("welcome", "Welcome", (plan.title,), "Welcome slide",
                    "Show this while the class arrives. Start the first step when everyone is settled.", 0)]
    for item in plan.items:
        if item.activity is None:
            prompts = tuple(curriculum.prompts[p].text for p in item.prompt_ids if p in curriculum.prompts)
            slides.append(Slide("reflection", item.title or "Reflection", prompts or ("Write or draw.",),
                                item.title or "Reflection", "Quiet writing time. Students choose one prompt, or "
                                "write freely. Nobody has to share; private stays private.", item.minutes,
                                item.part))
            continue
        activity = curriculum.activity(item.activity)
        if activity is None:
            continue
        for step in activity.steps:
            minutes = step.minutes if item.variant == "full" else step.short_minutes
            if minutes == 0:
                continue
            slides.append(Slide("step", activity.title, step.projector, step.title, step.script, minutes,
                                item.part, activity.id))
    slides.append(Slide("end", "Thank you", ("See you next time.",), "End of the session",
                        "Thank the class. Save any notes, then close the session.", 0))
    return tuple(slides)


def planned_minutes_before(slides: tuple[Slide, ...], index: int) -> int:
    return sum(s.minutes for s in slides[:index])


@dataclass
class Countdown:
    """A step timer on the monotonic clock: pause, resume, add a minute, survive a restart."""

    remaining_ms: int
    started: float | None = None  # monotonic seconds when last (re)started
    clock: object = field(default=time.monotonic, repr=False)

    @property
    def running(self) -> bool:
        return self.started is not None

    def remaining(self) -> int:
        if self.started is None:
            return self.remaining_ms
        return self.remaining_ms - int((self.clock() - self.started) * 1000)  # type: ignore[operator]

    def start(self) -> None:
        if self.started is None:
            self.started = self.clock()  # type: ignore[operator]

    def pause(self) -> None:
        if self.started is not None:
            self.remaining_ms = self.remaining()
            self.started = None

    def add_minute(self) -> None:
        self.remaining_ms += 60_000

    def reset(self, ms: int) -> None:
        self.remaining_ms, self.started = ms, None


def timer_colour(remaining_ms: int, total_ms: int) -> str:
    """Calm while there is time, amber in the last fifth (or minute), red when it is over."""
    if remaining_ms <= 0:
        return "over"
    if remaining_ms <= max(60_000, total_ms // 5):
        return "soon"
    return "ok"


def format_ms(ms: int) -> str:
    sign = "-" if ms < 0 else ""
    seconds = abs(ms) // 1000 + (1 if ms > 0 and ms % 1000 else 0)
    return f"{sign}{seconds // 60}:{seconds % 60:02d}"
