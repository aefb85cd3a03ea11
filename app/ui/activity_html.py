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
from app.session.progress import past, plan_slides, progress_label
from app.store.sessions import SessionSummary
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.words import words

BROKEN = {"activity": QT_TRANSLATE_NOOP("activity_html", "This activity's file has problems, so it cannot be shown "
                                                          "yet. The rest of the program works as usual."),
          "plan": QT_TRANSLATE_NOOP("activity_html", "This plan's file has problems, so it cannot be shown yet. "
                                                      "The rest of the program works as usual.")}


def _list(items: tuple[str, ...] | list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"


def _para(text: str) -> str:
    return "".join(f"<p>{escape(p.strip())}</p>" for p in text.split("\n\n") if p.strip())


def _minutes(minutes: int) -> str:
    # Translators: a duration, short ("5 min")
    return translate("activity_html", "{minutes} min").format(minutes=minutes)


def minutes_label(activity: Activity) -> str:
    if activity.short_minutes and activity.short_minutes != activity.full_minutes:
        return translate("activity_html", "{minutes} min (short version {short} min)").format(
            minutes=activity.full_minutes, short=activity.short_minutes)
    return _minutes(activity.full_minutes)


def _uses(activity: Activity) -> str:
    """The rhythm pattern and the card deck an activity uses, in one sentence ('' for neither)."""
    rhythm, deck = escape(activity.rhythm or ""), escape(activity.deck or "")
    if rhythm and deck:
        return translate("activity_html", "Uses the rhythm pattern “{rhythm}” and the card deck “{deck}”.").format(
            rhythm=rhythm, deck=deck)
    if rhythm:
        return translate("activity_html", "Uses the rhythm pattern “{rhythm}”.").format(rhythm=rhythm)
    return translate("activity_html", "Uses the card deck “{deck}”.").format(deck=deck) if deck else ""


def activity_html(activity: Activity, curriculum: Curriculum, mine: bool = False) -> str:
    phase = curriculum.phase(activity.phase)
    group = translate("activity_html", "{smallest}–{largest} students").format(smallest=activity.group_min,
                                                                              largest=activity.group_max)
    parts = [f"<h1>{escape(activity.title)}</h1>",
             f"<p class='meta'>{escape(phase.title if phase else activity.phase)} · "
             f"{escape(words(activity.methods))}</p>",
             f"<p class='summary'>{escape(activity.summary)}</p>",
             f"<p class='meta'>{translate('activity_html', 'This is your own copy: edit it with Ctrl+E.')}</p>"
             if mine else
             f"<p class='meta'>{translate('activity_html', 'To adapt this activity, make your own copy with Ctrl+D.')}"
             "</p>",
             "<table>",
             f"<tr><td><b>{translate('activity_html', 'Duration')}</b></td>"
             f"<td>{escape(minutes_label(activity))}</td></tr>",
             f"<tr><td><b>{translate('activity_html', 'Group size')}</b></td><td>{group}</td></tr>",
             f"<tr><td><b>{translate('activity_html', 'Space')}</b></td><td>{escape(activity.space)}</td></tr>",
             "</table>",
             f"<h2>{translate('activity_html', 'Goals')}</h2>", _list(activity.goals),
             f"<h2>{translate('activity_html', 'Materials')}</h2>", _list(activity.materials)]
    if activity.rhythm or activity.deck:
        parts.append(f"<p class='meta'>{_uses(activity)}</p>")
    parts.append(f"<h2>{translate('activity_html', 'Steps')}</h2>")
    projector = translate("activity_html", "On the projector:")
    for number, step in enumerate(activity.steps, start=1):
        short = "" if step.short_minutes == step.minutes else " · " + (
            translate("activity_html", "skipped in the short version") if step.short_minutes == 0 else
            translate("activity_html", "short: {minutes} min").format(minutes=step.short_minutes))
        parts += [f"<h3 class='step'>{number}. {escape(step.title)} "  # i18n: not text
                  f"<span class='minutes'>({_minutes(step.minutes)}{short})</span></h3>",
                  _para(step.script),
                  f"<table width='100%' cellpadding='6'><tr><td class='projector'>{projector}<br>"  # i18n: not text
                  + "<br>".join(escape(line) for line in step.projector) + "</td></tr></table>"]
    parts += [f"<h2>{translate('activity_html', 'Debrief')}</h2>", _list(activity.debrief),
              f"<h2>{translate('activity_html', 'Reflection prompts')}</h2>"]
    parts.append(_list([curriculum.prompts[p].text for p in activity.prompt_ids if p in curriculum.prompts]))
    parts += [f"<h2>{translate('activity_html', 'Wellbeing')}</h2>", _para(activity.wellbeing),
              f"<p><b>{translate('activity_html', 'Passing is always fine:')}</b> {escape(activity.opt_out)}</p>",
              f"<h2>{translate('activity_html', 'Adaptations')}</h2><table>"]
    row = "<tr><td valign='top'><b>{label}</b></td><td>{text}</td></tr>"  # i18n: not text
    parts += [row.format(label=escape(translate("curriculum.model", ADAPTATIONS[key])), text=escape(text))
              for key, text in activity.adaptations]
    parts.append("</table>")
    return "".join(parts)


def broken_html(item: BrokenItem, mine: bool = False) -> str:
    lines = "".join(f"<li class='problem'>{escape(p.format(item.file.parent.parent))}</li>" for p in item.problems)
    why = (translate("activity_html", BROKEN[item.kind]) if item.kind in BROKEN else
           translate("activity_html", "This {kind}'s file has problems, so it cannot be shown yet. The rest of "
                                      "the program works as usual.").format(kind=item.kind))
    fix = (translate("activity_html", "This is your own copy: press Ctrl+E to fix it here.") if mine else
           # Translators: keep the command in <code> as it is
           translate("activity_html", "Fix the file in a text editor, then check it with "
                                      "<code>python -m app validate</code> and restart the app."))
    return (f"<h1>⚠ {escape(item.title)}</h1>"
            f"<p class='summary'>{escape(why)}</p>"
            f"<p class='meta'>{translate('activity_html', 'File: {file}').format(file=escape(str(item.file)))}</p>"
            f"<h2>{translate('activity_html', 'What to fix')}</h2><ul>{lines}</ul>"
            f"<p>{fix}</p>")


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
        rated = (translate("activity_html", "Observation saved (change…)") if session.id in observed else
                 translate("activity_html", "How did it go? (observation…)"))
        progress = progress_label(past(session), slides_of(session.plan_id or ""))
        kind = "done" if progress == "completed" else "partial"
        progress_html = f" · <span class='{kind}'>{escape(progress)}</span>" if progress else ""  # i18n: not text
        # Translators: how many students were in a past session, and how many were not
        attendance = translate("activity_html", "{present} present, {absent} absent").format(
            present=session.present, absent=session.absent)
        rows.append(f"<tr><td><b>{escape(date_text(session.held_on))}</b></td>"  # i18n: not text
                    f"<td>{escape(plan.title if plan else session.plan_id or '—')}{progress_html}</td>"
                    f"<td>{escape(phase.title if phase else session.phase)}</td>"
                    f"<td>{attendance}</td>"
                    f"<td><a href='observe:{escape(session.id)}'>{rated}</a></td></tr>"
                    + (f"<tr><td></td><td colspan='4' class='meta'>{escape(session.notes)}</td></tr>"  # i18n: not text
                       if session.notes.strip() else ""))
    empty = f"<tr><td>{translate('activity_html', 'No sessions yet: press Ctrl+R to run one.')}</td></tr>"
    return (f"<h2>{translate('activity_html', 'Past sessions')}</h2>"
            f"<table>{''.join(rows) or empty}</table>")
