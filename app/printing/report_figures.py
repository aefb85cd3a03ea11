"""The figures of a class report as plain data: what the PDF prints and what `report class --json` writes.

One function builds both, so the JSON and the PDF can never disagree. There is no reportlab here, and no
student name except the first names under the story-wall quotes the facilitator chose: attendance is
summarised (a median), and each student's before and after scores go out as anonymous pairs, sorted by value.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from datetime import date
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.measure.data import ClassReport, Dose
from app.measure.results import DEMO, ClassResults, SubscaleResult
from app.measure.stats import CAVEAT, mean_sd
from app.measure.wording import date_words

NO_ANSWERS = QT_TRANSLATE_NOOP("printing.report_figures", "There are no questionnaire answers for this class yet, "
                               "so there is nothing to compare.")
HOW_TO_COLLECT = QT_TRANSLATE_NOOP(
    "printing.report_figures",
    "To collect them: before the first session, the students answer a questionnaire (the AMES, or the program's "
    "own Class Check-in), on their devices while the class network runs, or on paper that you type in from the "
    "class page’s “Paper answers…”. After the last session they answer it again. Then make this "
    "report again: it compares each student's two answers.")
FEWEST_DOTS = 5  # below this many pairs one dot is one recognisable student: the averages only
NO_POST = QT_TRANSLATE_NOOP("printing.report_figures", "Only the answers from before the program are in. After the "
                            "last session, collect the “after” answers the same way, then make this report again.")


def long_date(day: date) -> str:
    """Like "27 November 2026" ("27 de noviembre de 2026" in Spanish): the language in use's month names (the
    table in app.measure.wording), never the machine's locale."""
    return date_words(day)


def report_figures(report: ClassReport, day: date) -> dict[str, Any]:
    """Everything the report shows, as JSON-ready values (floats unrounded, None where a figure is undefined)."""
    return {
        "class": report.class_name,
        "date": day.isoformat(),
        "demo": report.demo,
        "demo_notice": translate("measure.results", DEMO) if report.demo else None,
        "no_answers": None if report.results else translate("printing.report_figures", NO_ANSWERS),
        "how_to_collect": None if report.results else translate("printing.report_figures", HOW_TO_COLLECT),
        "questionnaires": [questionnaire_figures(results) for results in report.results],
        "dose": dose_figures(report.dose),
        "quotes": [{"entry_id": q.entry_id, "name": q.name, "text": q.text} for q in report.quotes],
    }


def questionnaire_figures(results: ClassResults) -> dict[str, Any]:
    instrument = results.instrument
    low, high = min(instrument.values), max(instrument.values)
    if instrument.validated:
        about = translate("printing.report_figures", "A validated scale, asked word for word as its authors publish "
                          "it: %n question(s) answered on a {low}–{high} scale ({low_label} … {high_label}).", None,
                          len(instrument.items))
    elif instrument.translated:
        about = translate("printing.report_figures", "A translation of a published scale, not validated in this "
                          "language: %n question(s) answered on a {low}–{high} scale ({low_label} … {high_label}).",
                          None, len(instrument.items))
    else:
        about = translate("printing.report_figures", "The program's own questions, not validated: %n question(s) "
                          "answered on a {low}–{high} scale ({low_label} … {high_label}).", None, len(instrument.items))
    about = about.format(low=low, high=high, low_label=instrument.labels[0], high_label=instrument.labels[-1])
    return {
        "id": instrument.id,
        "title": instrument.title,
        "validated": instrument.validated,
        "about": about,
        "citation": instrument.citation or None,
        "scale": {"min": low, "max": high, "labels": list(instrument.labels)},
        "counted": results.counted,
        "answered_pre": results.answered_pre,
        "answered_post": results.answered_post,
        "note": translate("printing.report_figures", NO_POST) if results.answered_pre and not results.answered_post
        else None,
        "subscales": [_subscale(result) for result in results.subscales],
        "caveats": _caveats(results.caveats),
    }


def _caveats(caveats: tuple[str, ...]) -> list[str]:
    """All of them; the one about cause goes first after the demo notice, as it matters most to a reader."""
    first = (translate("measure.results", DEMO), translate("measure.stats", CAVEAT))
    ordered = [c for c in caveats if c in first] + [c for c in caveats if c not in first]
    return list(dict.fromkeys(ordered))


def _subscale(result: SubscaleResult) -> dict[str, Any]:
    """One subscale's figures. Below 10 paired students only the description is given (app.measure.stats says
    why): the interval, d_z and p are left out here, so neither the PDF nor the JSON suggests more than that."""
    change = result.change
    infer = not change.descriptive_only
    both = sorted(result.pre.keys() & result.post.keys())
    return {
        "id": result.subscale.id,
        "title": result.subscale.title,
        "explain": result.subscale.explain,
        "sentence": result.sentence,
        "n": change.n,
        "pre_mean": change.pre_mean,
        "pre_sd": change.pre_sd,
        "post_mean": change.post_mean,
        "post_sd": change.post_sd,
        "change_mean": change.change_mean,
        "change_sd": change.change_sd,
        "change_ci": list(change.change_ci) if infer and change.change_ci else None,
        "dz": change.dz if infer else None,
        "dz_ci": list(change.dz_ci) if infer and change.dz_ci else None,
        "wilcoxon_p": change.wilcoxon_p if infer else None,
        "alpha_pre": result.alpha_pre,
        "alpha_post": result.alpha_post,
        "descriptive_only": change.descriptive_only,
        # anonymous: sorted by the scores themselves, so the order says nothing about who is who; and none at all
        # for a handful of students, where a dot would be a person
        "pairs": sorted([result.pre[s], result.post[s]] for s in both) if len(both) >= FEWEST_DOTS else [],
        "only_pre": len(result.pre.keys() - result.post.keys()),
        "only_post": len(result.post.keys() - result.pre.keys()),
        # each round on its own, everyone who answered it: where the class stands before any pair exists
        "before": _round(result.pre.values()),
        "after": _round(result.post.values()),
    }


def _round(scores: Iterable[float]) -> dict[str, Any]:
    values = list(scores)
    mean, sd = mean_sd(values)
    return {"n": len(values), "mean": mean, "sd": sd}


def dose_figures(dose: Dose) -> dict[str, Any]:
    attended = [count for _, count in dose.attendance]
    return {
        "sessions": dose.sessions,
        "planned_minutes": dose.minutes,
        "activities": dose.activities,
        "students": len(attended),
        "took_part": sum(1 for count in attended if count),
        "median_sessions_attended": statistics.median(attended) if attended else None,
        "togetherness": [{"date": day, "togetherness": value} for day, value in dose.togetherness],
    }
