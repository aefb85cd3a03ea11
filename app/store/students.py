"""Students: as little as possible about a child (a display name and an avatar)."""

from __future__ import annotations

from dataclasses import dataclass

from app.store.db import Store
from app.store.ids import iso, new_id
from app.store.tx import transaction


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


def update_student(store: Store, student_id: str, *, display_name: str, pronouns: str | None,
                   avatar_colour: str, avatar_icon: str) -> None:
    with transaction(store.conn):
        store.conn.execute("UPDATE students SET display_name = ?, pronouns = ?, avatar_colour = ?, avatar_icon = ?, "
                           "updated_at = ? WHERE id = ?",
                           [display_name.strip(), pronouns or None, avatar_colour, avatar_icon, iso(), student_id])


def remove_student(store: Store, student_id: str) -> None:
    """A tombstone, so a merge from another laptop never brings the student back."""
    with transaction(store.conn):
        store.conn.execute("UPDATE students SET deleted_at = ?, updated_at = ? WHERE id = ?",
                           [iso(), iso(), student_id])


def add_students(store: Store, class_id: str, rows: list[tuple[str, str | None, str, str]]) -> list[str]:
    """Many at once (an import): all or nothing."""
    with transaction(store.conn):
        return [add_student(store, class_id, name, pronouns=pronouns, avatar_colour=colour, avatar_icon=icon)
                for name, pronouns, colour, icon in rows]


def in_class(store: Store, class_id: str, student_id: str) -> tuple[bool, str | None]:
    """(still in the class?, their PIN record or None): what a signed-in device is checked against."""
    row = store.conn.execute("SELECT pin_hash FROM students WHERE id = ? AND class_id = ? AND deleted_at IS NULL",
                             [student_id, class_id]).fetchone()
    return (row is not None, (row[0] or None) if row else None)


def display_name(store: Store, student_id: str) -> str:
    row = store.conn.execute("SELECT display_name FROM students WHERE id = ?", [student_id]).fetchone()
    return row[0] if row else ""
