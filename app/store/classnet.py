"""What the class network keeps on disk: the open class's join code and the devices joined to it.

Kept so that a laptop that crashed or was restarted while the class was open takes up the same
opening again (same code, same devices), and students write on without joining anew. Only a hash of
a device's token is stored, never the token itself; a PIN's key is never stored at all, so a student
with a PIN types it again after a restart. None of this travels in bundles: it belongs to this laptop.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date

from app.store.db import Store, StoreError
from app.store.ids import iso
from app.store.settings import get_setting, set_setting
from app.store.tx import transaction


@dataclass(frozen=True)
class Opening:
    class_id: str
    code: str
    port: int | None
    opened_at: str


@dataclass(frozen=True)
class SavedDevice:
    token_hash: str
    csrf: str
    student_id: str | None


@dataclass(frozen=True)
class ClassChallenge:
    """The week's challenge a facilitator set for a class, and the day it started."""

    challenge_id: str
    started: date


def open_opening(store: Store, class_id: str) -> Opening | None:
    """The class's opening that was never closed (the laptop stopped while the class was open), if any."""
    row = store.conn.execute("SELECT class_id, code, port, opened_at FROM net_openings "
                             "WHERE class_id = ? AND closed_at IS NULL", [class_id]).fetchone()
    return Opening(*row) if row else None


def begin_opening(store: Store, class_id: str, code: str, port: int) -> Opening:
    """A fresh opening with a new code; devices of any earlier opening are forgotten."""
    now = iso()
    with transaction(store.conn):
        store.conn.execute("DELETE FROM net_devices WHERE class_id = ?", [class_id])
        store.conn.execute("INSERT INTO net_openings (class_id, code, port, opened_at, closed_at) "
                           "VALUES (?, ?, ?, ?, NULL) ON CONFLICT (class_id) DO UPDATE SET code = excluded.code, "
                           "port = excluded.port, opened_at = excluded.opened_at, closed_at = NULL",
                           [class_id, code, port, now])
    return Opening(class_id, code, port, now)


def move_opening(store: Store, class_id: str, port: int) -> None:
    """A resumed opening had to take another port (its old one was taken meanwhile)."""
    with transaction(store.conn):
        store.conn.execute("UPDATE net_openings SET port = ? WHERE class_id = ?", [port, class_id])


def end_opening(store: Store, class_id: str) -> None:
    """Closed on purpose: the devices are signed out and the next opening gets a new code."""
    try:
        with transaction(store.conn):
            store.conn.execute("DELETE FROM net_devices WHERE class_id = ?", [class_id])
            store.conn.execute("UPDATE net_openings SET closed_at = ? WHERE class_id = ?", [iso(), class_id])
    except sqlite3.Error as error:  # the app ending with its database already closed, or a full disk
        raise StoreError(f"The class network's state could not be saved ({error}); the next opening "
                         "may take up this one again.") from error


def saved_devices(store: Store, class_id: str) -> list[SavedDevice]:
    rows = store.conn.execute("SELECT token_hash, csrf, student_id FROM net_devices WHERE class_id = ?",
                              [class_id]).fetchall()
    return [SavedDevice(*row) for row in rows]


def save_device(store: Store, class_id: str, device: SavedDevice) -> None:
    now = iso()
    with transaction(store.conn):
        store.conn.execute(
            "INSERT INTO net_devices (token_hash, class_id, csrf, student_id, joined_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (token_hash) DO UPDATE SET student_id = excluded.student_id, "
            "csrf = excluded.csrf, updated_at = excluded.updated_at",
            [device.token_hash, class_id, device.csrf, device.student_id, now, now])


def keep_devices(store: Store, class_id: str, kept: set[str]) -> None:
    """Forget the saved devices of the class that are no longer joined (by token hash)."""
    with transaction(store.conn):
        store.conn.execute("DELETE FROM net_devices WHERE class_id = ? AND token_hash NOT IN "
                           "(SELECT value FROM json_each(?))", [class_id, json.dumps(sorted(kept))])


def drop_device(store: Store, token_hash: str) -> None:
    with transaction(store.conn):
        store.conn.execute("DELETE FROM net_devices WHERE token_hash = ?", [token_hash])


def wrote_since(store: Store, class_id: str, since: str) -> dict[str, int]:
    """How many entries each student of the class wrote or changed since `since` (counts, never words)."""
    rows = store.conn.execute(
        "SELECT e.student_id, COUNT(*) FROM journal_entries e JOIN students s ON s.id = e.student_id "
        "WHERE s.class_id = ? AND e.deleted_at IS NULL AND e.updated_at >= ? AND "
        "(e.body != '' OR e.sealed IS NOT NULL) GROUP BY e.student_id", [class_id, since]).fetchall()
    return dict(rows)


def _challenge_key(class_id: str) -> str:
    return f"classnet.challenge.{class_id}"


def class_challenge(store: Store, class_id: str) -> ClassChallenge | None:
    raw = get_setting(store, _challenge_key(class_id))
    try:
        data = json.loads(raw) if raw else None
        return ClassChallenge(str(data["id"]), date.fromisoformat(data["started"])) if data else None
    except (ValueError, KeyError, TypeError):
        return None  # a setting written by hand or damaged: no challenge rather than a crash


def set_class_challenge(store: Store, class_id: str, challenge_id: str | None, started: date | None = None) -> None:
    value = "" if challenge_id is None else json.dumps(
        {"id": challenge_id, "started": (started or date.today()).isoformat()})
    try:
        with transaction(store.conn):
            set_setting(store, _challenge_key(class_id), value)
    except sqlite3.Error as error:   # a full disk or a locked file: said plainly, the old choice kept
        raise StoreError(f"The class's challenge could not be saved ({error}).") from error


def _questionnaire_key(class_id: str) -> str:
    return f"classnet.questionnaire.{class_id}"


def device_questionnaire(store: Store, class_id: str) -> str | None:
    """The questionnaire round the facilitator opened for answering on devices, if any."""
    return get_setting(store, _questionnaire_key(class_id)) or None


def set_device_questionnaire(store: Store, class_id: str, round_id: str | None) -> None:
    with transaction(store.conn):
        set_setting(store, _questionnaire_key(class_id), round_id or "")
