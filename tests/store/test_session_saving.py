"""What a running session saves, and getting it back after a crash."""

from __future__ import annotations

from pathlib import Path

from app.demo.classroom import DEMO_CLASS_ID, create_demo
from app.store import open_store
from app.store.runner import (
    add_pair_rule,
    attendance,
    finish_session,
    mark_attendance,
    pair_history,
    pair_rules,
    record_turn,
    save_groups,
    save_notes,
    save_position,
    start_session,
    turns,
    unfinished_session,
)
from app.store.students import students_in


def test_a_session_survives_a_crash_with_position_timer_attendance_and_notes(store, data_dir: Path) -> None:
    create_demo(store)
    ids = [s.id for s in students_in(store, DEMO_CLASS_ID)]
    session = start_session(store, DEMO_CLASS_ID, "s01-who-am-i", "self")
    assert all(attendance(store, session).values()) and len(attendance(store, session)) == 12
    mark_attendance(store, session, ids[0], False)
    save_position(store, session, slide=3, remaining_ms=95_000, running=True)
    save_notes(store, session, "Bo led the beat.")
    record_turn(store, session, ids[1])
    store.conn.close()  # the power goes off: no clean shutdown

    again = open_store(data_dir)
    running = unfinished_session(again)
    assert running is not None and running.session_id == session
    assert (running.slide, running.timer_remaining_ms, running.timer_running) == (3, 95_000, True)
    assert running.notes == "Bo led the beat."
    assert attendance(again, session)[ids[0]] is False
    assert turns(again, session) == [(ids[1], False)]
    finish_session(again, session)
    assert unfinished_session(again) is None
    again.close()


def test_group_history_and_pair_rules(store) -> None:
    create_demo(store)
    a, b, c, d = [s.id for s in students_in(store, DEMO_CLASS_ID)][:4]
    save_groups(store, DEMO_CLASS_ID, None, [[a, b], [c, d]])
    save_groups(store, DEMO_CLASS_ID, None, [[a, b, c], [d]])
    history = pair_history(store, DEMO_CLASS_ID)
    assert history[frozenset((a, b))] == 2 and history[frozenset((c, d))] == 1 and history[frozenset((a, d))] == 0
    add_pair_rule(store, DEMO_CLASS_ID, a, d, "apart")
    add_pair_rule(store, DEMO_CLASS_ID, b, c, "together")
    assert pair_rules(store, DEMO_CLASS_ID) == {"apart": frozenset({frozenset((a, d))}),
                                                "together": frozenset({frozenset((b, c))})}
