"""Rhythm runs in the real database: recorded at start, hits in batches, how each run ended."""

from __future__ import annotations

import pytest

from app.demo.classroom import DEMO_CLASS_ID
from app.store import rhythm as runs
from app.store.students import students_in
from tests.demo_image import add_demo

SETTINGS = {"pattern": "steady-pulse", "title": "Steady Pulse", "tempo": 90,
            "players": [{"name": "Team A", "key": "a", "student_id": None},
                        {"name": "Amara", "key": "l", "student_id": "x"}]}


def hit(player: str, t_ms: float, beat: int | None, offset: float | None, grade: str = "good") -> dict:
    return {"type": "hit", "player": player, "key": "a", "t_ms": t_ms, "beat": beat, "offset_ms": offset,
            "grade": grade}


@pytest.fixture
def demo(store):
    add_demo(store)  # create_demo(store), copied in (tests/demo_image.py)
    return {s.display_name: s.id for s in students_in(store, DEMO_CLASS_ID)}


def test_a_run_starts_running_and_finishes_with_its_summary(store, demo) -> None:
    run = runs.start_run(store, DEMO_CLASS_ID, None, "steady-pulse", SETTINGS)
    [listed] = [r for r in runs.runs_for_class(store, DEMO_CLASS_ID) if r.id == run]
    assert (listed.status, listed.togetherness, listed.title, listed.players, listed.hits) == \
        ("running", None, "Steady Pulse", 2, 0)
    stored = runs.add_hits(store, run, [hit("Team A", 10.0, 0, 10.0), hit("Amara", 640.5, None, None, "extra")],
                           {"Team A": None, "Amara": demo["Amara"]})
    assert stored == 2
    summary = {"type": "summary", "title": "Steady Pulse", "completed": True, "togetherness": 71,
               "players": [{"name": "Team A"}, {"name": "Amara"}, {"name": "Bo"}]}
    runs.finish_run(store, run, summary, "finished")
    [listed] = [r for r in runs.runs_for_class(store, DEMO_CLASS_ID) if r.id == run]
    assert (listed.status, listed.togetherness, listed.players, listed.hits) == ("finished", 71, 3, 2)
    assert runs.run_summary(store, run) == summary
    row = store.conn.execute("SELECT ended_at, settings_json FROM rhythm_runs WHERE id = ?", [run]).fetchone()
    assert row[0] and '"tempo": 90' in row[1]
    first, second = runs.run_hits(store, run)
    assert (first.player, first.student_id, first.beat, first.offset_ms, first.grade) == \
        ("Team A", None, 0, 10.0, "good")
    assert (second.student_id, second.beat, second.offset_ms, second.grade) == (demo["Amara"], None, None, "extra")


def test_a_batch_of_hits_is_all_or_nothing(store, demo) -> None:
    run = runs.start_run(store, DEMO_CLASS_ID, None, "steady-pulse", SETTINGS)
    runs.add_hits(store, run, [hit("Team A", 1.0, 0, 1.0)], {})
    with pytest.raises(KeyError):
        runs.add_hits(store, run, [hit("Team A", 2.0, 1, 2.0), {"player": "Team A"}], {})  # no t_ms: refused
    assert [h.t_ms for h in runs.run_hits(store, run)] == [1.0]
    assert runs.add_hits(store, run, [], {}) == 0


def test_a_crash_keeps_the_hits_and_a_restart_closes_runs_left_running(store, demo) -> None:
    crashed = runs.start_run(store, DEMO_CLASS_ID, None, "steady-pulse", SETTINGS)
    runs.add_hits(store, crashed, [hit("Team A", 5.0, 0, 5.0)], {})
    runs.finish_run(store, crashed, None, "crashed")
    cut_off = runs.start_run(store, DEMO_CLASS_ID, None, "heartbeat", {"title": "Heartbeat"})
    runs.add_hits(store, cut_off, [hit("Team A", 7.0, 0, 7.0), hit("Team A", 9.0, 1, 9.0)], {})
    finished = runs.start_run(store, DEMO_CLASS_ID, None, "steady-pulse", SETTINGS)
    runs.finish_run(store, finished, {"togetherness": 50}, "finished")
    assert runs.close_abandoned_runs(store) == 1
    assert runs.close_abandoned_runs(store) == 0
    statuses = {r.id: (r.status, r.hits, r.togetherness) for r in runs.runs_for_class(store, DEMO_CLASS_ID)}
    assert statuses[crashed] == ("crashed", 1, None)
    assert statuses[cut_off] == ("crashed", 2, None)
    assert statuses[finished] == ("finished", 0, 50)
    assert runs.run_summary(store, crashed) == {}


def test_runs_are_listed_newest_first_per_class_without_deleted_ones(store, demo) -> None:
    before = {r.id for r in runs.runs_for_class(store, DEMO_CLASS_ID)}  # the demo's own runs
    old = runs.start_run(store, DEMO_CLASS_ID, None, "steady-pulse", SETTINGS, started_at="2030-01-01T09:00:00.000Z")
    new = runs.start_run(store, DEMO_CLASS_ID, None, "steady-pulse", SETTINGS, started_at="2030-02-01T09:00:00.000Z")
    refused = runs.start_run(store, DEMO_CLASS_ID, None, "nope", {})
    runs.discard_run(store, refused)
    runs.start_run(store, None, None, "steady-pulse", SETTINGS)  # a run outside any class
    listed = [r.id for r in runs.runs_for_class(store, DEMO_CLASS_ID) if r.id not in before]
    assert listed == [new, old]
    assert runs.runs_for_class(store, "no-such-class") == []


def test_only_the_three_endings_are_accepted(store, demo) -> None:
    run = runs.start_run(store, DEMO_CLASS_ID, None, "steady-pulse", SETTINGS)
    with pytest.raises(ValueError, match="finished, stopped, crashed"):
        runs.finish_run(store, run, None, "running")
