"""The research export: a class's questionnaire answers in long format, with a codebook, for a researcher.

Only students whose research consent the facilitator turned on are included, each under their random
research code (never a name, never the app's ids); the codebook says what every column and value means,
which instruments were used (items, scale, scoring, citation) and what the consent rule was.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.curriculum import Curriculum
from app.files.atomic import write_atomically
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.measure.scoring import score
from app.store.db import Store
from app.store.measure import answers_of, consent_of, rounds_of

ANSWERS, SCORES, CODEBOOK = "answers.csv", "scores.csv", "codebook.md"
# What each column of the CSV files means, for the codebook (the column names are the file format: never translated)
ANSWER_COLUMNS = (
    ("code", QT_TRANSLATE_NOOP("measure_export", "the student's research code")),
    ("class", QT_TRANSLATE_NOOP("measure_export", "the class's name on the facilitator's laptop")),
    ("instrument", QT_TRANSLATE_NOOP("measure_export", "the questionnaire's id (described below)")),
    ("round", QT_TRANSLATE_NOOP("measure_export", "pre (before the program), post (after it)")),
    ("held_on", QT_TRANSLATE_NOOP("measure_export", "the date of the round")),
    ("item", QT_TRANSLATE_NOOP("measure_export", "the item's id")),
    ("subscale", QT_TRANSLATE_NOOP("measure_export", "the subscale the item belongs to")),
    ("reverse", QT_TRANSLATE_NOOP("measure_export", "1 when the item is scored from the other end of the scale")),
    ("value", QT_TRANSLATE_NOOP("measure_export", "the answer as given (not reversed); empty = the student skipped "
                                "this item")),
    ("demo", QT_TRANSLATE_NOOP("measure_export", "1 for the app's made-up demo data (exclude it)")),
)
SCORE_COLUMNS = (
    ("score", QT_TRANSLATE_NOOP("measure_export", "the mean of the subscale's answered items, reverse items turned "
                                "round; empty when fewer than the instrument's minimum were answered")),
)


@dataclass(frozen=True)
class Exported:
    folder: Path
    students: int      # included (research consent on)
    left_out: int      # in the class, without research consent
    answers: int       # rows of answers.csv


def export_research(store: Store, curriculum: Curriculum, class_id: str, class_name: str, folder: Path) -> Exported:
    consent = consent_of(store, class_id)
    codes = {s: c.research_code for s, c in consent.items() if c.research and c.research_code}
    if not codes:  # nothing may leave the laptop: write nothing at all
        return Exported(folder, 0, len(consent), 0)
    answers_rows: list[list[str]] = []
    score_rows: list[list[str]] = []
    used = []
    for found in rounds_of(store, class_id):
        instrument = curriculum.instrument(found.instrument_id)
        if instrument is None or instrument.respondent != "student":
            continue
        used.append((instrument, found))
        subscale_of = {item: sub.id for sub in instrument.subscales for item in sub.items}
        reverse = {item.id for item in instrument.items if item.reverse}
        for student, answers in sorted(answers_of(store, found.id).items(), key=lambda kv: codes.get(kv[0], "")):
            if student not in codes:
                continue
            for item in instrument.items:
                if item.id in answers:
                    value = answers[item.id]
                    answers_rows.append([codes[student], class_name, instrument.id, found.round, found.held_on,
                                         item.id, subscale_of.get(item.id, ""), str(int(item.id in reverse)),
                                         "" if value is None else str(value), str(int(found.demo))])
            known = {k: v for k, v in answers.items() if instrument.item(k) is not None}
            for subscale_id, value in score(instrument, known).items():
                score_rows.append([codes[student], class_name, instrument.id, found.round, subscale_id,
                                   "" if value is None else f"{value:.4f}", str(int(found.demo))])
    folder.mkdir(parents=True, exist_ok=True)
    _write(folder / ANSWERS, _csv(["code", "class", "instrument", "round", "held_on", "item", "subscale", "reverse",
                                   "value", "demo"], answers_rows))
    _write(folder / SCORES, _csv(["code", "class", "instrument", "round", "subscale", "score", "demo"], score_rows))
    _write(folder / CODEBOOK, _codebook(class_name, used, len(codes), len(consent) - len(codes)))
    return Exported(folder, len(codes), len(consent) - len(codes), len(answers_rows))


def _scale(instrument) -> str:
    return ", ".join(f"{v} = {w}" for v, w in zip(instrument.values, instrument.labels, strict=True))


def _csv(header: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def _write(path: Path, text: str) -> None:
    """Written whole or not at all: a half-written file must not reach a researcher."""
    write_atomically(path, text.encode("utf-8"))


def _codebook(class_name: str, used: list, included: int, left_out: int) -> str:
    # Translators: the codebook is a Markdown file: keep the # and ## headings, the - list marks and the `…` quotes
    heading = translate("measure_export", "# Research export: class {class_name}")
    who = translate("measure_export", "Exported on {date} by Empathy Ambassadors. {included} students are included: "
                    "those whose research consent the facilitator turned on (after the school and the parents "
                    "agreed). {left_out} students of the class are not included.")
    codes = translate("measure_export", "Each student appears only under a random research code (R-XXXXXX): no "
                      "names, no app ids. A code stays the same for a student across exports from this laptop.")
    answers = translate("measure_export", "## {file} (one row per student × round × item answered)")
    scores = translate("measure_export", "## {file} (one row per student × round × subscale)")
    lines = [heading.format(class_name=class_name), "",
             who.format(date=date.today().isoformat(), included=included, left_out=left_out), "",
             codes, "",
             answers.format(file=ANSWERS), "",
             *(f"- {column}: {translate('measure_export', meaning)}" for column, meaning in ANSWER_COLUMNS), "",
             scores.format(file=SCORES), "",
             *(f"- {column}: {translate('measure_export', meaning)}" for column, meaning in SCORE_COLUMNS), ""]
    reverse = " " + translate("measure_export", "(reverse)")
    for instrument, found in used:
        kind = (translate("measure_export", "A validated scale.") if instrument.validated
                else translate("measure_export", "A translation of a published scale: NOT validated in this "
                               "language.") if instrument.translated
                else translate("measure_export", "The program's own questions: NOT a validated scale."))
        scale = translate("measure_export", "Scale: {scale}. A subscale is scored with at least {least} of its items "
                          "answered.").format(scale=_scale(instrument), least=instrument.min_answered)
        lines += [translate("measure_export", "## Instrument `{id}` ({round}, {held_on})").format(
                      id=instrument.id, round=found.round, held_on=found.held_on), "",
                  f"{instrument.title}. {kind}", scale, ""]
        if instrument.citation:
            lines += [translate("measure_export", "Citation: {citation}").format(citation=instrument.citation), ""]
        if instrument.age_note:
            lines += [translate("measure_export", "Note: {note}").format(note=instrument.age_note), ""]
        lines += [f"- `{item.id}`{reverse if item.reverse else ''}: {item.text}" for item in instrument.items]
        subscale = translate("measure_export", "- subscale `{id}` ({title}): {items}")
        lines += [""] + [subscale.format(id=s.id, title=s.title, items=", ".join(s.items))
                         for s in instrument.subscales]
        lines.append("")
    return "\n".join(lines)
