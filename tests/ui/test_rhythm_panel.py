"""The console's rhythm panel with the REAL engine process (headless SDL: no screen, no sound, so nobody can
press a key and every beat is a miss), real SQLite, and the class page's togetherness history."""

from __future__ import annotations

import json
import os
import signal
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

from app.demo.classroom import DEMO_CLASS_ID
from app.rhythm.protocol import Exercise, Player
from app.rhythm.session import RhythmSession
from app.store import rhythm as runs
from app.store.settings import get_setting
from app.ui.class_page import ClassPage
from app.ui.rhythm.process import CalibrationProcess, RhythmProcess
from tests.ui.runner_helpers import CURRICULUM, first_step, new_runner, stop

ENGINE_MS = 60_000  # a one-bar run takes ~6 s (Python and pygame start, a bar of count-in, a bar)


@pytest.fixture
def headless(monkeypatch) -> None:
    """The engine inherits this environment: it runs without a screen or a sound card."""
    monkeypatch.setenv("SDL_VIDEODRIVER", "dummy")
    monkeypatch.setenv("SDL_AUDIODRIVER", "dummy")


@pytest.fixture
def run(qtbot, store, monkeypatch, headless):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = new_runner(store)
    qtbot.addWidget(window)
    qtbot.addWidget(window.projector)
    window.present()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is not None)
    yield window  # pytest-qt closes the window first: a run still playing then ends as the app ends it
    stop(window)


def session_runs(window) -> list[runs.RunSummary]:
    return [r for r in runs.runs_for_class(window.runner.store, DEMO_CLASS_ID)
            if r.session_id == window.runner.session_id]


def figures(panel) -> list[list[str]]:
    table = panel.table
    return [[table.item(r, c).text() for c in range(2, table.columnCount())] for r in range(table.rowCount())]


# Setting up (no engine needed) ---------------------------------------------------------------------------------
def test_the_panel_follows_the_step_and_sets_up_players_by_key(qtbot, run) -> None:
    panel = run.console.rhythm
    assert panel.pattern.count() == len(CURRICULUM.rhythms)
    first_step(run)  # the first activity of session 1 plays along to the Steady Pulse
    assert panel.pattern.currentData() == "steady-pulse"
    assert (panel.tempo.value(), panel.bars.value()) == (90, 16)
    assert [p.name for p in panel.players()] == ["Team A", "Team B"]
    assert [p.key for p in panel.players()] == ["a", "l"]

    panel.keys.setText("a, l, Space")
    panel.keys.editingFinished.emit()
    combo = panel.table.cellWidget(1, 1)
    assert isinstance(combo, QComboBox)
    assert combo.findText("Amara") >= 0
    combo.setCurrentIndex(combo.findText("Amara"))
    exercise = panel.exercise()
    amara = next(s for s in run.runner.students.values() if s.display_name == "Amara")
    assert exercise.players == (Player("Team A", "a"), Player("Amara", "l", amara.id), Player("Team C", "space"))
    assert (exercise.tempo, exercise.bars, exercise.windows) == (90, 16, "young")

    panel.keys.setText("l, a")  # a player keeps their choice when the keys change
    panel.keys.editingFinished.emit()
    assert [(p.name, p.key) for p in panel.players()] == [("Amara", "l"), ("Team B", "a")]

    run.console.attendance.findItems("Amara", Qt.MatchFlag.MatchExactly)[0].setCheckState(Qt.CheckState.Unchecked)
    assert panel.table.cellWidget(0, 1).findText("Amara") == -1  # only students who are here can play


def test_mistakes_are_explained_and_nothing_starts(qtbot, run) -> None:
    panel = run.console.rhythm
    panel.keys.setText("a, a")
    panel.start_action.trigger()
    assert "two players have the same key" in panel.status.text() and not panel.running
    panel.keys.setText("a, l")
    panel.keys.editingFinished.emit()
    for row in (0, 1):
        combo = panel.table.cellWidget(row, 1)
        combo.setCurrentIndex(combo.findText("Bo"))
    panel.start_action.trigger()
    assert "Bo is chosen for two keys" in panel.status.text() and not panel.running
    assert session_runs(run) == []


def test_latency_is_kept_in_the_data_folder_and_actions_have_shortcuts(qtbot, run, store) -> None:
    panel = run.console.rhythm
    panel.latency.setValue(42)
    assert get_setting(store, "rhythm.latency_ms") == "42"
    assert panel.exercise().latency_ms == 42.0
    assert run.rhythm_action.shortcuts()[0].toString() == "Y"
    assert run.rhythm_stop_action.shortcuts()[0].toString() == "Shift+Y"
    assert run.rhythm_action.isEnabled() and not run.rhythm_stop_action.isEnabled()
    assert panel.table.accessibleName().endswith("(only you see these)")


# With the real engine ---------------------------------------------------------------------------------------------
def test_a_real_run_is_stored_finished_with_its_summary(qtbot, run) -> None:
    panel = run.console.rhythm
    first_step(run)
    panel.bars.setValue(1)
    with qtbot.waitSignal(panel.process.ready, timeout=ENGINE_MS):
        qtbot.keyClick(run, Qt.Key.Key_Y)
    assert panel.running and not run.rhythm_action.isEnabled() and run.rhythm_stop_action.isEnabled()
    [playing] = session_runs(run)
    assert playing.status == "running"
    with qtbot.waitSignal(panel.process.ended, timeout=ENGINE_MS) as ended:
        pass
    assert ended.args[0] == "finished"
    [done] = session_runs(run)
    assert (done.status, done.pattern_id, done.title, done.players, done.togetherness) == \
        ("finished", "steady-pulse", "Steady Pulse", 2, 0)
    summary = runs.run_summary(run.runner.store, done.id)
    assert summary["completed"] and summary["bars"] == 1 and summary["tempo"] == 90
    assert [p["name"] for p in summary["players"]] == ["Team A", "Team B"]
    assert figures(panel) == [["0", "4", "—", "—"], ["0", "4", "—", "—"]]  # four beats, nobody could play
    assert "Together: 0/100" in panel.status.text()
    assert run.rhythm_action.isEnabled() and not run.rhythm_stop_action.isEnabled()
    shown = run.projector.visible_text()
    assert "Team A" not in shown and "Together" not in shown and "miss" not in shown.lower()


def test_killing_the_engine_mid_run_keeps_the_hits_received(qtbot, run) -> None:
    panel = run.console.rhythm
    first_step(run)  # the Steady Pulse: everyone on every beat
    panel.bars.setValue(4)
    with qtbot.waitSignal(panel.process.ready, timeout=ENGINE_MS):
        panel.start()
    # Nobody can press a key in a headless engine, so two hits come in through the very path stdout lines take,
    # as the engine would write them (made by the same pure session code the engine uses).
    rhythm = panel.rhythm()
    session = RhythmSession(Exercise(rhythm.id, panel.players(), tempo=panel.tempo.value(), bars=4), rhythm)
    for player, t_ms in ((0, 12.0), (1, -30.0)):
        panel.process._line(json.dumps(session.hit(player, t_ms)).encode())
    [playing] = session_runs(run)
    qtbot.waitUntil(lambda: len(runs.run_hits(run.runner.store, playing.id)) == 2, timeout=2_000)
    assert figures(panel)[0][:1] == ["1"] and figures(panel)[1][2:] == ["-30 ms", "rushing (early)"]
    with qtbot.waitSignal(panel.process.ended, timeout=10_000) as ended:
        os.kill(panel.process.process_id(), signal.SIGKILL if sys.platform != "win32" else signal.SIGTERM)
    status, message = ended.args
    assert status == "crashed"
    assert "crashed" in message and "2 hits received so far are kept" in message
    [crashed] = session_runs(run)
    assert (crashed.status, crashed.hits, crashed.togetherness) == ("crashed", 2, None)
    assert runs.run_summary(run.runner.store, crashed.id) == {}
    assert [h.player for h in runs.run_hits(run.runner.store, crashed.id)] == ["Team B", "Team A"]
    assert "crashed" in panel.status.text()


def test_stop_and_ending_the_session_mid_run_mark_the_run_stopped(qtbot, run) -> None:
    panel = run.console.rhythm
    panel.bars.setValue(8)
    with qtbot.waitSignal(panel.process.ready, timeout=ENGINE_MS):
        panel.start_action.trigger()
    with qtbot.waitSignal(panel.process.ended, timeout=10_000) as ended:
        qtbot.keyClick(run, Qt.Key.Key_Y, Qt.KeyboardModifier.ShiftModifier)
    assert ended.args[0] == "stopped" and "Stopped before the end" in ended.args[1]
    assert [r.status for r in session_runs(run)] == ["stopped"]

    with qtbot.waitSignal(panel.process.ready, timeout=ENGINE_MS):
        panel.start()
    run.end_session()  # the facilitator ends the session while the class is still drumming
    assert sorted(r.status for r in session_runs(run)) == ["stopped", "stopped"]
    qtbot.waitUntil(lambda: not panel.running, timeout=5_000)


def test_a_pattern_the_engine_does_not_know_fails_with_its_reason(qtbot, headless) -> None:
    process = RhythmProcess()
    with qtbot.waitSignal(process.ended, timeout=ENGINE_MS) as ended:
        process.start(Exercise("no-such-pattern"))
    status, message = ended.args
    assert status == "failed" and "no pattern 'no-such-pattern'" in message


def test_calibration_stopped_early_changes_nothing(qtbot, headless) -> None:
    calibration = CalibrationProcess()
    calibration.start(windowed=True)
    assert calibration.running
    with qtbot.waitSignal(calibration.failed, timeout=10_000) as failed:
        calibration.stop()
    assert failed.args[0] == "Calibration was stopped; the latency was not changed."


# The class page ---------------------------------------------------------------------------------------------------
def test_the_class_page_shows_togetherness_over_sessions(qtbot, store) -> None:
    from app.demo.classroom import create_demo

    create_demo(store)
    page = ClassPage(store)
    qtbot.addWidget(page)
    assert page.show_class(DEMO_CLASS_ID, CURRICULUM)
    lines = [page.rhythm_runs.item(n).text() for n in range(page.rhythm_runs.count())]
    assert len(lines) == 2
    newest, oldest = lines
    assert "Call and Response" in newest and "Steady Pulse" in oldest
    together = [int(line.split("together ")[1].split("/")[0]) for line in lines]
    assert together[0] > together[1]
    assert page.rhythm_runs.accessibleName() == "Rhythm: how together"
    crashed = runs.start_run(store, DEMO_CLASS_ID, None, "heartbeat", {"title": "Heartbeat"})
    runs.finish_run(store, crashed, None, "crashed")
    page.show_class(DEMO_CLASS_ID, CURRICULUM)
    assert page.rhythm_runs.item(0).text().endswith("Heartbeat  no score · ended unexpectedly")
