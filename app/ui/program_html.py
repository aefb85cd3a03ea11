"""HTML for session plans and challenges (pure string building, escaped; shown in QTextBrowser)."""

from __future__ import annotations

from html import escape

from app.curriculum import Curriculum
from app.curriculum.model import SessionPlan

PART_TITLES = {"opening": "Welcoming opening", "core": "Core", "reflection": "Reflection",
               "closing": "Optimistic closing", "questionnaire": "Questionnaire"}


def plan_label(plan: SessionPlan) -> str:
    kind = "Advisory period" if plan.kind == "advisory" else "Session"
    return f"{kind} · {plan.minutes} min"


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
        elif item.is_questionnaire:
            what = "After the program" if item.measure == "post" else "Before the program"
            detail = "The class answers: " + escape(", ".join(
                i.title if (i := curriculum.instrument(n)) else n for n in item.instruments))
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
            f"<h2>Running order</h2><table cellpadding='4'>{''.join(rows)}</table>"
            f"<p class='meta'>Total: {plan.minutes} minutes. Click an activity to open its steps.</p>")


def challenges_html(curriculum: Curriculum) -> str:
    parts = ["<h1>Week-long challenges</h1>",
             "<p class='summary'>Something to practise between sessions: five school days, "
             "one short check-in a day. Students choose what to share.</p>"]
    for challenge in curriculum.challenges:
        days = "".join(f"<li><b>Day {n}.</b> {escape(text)}</li>" for n, text in enumerate(challenge.days, 1))
        parts += [f"<h2>{escape(challenge.title)}</h2>", f"<p>{escape(challenge.summary)}</p>",
                  "<p><b>How</b></p><ul>", *(f"<li>{escape(h)}</li>" for h in challenge.how), "</ul>",
                  "<p><b>Daily check-in</b></p><ul>", days, "</ul>"]
    return "".join(parts)
