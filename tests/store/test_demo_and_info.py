"""The demo class and the info counts."""

from __future__ import annotations

from app.demo import DEMO_CLASS_NAME, create_demo, first_start
from app.store.classes import list_classes
from app.store.info import info
from app.store.sessions import sessions_of
from app.store.students import students_in


def test_first_start_adds_a_living_demo_class_once(store) -> None:
    assert first_start(store)
    assert not first_start(store)
    assert not create_demo(store)
    [demo] = list_classes(store)
    assert demo.name == DEMO_CLASS_NAME
    assert demo.students == 12
    sessions = sessions_of(store, demo.id)
    assert len(sessions) == 2
    assert all(s.present + s.absent == 12 for s in sessions)
    assert len({s.display_name for s in students_in(store, demo.id)}) == 12


def test_a_deleted_demo_class_does_not_come_back_on_the_next_start(store) -> None:
    first_start(store)
    store.conn.execute("UPDATE classes SET deleted_at = '2026-01-01T00:00:00Z'")
    store.conn.commit()
    assert not first_start(store)
    assert list_classes(store) == []


def test_info_counts_what_is_there(store) -> None:
    figures = info(store)
    assert figures["classes"] == 0
    create_demo(store)
    figures = info(store)
    assert (figures["classes"], figures["students"], figures["sessions"]) == (1, 12, 2)
    assert figures["journal_entries"] == {"private": 0, "facilitator": 0, "class": 0}
    assert figures["schema_version"] >= 1
