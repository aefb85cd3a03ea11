"""Small key/value settings that belong with the data (they travel with a USB data folder)."""

from __future__ import annotations

from app.store.db import Store
from app.store.ids import iso


def get_setting(store: Store, key: str, default: str | None = None) -> str | None:
    row = store.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def set_setting(store: Store, key: str, value: str) -> None:
    store.db["settings"].upsert({"key": key, "value": value, "updated_at": iso()}, pk="key")
