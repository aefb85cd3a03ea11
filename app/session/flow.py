"""A session plan as the sequence of slides a facilitator steps through (pure: no Qt, no SQLite).

Each slide carries what the projector may show (heading and short lines) apart from what only
the facilitator sees (script), so the projector view cannot show the wrong thing by accident.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace

from app.curriculum import Curriculum
from app.curriculum.model import PlanItem, SessionPlan
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.session.challenge_steps import challenge_slide
from app.session.slide import Slide


def build_slides(plan: SessionPlan, curriculum: Curriculum) -> tuple[Slide, ...]:
    slides = [Slide("welcome", translate("session_flow", "Welcome"), (plan.title,),
                    translate("session_flow", "Welcome slide"),
                    translate("session_flow", "Show this while the class arrives. Start the first step when "
                                              "everyone is settled."), 0)]
    for item in plan.items:
        if item.is_questionnaire:
            slides.append(questionnaire_slide(item, curriculum))
            continue
        if item.is_challenge:
            if (slide := challenge_slide(item, curriculum)) is not None:
                slides.append(slide)
            continue
        if item.activity is None:
            prompts = tuple(curriculum.prompts[p].text for p in item.prompt_ids if p in curriculum.prompts)
            title = item.title or translate("session_flow", "Reflection")
            script = (translate("session_flow", "Quiet writing time. Students choose one prompt, or write freely. "
                                                "Nobody has to share; private stays private.")
                      + "\n\n" + translate("session_flow", JOURNAL_WHERE.get(plan.journal, JOURNAL_WHERE["either"])))
            slides.append(Slide("reflection", title, prompts or (translate("session_flow", "Write or draw."),),
                                title, script, item.minutes, item.part))
            continue
        activity = curriculum.activity(item.activity)
        if activity is None:
            continue
        lead = co_lead_note(item, curriculum)
        for step in activity.steps:
            minutes = step.minutes if item.variant == "full" else step.short_minutes
            if minutes == 0:
                continue
            script = f"{lead}\n\n{step.script}" if lead else step.script
            lead = ""   # said once, on the part's first step
            slides.append(Slide("step", activity.title, step.projector, step.title, script, minutes,
                                item.part, activity.id))
    slides.append(Slide("end", translate("session_flow", "Thank you"),
                        (translate("session_flow", "See you next time."),),
                        translate("session_flow", "End of the session"),
                        translate("session_flow", "Thank the class. Save any notes, then close the session."), 0))
    return tuple(slides)


def co_lead_note(item: PlanItem, curriculum: Curriculum) -> str:
    """The ambassadors' part, at the top of the first step they co-lead: their leader card, word for word."""
    if not item.co_lead:
        return ""
    card = next((c for d in curriculum.decks if d.id == "leaders" for c in d.cards if c.title == item.co_lead), None)
    if card:
        return translate("session_flow", "★ Ambassadors co-lead this part, with the leader card “{card}”. The card "
                                         "says: {words} Stand beside them: the pass, safety and anything that goes "
                                         "wrong stay yours (card up means hand back).").format(card=item.co_lead,
                                                                                              words=card.text)
    return translate("session_flow", "★ Ambassadors co-lead this part, with the leader card “{card}”. Stand beside "
                                     "them: the pass, safety and anything that goes wrong stay yours (card up means "
                                     "hand back).").format(card=item.co_lead)


# Where a reflection's writing happens, by the plan's journal setting (translated where it is shown).
JOURNAL_WHERE = {
    "either": QT_TRANSLATE_NOOP("session_flow", "Students write in student mode on this laptop, on their own devices "
                                "(the class page shows the same prompts), or on printed journal sheets: Print journal "
                                "sheets… (Ctrl+Shift+J) in the main window, before the session."),
    "devices": QT_TRANSLATE_NOOP("session_flow", "Students write on their own devices (the class page shows these "
                                 "prompts) or in student mode on this laptop, passed round."),
    "paper": QT_TRANSLATE_NOOP("session_flow", "Hand out the printed journal sheets (Print journal sheets…, "
                               "Ctrl+Shift+J in the main window, before the session). Collect them only if students "
                               "chose to let you read them; the rest go home."),
    "spoken": QT_TRANSLATE_NOOP("session_flow", "No writing today: read one prompt aloud, give thirty seconds to "
                                "think, and let students tell a partner if they want to."),
}
QUESTIONNAIRE_HEADING = QT_TRANSLATE_NOOP("session_flow", "A short questionnaire")
NUMBER_WORDS = {2: QT_TRANSLATE_NOOP("session_flow", "two"), 3: QT_TRANSLATE_NOOP("session_flow", "three"),
                4: QT_TRANSLATE_NOOP("session_flow", "four")}
NO_DEVICE_LINE = QT_TRANSLATE_NOOP("session_flow", "No device? The laptop comes round to you, or take a paper sheet.")


def questionnaire_lines(measure: str, address: str = "", code: str = "") -> tuple[str, ...]:
    """What the class reads: calm, the pass, privacy, and where to answer (the join address once the class
    is open to devices; before that, only that it is on their class page)."""
    if address and code:
        where = translate("session_flow", "On your phone, tablet or Chromebook: open {address} · code {code}").format(
            address=address, code=code)
    elif address:
        where = translate("session_flow", "On your phone, tablet or Chromebook: open {address}").format(address=address)
    else:
        where = translate("session_flow", "On your phone, tablet or Chromebook: it is on your class page.")
    first = (translate("session_flow", "The same questions as in our first session: how are things now?")
             if measure == "post" else translate("session_flow", "Some questions about you and this class, right now."))
    return (first, translate("session_flow", "There are no right or wrong answers, and nobody gets a mark."),
            translate("session_flow", "You can skip any question. Nobody in the class sees your answers."), where,
            translate("session_flow", NO_DEVICE_LINE))


def with_join(slide: Slide, addresses: list[str], code: str) -> Slide:
    """The slide as the class sees it now: a questionnaire slide names the address to answer at."""
    if slide.kind != "questionnaire":
        return slide
    return replace(slide, lines=questionnaire_lines(slide.measure, addresses[0] if addresses else "", code))


def questionnaire_slide(item: PlanItem, curriculum: Curriculum) -> Slide:
    validated = [i.title for n in item.instruments if (i := curriculum.instrument(n)) and i.validated]
    when = (translate("session_flow", "After the program") if item.measure == "post"
            else translate("session_flow", "Before the program"))
    return Slide("questionnaire", translate("session_flow", QUESTIONNAIRE_HEADING), questionnaire_lines(item.measure),
                 when,
                 _questionnaire_script(item, len(item.instruments), validated), item.minutes,
                 item.part, measure=item.measure, instruments=item.instruments)


def _questionnaire_script(item: PlanItem, count: int, validated: list[str]) -> str:
    """What a facilitator says and does: why we ask, the pass, privacy, then where to answer. The words for
    the class are the program's; a skilled facilitator says them in their own voice."""
    if count > 1:
        number = translate("session_flow", NUMBER_WORDS[count]) if count in NUMBER_WORDS else str(count)
        calm = translate("session_flow", "Keep the room calm: students stay at their desks, or sit where they can "
                                         "answer quietly. There are {number} short questionnaires, one after the "
                                         "other, about {minutes} minutes in all.").format(number=number,
                                                                                          minutes=item.minutes)
        open_it = translate("session_flow", "Then open it below (Open to students): it appears on the class page of "
                                            "every joined device. Show the join card (J) if devices still have to "
                                            "join. Hand paper sheets to anyone who prefers paper, and take the laptop "
                                            "in student mode to anyone without a device. Only one is open at a time: "
                                            "when most have finished the first, open the next (give the slowest "
                                            "readers a moment first).")
    else:
        calm = translate("session_flow", "Keep the room calm: students stay at their desks, or sit where they can "
                                         "answer quietly. This is a short questionnaire, about {minutes} minutes in "
                                         "all.").format(minutes=item.minutes)
        open_it = translate("session_flow", "Then open it below (Open to students): it appears on the class page of "
                                            "every joined device. Show the join card (J) if devices still have to "
                                            "join. Hand paper sheets to anyone who prefers paper, and take the laptop "
                                            "in student mode to anyone without a device.")
    if item.measure == "post":
        why = translate("session_flow", "Say: \"In our very first session you answered some questions about "
                                        "yourselves and this class. Now that we have come to the end of the program, "
                                        "we answer the same questions again, so we can see what has changed — for the "
                                        "class as a whole, not for any one person. Answer for how things are now, not "
                                        "how you remember answering last time.\"")
    else:
        why = translate("session_flow", "Say: \"Before we begin, I'd like to know how things are for you right now: "
                                        "how you notice other people, and how it feels to be in this class. At the "
                                        "end of the program we'll answer the same questions again, so we can see "
                                        "together whether these sessions made a difference. That only works if you "
                                        "answer honestly — the way it really is, not the way you think it should "
                                        "be.\"")
    parts = [
        calm,
        why,
        translate("session_flow", "Say: \"There are no right or wrong answers, and nobody gets a mark. You can skip "
                                  "any question: in this program you always have a pass. Nobody in the class sees "
                                  "your answers. If you answer on paper, I am the only one who sees the sheet, when I "
                                  "type it in, and the results are only ever shown for the whole class.\""),
        open_it,
        translate("session_flow", "While they answer, stay quiet and close by. If someone asks what a word means, "
                                  "explain the word, never which answer to give. A student who does not want to "
                                  "answer at all does not have to: take a blank sheet back without comment. Anyone "
                                  "who finishes early can draw or read."),
        translate("session_flow", "When most are done, close it (Close questionnaire), collect the sheets face down, "
                                  "and thank the class: \"Thank you. That helps us make these sessions better.\" "
                                  "Type the paper answers in after the session (Type in paper answers…)."),
    ]
    for title in validated:
        parts.insert(3, translate("session_flow", "{title} is a published research questionnaire: if you read its "
                                                  "questions aloud, read them word for word, and explain a word only "
                                                  "when asked.").format(title=title))
    return "\n\n".join(parts)


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
