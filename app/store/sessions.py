"""Sessions: one meeting of a class, with its attendance."""

from __future__ import annotations

from dataclasses import dataclass

from app.store.db import Store
from app.store.ids import iso, new_id


@dataclass(frozen=True)
class SessionSummary:
    id: str
    phase: str
    plan_id: str | None
    held_on: str
    notes: str
    present: int
    absent: int


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
    rows = store.conn.execute("""
        SELECT s.id, s.phase, s.plan_id, s.held_on, s.notes,
          (SELECT COUNT(*) FROM attendance a WHERE a.session_id = s.id AND a.present = 1),
          (SELECT COUNT(*) FROM attendance a WHERE a.session_id = s.id AND a.present = 0)
        FROM sessions s WHERE s.class_id = ? AND s.deleted_at IS NULL
        ORDER BY s.held_on DESC""", [class_id]).fetchall()
    return [SessionSummary(*row) for row in rows]
