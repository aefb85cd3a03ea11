"""A student's own journal: writing, autosaving, reading back, PINs.

Everything here acts for one signed-in student (an `Author`); nothing in this module lists anyone
else's entries. A private entry of a student with a PIN is sealed before it is written, so its words
never reach the disk in the clear; without a PIN it is stored as written and shown to nobody else.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from app.i18n import translate
from app.store.db import Store, StoreError
from app.store.ids import iso, new_id
from app.store.sealing import SealError, Unlocked, check_record, make_record, seal, unseal
from app.store.tx import transaction

VISIBILITIES = ("private", "facilitator", "class")
LOCKED_TEXT = ""


class NotSaved(StoreError):
    """The entry could not be written (disk full, database busy); the caller keeps the text on screen."""


class EntryTaken(StoreError):
    """This entry id belongs to another student, or to a deleted entry: the words need a new id."""


@dataclass(frozen=True)
class Author:
    """A signed-in student; `key` is set when they have a PIN and typed it right."""

    student_id: str
    key: Unlocked | None = None


@dataclass(frozen=True)
class OwnEntry:
    id: str
    session_id: str | None
    prompt_id: str | None
    body: str
    visibility: str
    created_at: str
    updated_at: str
    locked: bool  # sealed with a key from before a PIN reset: it can no longer be opened


def has_pin(store: Store, student_id: str) -> bool:
    row = store.conn.execute("SELECT pin_hash FROM students WHERE id = ?", [student_id]).fetchone()
    return bool(row and row[0])


def sign_in(store: Store, student_id: str, pin: str | None = None) -> Author | None:
    """The student as an author, or None when they have a PIN and this is not it."""
    row = store.conn.execute("SELECT pin_hash FROM students WHERE id = ? AND deleted_at IS NULL",
                             [student_id]).fetchone()
    if row is None:
        return None
    if not row[0]:
        return Author(student_id)
    unlocked = check_record(row[0], pin or "")
    return Author(student_id, unlocked) if unlocked else None


def _stored_form(author: Author, entry_id: str, body: str, visibility: str) -> tuple[str, str | None, str | None]:
    """(body column, sealed, key_salt): private words are sealed whenever the student has a key."""
    if visibility == "private" and author.key is not None:
        return "", seal(author.key.key, entry_id, body), author.key.salt
    return body, None, None


def save_entry(store: Store, author: Author, entry_id: str | None, *, body: str, visibility: str = "private",
               prompt_id: str | None = None, session_id: str | None = None) -> str:
    """Create or update one entry in a single short transaction (the autosave path); returns its id."""
    if visibility not in VISIBILITIES:
        raise ValueError(visibility)
    entry_id = entry_id or new_id()
    stored, sealed, key_salt = _stored_form(author, entry_id, body, visibility)
    now = iso()
    try:
        with transaction(store.conn):
            updated = store.conn.execute(
                "UPDATE journal_entries SET body = ?, sealed = ?, key_salt = ?, visibility = ?, prompt_id = ?, "
                "updated_at = ? WHERE id = ? AND student_id = ? AND deleted_at IS NULL",
                [stored, sealed, key_salt, visibility, prompt_id, now, entry_id, author.student_id]).rowcount
            if not updated:
                store.conn.execute(
                    "INSERT INTO journal_entries (id, student_id, session_id, prompt_id, body, visibility, sealed, "
                    "key_salt, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [entry_id, author.student_id, session_id, prompt_id, stored, visibility, sealed, key_salt,
                     now, now])
    except sqlite3.OperationalError as error:
        raise NotSaved(_why(error)) from error
    except sqlite3.IntegrityError as error:  # the id exists, but not as this author's live entry
        raise EntryTaken(entry_id) from error
    return entry_id


def entry_owner(store: Store, entry_id: str) -> tuple[str, bool] | None:
    """(student id, deleted?) of an entry, or None when there is no such entry: who may write to this id."""
    row = store.conn.execute("SELECT student_id, deleted_at IS NOT NULL FROM journal_entries WHERE id = ?",
                             [entry_id]).fetchone()
    return (row[0], bool(row[1])) if row else None


def _why(error: sqlite3.OperationalError) -> str:
    text = str(error).lower()
    if "full" in text:
        return translate("store.journal", "The disk is full, so your writing is not saved yet. It stays on screen: "
                         "ask your teacher to free space.")
    if "locked" in text or "busy" in text:
        return translate("store.journal", "The journal is busy, so your writing is not saved yet. It stays on "
                         "screen and is tried again.")
    return translate("store.journal", "Your writing is not saved yet ({reason}). It stays on screen and is tried "
                     "again.").format(reason=error)


def _open(author: Author, entry_id: str, body: str, sealed: str | None, key_salt: str | None) -> tuple[str, bool]:
    if sealed is None:
        return body, False
    if author.key is None or author.key.salt != key_salt:
        return LOCKED_TEXT, True
    try:
        return unseal(author.key.key, entry_id, sealed), False
    except SealError:
        return LOCKED_TEXT, True


def own_entries(store: Store, author: Author) -> list[OwnEntry]:
    """This student's entries, newest first, opened with their key where sealed."""
    rows = store.conn.execute(
        "SELECT id, session_id, prompt_id, body, visibility, created_at, updated_at, sealed, key_salt "
        "FROM journal_entries WHERE student_id = ? AND deleted_at IS NULL ORDER BY created_at DESC",
        [author.student_id]).fetchall()
    entries = []
    for entry_id, session_id, prompt_id, body, visibility, created, updated, sealed, key_salt in rows:
        text, locked = _open(author, entry_id, body, sealed, key_salt)
        entries.append(OwnEntry(entry_id, session_id, prompt_id, text, visibility, created, updated, locked))
    return entries


def delete_own_entry(store: Store, author: Author, entry_id: str) -> None:
    """A tombstone with the words wiped, so a merge never brings the entry back."""
    now = iso()
    with transaction(store.conn):
        store.conn.execute("UPDATE journal_entries SET body = '', sealed = NULL, deleted_at = ?, updated_at = ? "
                           "WHERE id = ? AND student_id = ?", [now, now, entry_id, author.student_id])


def set_pin(store: Store, author: Author, new_pin: str) -> Author:
    """Set or change the PIN; every private entry this author can open is sealed again with the new key."""
    record, unlocked = make_record(new_pin)
    entries = [e for e in own_entries(store, author) if e.visibility == "private" and not e.locked]
    new_author = Author(author.student_id, unlocked)
    now = iso()
    with transaction(store.conn):
        store.conn.execute("UPDATE students SET pin_hash = ?, updated_at = ? WHERE id = ?",
                           [record, now, author.student_id])
        for entry in entries:
            stored, sealed, key_salt = _stored_form(new_author, entry.id, entry.body, "private")
            store.conn.execute("UPDATE journal_entries SET body = ?, sealed = ?, key_salt = ?, updated_at = ? "
                               "WHERE id = ?", [stored, sealed, key_salt, now, entry.id])
    return new_author


def sealed_count(store: Store, student_id: str) -> int:
    """How many entries a PIN reset would lock for good (the facilitator is told before resetting)."""
    return int(store.conn.execute(
        "SELECT COUNT(*) FROM journal_entries WHERE student_id = ? AND sealed IS NOT NULL AND deleted_at IS NULL",
        [student_id]).fetchone()[0])


def reset_pin(store: Store, student_id: str) -> None:
    """The facilitator's way out of a forgotten PIN: the PIN goes, sealed entries stay sealed for good."""
    with transaction(store.conn):
        store.conn.execute("UPDATE students SET pin_hash = NULL, updated_at = ? WHERE id = ?", [iso(), student_id])


def add_written_entries(store: Store, rows: list[dict[str, str]]) -> None:
    """Entries written elsewhere with their own ids and times: the demo class's samples. Nothing is sealed, so
    this is only for students without a PIN (save_entry seals a private entry for a student with one)."""
    store.db["journal_entries"].insert_all(rows)
