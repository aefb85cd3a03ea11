"""Classes: the groups a facilitator runs the program with."""

from __future__ import annotations

from dataclasses import dataclass

from app.store.db import Store
from app.store.ids import iso, new_id
from app.store.tx import transaction


@dataclass(frozen=True)
class ClassSummary:
    id: str
    name: str
    students: int
    sessions: int
    last_session: str | None


def create_class(store: Store, name: str, *, class_id: str | None = None) -> str:
    class_id = class_id or new_id()
    now = iso()
    with transaction(store.conn):
        store.db["classes"].insert({"id": class_id, "name": name.strip(), "created_at": now, "updated_at": now})
    return class_id


def list_classes(store: Store) -> list[ClassSummary]:
    """Live (not archived, not deleted) classes with the figures the home screen shows."""
    rows = store.conn.execute("""
        SELECT c.id, c.name,
          (SELECT COUNT(*) FROM students s WHERE s.class_id = c.id AND s.deleted_at IS NULL),
          (SELECT COUNT(*) FROM sessions x WHERE x.class_id = c.id AND x.deleted_at IS NULL),
          (SELECT MAX(held_on) FROM sessions x WHERE x.class_id = c.id AND x.deleted_at IS NULL)
        FROM classes c WHERE c.deleted_at IS NULL AND c.archived_at IS NULL
        ORDER BY c.name COLLATE NOCASE""").fetchall()
    return [ClassSummary(*row) for row in rows]


def class_by_name(store: Store, name: str) -> ClassSummary | None:
    """A live class by its name as someone typed it (case and surrounding spaces do not matter)."""
    wanted = name.strip().casefold()
    return next((c for c in list_classes(store) if c.name.casefold() == wanted), None)


def class_exists(store: Store, class_id: str, *, include_deleted: bool = False) -> bool:
    sql = "SELECT 1 FROM classes WHERE id = ?"  # i18n: not text
    sql += "" if include_deleted else " AND deleted_at IS NULL"  # i18n: not text
    return store.conn.execute(sql, [class_id]).fetchone() is not None


def rename_class(store: Store, class_id: str, name: str) -> None:
    with transaction(store.conn):
        store.conn.execute("UPDATE classes SET name = ?, updated_at = ? WHERE id = ?", [name.strip(), iso(), class_id])


def archive_class(store: Store, class_id: str, archived: bool = True) -> None:
    """Archived classes leave the home screen but keep everything (they can be brought back)."""
    with transaction(store.conn):
        store.conn.execute("UPDATE classes SET archived_at = ?, updated_at = ? WHERE id = ?",
                           [iso() if archived else None, iso(), class_id])


def archived_classes(store: Store) -> list[tuple[str, str]]:
    return [tuple(r) for r in store.conn.execute(  # type: ignore[misc]
        "SELECT id, name FROM classes WHERE archived_at IS NOT NULL AND deleted_at IS NULL ORDER BY name")]
