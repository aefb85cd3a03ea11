"""Students: as little as possible about a child (a display name and an avatar)."""

from __future__ import annotations

from dataclasses import dataclass

from app.store.db import Store
from app.store.ids import iso, new_id


@dataclass(frozen=True)
class Student:
    id: str
    class_id: str
    display_name: str
    pronouns: str | None
    avatar_colour: str
    avatar_icon: str


def add_student(store: Store, class_id: str, display_name: str, *, avatar_colour: str = "#888888",
                avatar_icon: str = "star", pronouns: str | None = None, student_id: str | None = None) -> str:
    """Insert one student; the caller owns the transaction when adding many."""
    student_id = student_id or new_id()
    now = iso()
    store.db["students"].insert({
        "id": student_id, "class_id": class_id, "display_name": display_name.strip(), "pronouns": pronouns,
        "avatar_colour": avatar_colour, "avatar_icon": avatar_icon, "created_at": now, "updated_at": now,
    })
    return student_id


def students_in(store: Store, class_id: str) -> list[Student]:
    rows = store.conn.execute(
        "SELECT id, class_id, display_name, pronouns, avatar_colour, avatar_icon FROM students "
        "WHERE class_id = ? AND deleted_at IS NULL ORDER BY display_name COLLATE NOCASE", [class_id]).fetchall()
    return [Student(*row) for row in rows]
