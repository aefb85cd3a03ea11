"""HTML for session plans and challenges (pure string building, escaped; shown in QTextBrowser)."""

from __future__ import annotations

from html import escape

from app.curriculum import Curriculum
from app.curriculum.model import SessionPlan
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

PART_TITLES = {"opening": QT_TRANSLATE_NOOP("program_html", "Welcoming opening"),
               "core": QT_TRANSLATE_NOOP("program_html", "Core"),
               "reflection": QT_TRANSLATE_NOOP("program_html", "Reflection"),
               "closing": QT_TRANSLATE_NOOP("program_html", "Optimistic closing"),
               "questionnaire": QT_TRANSLATE_NOOP("program_html", "Questionnaire"),
               "challenge": QT_TRANSLATE_NOOP("program_html", "Challenge")}


def _minutes(minutes: int) -> str:
    # Translators: a duration, short ("5 min")
    return translate("program_html", "{minutes} min").format(minutes=minutes)


def plan_label(plan: SessionPlan) -> str:
    if plan.kind == "advisory":
        # Translators: a short plan for a 15-minute advisory (homeroom) period, and its length
        return translate("program_html", "Advisory period · {minutes} min").format(minutes=plan.minutes)
    return translate("program_html", "Session · {minutes} min").format(minutes=plan.minutes)


# Translators: where and how students write in a plan's journal time
JOURNAL_MODES = {
    "either": QT_TRANSLATE_NOOP("program_html", "Journal time: on the laptop or devices, or on printed journal "
                                                "sheets (Print journal sheets…, Ctrl+Shift+J)"),
    "devices": QT_TRANSLATE_NOOP("program_html", "Journal time: on the laptop in student mode or on students' "
                                                 "devices"),
    "paper": QT_TRANSLATE_NOOP("program_html", "Journal time: on printed journal sheets (Print journal sheets…, "
                                               "Ctrl+Shift+J)"),
    "spoken": QT_TRANSLATE_NOOP("program_html", "Journal time: aloud: no writing in this plan"),
}


def _journal_time(mode: str) -> str:
    if mode in JOURNAL_MODES:
        return translate("program_html", JOURNAL_MODES[mode])
    return translate("program_html", "Journal time: {mode}").format(mode=mode)


def plan_html(plan: SessionPlan, curriculum: Curriculum, mine: bool = False) -> str:
    phase = curriculum.phase(plan.phase)
    rows, clock = [], 0
    for item in plan.items:
        start = f"{clock // 60}:{clock % 60:02d}" if clock >= 60 else _minutes(clock)
        clock += item.minutes
        if item.activity:
            activity = curriculum.activity(item.activity)
            title = activity.title if activity else item.activity
            variant = f" ({translate('program_html', 'short version')})" if item.variant == "short" else ""
            what = f"<a href='activity:{escape(item.activity)}'>{escape(title)}</a>{variant}"
            detail = escape(activity.summary) if activity else ""
            if item.co_lead:
                detail += "<br>★ " + translate(
                    "program_html", "Ambassadors co-lead this, with the leader card “{card}”.").format(
                    card=escape(item.co_lead))
        elif item.is_questionnaire:
            what = (translate("program_html", "After the program") if item.measure == "post" else
                    translate("program_html", "Before the program"))
            detail = translate("program_html", "The class answers: {questionnaires}").format(
                questionnaires=escape(", ".join(i.title if (i := curriculum.instrument(n)) else n
                                                for n in item.instruments)))
        elif item.is_challenge:
            challenge = next((c for c in curriculum.challenges if c.id == item.challenge), None)
            name = challenge.title if challenge else item.challenge
            link = f"<a href='challenges:'>{escape(name)}</a>"
            what = (translate("program_html", "Launch: {challenge}") if item.step == "launch" else
                    translate("program_html", "Debrief: {challenge}")).format(challenge=link)
            detail = (escape(challenge.summary) if item.step == "launch" and challenge else
                      translate("program_html",
                                "How last week's challenge went: a few questions, counts of check-ins, never who."))
        else:
            what = escape(item.title or translate("program_html", "Reflection"))
            detail = "<br>".join("✎ " + escape(curriculum.prompts[p].text) for p in item.prompt_ids
                                 if p in curriculum.prompts)
        part = translate("program_html", PART_TITLES[item.part]) if item.part in PART_TITLES else item.part
        rows.append(f"<tr><td valign='top' class='meta'>{start}</td>"  # i18n: not text
                    f"<td valign='top'><b>{escape(part)}</b></td>"
                    f"<td valign='top'>{what} <span class='minutes'>· {_minutes(item.minutes)}</span>"
                    f"<br><span class='meta'>{detail}</span></td></tr>")
    own = (f"<p class='meta'>{translate('program_html', 'This is your own copy: edit it with Ctrl+E.')}</p>"
           if mine else "")
    phase_title = phase.title if phase else translate("program_html", "Any phase")
    total = translate("program_html", "Total: %n minute(s). Click an activity to open its steps.", None,
                      plan.minutes)
    return (f"<h1>{escape(plan.title)}</h1>"  # i18n: not text
            f"<p class='meta'>{escape(phase_title)} · {escape(plan_label(plan))}</p>"
            f"{own}<p class='summary'>{escape(plan.summary)}</p>"
            f"<p class='meta'>{escape(_journal_time(plan.journal))}</p>"
            f"<h2>{translate('program_html', 'Running order')}</h2><table cellpadding='4'>{''.join(rows)}</table>"
            f"<p class='meta'>{total}</p>")


def _in_plan(title: str, step: str) -> str:
    """A plan that runs a challenge, and which of its steps it runs."""
    if step == "launch":
        return translate("program_html", "{plan} (launch)").format(plan=title)
    if step == "debrief":
        return translate("program_html", "{plan} (debrief)").format(plan=title)
    return f"{title} ({step})"


def challenges_html(curriculum: Curriculum) -> str:
    parts = [f"<h1>{translate('program_html', 'Week-long challenges')}</h1>",
             "<p class='summary'>"
             + translate("program_html",
                         "Something to practise between sessions: five school days, each with its own small task "
                         "and a one-line check-in that students find among today's prompts in their journal. A "
                         "session plan launches each challenge and the next one debriefs it. Students choose what "
                         "to share.")
             + "</p>"]
    day_label, checkin = translate("program_html", "Day {n}."), translate("program_html", "Check-in:")
    for challenge in curriculum.challenges:
        days = "".join(f"<li><b>{day_label.format(n=n)}</b> {escape(day.task)}<br><i>{checkin}</i> "
                       f"{escape(day.checkin)}</li>"
                       for n, day in enumerate(challenge.days, 1))
        plans = [_in_plan(escape(plan.title), item.step) for plan in curriculum.plans for item in plan.items
                 if item.is_challenge and item.challenge == challenge.id]
        parts += [f"<h2>{escape(challenge.title)}</h2>", f"<p>{escape(challenge.summary)}</p>",
                  f"<p><b>{translate('program_html', 'In the plans:')}</b> {'; '.join(plans)}</p>" if plans else "",
                  f"<p><b>{translate('program_html', 'How')}</b></p><ul>",
                  *(f"<li>{escape(h)}</li>" for h in challenge.how), "</ul>",
                  f"<p><b>{translate('program_html', 'Launching it in class')}</b></p>" if challenge.launch else "",
                  *(f"<p>{escape(para)}</p>" for para in challenge.launch.split("\n\n") if para.strip()),
                  f"<p><b>{translate('program_html', 'Day by day')}</b></p><ol>", days, "</ol>",
                  f"<p><b>{translate('program_html', 'Debrief, a session later')}</b></p><ul>"
                  if challenge.debrief else "",
                  *(f"<li>{escape(q)}</li>" for q in challenge.debrief), "</ul>" if challenge.debrief else ""]
    return "".join(parts)
