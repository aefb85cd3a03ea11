"""Shared fixtures: real SQLite in a temporary data folder, real curriculum files on disk."""

from __future__ import annotations

import os
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.store import Store, open_store  # noqa: E402

PHASES = """
[[phase]]
id = "self"
title = "Self"
tagline = "Who am I?"
summary = "Identity and self-worth."
colour = "#C8553D"

[[phase]]
id = "other"
title = "Other"
tagline = "Who are you?"
summary = "People like me and unlike me."
colour = "#2F6690"
"""

PROMPTS = """
[[prompt]]
id = "p-one"
text = "One thing I noticed today was …"
phase = "self"
level = "simple"

[[prompt]]
id = "p-two"
text = "Something that surprised me about someone else was …"
phase = "other"
level = "standard"

[[prompt]]
id = "p-three"
text = "Next time I would …"
phase = "any"
methods = ["writing"]
level = "simple"
"""


def activity_toml(activity_id: str = "self-test", phase: str = "self", title: str = "Test activity") -> str:
    return textwrap.dedent(f'''\
        id = "{activity_id}"
        title = "{title}"
        phase = "{phase}"
        methods = ["circle", "writing"]
        summary = "A short test activity."
        duration = {{ short = 5, full = 10 }}
        group_size = {{ min = 2, max = 30 }}
        space = "Any classroom."
        materials = ["Paper"]
        goals = ["Notice one thing about yourself."]
        prompts = ["p-one", "p-two", "p-three"]
        debrief = ["What did you notice?"]
        wellbeing = "Nobody has to share."
        opt_out = "Say 'pass' at any time."

        [adaptations]
        mobility = "Stay seated."
        hearing = "Write the instructions on the board."
        sight = "Read the projector aloud."
        language = "Use the simple prompts."
        literacy = "Draw instead of writing."
        group_size = "Work in pairs for big groups."
        shy = "Write instead of speaking."

        [[step]]
        title = "Think"
        minutes = 4
        short_minutes = 2
        script = "Ask everyone to think quietly."
        projector = ["Think quietly for a minute."]

        [[step]]
        title = "Share and debrief"
        minutes = 6
        short_minutes = 3
        script = 'Say: "You can always pass." Invite anyone who wants to share, then ask: "What did you notice?"'
        projector = ["Share if you want to.", "You can always pass."]
        ''')


@pytest.fixture(autouse=True, scope="session")
def english() -> None:
    """The suite reads the app in English, whatever the machine's language (tests of Spanish say so)."""
    from app import i18n

    os.environ["LANGUAGE"] = "en"   # and the subprocesses the tests start
    i18n.set_language("en")


@pytest.fixture
def curriculum_dir(tmp_path: Path) -> Path:
    """A small, valid curriculum folder that a test can then break on purpose."""
    root = tmp_path / "activities"
    (root / "self").mkdir(parents=True)
    (root / "other").mkdir()
    (root / "prompts").mkdir()
    (root / "phases.toml").write_text(PHASES, encoding="utf-8")
    (root / "prompts" / "bank.toml").write_text(PROMPTS, encoding="utf-8")
    (root / "self" / "self-test.toml").write_text(activity_toml(), encoding="utf-8")
    (root / "other" / "other-test.toml").write_text(
        activity_toml("other-test", "other", "Other test"), encoding="utf-8")
    return root


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened = open_store(data_dir)
    yield opened
    opened.close()


def damaged_database_with_backup(data_dir: Path, pages: slice) -> tuple[Path, bytes]:
    """A database of 300 classes with a good backup, then its `pages` (4 KiB each) scribbled over.

    Returns the backup and the damaged bytes, so a test can check the file was left as it was.
    """
    from app.store.backup import make_backup
    from app.store.classes import create_class
    from app.store.db import DB_NAME

    store = open_store(data_dir)
    for n in range(300):
        create_class(store, f"class {n}")
    backup = make_backup(data_dir, source=store.conn)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    path = data_dir / DB_NAME
    raw = bytearray(path.read_bytes())
    for page in range(*pages.indices(len(raw) // 4096)):
        raw[page * 4096:(page + 1) * 4096] = b"\xff" * 4096
    path.write_bytes(bytes(raw))
    return backup, bytes(raw)


def damage_an_index(data_dir: Path) -> bytes:
    """One character of one key in the class-id index changed: every page is sound (quick_check says ok),
    but the index no longer matches its table, so a duplicate id could get in. Returns the damaged bytes."""
    import sqlite3

    from app.store.classes import create_class
    from app.store.db import DB_NAME

    store = open_store(data_dir)
    for n in range(300):
        create_class(store, f"class {n}")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = [r[0] for r in store.conn.execute("SELECT pageno FROM dbstat WHERE name = 'sqlite_autoindex_classes_1' "
                                              "AND pagetype = 'leaf'")]
    victim = store.conn.execute("SELECT id FROM classes ORDER BY id LIMIT 1 OFFSET 150").fetchone()[0].encode()
    store.close()
    path = data_dir / DB_NAME
    raw = bytearray(path.read_bytes())
    for page in pages:  # every copy on the index's pages: a page split can leave a stale one in free space
        start = (page - 1) * 4096
        at = raw.find(victim, start, start + 4096)
        while at != -1:
            raw[at + 1] = ord("0") if raw[at + 1] != ord("0") else ord("1")
            at = raw.find(victim, at + 1, start + 4096)
    path.write_bytes(bytes(raw))
    check = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    assert check.execute("PRAGMA quick_check").fetchall() == [("ok",)], "meant to be damage quick_check misses"
    assert check.execute("PRAGMA integrity_check").fetchall() != [("ok",)], "the index was not damaged"
    check.close()
    return bytes(raw)
