"""An explicit transaction: Python's sqlite3 does not open one for DDL on its own.

Code outside the store says `with transaction(store):` (the store keeps its connection to itself); the store's own
modules may pass the connection."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol


class HasConnection(Protocol):
    conn: sqlite3.Connection


@contextmanager
def transaction(target: sqlite3.Connection | HasConnection) -> Iterator[sqlite3.Connection]:
    """All or nothing: a crash or error half-way leaves the database as it was."""
    conn = target if isinstance(target, sqlite3.Connection) else target.conn
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
