"""Small key/value settings that belong with the data (they travel with a USB data folder)."""

from __future__ import annotations

import logging
import sqlite3

from app.i18n import translate
from app.store.db import Store, StoreError
from app.store.ids import iso
from app.store.tx import transaction

log = logging.getLogger(__name__)


def get_setting(store: Store, key: str, default: str | None = None) -> str | None:
    row = store.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def set_setting(store: Store, key: str, value: str) -> None:
    store.db["settings"].upsert({"key": key, "value": value, "updated_at": iso()}, pk="key")


def save_setting(store: Store, key: str, value: str) -> None:
    """One setting in its own transaction; StoreError (the old value kept) when the disk or the file refuses."""
    try:
        with transaction(store.conn):
            set_setting(store, key, value)
    except sqlite3.Error as error:
        raise StoreError(translate("store.settings", "The setting could not be saved ({problem}).").format(
            problem=error)) from error


def setting_or_none(store: Store, key: str) -> str | None:
    """A setting read where a damaged settings table must not stop anything (the language at start)."""
    try:
        return get_setting(store, key)
    except sqlite3.Error as error:
        log.warning("setting %s could not be read: %s", key, error)
        return None
