"""HTML for session plans and challenges (pure string building, escaped; shown in QTextBrowser)."""

from __future__ import annotations

from html import escape

from app.curriculum import Curriculum
from app.curriculum.model import SessionPlan

PART_TITLES = {"opening": "Welcoming opening", "core": "Core", "reflection": "Reflection",
               "closing": "Optimistic closing", "questionnaire": "Questionnaire", "challenge": "Challenge"}


def plan_label(plan: SessionPlan) -> str:
    kind = "Advisory period" if plan.kind == "advisory" else "Session"
    return f"{kind} · {plan.minutes} min"


JOURNAL_MODES = {
    "either": "on the laptop or devices, or on printed journal sheets (Print journal sheets…, Ctrl+Shift+J)",
    "devices": "on the laptop in student mode or on students' devices",
    "paper": "on printed journal sheets (Print journal sheets…, Ctrl+Shift+J)",
    "spoken": "aloud: no writing in this plan",
}


def plan_html(plan: SessionPlan, curriculum: Curriculum, mine: bool = False) -> str:
    phase = curriculum.phase(plan.phase)
    rows, clock = [], 0
    for item in plan.items:
        start = f"{clock // 60}:{clock % 60:02d}" if clock >= 60 else f"{clock} min"
        clock += item.minutes
        if item.activity:
            activity = curriculum.activity(item.activity)
            title = activity.title if activity else item.activity
            variant = " (short version)" if item.variant == "short" else ""
            what = f"<a href='activity:{escape(item.activity)}'>{escape(title)}</a>{variant}"
            detail = escape(activity.summary) if activity else ""
            if item.co_lead:
                detail += f"<br>★ Ambassadors co-lead this, with the leader card “{escape(item.co_lead)}”."
        elif item.is_questionnaire:
            what = "After the program" if item.measure == "post" else "Before the program"
            detail = "The class answers: " + escape(", ".join(
                i.title if (i := curriculum.instrument(n)) else n for n in item.instruments))
        elif item.is_challenge:
            challenge = next((c for c in curriculum.challenges if c.id == item.challenge), None)
            name = challenge.title if challenge else item.challenge
            what = f"{'Launch' if item.step == 'launch' else 'Debrief'}: <a href='challenges:'>{escape(name)}</a>"
            detail = (escape(challenge.summary) if item.step == "launch" and challenge else
                      "How last week's challenge went: a few questions, counts of check-ins, never who.")
        else:
            what = escape(item.title or "Reflection")
            detail = "<br>".join("✎ " + escape(curriculum.prompts[p].text) for p in item.prompt_ids
                                 if p in curriculum.prompts)
        rows.append(f"<tr><td valign='top' class='meta'>{start}</td>"
                    f"<td valign='top'><b>{escape(PART_TITLES.get(item.part, item.part))}</b></td>"
                    f"<td valign='top'>{what} <span class='minutes'>· {item.minutes} min</span>"
                    f"<br><span class='meta'>{detail}</span></td></tr>")
    own = "<p class='meta'>This is your own copy: edit it with Ctrl+E.</p>" if mine else ""
    return (f"<h1>{escape(plan.title)}</h1>"
            f"<p class='meta'>{escape(phase.title if phase else 'Any phase')} · {escape(plan_label(plan))}</p>"
            f"{own}<p class='summary'>{escape(plan.summary)}</p>"
            f"<p class='meta'>Journal time: {escape(JOURNAL_MODES.get(plan.journal, plan.journal))}</p>"
            f"<h2>Running order</h2><table cellpadding='4'>{''.join(rows)}</table>"
            f"<p class='meta'>Total: {plan.minutes} minutes. Click an activity to open its steps.</p>")


def challenges_html(curriculum: Curriculum) -> str:
    parts = ["<h1>Week-long challenges</h1>",
             "<p class='summary'>Something to practise between sessions: five school days, each with its own "
             "small task and a one-line check-in that students find among today's prompts in their journal. "
             "A session plan launches each challenge and the next one debriefs it. Students choose what to "
             "share.</p>"]
    for challenge in curriculum.challenges:
        days = "".join(f"<li><b>Day {n}.</b> {escape(day.task)}<br><i>Check-in:</i> {escape(day.checkin)}</li>"
                       for n, day in enumerate(challenge.days, 1))
        plans = [f"{escape(plan.title)} ({item.step})" for plan in curriculum.plans for item in plan.items
                 if item.is_challenge and item.challenge == challenge.id]
        parts += [f"<h2>{escape(challenge.title)}</h2>", f"<p>{escape(challenge.summary)}</p>",
                  f"<p><b>In the plans:</b> {'; '.join(plans)}</p>" if plans else "",
                  "<p><b>How</b></p><ul>", *(f"<li>{escape(h)}</li>" for h in challenge.how), "</ul>",
                  "<p><b>Launching it in class</b></p>" if challenge.launch else "",
                  *(f"<p>{escape(para)}</p>" for para in challenge.launch.split("\n\n") if para.strip()),
                  "<p><b>Day by day</b></p><ol>", days, "</ol>",
                  "<p><b>Debrief, a session later</b></p><ul>" if challenge.debrief else "",
                  *(f"<li>{escape(q)}</li>" for q in challenge.debrief), "</ul>" if challenge.debrief else ""]
    return "".join(parts)
