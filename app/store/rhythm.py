"""Rhythm runs and their hits, written by the Qt side only (the engine process never touches the database).

A run is recorded as 'running' the moment it starts and its hits are added in batches as they arrive, so an
engine crash (or a power cut) loses at most the last half second: the run is then marked 'crashed' and keeps
the hits it had. The summary the engine sends at the end is stored as it came (it is the authoritative score;
a stored hit keeps the grade it had when it arrived, which a later, closer hit may since have revised).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.store.db import Store, StoreError
from app.store.ids import iso, new_id
from app.store.tx import transaction

log = logging.getLogger(__name__)

END_STATUSES = ("finished", "stopped", "crashed")


@dataclass(frozen=True)
class RunSummary:
    """One run as a class's history lists it; togetherness is None until a summary came back."""

    id: str
    started_at: str
    pattern_id: str
    title: str
    status: str
    togetherness: int | None
    players: int
    hits: int
    session_id: str | None = None


@dataclass(frozen=True)
class StoredHit:
    player: str
    student_id: str | None
    t_ms: float
    beat: int | None
    offset_ms: float | None
    grade: str


def start_run(store: Store, class_id: str | None, session_id: str | None, pattern_id: str,
              settings: Mapping[str, Any], *, run_id: str | None = None, started_at: str | None = None) -> str:
    """Record a run as 'running' before the engine plays a note, so even a crash at once leaves a trace."""
    run_id = run_id or new_id()
    now = iso()
    with transaction(store.conn):
        store.db["rhythm_runs"].insert({
            "id": run_id, "class_id": class_id, "session_id": session_id, "pattern_id": pattern_id,
            "started_at": started_at or now, "summary_json": "{}", "updated_at": now, "status": "running",
            "settings_json": json.dumps(dict(settings), ensure_ascii=False)})
    return run_id


class HitsNotSaved(StoreError):
    """Nothing of the batch was written (one transaction); it can be offered again."""


def add_hits(store: Store, run_id: str, hits: Sequence[Mapping[str, Any]],
             student_of: Mapping[str, str | None]) -> int:
    """Store a batch of the engine's `hit` messages in one transaction; returns how many were stored."""
    if not hits:
        return 0
    now = iso()
    rows = [(new_id(), run_id, str(hit["player"]), student_of.get(str(hit["player"])), float(hit["t_ms"]),
             hit.get("beat"), hit.get("offset_ms"), str(hit.get("grade", "extra")), now) for hit in hits]
    try:
        with transaction(store.conn):
            store.conn.executemany(
                "INSERT INTO rhythm_hits "  # i18n: not text
                "(id, run_id, player, student_id, t_ms, beat, offset_ms, grade, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    except sqlite3.Error as error:   # a locked database or a full disk: the caller keeps the batch and retries
        raise HitsNotSaved(f"the hits could not be saved yet ({error})") from error
    return len(rows)


def finish_run(store: Store, run_id: str, summary: Mapping[str, Any] | None, status: str, *,
               ended_at: str | None = None) -> None:
    """How the run ended; a run without a summary keeps its empty one (and its hits)."""
    if status not in END_STATUSES:
        raise ValueError(f"status {status!r}: expected one of {', '.join(END_STATUSES)}")
    now = iso()
    with transaction(store.conn):
        if summary is not None:
            store.conn.execute("UPDATE rhythm_runs SET summary_json = ? WHERE id = ?",
                               [json.dumps(dict(summary), ensure_ascii=False), run_id])
        store.conn.execute("UPDATE rhythm_runs SET status = ?, ended_at = ?, updated_at = ? WHERE id = ?",
                           [status, ended_at or now, now, run_id])


def discard_run(store: Store, run_id: str) -> None:
    """A run the engine refused before playing (a bad pattern): a tombstone, so it never lists as a lesson."""
    now = iso()
    with transaction(store.conn):
        store.conn.execute("UPDATE rhythm_runs SET status = 'stopped', ended_at = COALESCE(ended_at, ?), "
                           "deleted_at = ?, updated_at = ? WHERE id = ?", [now, now, now, run_id])


def close_abandoned_runs(store: Store) -> int:
    """At start-up no engine can still be playing: any 'running' run was cut off, so it becomes 'crashed'."""
    if store.conn.execute("SELECT 1 FROM rhythm_runs WHERE status = 'running' LIMIT 1").fetchone() is None:
        return 0  # the usual start: nothing to write, so no write lock either
    now = iso()
    with transaction(store.conn):
        count = store.conn.execute("UPDATE rhythm_runs SET status = 'crashed', ended_at = ?, updated_at = ? "
                                   "WHERE status = 'running'", [now, now]).rowcount
    if count:
        log.info("%d rhythm run(s) were cut off last time and are now marked crashed (their hits are kept)", count)
    return count


def _loads(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def runs_for_class(store: Store, class_id: str) -> list[RunSummary]:
    """The class's runs, newest first, without deleted ones."""
    rows = store.conn.execute("""
        SELECT r.id, r.started_at, r.pattern_id, r.status, r.summary_json, r.settings_json, r.session_id,
          (SELECT COUNT(*) FROM rhythm_hits h WHERE h.run_id = r.id AND h.deleted_at IS NULL)
        FROM rhythm_runs r WHERE r.class_id = ? AND r.deleted_at IS NULL
        ORDER BY r.started_at DESC, r.rowid DESC""", [class_id]).fetchall()
    runs = []
    for run_id, started_at, pattern_id, status, summary_json, settings_json, session_id, hits in rows:
        summary, settings = _loads(summary_json), _loads(settings_json)
        together = summary.get("togetherness")
        players = summary.get("players") or settings.get("players") or []
        title = summary.get("title") or settings.get("title") or pattern_id
        runs.append(RunSummary(run_id, started_at, pattern_id, str(title), status,
                               together if isinstance(together, int) else None,
                               len(players) if isinstance(players, list) else 0, int(hits), session_id))
    return runs


def run_summary(store: Store, run_id: str) -> dict[str, Any]:
    """The summary the engine sent ({} if it never did)."""
    row = store.conn.execute("SELECT summary_json FROM rhythm_runs WHERE id = ?", [run_id]).fetchone()
    return _loads(row[0]) if row else {}


def run_hits(store: Store, run_id: str) -> list[StoredHit]:
    rows = store.conn.execute("SELECT player, student_id, t_ms, beat, offset_ms, grade FROM rhythm_hits "
                              "WHERE run_id = ? AND deleted_at IS NULL ORDER BY t_ms, rowid", [run_id])
    return [StoredHit(*row) for row in rows]
