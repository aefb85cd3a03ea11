"""The facilitator's side of the journals: shared entries only, searched, read and annotated.

Every query in this module names `visibility != 'private'` itself (never a caller's filter), and the
full-text index holds shared words only, so no facilitator screen, report or search can show a private
entry. A facilitator's note lives in its own table that no student screen reads.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from app.i18n import translate
from app.store.db import Store, StoreError
from app.store.ids import iso
from app.store.tx import transaction

MARK_START, MARK_END = "\x02", "\x03"  # around each match in a snippet; the UI turns them into highlights

_SELECT = ("SELECT e.id, e.student_id, s.display_name, e.session_id, x.held_on, e.prompt_id, e.body, "  # i18n: not text
           "e.visibility, e.created_at, e.updated_at, r.read_at, COALESCE(r.note, '') "
           "FROM journal_entries e "
           "JOIN students s ON s.id = e.student_id "
           "LEFT JOIN sessions x ON x.id = e.session_id "
           "LEFT JOIN entry_reviews r ON r.entry_id = e.id")
_SHARED = ("e.visibility != 'private' AND e.deleted_at IS NULL "  # i18n: not text
           "AND s.deleted_at IS NULL AND e.body != ''")


@dataclass(frozen=True)
class SharedEntry:
    id: str
    student_id: str
    student_name: str
    session_id: str | None
    held_on: str | None
    prompt_id: str | None
    body: str
    visibility: str
    created_at: str
    updated_at: str
    read_at: str | None
    note: str


@dataclass(frozen=True)
class SearchHit:
    entry: SharedEntry
    snippet: str  # plain text with MARK_START/MARK_END around the matches


def shared_entries(store: Store, class_id: str, *, session_id: str | None = None, student_id: str | None = None,
                   prompt_id: str | None = None, class_only: bool = False, unread_only: bool = False
                   ) -> list[SharedEntry]:
    """Entries students chose to share, newest first, narrowed by session, student or prompt."""
    where, args = [_SHARED, "s.class_id = ?"], [class_id]
    for column, value in (("e.session_id", session_id), ("e.student_id", student_id), ("e.prompt_id", prompt_id)):
        if value is not None:
            where.append(f"{column} = ?")
            args.append(value)
    if class_only:
        where.append("e.visibility = 'class'")  # i18n: not text
    if unread_only:
        where.append("r.read_at IS NULL")  # i18n: not text
    rows = store.conn.execute(_SELECT + " WHERE " + " AND ".join(where) + " ORDER BY e.created_at DESC", args)
    return [SharedEntry(*row) for row in rows]


def fts_query(text: str) -> str:
    """Words typed in a search box as an FTS5 query: every word must appear, the last may be unfinished.

    Quoting each word means punctuation and FTS operators typed by a user are searched for, not obeyed.
    """
    words = [w.replace('"', '""') for w in text.split()]
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def search_shared(store: Store, text: str, *, class_id: str | None = None, limit: int = 200) -> list[SearchHit]:
    """Shared entries matching the words, newest first, with the matches marked in a snippet.

    Newest first (by the index's rowid) rather than by relevance: ranking every match of a common
    word in 100k entries costs ~50 ms, walking the index backwards to the first 200 costs ~5 ms.
    """
    query = fts_query(text)
    if not query:
        return []
    where, args = [_SHARED, "journal_fts MATCH ?"], [query]  # i18n: not text
    if class_id is not None:
        where.append("s.class_id = ?")
        args.append(class_id)
    sql = (_SELECT.replace("SELECT ", f"SELECT snippet(journal_fts, 0, '{MARK_START}', '{MARK_END}', '…', 24), ", 1)
           + " JOIN journal_fts ON journal_fts.rowid = e.rowid WHERE " + " AND ".join(where)  # i18n: not text
           + " ORDER BY journal_fts.rowid DESC LIMIT ?")  # i18n: not text
    try:
        rows = store.conn.execute(sql, [*args, limit]).fetchall()
    except sqlite3.OperationalError as error:
        raise StoreError(translate("store.journal_review", "That search could not be run ({reason}). Try fewer or "
                                   "simpler words.").format(reason=error)) from error
    return [SearchHit(SharedEntry(*row[1:]), row[0]) for row in rows]


def _review(store: Store, entry_id: str, **changes: str | None) -> None:
    if store.conn.execute("SELECT 1 FROM journal_entries WHERE id = ? AND visibility != 'private'",
                          [entry_id]).fetchone() is None:
        raise StoreError(translate("store.journal_review", "That entry is not shared with you, so it cannot be "
                                   "marked or noted."))
    with transaction(store.conn):
        store.conn.execute("INSERT INTO entry_reviews (entry_id, updated_at) VALUES (?, ?) "
                           "ON CONFLICT(entry_id) DO NOTHING", [entry_id, iso()])
        for column, value in changes.items():
            store.conn.execute(f"UPDATE entry_reviews SET {column} = ?, updated_at = ? WHERE entry_id = ?",
                               [value, iso(), entry_id])


def mark_read(store: Store, entry_id: str, read: bool = True) -> None:
    _review(store, entry_id, read_at=iso() if read else None)


def set_note(store: Store, entry_id: str, note: str) -> None:
    """The facilitator's private note on a shared entry; students never see it."""
    _review(store, entry_id, note=note.strip())


def set_review(store: Store, entry_id: str, *, read_at: str | None, note: str) -> None:
    """Read mark and note at once, at a given time (the demo class's two entries already read)."""
    _review(store, entry_id, read_at=read_at, note=note.strip())


def unread_count(store: Store, class_id: str) -> int:
    """For the class page's summary line: a count, without reading the entries."""
    return int(store.conn.execute(
        "SELECT COUNT(*) FROM journal_entries e JOIN students s ON s.id = e.student_id "
        "LEFT JOIN entry_reviews r ON r.entry_id = e.id "
        f"WHERE {_SHARED} AND s.class_id = ? AND r.read_at IS NULL", [class_id]).fetchone()[0])
