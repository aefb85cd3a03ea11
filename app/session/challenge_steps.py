"""A plan's challenge steps as slides: launching a week-long challenge, and debriefing it a session later.

Pure (no Qt, no SQLite). The projector shows the class the week ahead (each day's task) or the debrief's
questions; the console's script is the facilitator's words, plus what the app does for them: from the day
the challenge starts, each school day's check-in comes first among today's prompts in every student's journal.
"""

from __future__ import annotations

from app.curriculum import Curriculum
from app.curriculum.model import Challenge, PlanItem
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.session.slide import Slide

LAUNCH_TITLE = QT_TRANSLATE_NOOP("challenge_steps", "Launch this week's challenge")
DEBRIEF_TITLE = QT_TRANSLATE_NOOP("challenge_steps", "Debrief last week's challenge")


def challenge_slide(item: PlanItem, curriculum: Curriculum) -> Slide | None:
    challenge = next((c for c in curriculum.challenges if c.id == item.challenge), None)
    if challenge is None:
        return None
    if item.step == "launch":
        return Slide("challenge", translate("challenge_steps", "This week's challenge: {title}").format(
                         title=challenge.title), launch_lines(challenge),
                     translate("challenge_steps", LAUNCH_TITLE), launch_script(challenge), item.minutes, item.part,
                     challenge=challenge.id, challenge_step="launch")
    return Slide("challenge", translate("challenge_steps", "Last week's challenge: {title}").format(
                     title=challenge.title), challenge.debrief or (challenge.summary,),
                 translate("challenge_steps", DEBRIEF_TITLE), debrief_script(challenge), item.minutes, item.part,
                 challenge=challenge.id, challenge_step="debrief")


def launch_lines(challenge: Challenge) -> tuple[str, ...]:
    """The week at a glance: one line a day, then where the check-in is and that it stays private."""
    days = tuple(translate("challenge_steps", "Day {number}: {task}").format(number=n, task=day.task)
                 for n, day in enumerate(challenge.days, 1))
    return (*days, translate("challenge_steps", "Each day's check-in is first in your journal's prompts. Private "
                                                "unless you choose."))


def launch_script(challenge: Challenge) -> str:
    return "\n\n".join(part for part in (
        challenge.summary,
        challenge.launch,
        translate("challenge_steps", "Then start it for this class below (Start the challenge): from today, each "
                                     "school day's check-in comes first among today's prompts in student mode and "
                                     "on students' own devices, and on printed journal sheets (Print journal "
                                     "sheets…, Ctrl+Shift+J in the main window). Next session, a step debriefs it."),
    ) if part)


def debrief_script(challenge: Challenge) -> str:
    questions = "\n".join(f"- {q}" for q in challenge.debrief)
    return "\n\n".join(part for part in (
        translate("challenge_steps", "Say: \"Last week's challenge was {title}. Whether you did every day, one day "
                                     "or none, you have something to add: what made it easy or hard is worth hearing "
                                     "too. Nobody has to share what they wrote in their check-ins; they stay "
                                     "private.\"").format(title=challenge.title),
        translate("challenge_steps", "Ask two or three of these, and let the class talk to a partner first:\n"
                                     "{questions}").format(questions=questions),
        translate("challenge_steps", "The panel below says how many check-ins were written, never by whom. Finish the "
                                     "challenge there when the debrief is done, so its check-ins leave today's "
                                     "prompts."),
    ) if part)
