"""One slide of a running session: what the projector may show apart from what only the facilitator sees
(pure: no Qt). Built by app/session/flow.py (build_slides) and challenge_steps.py."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Slide:
    kind: str                 # welcome, step, reflection, questionnaire, challenge, end
    heading: str              # projector: the activity's title (or Welcome / Reflection)
    lines: tuple[str, ...]    # projector: student-facing lines only
    title: str                # console: the step's title
    script: str               # console only: what the facilitator says and does
    minutes: int              # planned minutes (0 for welcome and end)
    part: str = ""
    activity_id: str | None = None
    measure: str = ""                   # questionnaire slides: pre or post
    instruments: tuple[str, ...] = ()   # questionnaire slides: the instruments the console offers
    challenge: str = ""                 # challenge slides: the challenge's id …
    challenge_step: str = ""            # … and launch or debrief
