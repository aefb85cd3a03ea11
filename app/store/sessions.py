"""Sessions: one meeting of a class, with its attendance, how far it got, and what happened in it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from app.store.db import Store
from app.store.ids import iso, new_id
from app.store.rhythm import runs_for_class


@dataclass(frozen=True)
class SessionSummary:
    id: str
    phase: str
    plan_id: str | None
    held_on: str
    notes: str
    present: int
    absent: int
    furthest: int | None = None      # furthest slide index the runner reached; None: recorded without the runner
    slide_count: int | None = None   # slides of the plan when it ran; None: not known (run before it was saved)
    status: str | None = None        # the runner's: running or finished; None: never run in the runner here
    created_at: str = ""


@dataclass(frozen=True)
class SessionFigures:
    """What happened in one session, in counts only: the end-of-session summary shows them. Journal entries are
    counted, never read, so a private entry's existence is all that shows (and never whose)."""

    session_id: str
    furthest: int | None
    slide_count: int | None
    minutes: int | None          # from start to end (or to now while it runs); None when never run here
    turns: int                   # turns taken (a pass does not count)
    passes: int
    groupings: int               # times groups were made
    cards: int                   # cards drawn (returned ones too: they were on the projector)
    cards_returned: int
    rhythm_runs: int
    best_togetherness: int | None   # the best run's togetherness (0-100); None without a scored run
    journal_entries: int
    present: int
    students: int                # attendance records: present + absent


def add_session(store: Store, class_id: str, *, phase: str, held_on: str, plan_id: str | None = None,
                notes: str = "", session_id: str | None = None) -> str:
    session_id = session_id or new_id()
    now = iso()
    store.db["sessions"].insert({"id": session_id, "class_id": class_id, "phase": phase, "plan_id": plan_id,
                                 "held_on": held_on, "notes": notes, "created_at": now, "updated_at": now})
    return session_id


def set_attendance(store: Store, session_id: str, student_id: str, present: bool) -> None:
    store.db["attendance"].upsert({"session_id": session_id, "student_id": student_id,
                                   "present": int(present), "updated_at": iso()},
                                  pk=("session_id", "student_id"))


def sessions_of(store: Store, class_id: str) -> list[SessionSummary]:
    """Newest first (two on the same day: the later started first), with how far each got."""
    rows = store.conn.execute("""
        SELECT s.id, s.phase, s.plan_id, s.held_on, s.notes,
          (SELECT COUNT(*) FROM attendance a WHERE a.session_id = s.id AND a.present = 1),
          (SELECT COUNT(*) FROM attendance a WHERE a.session_id = s.id AND a.present = 0),
          s.furthest_slide, s.slide_count, st.status, s.created_at
        FROM sessions s LEFT JOIN session_state st ON st.session_id = s.id
        WHERE s.class_id = ? AND s.deleted_at IS NULL
        ORDER BY s.held_on DESC, s.created_at DESC, s.rowid DESC""", [class_id]).fetchall()
    return [SessionSummary(*row) for row in rows]


def _moment(stamp: str | None) -> datetime | None:
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def session_figures(store: Store, session_id: str, now: datetime | None = None) -> SessionFigures:
    """Counts for the end-of-session summary, straight from what the runner saved as it went."""
    conn = store.conn
    row = conn.execute("SELECT s.class_id, s.furthest_slide, s.slide_count, st.started_at, st.ended_at "
                       "FROM sessions s LEFT JOIN session_state st ON st.session_id = s.id WHERE s.id = ?",
                       [session_id]).fetchone()
    if row is None:
        raise KeyError(session_id)
    class_id, furthest, slide_count, started_at, ended_at = row
    started, ended = _moment(started_at), _moment(ended_at) or now or datetime.now(UTC)
    minutes = max(0, round((ended - started).total_seconds() / 60)) if started else None

    def count(sql: str, *args: object) -> int:
        return int(conn.execute(sql, [session_id, *args]).fetchone()[0])

    turns = count("SELECT COUNT(*) FROM turns "  # i18n: not text
                  "WHERE session_id = ? AND deleted_at IS NULL AND passed = 0")
    passes = count("SELECT COUNT(*) FROM turns "  # i18n: not text
                   "WHERE session_id = ? AND deleted_at IS NULL AND passed = 1")
    groupings = count("SELECT COUNT(*) FROM groupings WHERE session_id = ? AND deleted_at IS NULL")  # i18n: not text
    cards = count("SELECT COUNT(*) FROM card_draws WHERE session_id = ? AND deleted_at IS NULL")  # i18n: not text
    returned = count("SELECT COUNT(*) FROM card_draws WHERE session_id = ? AND deleted_at IS NULL "  # i18n: not text
                     "AND outcome = 'returned'")
    # Entries tied to the session, and those the class's students wrote while it ran without naming a session
    # (a kiosk or a journal opened on its own): only their number is read.
    journal = count("SELECT COUNT(*) FROM journal_entries "  # i18n: not text
                    "WHERE session_id = ? AND deleted_at IS NULL")
    if started_at:
        journal += int(conn.execute("""
            SELECT COUNT(*) FROM journal_entries WHERE session_id IS NULL AND deleted_at IS NULL
              AND created_at >= ? AND created_at <= ? AND student_id IN (SELECT id FROM students WHERE class_id = ?)
            """, [started_at, ended_at or iso(ended), class_id]).fetchone()[0])
    present = count("SELECT COUNT(*) FROM attendance WHERE session_id = ? AND present = 1")  # i18n: not text
    students = count("SELECT COUNT(*) FROM attendance WHERE session_id = ?")  # i18n: not text
    runs = [r for r in runs_for_class(store, class_id) if r.session_id == session_id]
    scored = [r.togetherness for r in runs if r.togetherness is not None]
    return SessionFigures(session_id, furthest, slide_count, minutes, turns, passes, groupings, cards, returned,
                          len(runs), max(scored) if scored else None, journal, present, students)


def held_on_by_id(store: Store) -> dict[str, str]:
    """Every session's date by its id (deleted ones too: an entry keeps the date of the session it was written in)."""
    return {row[0]: row[1] for row in store.conn.execute("SELECT id, held_on FROM sessions")}
