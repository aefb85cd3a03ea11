"""How far each session got is saved as it goes, survives an upgrade, and the summary's counts come from the store."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.demo.classroom import DEMO_CLASS_ID, create_demo
from app.store import open_store
from app.store.card_history import record_draw, set_outcome
from app.store.db import DB_NAME
from app.store.ids import iso
from app.store.journal import Author, save_entry
from app.store.migrations import LATEST, MIGRATIONS, _statements, current_version
from app.store.rhythm import finish_run, start_run
from app.store.runner import (
    finish_session,
    mark_attendance,
    mark_turn_passed,
    record_turn,
    save_groups,
    save_position,
    start_session,
)
from app.store.sessions import session_figures, sessions_of
from app.store.students import students_in


def _session(store, session_id: str):
    return next(s for s in sessions_of(store, DEMO_CLASS_ID) if s.id == session_id)


def test_the_furthest_step_is_kept_even_when_the_facilitator_goes_back(store) -> None:
    create_demo(store)
    session = start_session(store, DEMO_CLASS_ID, "s01-who-am-i", "self")
    assert (_session(store, session).furthest, _session(store, session).status) == (0, "running")
    for slide in (1, 2, 5, 3, 2):
        save_position(store, session, slide, 60_000, True, slides=19)
    shown = _session(store, session)
    assert (shown.furthest, shown.slide_count) == (5, 19)
    save_position(store, session, 7, None, False)   # a position without the count: the furthest is untouched
    assert _session(store, session).furthest == 5
    save_position(store, session, 7, None, False, slides=19)
    finish_session(store, session)
    shown = _session(store, session)
    assert (shown.furthest, shown.slide_count, shown.status) == (7, 19, "finished")
    ended = store.conn.execute("SELECT ended_at FROM session_state WHERE session_id = ?", [session]).fetchone()[0]
    assert ended and ended.endswith("Z")
    finish_session(store, session)   # twice: the first end stands
    assert store.conn.execute("SELECT ended_at FROM session_state WHERE session_id = ?",
                              [session]).fetchone()[0] == ended


def test_a_crashed_session_nobody_resumed_ended_when_it_was_last_saved(store) -> None:
    create_demo(store)
    session = start_session(store, DEMO_CLASS_ID, "s01-who-am-i", "self")
    save_position(store, session, 4, 1000, True, slides=19)
    store.conn.execute("UPDATE session_state SET updated_at = '2026-01-05T10:20:00.000Z'")
    store.conn.commit()
    finish_session(store, session, at_last_save=True)
    assert store.conn.execute("SELECT ended_at FROM session_state").fetchone()[0] == "2026-01-05T10:20:00.000Z"


def test_sessions_recorded_without_the_runner_have_no_step(store) -> None:
    create_demo(store)   # the demo's two sessions are records, as an imported or typed-in session would be
    found = [(s.furthest, s.slide_count, s.status) for s in sessions_of(store, DEMO_CLASS_ID)]
    assert found == [(None, None, None)] * 2


def test_an_older_database_gets_the_furthest_step_from_where_each_session_stopped(data_dir: Path) -> None:
    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / DB_NAME)
    conn.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                 "applied_at TEXT NOT NULL)")
    for number in range(1, 8):   # the schema as version 7 left it
        for statement in _statements(MIGRATIONS[number - 1][1]):
            conn.execute(statement)
        conn.execute("INSERT INTO schema_version VALUES (?, 'old', '2026-01-01T00:00:00Z')", [number])
    conn.execute("INSERT INTO classes (id, name, created_at, updated_at) VALUES ('c1', '7C', 'x', 'x')")
    for sid, slide, status in (("early", 4, "finished"), ("whole", 18, "finished"), ("crashed", 2, "running")):
        conn.execute("INSERT INTO sessions (id, class_id, phase, plan_id, held_on, created_at, updated_at) "
                     "VALUES (?, 'c1', 'self', 's01-who-am-i', '2026-01-10', 'x', 'x')", [sid])
        conn.execute("INSERT INTO session_state (session_id, slide, status, started_at, updated_at) "
                     "VALUES (?, ?, ?, '2026-01-10T09:00:00.000Z', '2026-01-10T09:50:00.000Z')", [sid, slide, status])
    conn.execute("INSERT INTO sessions (id, class_id, phase, plan_id, held_on, created_at, updated_at) "
                 "VALUES ('typed', 'c1', 'self', 's01-who-am-i', '2026-01-03', 'x', 'x')")
    conn.commit()
    conn.close()

    store = open_store(data_dir)
    assert current_version(store.conn) == LATEST
    found = {s.id: (s.furthest, s.slide_count, s.status) for s in sessions_of(store, "c1")}
    assert found == {"early": (4, None, "finished"), "whole": (18, None, "finished"),
                     "crashed": (2, None, "running"), "typed": (None, None, None)}
    ended = dict(store.conn.execute("SELECT session_id, ended_at FROM session_state").fetchall())
    assert ended == {"early": "2026-01-10T09:50:00.000Z", "whole": "2026-01-10T09:50:00.000Z", "crashed": None}
    assert session_figures(store, "early").minutes == 50
    store.close()


def test_the_summary_counts_what_happened_and_reads_no_words(store) -> None:
    create_demo(store)
    ids = [s.id for s in students_in(store, DEMO_CLASS_ID)]
    session = start_session(store, DEMO_CLASS_ID, "s01-who-am-i", "self")
    started = datetime.now(UTC)
    mark_attendance(store, session, ids[0], False)
    record_turn(store, session, ids[1])
    record_turn(store, session, ids[2])
    mark_turn_passed(store, record_turn(store, session, ids[3]))
    save_groups(store, DEMO_CLASS_ID, session, [ids[1:6], ids[6:]])
    draw = record_draw(store, session, "scenes", "Scenes", "The new student")
    record_draw(store, session, "scenes", "Scenes", "The lunch table")
    set_outcome(store, draw, "returned")
    for together in (61, 78, None):
        run = start_run(store, DEMO_CLASS_ID, session, "steady-pulse", {"title": "Steady Pulse"})
        finish_run(store, run, {"togetherness": together} if together is not None else None, "finished")
    save_entry(store, Author(ids[4]), None, body="private words", session_id=session)
    save_entry(store, Author(ids[5]), None, body="written in the kiosk", visibility="facilitator")
    save_entry(store, Author(ids[7]), None, body="written last week")
    deleted = save_entry(store, Author(ids[6]), None, body="gone", session_id=session)
    store.conn.execute("UPDATE journal_entries SET created_at = '2020-01-01T10:00:00.000Z' "
                       "WHERE body = 'written last week'")
    store.conn.execute("UPDATE journal_entries SET deleted_at = ? WHERE id = ?", [iso(), deleted])
    store.conn.execute("UPDATE journal_entries SET created_at = ? WHERE body = 'written in the kiosk'",
                       [iso(started)])
    save_position(store, session, 9, None, False, slides=19)
    store.conn.commit()
    finish_session(store, session)

    figures = session_figures(store, session)
    assert (figures.furthest, figures.slide_count, figures.minutes) == (9, 19, 0)
    assert (figures.turns, figures.passes, figures.groupings) == (2, 1, 1)
    assert (figures.cards, figures.cards_returned) == (2, 1)
    assert (figures.rhythm_runs, figures.best_togetherness) == (3, 78)
    assert figures.journal_entries == 2   # its own and the kiosk's while it ran
    assert (figures.present, figures.students) == (11, 12)
    later = session_figures(store, session, now=started + timedelta(hours=3))
    assert later.minutes == 0   # ended: the end is the end, not now


def test_how_far_a_session_got_travels_in_bundles_and_older_bundles_still_import(store, tmp_path: Path) -> None:
    import json
    import zipfile

    from app.store.exchange import export_bundle, import_bundle

    create_demo(store)
    session = start_session(store, DEMO_CLASS_ID, "s01-who-am-i", "self")
    save_position(store, session, 5, 60_000, True, slides=19)
    bundle = export_bundle(store, tmp_path / "new.eabundle")[0]
    other = open_store(tmp_path / "other")
    import_bundle(other, bundle, backup=False)
    assert (_session(other, session).furthest, _session(other, session).slide_count) == (5, 19)
    # A bundle written before the columns existed (schema 7): its sessions arrive with "not known".
    with zipfile.ZipFile(bundle) as archive:
        manifest, body = json.loads(archive.read("manifest.json")), json.loads(archive.read("data.json"))
    for row in body["tables"]["sessions"]:
        del row["furthest_slide"], row["slide_count"]
    data = json.dumps(body).encode()
    import hashlib

    manifest["sha256"], manifest["schema_version"] = hashlib.sha256(data).hexdigest(), 7
    older = tmp_path / "older.eabundle"
    with zipfile.ZipFile(older, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("data.json", data)
    fresh = open_store(tmp_path / "fresh")
    import_bundle(fresh, older, backup=False)
    assert _session(fresh, session).furthest is None
