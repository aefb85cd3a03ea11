"""The figures of a program report as plain data: what the PDF prints and what `report program --json` writes.

Like the class report's figures, one function builds both. No student is named anywhere: classes are named,
students are counted, and the pooled chart's dots are anonymous pairs sorted by value.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date
from typing import Any

from app.i18n import translate, whole
from app.measure.program import ProgramClass, ProgramReport
from app.measure.results import DEMO, ClassResults
from app.printing.report_figures import dose_figures, questionnaire_figures

MOST_DOTS = 200


def program_figures(report: ProgramReport, day: date) -> dict[str, Any]:
    names = Counter(c.report.class_name for c in report.classes)
    classes = [_class(c, names[c.report.class_name] > 1) for c in report.classes]
    return {
        "title": translate("printing.program_figures", "Program report"),
        # the footer's name, as in a class report
        "class": translate("printing.program_figures", "%n class(es)", None, len(classes)),
        "date": day.isoformat(),
        "demo": report.demo,
        "demo_notice": translate("measure.results", DEMO) if report.demo else None,
        "bundles": list(report.files),
        "left_out": [{"bundle": name, "why": why} for name, why in report.left_out],
        "classes_count": len(classes),
        "students": sum(c["dose"]["students"] for c in classes),
        "sessions": sum(c["dose"]["sessions"] for c in classes),
        "pooled": [_pooled(result, report.pooled_classes.get(result.instrument.id, 0)) for result in report.pooled],
        "classes": classes,
    }


def _pooled(result: ClassResults, classes: int) -> dict[str, Any]:
    """All classes' students together; above MOST_DOTS pairs a seeded random sample of them is drawn, as a
    thousand dots hide each other (and take seconds to print); every figure is still everyone's."""
    figures = {**questionnaire_figures(result), "classes": classes, "dots_note": None}
    most = max((len(sub["pairs"]) for sub in figures["subscales"]), default=0)
    if most > MOST_DOTS:
        for sub in figures["subscales"]:
            if len(sub["pairs"]) > MOST_DOTS:
                sub["pairs"] = sorted(random.Random(sub["id"]).sample(sub["pairs"], MOST_DOTS))
        figures["dots_note"] = " " + translate(
            "printing.program_figures", "With up to {most} students, {drawn} of them picked at random are drawn, so "
            "the dots stay readable; the averages and every figure are everyone's.").format(most=whole(most),
                                                                                            drawn=MOST_DOTS)
    return figures


def _class(one: ProgramClass, same_name: bool) -> dict[str, Any]:
    report = one.report
    return {
        "name": f"{report.class_name} ({one.source})" if same_name else report.class_name,
        "bundle": one.source,
        "demo": report.demo,
        "dose": dose_figures(report.dose),
        "questionnaires": {result.instrument.id: _changes(result) for result in report.results},
    }


def _changes(result: ClassResults) -> list[dict[str, Any]]:
    """Each subscale's change in one class: the interval only where 10 or more students answered both times."""
    rows = []
    for sub in result.subscales:
        change = sub.change
        rows.append({"id": sub.subscale.id, "title": sub.subscale.title, "n": change.n,
                     "pre_mean": change.pre_mean, "post_mean": change.post_mean, "change_mean": change.change_mean,
                     "change_ci": list(change.change_ci) if change.change_ci and not change.descriptive_only
                     else None, "descriptive_only": change.descriptive_only})
    return rows
