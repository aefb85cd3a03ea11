"""Questionnaire rounds and answers: a class answers an instrument before the program (pre), after it
(post), and the facilitator rates each session (session); every answer is one row per student and item.

A skipped item is stored as NULL, so "skipped" and "never asked" stay different. Nothing here lists one
student's answers to another; results are computed from these rows by the pure `app.measure` package.
Consent is per student: whether their answers count in the class's results (on unless turned off), and
whether they may leave this laptop for research (off until the facilitator turns it on, e.g. after the
parents agreed), with a random research code that never reveals the name.
"""

from __future__ import annotations

import secrets
import sqlite3
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from app.i18n import translate
from app.store.db import Store, StoreError
from app.store.ids import iso
from app.store.tx import transaction

ROUNDS = ("pre", "post", "session")
SOURCES = ("device", "kiosk", "paper", "import", "facilitator", "demo")
_ROUNDS = uuid.UUID("5b0f6c1e-2d1a-4e8e-9c55-0c1f3a7e9d21")  # namespace of the rounds' ids
FACILITATOR = ""  # the student_id of the facilitator's own observation answers


@dataclass(frozen=True)
class Round:
    id: str
    class_id: str
    session_id: str | None
    instrument_id: str
    round: str
    held_on: str
    demo: bool


@dataclass(frozen=True)
class Consent:
    student_id: str
    counted: bool
    research: bool
    research_code: str | None


def start_round(store: Store, class_id: str, instrument_id: str, round_name: str, *,
                session_id: str | None = None, held_on: date | None = None, demo: bool = False) -> str:
    """The class's round of this instrument (pre, post, or this session's), made on first use."""
    if round_name not in ROUNDS:
        raise ValueError(round_name)
    found = store.conn.execute(
        "SELECT id FROM measure_rounds WHERE class_id = ? AND instrument_id = ? AND round = ? AND deleted_at IS NULL "
        "AND (? != 'session' OR session_id IS ?)", [class_id, instrument_id, round_name, round_name, session_id]
    ).fetchone()
    if found:
        return found[0]
    round_id, now = round_key(class_id, instrument_id, round_name, session_id), iso()
    with _refused(translate("store.measure", "The questionnaire round could not be started ({reason}); nothing was "
                            "changed.")), transaction(store.conn):
        store.conn.execute(
            "INSERT INTO measure_rounds (id, class_id, session_id, instrument_id, round, held_on, demo, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET deleted_at = NULL, "
            "updated_at = excluded.updated_at",
            [round_id, class_id, session_id, instrument_id, round_name, (held_on or date.today()).isoformat(),
             int(demo), now, now])
    return round_id


def round_key(class_id: str, instrument_id: str, round_name: str, session_id: str | None = None) -> str:
    """The same id on every laptop: a class's pre round typed in on two laptops is one round after a merge,
    so each student's answers meet (the newer answer to an item wins) instead of splitting into two rounds."""
    scope = (session_id or "") if round_name == "session" else ""
    return str(uuid.uuid5(_ROUNDS, f"{class_id}/{instrument_id}/{round_name}/{scope}"))


def rounds_of(store: Store, class_id: str) -> list[Round]:
    rows = store.conn.execute(
        "SELECT id, class_id, session_id, instrument_id, round, held_on, demo FROM measure_rounds "
        "WHERE class_id = ? AND deleted_at IS NULL ORDER BY held_on, created_at", [class_id]).fetchall()
    return [Round(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6])) for r in rows]


def save_answers(store: Store, round_id: str, student_id: str, answers: Mapping[str, int | None],
                 source: str) -> None:
    """One student's answers to a round (all of them, or the ones typed so far), in one transaction."""
    if source not in SOURCES:
        raise ValueError(source)
    now = iso()
    try:
        with transaction(store.conn):
            for item_id, value in answers.items():
                store.conn.execute(
                    "INSERT INTO measure_answers (round_id, student_id, item_id, value, source, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (round_id, student_id, item_id) DO UPDATE SET "
                    "value = excluded.value, source = excluded.source, updated_at = excluded.updated_at",
                    [round_id, student_id, item_id, value, source, now])
    except sqlite3.Error as error:  # busy, read-only or a full disk: nothing half-saved, the caller keeps them
        raise StoreError(translate("store.measure", "The answers are not saved yet ({reason}).").format(
            reason=error)) from error


def clear_answers(store: Store, round_id: str, student_id: str, item_ids: list[str]) -> None:
    """Make cells 'not answered' again (a typing slip taken back): different from a skip, which is kept."""
    try:
        with transaction(store.conn):
            store.conn.executemany("DELETE FROM measure_answers "  # i18n: not text
                                   "WHERE round_id = ? AND student_id = ? AND item_id = ?",
                                   [(round_id, student_id, item_id) for item_id in item_ids])
    except sqlite3.Error as error:
        raise StoreError(translate("store.measure", "The answer could not be taken back ({reason}); nothing was "
                                   "changed.").format(reason=error)) from error


def answers_of(store: Store, round_id: str) -> dict[str, dict[str, int | None]]:
    """student id → item id → value (None: skipped) for one round."""
    found: dict[str, dict[str, int | None]] = {}
    for student_id, item_id, value in store.conn.execute(
            "SELECT student_id, item_id, value FROM measure_answers WHERE round_id = ?", [round_id]):
        found.setdefault(student_id, {})[item_id] = value
    return found


def consent_of(store: Store, class_id: str) -> dict[str, Consent]:
    """Every student of the class, with the defaults (counted, not for research) where nothing was set."""
    rows = store.conn.execute(
        "SELECT s.id, COALESCE(c.counted, 1), COALESCE(c.research, 0), c.research_code FROM students s "
        "LEFT JOIN measure_consent c ON c.student_id = s.id WHERE s.class_id = ? AND s.deleted_at IS NULL",
        [class_id]).fetchall()
    return {r[0]: Consent(r[0], bool(r[1]), bool(r[2]), r[3]) for r in rows}


def set_consent(store: Store, student_id: str, *, counted: bool, research: bool) -> None:
    """A research code is made the first time research is allowed, and kept (so exports stay linkable)."""
    with _refused(translate("store.measure", "The consent could not be saved ({reason}); nothing was changed.")), \
            transaction(store.conn):
        store.conn.execute(
            "INSERT INTO measure_consent (student_id, counted, research, research_code, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (student_id) DO UPDATE SET counted = excluded.counted, "
            "research = excluded.research, research_code = COALESCE(measure_consent.research_code, "
            "excluded.research_code), updated_at = excluded.updated_at",
            [student_id, int(counted), int(research), _code() if research else None, iso()])


@contextmanager
def _refused(message: str) -> Iterator[None]:
    """A write the database refuses (busy past its patience, read-only after damage) as a StoreError whose
    message (translated, with a {reason} placeholder) says what was not done."""
    try:
        yield
    except sqlite3.Error as error:
        raise StoreError(message.format(reason=error)) from error


def _code() -> str:
    """R-XXXXXX: random, unrelated to the name or the id, unique across the laptop."""
    return "R-" + "".join(secrets.choice("ACDEFGHJKMNPQRTUVWXY34679") for _ in range(6))
