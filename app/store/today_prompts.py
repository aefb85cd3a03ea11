"""The prompts a facilitator picked from the prompt bank for a class's journal today.

One small setting per class holding the day it is for and the prompt ids, newest first. Keeping the day
with the ids means tomorrow starts clean without anyone having to clear yesterday's picks, and a laptop
that restarts mid-lesson still offers them. Student mode and the class network read the same setting, so
a pick shows on the kiosk and on students' own devices alike.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import date

from app.store.db import Store, StoreError
from app.store.settings import get_setting, set_setting
from app.store.tx import transaction

log = logging.getLogger(__name__)
MAX_PICKS = 12   # a day's list a student can still read through; the oldest pick falls off


def _key(class_id: str) -> str:
    return f"journal.today_prompts.{class_id}"


def _read(store: Store, class_id: str) -> tuple[str, list[str]]:
    raw = get_setting(store, _key(class_id))
    try:
        data = json.loads(raw) if raw else {}
        day, ids = str(data.get("date", "")), data.get("prompts", [])
        return day, [str(p) for p in ids if isinstance(p, str)][:MAX_PICKS]
    except (ValueError, AttributeError, TypeError):
        log.warning("today's prompts of class %s were unreadable; starting a fresh list", class_id)
        return "", []   # written by hand or damaged: no picks rather than a crash


def _write(store: Store, class_id: str, day: date, ids: list[str]) -> None:
    try:
        with transaction(store.conn):
            set_setting(store, _key(class_id), json.dumps({"date": day.isoformat(), "prompts": ids[:MAX_PICKS]})
                        if ids else "")
    except sqlite3.Error as error:   # a full disk or a locked file: said to the facilitator, nothing half-saved
        raise StoreError(f"Today's prompts could not be saved ({error}).") from error


def picked_today(store: Store, class_id: str, today: date | None = None) -> list[str]:
    """The prompt ids picked for the class today, the latest pick first; [] once the day has passed."""
    day, ids = _read(store, class_id)
    return ids if day == (today or date.today()).isoformat() else []


def pick_for_today(store: Store, class_id: str, prompt_id: str, today: date | None = None) -> bool:
    """Put the prompt first on the class's list for today; False when it was on the list already."""
    today = today or date.today()
    ids = picked_today(store, class_id, today)
    if prompt_id in ids:
        return False
    _write(store, class_id, today, [prompt_id, *ids])
    return True


def unpick_for_today(store: Store, class_id: str, prompt_id: str, today: date | None = None) -> bool:
    """Take the prompt off the class's list for today; False when it was not on it."""
    today = today or date.today()
    ids = picked_today(store, class_id, today)
    if prompt_id not in ids:
        return False
    _write(store, class_id, today, [p for p in ids if p != prompt_id])
    return True
