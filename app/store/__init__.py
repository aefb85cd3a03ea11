"""Everything that touches SQLite. The UI calls these functions; it never builds SQL."""

from app.store.db import DamagedDatabaseError, NewerDatabaseError, Store, StoreError, open_store

__all__ = ["DamagedDatabaseError", "NewerDatabaseError", "Store", "StoreError", "open_store"]
