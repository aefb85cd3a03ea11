"""The demo class in a new store, built by the real code once per test run and copied in after that.

`create_demo(store)` (or `first_start(store)`) on a new store costs ~80 ms: it scores two rhythm runs, writes the
journal and the questionnaire rounds. About two hundred fixtures start that way. `add_demo(store)` gives the store
the very same database, page for page: the first call runs the real function on a new store of its own, and every
call copies that result in with SQLite's backup. A store that is not new (a test wrote to it first) gets the real
function, so the result is always what the function itself would have made.

The demo's dates count back from the day the image was made: the day the test run started.
"""

from __future__ import annotations

import atexit
import shutil
import sqlite3
import tempfile
from pathlib import Path

from app.demo.classroom import create_demo
from app.demo.classroom import first_start as demo_first_start
from app.store import Store, open_store
from app.store.migrations import LATEST, current_version

_IMAGES: dict[bool, Path] = {}


def _is_new(store: Store) -> bool:
    """Migrated to the latest schema and nothing written since (only the schema's own version rows)."""
    conn = store.conn
    if conn.in_transaction or current_version(conn) != LATEST:
        return False
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                             "LIKE 'sqlite%' AND name != 'schema_version'")]
    return not any(conn.execute(f'SELECT EXISTS (SELECT 1 FROM "{table}")').fetchone()[0] for table in tables)


def _image(first_start: bool) -> Path:
    if first_start not in _IMAGES:
        folder = Path(tempfile.mkdtemp(prefix="ea-demo-image-"))
        atexit.register(shutil.rmtree, folder, True)
        made = open_store(folder)
        assert (demo_first_start if first_start else create_demo)(made)
        made.close()
        _IMAGES[first_start] = folder / made.path.name
    return _IMAGES[first_start]


def add_demo(store: Store, *, first_start: bool = False) -> None:
    """Exactly `create_demo(store)`, or `first_start(store)` with first_start=True (the demo class and the
    setting that it was added), on a new store."""
    if not _is_new(store):
        (demo_first_start if first_start else create_demo)(store)
        return
    image = sqlite3.connect(_image(first_start))
    try:
        image.backup(store.conn)
    finally:
        image.close()
