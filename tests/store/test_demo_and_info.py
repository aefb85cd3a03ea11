"""The demo class and the info counts."""

from __future__ import annotations

from app.demo.classroom import DEMO_CLASS_NAME, create_demo, first_start
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
    assert figures["journal_entries"] == {"private": 14, "facilitator": 13, "class": 13}
    assert figures["rhythm_runs"] == 2
    assert figures["schema_version"] >= 1


def test_the_demo_class_drummed_together_better_the_second_time(store) -> None:
    from app.demo.classroom import DEMO_CLASS_ID
    from app.store.rhythm import run_hits, run_summary, runs_for_class

    create_demo(store)
    second, first = runs_for_class(store, DEMO_CLASS_ID)  # newest first
    assert (first.pattern_id, second.pattern_id) == ("steady-pulse", "call-and-response")
    assert first.status == second.status == "finished"
    assert first.togetherness is not None and second.togetherness is not None
    assert first.togetherness < second.togetherness
    sessions = {s.held_on: s.id for s in sessions_of(store, DEMO_CLASS_ID)}
    assert [first.session_id, second.session_id] == [sessions[d] for d in sorted(sessions)]
    summary = run_summary(store, first.id)
    assert summary["tempo"] == 90 and summary["completed"] and len(summary["players"]) == first.players == 4
    pupils = {s.id for s in students_in(store, DEMO_CLASS_ID)}
    hits = run_hits(store, first.id)
    assert len(hits) == first.hits > 100 and {h.student_id for h in hits} <= pupils
    assert {p["tendency"] for p in summary["players"]} <= {"rushing", "dragging", "steady"}
