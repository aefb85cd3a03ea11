"""A class's pre/post results for one questionnaire, from the stored answers (pure: no Qt, no SQLite).

Only students whose answers may be counted take part; a subscale score needs its instrument's minimum of
answered items; the change is computed over the students who have a score both times. Every result carries
the caveats a reader needs: one class without a comparison group cannot show cause; too few pairs means a
description only; a questionnaire that is not validated is not comparable with research; demo data is demo.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass

from app.curriculum.model import Instrument, Subscale
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.measure.scoring import reverse_value, score
from app.measure.stats import CAVEAT, PairedResult, cronbach_alpha, paired, plain_sentence

Answers = Mapping[str, Mapping[str, int | None]]  # student id → item id → value (None: skipped)
NOT_VALIDATED = QT_TRANSLATE_NOOP("measure.results", "These are the program's own questions, not a validated "
                                  "scale: useful for talking with this class, not for comparing with research.")
DEMO = QT_TRANSLATE_NOOP("measure.results", "Demo data: these answers are made up, to show what a report looks like.")


@dataclass(frozen=True)
class SubscaleResult:
    subscale: Subscale
    pre: dict[str, float]   # student id → subscale score, counted students only
    post: dict[str, float]
    change: PairedResult
    alpha_pre: float | None  # internal consistency of the subscale's items in each round
    alpha_post: float | None
    sentence: str


@dataclass(frozen=True)
class ClassResults:
    instrument: Instrument
    counted: int        # students whose answers may be counted and who answered at least once
    answered_pre: int
    answered_post: int
    subscales: tuple[SubscaleResult, ...]
    caveats: tuple[str, ...]


def class_results(instrument: Instrument, pre: Answers, post: Answers, counted: Set[str], *,
                  demo: bool = False, resamples: int = 2000) -> ClassResults:
    """`resamples=0`: no bootstrap interval for d_z (see `paired`), when the caller never shows one."""
    pre = {s: a for s, a in pre.items() if s in counted}
    post = {s: a for s, a in post.items() if s in counted}
    pre_scores = {s: score(instrument, a) for s, a in pre.items()}
    post_scores = {s: score(instrument, a) for s, a in post.items()}
    low, high = min(instrument.values), max(instrument.values)
    results = []
    for subscale in instrument.subscales:
        before = {s: v[subscale.id] for s, v in pre_scores.items() if v.get(subscale.id) is not None}
        after = {s: v[subscale.id] for s, v in post_scores.items() if v.get(subscale.id) is not None}
        change = paired(before, after, resamples=resamples)  # type: ignore[arg-type]
        results.append(SubscaleResult(
            subscale, before, after, change,  # type: ignore[arg-type]
            cronbach_alpha(_complete(instrument, subscale, pre)), cronbach_alpha(_complete(instrument, subscale, post)),
            plain_sentence(subscale.title, change, low, high)))
    caveats = [translate("measure.stats", CAVEAT)]
    if any(r.change.descriptive_only for r in results):
        caveats.append(translate("measure.results", "Fewer than 10 students answered both times: the numbers "
                                 "describe them, and say nothing firm about change."))
    if instrument.translated:
        caveats.append(translate("measure.results", "This is a translation of a published scale, made for this app "
                                 "and not validated: useful for talking with this class, not for comparing with "
                                 "research or with the published scale's results."))
    elif not instrument.validated:
        caveats.append(translate("measure.results", NOT_VALIDATED))
    if instrument.age_note:
        caveats.append(instrument.age_note)
    if demo:
        caveats.insert(0, translate("measure.results", DEMO))
    return ClassResults(instrument, len(set(pre) | set(post)), len(pre), len(post), tuple(results), tuple(caveats))


def _complete(instrument: Instrument, subscale: Subscale, answers: Answers) -> list[list[float]]:
    """The subscale's items, reverse-scored where they should be, for students who answered them all."""
    rows = []
    for student in answers.values():
        values = [student.get(item_id) for item_id in subscale.items]
        if any(v is None for v in values):
            continue
        rows.append([float(reverse_value(instrument, v) if _reverse(instrument, item_id) else v)  # type: ignore[arg-type]
                     for item_id, v in zip(subscale.items, values, strict=True)])
    return rows


def _reverse(instrument: Instrument, item_id: str) -> bool:
    item = instrument.item(item_id)
    return bool(item and item.reverse)
