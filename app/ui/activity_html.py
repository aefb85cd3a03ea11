"""HTML for the read-only detail pages (activity, broken file, class).

Pure string building (no Qt), so it is tested without a screen; QTextBrowser shows it, styled by the theme's
document stylesheet (app/ui/theme.style_document): the HTML names what a part is (`meta`, `summary`, `minutes`,
`projector`, `problem`, `done`, `partial`), never a colour or a size. Everything from files or the database is
escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from html import escape

from app.curriculum import Activity, BrokenItem, Curriculum
from app.curriculum.model import ADAPTATIONS
from app.session_progress import past, plan_slides, progress_label
from app.store.sessions import SessionSummary


def _list(items: tuple[str, ...] | list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"


def _para(text: str) -> str:
    return "".join(f"<p>{escape(p.strip())}</p>" for p in text.split("\n\n") if p.strip())


def minutes_label(activity: Activity) -> str:
    if activity.short_minutes and activity.short_minutes != activity.full_minutes:
        return f"{activity.full_minutes} min (short version {activity.short_minutes} min)"
    return f"{activity.full_minutes} min"


def activity_html(activity: Activity, curriculum: Curriculum, mine: bool = False) -> str:
    phase = curriculum.phase(activity.phase)
    parts = [f"<h1>{escape(activity.title)}</h1>",
             f"<p class='meta'>{escape(phase.title if phase else activity.phase)} · "
             f"{escape(', '.join(activity.methods))}</p>",
             f"<p class='summary'>{escape(activity.summary)}</p>",
             "<p class='meta'>This is your own copy: edit it with Ctrl+E.</p>" if mine else
             "<p class='meta'>To adapt this activity, make your own copy with Ctrl+D.</p>",
             "<table>",
             f"<tr><td><b>Duration</b></td><td>{escape(minutes_label(activity))}</td></tr>",
             f"<tr><td><b>Group size</b></td><td>{activity.group_min}–{activity.group_max} students</td></tr>",
             f"<tr><td><b>Space</b></td><td>{escape(activity.space)}</td></tr>",
             "</table>",
             "<h2>Goals</h2>", _list(activity.goals),
             "<h2>Materials</h2>", _list(activity.materials)]
    if activity.rhythm or activity.deck:
        uses = [f"rhythm pattern “{escape(activity.rhythm)}”"] if activity.rhythm else []
        uses += [f"card deck “{escape(activity.deck)}”"] if activity.deck else []
        parts.append(f"<p class='meta'>Uses the {' and the '.join(uses)}.</p>")
    parts.append("<h2>Steps</h2>")
    for number, step in enumerate(activity.steps, start=1):
        short = "" if step.short_minutes == step.minutes else (
            " · skipped in the short version" if step.short_minutes == 0 else f" · short: {step.short_minutes} min")
        parts += [f"<h3 class='step'>{number}. {escape(step.title)} "
                  f"<span class='minutes'>({step.minutes} min{short})</span></h3>",
                  _para(step.script),
                  "<table width='100%' cellpadding='6'><tr><td class='projector'>On the projector:<br>"
                  + "<br>".join(escape(line) for line in step.projector) + "</td></tr></table>"]
    parts += ["<h2>Debrief</h2>", _list(activity.debrief), "<h2>Reflection prompts</h2>"]
    parts.append(_list([curriculum.prompts[p].text for p in activity.prompt_ids if p in curriculum.prompts]))
    parts += ["<h2>Wellbeing</h2>", _para(activity.wellbeing),
              f"<p><b>Passing is always fine:</b> {escape(activity.opt_out)}</p>", "<h2>Adaptations</h2><table>"]
    parts += [f"<tr><td valign='top'><b>{escape(ADAPTATIONS[key])}</b></td><td>{escape(text)}</td></tr>"
              for key, text in activity.adaptations]
    parts.append("</table>")
    return "".join(parts)


def broken_html(item: BrokenItem, mine: bool = False) -> str:
    lines = "".join(f"<li class='problem'>{escape(p.format(item.file.parent.parent))}</li>" for p in item.problems)
    return (f"<h1>⚠ {escape(item.title)}</h1>"
            f"<p class='summary'>This {escape(item.kind)}'s file has problems, so it cannot be shown yet. "
            f"The rest of the program works as usual.</p>"
            f"<p class='meta'>File: {escape(str(item.file))}</p><h2>What to fix</h2><ul>{lines}</ul>"
            + ("<p>This is your own copy: press Ctrl+E to fix it here.</p>" if mine else
               "<p>Fix the file in a text editor, then check it with <code>python -m app validate</code> "
               "and restart the app.</p>"))


def sessions_html(sessions: list[SessionSummary], curriculum: Curriculum, observed: Collection[str] = (), *,
                  date_text: Callable[[str], str] = str) -> str:
    """A class's past sessions, newest first: the day (`date_text` writes it in the facilitator's language), the
    plan and how far it got ("completed" only when its last core step was reached, else "ended at step 5 of
    19"), attendance figures and the facilitator's notes (console only), each with a link to the after-session
    observation (`observe:SESSION_ID`), for a session whose offer was skipped."""
    slides_of = plan_slides(curriculum)
    rows = []
    for session in sessions:
        phase = curriculum.phase(session.phase)
        plan = curriculum.plan(session.plan_id or "")
        rated = "Observation saved (change…)" if session.id in observed else "How did it go? (observation…)"
        progress = progress_label(past(session), slides_of(session.plan_id or ""))
        kind = "done" if progress == "completed" else "partial"
        progress_html = f" · <span class='{kind}'>{escape(progress)}</span>" if progress else ""
        rows.append(f"<tr><td><b>{escape(date_text(session.held_on))}</b></td>"
                    f"<td>{escape(plan.title if plan else session.plan_id or '—')}{progress_html}</td>"
                    f"<td>{escape(phase.title if phase else session.phase)}</td>"
                    f"<td>{session.present} present, {session.absent} absent</td>"
                    f"<td><a href='observe:{escape(session.id)}'>{rated}</a></td></tr>"
                    + (f"<tr><td></td><td colspan='4' class='meta'>{escape(session.notes)}</td></tr>"
                       if session.notes.strip() else ""))
    return ("<h2>Past sessions</h2>"
            f"<table>{''.join(rows) or '<tr><td>No sessions yet: press Ctrl+R to run one.</td></tr>'}</table>")
