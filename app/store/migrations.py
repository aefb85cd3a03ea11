"""Numbered schema migrations; each runs once, in a transaction, and is recorded in schema_version.

Every table that can travel between laptops has a UUID `id`, `updated_at` for last-writer-wins
merges, and `deleted_at` as a tombstone so a merge never brings a deletion back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from app.store.ids import iso
from app.store.tx import transaction

_V1 = """
CREATE TABLE classes (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    archived_at TEXT,
    deleted_at TEXT
);
CREATE TABLE students (
    id TEXT PRIMARY KEY,
    class_id TEXT NOT NULL REFERENCES classes(id),
    display_name TEXT NOT NULL,
    pronouns TEXT,
    avatar_colour TEXT NOT NULL DEFAULT '#888888',
    avatar_icon TEXT NOT NULL DEFAULT 'star',
    pin_hash TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX students_class ON students(class_id);
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    class_id TEXT NOT NULL REFERENCES classes(id),
    phase TEXT NOT NULL,
    plan_id TEXT,
    held_on TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX sessions_class ON sessions(class_id);
CREATE TABLE session_activities (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id),
    position INTEGER NOT NULL,
    activity_id TEXT NOT NULL,
    planned_minutes INTEGER NOT NULL,
    actual_minutes INTEGER,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE TABLE attendance (
    session_id TEXT NOT NULL REFERENCES sessions(id),
    student_id TEXT NOT NULL REFERENCES students(id),
    present INTEGER NOT NULL CHECK (present IN (0, 1)),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (session_id, student_id)
);
CREATE TABLE journal_entries (
    id TEXT PRIMARY KEY,
    student_id TEXT NOT NULL REFERENCES students(id),
    session_id TEXT REFERENCES sessions(id),
    prompt_id TEXT,
    body TEXT NOT NULL DEFAULT '',
    visibility TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN ('private', 'facilitator', 'class')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX journal_student ON journal_entries(student_id);
CREATE TABLE rhythm_runs (
    id TEXT PRIMARY KEY,
    class_id TEXT REFERENCES classes(id),
    session_id TEXT REFERENCES sessions(id),
    pattern_id TEXT NOT NULL,
    started_at TEXT NOT NULL,
    summary_json TEXT NOT NULL DEFAULT '{}',
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE TABLE decks (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""

_V2 = """
CREATE TABLE session_state (
    session_id TEXT PRIMARY KEY REFERENCES sessions(id),
    slide INTEGER NOT NULL DEFAULT 0,
    timer_remaining_ms INTEGER,
    timer_running INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'finished')),
    started_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE turns (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id),
    student_id TEXT NOT NULL REFERENCES students(id),
    passed INTEGER NOT NULL DEFAULT 0 CHECK (passed IN (0, 1)),
    taken_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX turns_session ON turns(session_id);
CREATE TABLE groupings (
    id TEXT PRIMARY KEY,
    session_id TEXT REFERENCES sessions(id),
    class_id TEXT NOT NULL REFERENCES classes(id),
    groups_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX groupings_class ON groupings(class_id);
CREATE TABLE pair_rules (
    id TEXT PRIMARY KEY,
    class_id TEXT NOT NULL REFERENCES classes(id),
    student_a TEXT NOT NULL REFERENCES students(id),
    student_b TEXT NOT NULL REFERENCES students(id),
    kind TEXT NOT NULL CHECK (kind IN ('apart', 'together')),
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
"""

_V3 = """
CREATE TABLE deck_cards (
    id TEXT PRIMARY KEY,
    deck_id TEXT NOT NULL REFERENCES decks(id),
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    role TEXT,
    audience_json TEXT NOT NULL DEFAULT '[]',
    intensity INTEGER NOT NULL DEFAULT 1 CHECK (intensity BETWEEN 1 AND 3),
    content_notes_json TEXT NOT NULL DEFAULT '[]',
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX deck_cards_deck ON deck_cards(deck_id, position);
"""

_V4 = """
CREATE TABLE card_draws (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id),
    deck_id TEXT NOT NULL,
    deck_title TEXT NOT NULL,
    card_title TEXT NOT NULL,
    outcome TEXT NOT NULL DEFAULT 'shown' CHECK (outcome IN ('shown', 'played', 'returned')),
    drawn_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX card_draws_session ON card_draws(session_id, drawn_at);
ALTER TABLE rhythm_runs ADD COLUMN status TEXT NOT NULL DEFAULT 'finished'
    CHECK (status IN ('running', 'finished', 'stopped', 'crashed'));
ALTER TABLE rhythm_runs ADD COLUMN ended_at TEXT;
ALTER TABLE rhythm_runs ADD COLUMN settings_json TEXT NOT NULL DEFAULT '{}';
CREATE TABLE rhythm_hits (
    id TEXT PRIMARY KEY,
    run_id TEXT NOT NULL REFERENCES rhythm_runs(id),
    player TEXT NOT NULL,
    student_id TEXT REFERENCES students(id),
    t_ms REAL NOT NULL,
    beat INTEGER,
    offset_ms REAL,
    grade TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX rhythm_hits_run ON rhythm_hits(run_id, t_ms);
"""

# Journals. The full-text index holds shared entries only (a private entry's words never enter it) and is
# keyed by journal_entries' rowid, which stays put because the app never VACUUMs (backups copy pages).
# A private entry of a student with a PIN keeps its words sealed (AES-GCM) in `sealed`, with `body` empty;
# `key_salt` names the key that sealed it, so a PIN reset leaves the older entries recognisably locked.
# Reviews (read, facilitator's note) are the facilitator's own and never leave this laptop.
# A tombstone records an id that was deleted outright (a student forgotten, a class purged), so an import
# never brings it back.
_V5 = """
ALTER TABLE journal_entries ADD COLUMN sealed TEXT;
ALTER TABLE journal_entries ADD COLUMN key_salt TEXT;
CREATE INDEX journal_session ON journal_entries(session_id);
CREATE TABLE entry_reviews (
    entry_id TEXT PRIMARY KEY REFERENCES journal_entries(id) ON DELETE CASCADE,
    read_at TEXT,
    note TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE TABLE tombstones (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    deleted_at TEXT NOT NULL
);
CREATE VIRTUAL TABLE journal_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER journal_fts_insert AFTER INSERT ON journal_entries
WHEN new.visibility != 'private' AND new.deleted_at IS NULL BEGIN
    INSERT INTO journal_fts (rowid, body) VALUES (new.rowid, new.body);
END;
CREATE TRIGGER journal_fts_update AFTER UPDATE OF body, visibility, deleted_at ON journal_entries BEGIN
    DELETE FROM journal_fts WHERE rowid = old.rowid;
    INSERT INTO journal_fts (rowid, body) SELECT new.rowid, new.body
        WHERE new.visibility != 'private' AND new.deleted_at IS NULL;
END;
CREATE TRIGGER journal_fts_delete AFTER DELETE ON journal_entries BEGIN
    DELETE FROM journal_fts WHERE rowid = old.rowid;
END;
INSERT INTO journal_fts (rowid, body) SELECT rowid, body FROM journal_entries
    WHERE visibility != 'private' AND deleted_at IS NULL;
"""

_V6 = """
CREATE TABLE net_openings (
    class_id TEXT PRIMARY KEY REFERENCES classes(id),
    code TEXT NOT NULL,
    port INTEGER,
    opened_at TEXT NOT NULL,
    closed_at TEXT
);
CREATE TABLE net_devices (
    token_hash TEXT PRIMARY KEY,
    class_id TEXT NOT NULL REFERENCES classes(id),
    csrf TEXT NOT NULL,
    student_id TEXT REFERENCES students(id),
    joined_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX net_devices_student ON net_devices(student_id);
"""

_V7 = """
CREATE TABLE measure_rounds (
    id TEXT PRIMARY KEY,
    class_id TEXT NOT NULL REFERENCES classes(id),
    session_id TEXT REFERENCES sessions(id),
    instrument_id TEXT NOT NULL,
    round TEXT NOT NULL CHECK (round IN ('pre', 'post', 'session')),
    held_on TEXT NOT NULL,
    demo INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX measure_rounds_class ON measure_rounds(class_id);
CREATE TABLE measure_answers (
    round_id TEXT NOT NULL REFERENCES measure_rounds(id),
    student_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    value INTEGER,
    source TEXT NOT NULL CHECK (source IN ('device', 'kiosk', 'paper', 'import', 'facilitator', 'demo')),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (round_id, student_id, item_id)
);
CREATE INDEX measure_answers_student ON measure_answers(student_id);
CREATE TABLE measure_consent (
    student_id TEXT PRIMARY KEY REFERENCES students(id),
    counted INTEGER NOT NULL DEFAULT 1 CHECK (counted IN (0, 1)),
    research INTEGER NOT NULL DEFAULT 0 CHECK (research IN (0, 1)),
    research_code TEXT UNIQUE,
    updated_at TEXT NOT NULL
);
"""

# How far each session got, so "completed" means the last core step was reached, not merely "was started":
# the furthest slide the runner reached and how many slides the plan had then (NULL: a session recorded
# without the runner, such as one imported from a laptop whose bundle does not carry them). Sessions run
# before this migration take the slide they stopped at, the best that is known. When a session ended, for
# its minutes.
_V8 = """
ALTER TABLE sessions ADD COLUMN furthest_slide INTEGER;
ALTER TABLE sessions ADD COLUMN slide_count INTEGER;
ALTER TABLE session_state ADD COLUMN ended_at TEXT;
UPDATE sessions SET furthest_slide = (SELECT st.slide FROM session_state st WHERE st.session_id = sessions.id)
    WHERE id IN (SELECT session_id FROM session_state);
UPDATE session_state SET ended_at = updated_at WHERE status = 'finished';
"""

# Index = migration number - 1. Append only: a shipped migration is never edited.
MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("tables for classes, students, sessions, journals, rhythm runs, decks, settings", _V1),
    ("session runner state, fair turns, groupings, keep-apart/keep-together pairs", _V2),
    ("cards of the decks facilitators write", _V3),
    ("the session's card history; rhythm hits and how a run ended", _V4),
    ("journals: sealed private entries, search of shared ones, reviews; tombstones", _V5),
    ("the class network: the open class's join code and the devices joined to it", _V6),
    ("measurement: questionnaire rounds, answers per item, and each student's consent", _V7),
    ("how far each session got (furthest slide of how many) and when it ended", _V8),
)
LATEST = len(MIGRATIONS)


def _statements(script: str) -> Iterator[str]:
    """Split a script on statement ends (sqlite3.complete_statement copes with triggers)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            yield buffer.strip()
            buffer = ""
    if buffer.strip():
        yield buffer.strip()


def current_version(conn: sqlite3.Connection) -> int:
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").fetchone() is None:
        return 0
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database up to LATEST; returns how many migrations ran."""
    with transaction(conn):
        conn.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                     "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)")
    start = current_version(conn)
    for number in range(start + 1, LATEST + 1):
        description, script = MIGRATIONS[number - 1]
        with transaction(conn):
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                         (number, description, iso()))
    return LATEST - start
