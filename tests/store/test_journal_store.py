"""A student's journal in the real database: sealing, PINs, the facilitator's review and search, forgetting."""

from __future__ import annotations

from datetime import date

import pytest

from app.store import Store
from app.store.classes import create_class
from app.store.forget import classes_due_for_purge, footprint, forget_student, purge_class
from app.store.journal import (
    NotSaved,
    delete_own_entry,
    has_pin,
    own_entries,
    reset_pin,
    save_entry,
    sealed_count,
    set_pin,
    sign_in,
)
from app.store.journal_review import MARK_END, MARK_START, mark_read, search_shared, set_note, shared_entries
from app.store.kiosk import check_password, has_password, set_password
from app.store.sealing import pin_problem
from app.store.sessions import add_session
from app.store.students import add_student, students_in
from app.store.tx import transaction


@pytest.fixture
def room(store: Store) -> tuple[Store, str, str, str]:
    class_id = create_class(store, "7C")
    with transaction(store.conn):
        ana = add_student(store, class_id, "Ana")
        ben = add_student(store, class_id, "Ben")
    return store, class_id, ana, ben


def test_a_private_entry_with_a_pin_never_reaches_the_disk_in_the_clear(room) -> None:
    store, _, ana, _ = room
    author = set_pin(store, sign_in(store, ana), "2468")
    entry = save_entry(store, author, None, body="my secret worry about the test")
    body, sealed = store.conn.execute("SELECT body, sealed FROM journal_entries WHERE id = ?", [entry]).fetchone()
    assert body == "" and sealed
    assert b"secret worry" not in store.path.read_bytes()
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"secret worry" not in store.path.read_bytes()
    assert [e.body for e in own_entries(store, sign_in(store, ana, "2468"))] == ["my secret worry about the test"]


def test_setting_a_pin_seals_the_older_private_entries_and_only_those(room) -> None:
    store, _, ana, _ = room
    author = sign_in(store, ana)
    private = save_entry(store, author, None, body="before the pin")
    shared = save_entry(store, author, None, body="for the wall", visibility="class")
    set_pin(store, author, "1357")
    rows = dict(store.conn.execute("SELECT id, body FROM journal_entries").fetchall())
    assert rows == {private: "", shared: "for the wall"}
    assert sealed_count(store, ana) == 1


def test_a_wrong_pin_signs_nobody_in(room) -> None:
    store, _, ana, ben = room
    set_pin(store, sign_in(store, ana), "1111")
    assert has_pin(store, ana) and not has_pin(store, ben)
    assert sign_in(store, ana, "2222") is None
    assert sign_in(store, ana) is None
    assert sign_in(store, ana, "1111") is not None


def test_after_a_pin_reset_older_private_entries_stay_locked_and_new_ones_open(room) -> None:
    store, _, ana, _ = room
    author = set_pin(store, sign_in(store, ana), "9999")
    save_entry(store, author, None, body="old words")
    reset_pin(store, ana)
    fresh = set_pin(store, sign_in(store, ana), "1234")
    save_entry(store, fresh, None, body="new words")
    entries = own_entries(store, fresh)
    assert [(e.body, e.locked) for e in entries] == [("new words", False), ("", True)]


def test_changing_visibility_moves_an_entry_in_and_out_of_the_facilitators_view(room) -> None:
    store, class_id, ana, _ = room
    author = set_pin(store, sign_in(store, ana), "4321")
    entry = save_entry(store, author, None, body="sharing this now", visibility="facilitator")
    assert [e.body for e in shared_entries(store, class_id)] == ["sharing this now"]
    assert search_shared(store, "sharing")
    save_entry(store, author, entry, body="sharing this now", visibility="private")
    assert shared_entries(store, class_id) == [] and search_shared(store, "sharing") == []


def test_search_marks_the_matches_and_understands_unfinished_words(room) -> None:
    store, class_id, ana, ben = room
    save_entry(store, sign_in(store, ana), None, body="The drums were loud and fun", visibility="class")
    save_entry(store, sign_in(store, ben), None, body="I liked drumming with Ben's group", visibility="facilitator")
    hits = search_shared(store, "drum", class_id=class_id)
    assert len(hits) == 2
    assert all(MARK_START in h.snippet and MARK_END in h.snippet for h in hits)
    assert search_shared(store, 'drums" OR "x') == []  # typed quotes and operators are searched for, not obeyed


def test_reviews_are_the_facilitators_own_and_need_a_shared_entry(room) -> None:
    store, class_id, ana, _ = room
    author = sign_in(store, ana)
    shared = save_entry(store, author, None, body="please read", visibility="facilitator")
    private = save_entry(store, author, None, body="not for you")
    mark_read(store, shared)
    set_note(store, shared, "talk to her mum? no - ask her first")
    (entry,) = shared_entries(store, class_id)
    assert entry.read_at and entry.note.startswith("talk")
    with pytest.raises(Exception, match="not shared"):
        set_note(store, private, "peeking")
    assert shared_entries(store, class_id, unread_only=True) == []


def test_a_deleted_entry_keeps_no_words(room) -> None:
    store, class_id, ana, _ = room
    author = sign_in(store, ana)
    entry = save_entry(store, author, None, body="delete me", visibility="class")
    delete_own_entry(store, author, entry)
    assert own_entries(store, author) == [] and shared_entries(store, class_id) == []
    assert store.conn.execute("SELECT body FROM journal_entries WHERE id = ?", [entry]).fetchone() == ("",)


def test_a_locked_database_raises_not_saved_with_advice(room) -> None:
    import sqlite3

    store, _, ana, _ = room
    author = sign_in(store, ana)
    store.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(store.path)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(NotSaved, match="stays on screen"):
            save_entry(store, author, None, body="typed while locked")
    finally:
        other.rollback()
        other.close()
    assert save_entry(store, author, None, body="typed after")


def test_forgetting_a_student_removes_everything_about_them_and_leaves_a_tombstone(room) -> None:
    store, class_id, ana, ben = room
    with transaction(store.conn):
        session = add_session(store, class_id, phase="self", held_on="2026-11-01")
    save_entry(store, sign_in(store, ana), None, body="ana's words", visibility="class", session_id=session)
    save_entry(store, sign_in(store, ben), None, body="ben's words", visibility="class", session_id=session)
    assert footprint(store, ana).entries == 1
    forget_student(store, ana)
    assert [s.display_name for s in students_in(store, class_id)] == ["Ben"]
    assert [e.body for e in shared_entries(store, class_id)] == ["ben's words"]
    assert search_shared(store, "ana's") == []
    assert store.conn.execute("SELECT COUNT(*) FROM journal_entries WHERE student_id = ?", [ana]).fetchone() == (0,)
    assert store.conn.execute("SELECT kind FROM tombstones WHERE id = ?", [ana]).fetchone() == ("student",)


def test_retention_finds_classes_whose_last_session_is_old_enough(store: Store) -> None:
    old, recent = create_class(store, "Old"), create_class(store, "Recent")
    with transaction(store.conn):
        add_session(store, old, phase="self", held_on="2025-01-10")
        add_session(store, recent, phase="self", held_on="2026-10-01")
    due = classes_due_for_purge(store, 12, today=date(2026, 11, 21))
    assert [(name, last) for _, name, last in due] == [("Old", "2025-01-10")]
    assert classes_due_for_purge(store, 0, today=date(2026, 11, 21)) == []
    purge_class(store, old)
    assert classes_due_for_purge(store, 2, today=date(2026, 11, 21)) == []
    assert store.conn.execute("SELECT COUNT(*) FROM sessions").fetchone() == (1,)


def test_the_facilitator_password_is_stored_only_as_a_slow_hash(store: Store) -> None:
    assert not has_password(store)
    set_password(store, "correct horse")
    assert check_password(store, "correct horse") and not check_password(store, "wrong horse")
    stored = store.conn.execute("SELECT value FROM settings WHERE key = 'facilitator_password'").fetchone()[0]
    assert "horse" not in stored and stored.startswith("scrypt$")
    with pytest.raises(ValueError):
        set_password(store, "123")


@pytest.mark.parametrize(("pin", "ok"), [("1234", True), ("123", False), ("12ab", False), ("1" * 13, False)])
def test_pins_are_four_to_twelve_digits(pin: str, ok: bool) -> None:
    assert (pin_problem(pin) is None) is ok
