"""One function per kind of curriculum file: a Reader in, a frozen object out.

Cross-file checks (references, duplicate ids, plan minutes) live in loader.py, since they
need everything loaded first.
"""

from __future__ import annotations

from app.curriculum.fields import Reader, shown
from app.curriculum.limits import ID_MAX, LINE_MAX, LONG_TEXT_MAX, TITLE_MAX
from app.curriculum.model import (
    ADAPTATIONS,
    CHALLENGE,
    CHALLENGE_DAYS,
    CHALLENGE_MINUTES,
    CHALLENGE_STEPS,
    JOURNAL_MODES,
    LEVELS,
    MEASURES,
    METHODS,
    OPTIONAL_ADAPTATIONS,
    PLAN_MINUTES,
    PLAN_PARTS,
    PROJECTOR_LINE_MAX,
    QUESTIONNAIRE,
    QUESTIONNAIRE_MINUTES,
    Activity,
    Card,
    Challenge,
    ChallengeDay,
    Deck,
    Phase,
    PlanItem,
    Prompt,
    SessionPlan,
    Step,
)
from app.curriculum.parse_rhythm import parse_rhythm as parse_rhythm  # one import place for loader.py
from app.i18n import QT_TRANSLATE_NOOP, translate

MAX_MINUTES = 240
PLAN_LENGTH = {   # (kind, one length only?) → what a plan's minutes should be: translate("curriculum.parse", …)
    ("session", False): QT_TRANSLATE_NOOP("curriculum.parse", "expected {low}–{high} minutes for a session plan, "
                                          "found {found}"),
    ("session", True): QT_TRANSLATE_NOOP("curriculum.parse", "expected exactly {low} minutes for a session plan, "
                                         "found {found}"),
    ("advisory", False): QT_TRANSLATE_NOOP("curriculum.parse", "expected {low}–{high} minutes for an advisory plan, "
                                           "found {found}"),
    ("advisory", True): QT_TRANSLATE_NOOP("curriculum.parse", "expected exactly {low} minutes for an advisory plan, "
                                          "found {found}"),
}


def parse_phase(r: Reader) -> Phase:
    phase = Phase(id=r.ident(), title=r.text("title", max_len=40), tagline=r.text("tagline", max_len=LINE_MAX),
                  summary=r.text("summary"), colour=r.text("colour", max_len=LINE_MAX))
    if phase.colour and not (len(phase.colour) == 7 and phase.colour.startswith("#")):
        r.report("colour", translate("curriculum.parse", "expected a colour like \"#D9643A\", found {value}").format(
            value=shown(phase.colour)))
    r.finish()
    return phase


def _step(r: Reader) -> Step:
    minutes = r.integer("minutes", 1, MAX_MINUTES)
    short = r.integer("short_minutes", 0, MAX_MINUTES, required=False, default=minutes)
    step = Step(title=r.text("title", max_len=TITLE_MAX), minutes=minutes, short_minutes=short,
                script=r.text("script", max_len=LONG_TEXT_MAX),
                projector=r.texts("projector", min_items=1, max_len=PROJECTOR_LINE_MAX))
    if short > minutes:
        r.report("short_minutes", translate("curriculum.parse", "expected at most the full step's {full} minutes, "
                                                                "found {found}").format(full=minutes, found=short))
    r.finish()
    return step


def parse_activity(r: Reader, phases: tuple[str, ...], folder_phase: str) -> Activity:
    activity_id = r.ident()
    title = r.text("title", max_len=60)
    phase = r.choice("phase", phases, default=folder_phase)
    if phase and phase != folder_phase:
        r.report("phase", translate("curriculum.parse", "expected {phase}, the phase of the folder the file is in"
                                    ).format(phase=repr(folder_phase)))
    methods = r.texts("methods", min_items=1, options=METHODS)
    summary = r.text("summary")
    short = full = 0
    duration = r.table("duration")
    if duration:
        short = duration.integer("short", 1, MAX_MINUTES)
        full = duration.integer("full", 1, MAX_MINUTES)
        if short > full:
            duration.report("short", translate("curriculum.parse", "expected at most the full {full} minutes, "
                                                               "found {found}").format(full=full, found=short))
        duration.finish()
    group_min = group_max = 0
    group = r.table("group_size")
    if group:
        group_min = group.integer("min", 1, 200)
        group_max = group.integer("max", 1, 200)
        if group_min > group_max:
            group.report("min", translate("curriculum.parse", "expected at most max ({most}), found {found}").format(
                most=group_max, found=group_min))
        group.finish()
    space = r.text("space", max_len=LINE_MAX)
    materials = r.texts("materials", min_items=1)
    goals = r.texts("goals", min_items=1)
    prompt_ids = r.texts("prompts", min_items=3, max_len=ID_MAX)
    debrief = r.texts("debrief", min_items=1)
    wellbeing = r.text("wellbeing")
    opt_out = r.text("opt_out")
    rhythm = r.optional_ident("rhythm")
    deck = r.optional_ident("deck")
    adaptations: list[tuple[str, str]] = []
    table = r.table("adaptations")
    if table:
        adaptations = [(key, table.text(key, required=key not in OPTIONAL_ADAPTATIONS)) for key in ADAPTATIONS]
        adaptations = [(key, text) for key, text in adaptations if text]
        table.finish()
    steps = tuple(_step(s) for s in r.tables("step"))
    if steps and full and sum(s.minutes for s in steps) != full:
        r.report("step", translate("curriculum.parse", "expected step minutes to add up to duration.full ({full}), "
                                   "they add up to {total}").format(full=full, total=sum(s.minutes for s in steps)))
    if steps and short and sum(s.short_minutes for s in steps) != short:
        r.report("step", translate("curriculum.parse", "expected step short_minutes to add up to duration.short "
                                   "({short}), they add up to {total}").format(
            short=short, total=sum(s.short_minutes for s in steps)))
    r.finish()
    return Activity(
        id=activity_id, title=title, phase=phase, methods=methods, summary=summary,
        short_minutes=short, full_minutes=full, group_min=group_min, group_max=group_max,
        space=space, materials=materials, goals=goals, steps=steps, prompt_ids=prompt_ids,
        debrief=debrief, wellbeing=wellbeing, opt_out=opt_out, adaptations=tuple(adaptations),
        rhythm=rhythm, deck=deck, file=r.source.file,
    )


def parse_prompt(r: Reader, phases: tuple[str, ...]) -> Prompt:
    prompt = Prompt(id=r.ident(), text=r.text("text", max_len=240), phase=r.choice("phase", (*phases, "any")),
                    methods=r.texts("methods", required=False, options=METHODS),
                    level=r.choice("level", LEVELS))
    r.finish()
    return prompt


def parse_plan(r: Reader, phases: tuple[str, ...]) -> SessionPlan:
    plan_id = r.ident()
    title = r.text("title", max_len=TITLE_MAX)
    phase = r.choice("phase", (*phases, "any"))
    kind = r.choice("kind", ("session", "advisory"))
    number = r.integer("number", 1, 99, required=False, default=0) or None
    minutes = r.integer("minutes", 5, MAX_MINUTES)
    summary = r.text("summary")
    journal = r.choice("journal", JOURNAL_MODES, required=False, default="either")
    items = [_plan_item(item) for item in r.tables("item")]
    if items and kind and all(i.part for i in items):
        _check_plan_shape(r, kind, minutes, items)
    total = sum(i.minutes for i in items)
    if items and minutes and total != minutes:
        r.report("minutes", translate("curriculum.parse", "expected the items' minutes to add up to {minutes}, they "
                                      "add up to {total}").format(minutes=minutes, total=total))
    r.finish()
    return SessionPlan(id=plan_id, title=title, phase=phase, kind=kind, number=number, minutes=minutes,
                       summary=summary, items=tuple(items), file=r.source.file, journal=journal)


def _plan_item(r: Reader) -> PlanItem:
    part = r.choice("part", (*PLAN_PARTS, QUESTIONNAIRE, CHALLENGE))
    minutes = r.integer("minutes", 1, MAX_MINUTES)
    if part == QUESTIONNAIRE:
        item = _questionnaire_item(r, minutes)
    elif part == CHALLENGE:
        item = _challenge_item(r, minutes)
    elif "activity" in r.data or "prompts" not in r.data:
        item = PlanItem(part=part, minutes=minutes, activity=r.ident("activity"),
                        variant=r.choice("variant", ("full", "short"), default="full"),
                        co_lead=r.text("co_lead", required=False, max_len=60))
    else:
        item = PlanItem(part=part, minutes=minutes, title=r.text("title", max_len=TITLE_MAX),
                        prompt_ids=r.texts("prompts", min_items=1, max_len=ID_MAX))
    r.finish()
    return item


def _questionnaire_item(r: Reader, minutes: int) -> PlanItem:
    """Which questionnaires the class answers here, and whether before or after the program. Whether the
    instruments exist is checked with the other references, once every instrument is loaded."""
    low, high = QUESTIONNAIRE_MINUTES
    if minutes and not low <= minutes <= high:
        r.report("minutes", translate("curriculum.parse", "expected {low}–{high} minutes for a questionnaire (time "
                                      "to explain it, answer and collect the sheets), found {found}").format(
            low=low, high=high, found=minutes))
    measure = r.choice("measure", MEASURES)
    instruments = r.texts("instruments", min_items=1, max_len=ID_MAX)
    for index, instrument in enumerate(instruments):
        if instrument in instruments[:index]:
            r.source.report((*r.path, "instruments", index), translate(
                "curriculum.parse", "expected each questionnaire once; {id} is already in the list").format(
                id=shown(instrument)))
    return PlanItem(part=QUESTIONNAIRE, minutes=minutes, measure=measure, instruments=instruments)


def _challenge_item(r: Reader, minutes: int) -> PlanItem:
    """A few minutes to launch a week-long challenge, or to debrief it a session later. Whether the
    challenge exists, and whether each launch has a later debrief, is checked once every plan is loaded."""
    low, high = CHALLENGE_MINUTES
    if minutes and not low <= minutes <= high:
        r.report("minutes", translate("curriculum.parse", "expected {low}–{high} minutes to launch or debrief a "
                                      "challenge, found {found}").format(low=low, high=high, found=minutes))
    return PlanItem(part=CHALLENGE, minutes=minutes, challenge=r.ident("challenge"),
                    step=r.choice("step", CHALLENGE_STEPS))


def _check_plan_shape(r: Reader, kind: str, minutes: int, items: list[PlanItem]) -> None:
    """Welcoming opening → core → reflection → optimistic closing, in the time a school gives. A
    questionnaire item may stand anywhere (usually first, as a calm start): the shape is of the rest."""
    low, high = PLAN_MINUTES[kind]
    if minutes and not low <= minutes <= high:
        r.report("minutes", translate("curriculum.parse", PLAN_LENGTH[kind, low == high]).format(
            low=low, high=high, found=minutes))
    shaped = [n for n, item in enumerate(items) if not item.is_questionnaire and not item.is_challenge]
    if not shaped:
        r.report("item", translate("curriculum.parse", "expected an opening, a core, a reflection and a closing item "
                                   "besides the questionnaire"))
        return
    first, last = shaped[0], shaped[-1]
    if items[first].part != "opening":
        r.source.report((*r.path, "item", first, "part"), translate(
            "curriculum.parse", "expected the first item to be the opening, found {part}").format(
            part=shown(items[first].part)))
    if items[last].part != "closing":
        r.source.report((*r.path, "item", last, "part"), translate(
            "curriculum.parse", "expected the last item to be the closing, found {part}").format(
            part=shown(items[last].part)))
    if not any(i.part == "reflection" for i in items):
        r.report("item", translate("curriculum.parse", "expected at least one item with part = \"reflection\""))


CHECKIN_MAX = 140   # one line on a phone, in a journal's prompt list and on a printed sheet


def parse_challenge(r: Reader) -> Challenge:
    """Five school days, each with that day's task and its one-line check-in. An older file's `days`
    (check-in questions with no task) still loads, reported, so a facilitator's own copy keeps working."""
    ident, title, summary = r.ident(), r.text("title", max_len=TITLE_MAX), r.text("summary")
    how = r.texts("how", min_items=1)
    launch = r.text("launch", max_len=LONG_TEXT_MAX)
    debrief = r.texts("debrief", min_items=2)
    for index, question in enumerate(debrief):
        if not question.endswith("?"):
            r.source.report((*r.path, "debrief", index), translate("curriculum.parse", "expected a question, ending "
                                                                                   "with '?'"))
    if "days" in r.data and "day" not in r.data:
        days = tuple(ChallengeDay(task="", checkin=q) for q in r.texts("days", min_items=1))
        r.report("days", translate("curriculum.parse", "expected [[day]] tables, each with that day's task and its "
                                   "check-in (task = \"…\", checkin = \"…\"); a question alone is no task"))
    else:
        days = []
        for d in r.tables("day", min_items=CHALLENGE_DAYS):
            days.append(ChallengeDay(task=d.text("task", max_len=LINE_MAX), checkin=d.text("checkin",
                                                                                          max_len=CHECKIN_MAX)))
            d.finish()
        days = tuple(days)
    if len(days) > CHALLENGE_DAYS:
        r.report("day", translate("curriculum.parse", "expected exactly {count} days (a school week), found {found}"
                                  ).format(count=CHALLENGE_DAYS, found=len(days)))
    r.finish()
    return Challenge(id=ident, title=title, summary=summary, how=how, days=days, launch=launch, debrief=debrief)


def parse_deck(r: Reader) -> Deck:
    deck_id, title, description = r.ident(), r.text("title", max_len=TITLE_MAX), r.text("description")
    cards = []
    for c in r.tables("card"):
        cards.append(Card(title=c.text("title", max_len=60), text=c.text("text"),
                          role=c.text("role", required=False) or None,
                          audience=c.texts("audience", required=False),
                          intensity=c.integer("intensity", 1, 3, default=1),
                          content_notes=c.texts("content_notes", required=False)))
        c.finish()
    r.finish()
    return Deck(id=deck_id, title=title, description=description, cards=tuple(cards))
