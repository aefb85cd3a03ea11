"""Counts for `python -m app info`: what is in a data folder, at a glance."""

from __future__ import annotations

from typing import Any

from app.store import migrations
from app.store.db import Store
from app.store.journal import VISIBILITIES


def _count(store: Store, table: str) -> int:
    return int(store.conn.execute(f"SELECT COUNT(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0])


def info(store: Store) -> dict[str, Any]:
    entries = dict.fromkeys(VISIBILITIES, 0)
    for visibility, count in store.conn.execute(
            "SELECT visibility, COUNT(*) FROM journal_entries WHERE deleted_at IS NULL GROUP BY visibility"):
        entries[visibility] = count
    return {
        "schema_version": migrations.current_version(store.conn),
        "data_dir": str(store.data_dir.resolve()),
        "classes": _count(store, "classes"),
        "students": _count(store, "students"),
        "sessions": _count(store, "sessions"),
        "journal_entries": entries,
        "rhythm_runs": _count(store, "rhythm_runs"),
        "decks": _count(store, "decks"),
    }
