"""Answering a questionnaire on a device: the round the facilitator opened, one answer at a time.

Each answer is saved as it is given (an upsert of one row), so a dropped connection loses at most the
answer being sent, and sending it again changes nothing. A student sees their own answers only, may skip
any item, and can answer only the round that is open now.
"""

from __future__ import annotations

from typing import Any

from app.curriculum import Curriculum
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.store.classnet import device_questionnaire
from app.store.db import Store
from app.store.measure import answers_of, rounds_of, save_answers

ROUND_WORDS = {"pre": QT_TRANSLATE_NOOP("classnet.questionnaire", "before the program"),
               "post": QT_TRANSLATE_NOOP("classnet.questionnaire", "after the program"),
               "session": QT_TRANSLATE_NOOP("classnet.questionnaire", "after this session")}


class Closed(Exception):
    """The round is not the one open for devices now (closed meanwhile, or never opened)."""


def offered(store: Store, curriculum: Curriculum, class_id: str, student_id: str) -> list[dict[str, Any]]:
    """The body's `questionnaires`: the open round's items, scale and this student's answers so far."""
    round_id = device_questionnaire(store, class_id)
    found = next((r for r in rounds_of(store, class_id) if r.id == round_id), None)
    instrument = curriculum.instrument(found.instrument_id) if found else None
    if found is None or instrument is None or instrument.respondent != "student":
        return []
    mine = answers_of(store, found.id).get(student_id, {})
    when = translate("classnet.questionnaire", ROUND_WORDS[found.round]) if found.round in ROUND_WORDS else ""
    return [{"round_id": found.id, "title": instrument.title, "when": when,
             "instructions": instrument.instructions, "values": list(instrument.values),
             "labels": list(instrument.labels), "items": [{"id": i.id, "text": i.text} for i in instrument.items],
             "answered": {k: v for k, v in mine.items() if instrument.item(k) is not None}}]


def answer(store: Store, curriculum: Curriculum, class_id: str, student_id: str, round_id: str, item_id: Any,
           value: Any) -> None:
    """Save one answer (None: skipped); ValueError says what is wrong with it, Closed when the round is not open."""
    if round_id != device_questionnaire(store, class_id):
        raise Closed(round_id)
    found = next((r for r in rounds_of(store, class_id) if r.id == round_id), None)
    instrument = curriculum.instrument(found.instrument_id) if found else None
    if instrument is None:
        raise Closed(round_id)
    if not isinstance(item_id, str) or instrument.item(item_id) is None:
        raise ValueError(translate("classnet.questionnaire", "That question is not part of this questionnaire."))
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value not in instrument.values):
        raise ValueError(translate("classnet.questionnaire", "Choose one of the answers shown, or skip the question."))
    save_answers(store, round_id, student_id, {item_id: value}, "device")
