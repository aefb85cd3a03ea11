"""How many check-ins a class wrote for its challenge: counts for the debrief, never who or what.

A check-in is a journal entry whose prompt is one of the challenge's days (`challenge:ID:DAY`), written on
or after the day the class started it. Private entries count too, since a count shows nothing of them; an
empty draft does not.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from app.store.db import Store, StoreError


@dataclass(frozen=True)
class CheckinCount:
    entries: int
    students: int


def checkin_count(store: Store, class_id: str, challenge_id: str, since: date) -> CheckinCount:
    prefix = f"challenge:{challenge_id}:"
    try:
        row = store.conn.execute(
            "SELECT count(*), count(DISTINCT e.student_id) FROM journal_entries e "
            "JOIN students s ON s.id = e.student_id "
            "WHERE s.class_id = ? AND s.deleted_at IS NULL AND e.deleted_at IS NULL AND e.body != '' "
            "AND substr(e.prompt_id, 1, ?) = ? AND e.created_at >= ?",
            (class_id, len(prefix), prefix, since.isoformat())).fetchone()
    except sqlite3.Error as error:
        raise StoreError(f"The check-ins could not be counted ({error}).") from error
    return CheckinCount(entries=row[0], students=row[1])
