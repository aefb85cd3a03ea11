"""Running a session: clicker keys, blackout, timer, turns, privacy of the projector, resume after a crash."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.store import runner as saved
from app.ui.runner.start import open_runner
from tests.ui.runner_helpers import CURRICULUM, new_runner, stop


@pytest.fixture
def run(qtbot, store, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = new_runner(store)
    qtbot.addWidget(window)
    qtbot.addWidget(window.projector)
    window.present()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is not None)  # keys go to the active window
    yield window
    stop(window)


def test_clicker_keys_move_between_steps(qtbot, run) -> None:
    runner = run.runner
    assert runner.slide.kind == "welcome" and run.projector.mode == "slide"
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space):
        qtbot.keyClick(run, key)
    assert runner.index == 3
    qtbot.keyClick(run.projector, Qt.Key.Key_PageUp)  # the clicker works whichever window has focus
    qtbot.keyClick(run, Qt.Key.Key_Left)
    assert runner.index == 1
    assert run.projector.heading.text() == runner.slide.heading
    assert runner.slide.lines[0] in run.projector.lines.text()
    assert run.next_action.shortcuts()[0].toString() == "PgDown"  # visible shortcuts in the Session menu


def test_blackout_with_b_or_dot_and_back(qtbot, run) -> None:
    qtbot.keyClick(run, Qt.Key.Key_B)
    assert run.projector.mode == "blackout" and run.projector.visible_text() == ""
    qtbot.keyClick(run, Qt.Key.Key_B)
    assert run.projector.mode == "slide"
    qtbot.keyClick(run, Qt.Key.Key_Period)
    assert run.projector.mode == "blackout"
    qtbot.keyClick(run, Qt.Key.Key_PageDown)
    assert run.projector.mode == "slide"  # moving on always shows the new step


def test_timer_counts_down_pauses_and_takes_a_minute(qtbot, run) -> None:
    runner = run.runner
    runner.next()
    assert runner.countdown.running and runner.countdown.remaining() <= runner.slide.minutes * 60_000
    qtbot.keyClick(run, Qt.Key.Key_T)
    assert not runner.countdown.running
    before = runner.countdown.remaining()
    qtbot.keyClick(run, Qt.Key.Key_Plus)
    assert runner.countdown.remaining() == before + 60_000
    assert run.console.timer.text().endswith("paused") and run.console.timer.property("state") == "ok"
    assert run.console.pace.text().startswith("Elapsed 0:0") and "planned" in run.console.pace.text()


def test_projector_never_shows_notes_or_attendance(qtbot, run) -> None:
    run.console.notes.setPlainText("Keep Farid and Bo apart today (private note)")
    run.console.attendance.item(0).setCheckState(Qt.CheckState.Unchecked)  # Amara is away
    seen = []
    for press in (None, Qt.Key.Key_PageDown, Qt.Key.Key_P, Qt.Key.Key_P, Qt.Key.Key_W, Qt.Key.Key_B):
        if press is not None:
            qtbot.keyClick(run, press)
        seen.append(run.projector.visible_text())
    text = "\n".join(seen)
    assert "private note" not in text and "Attendance" not in text and "away" not in text
    assert "Pause" in text


def test_whose_turn_picks_present_students_fairly_and_a_pass_does_not_count(qtbot, run) -> None:
    runner = run.runner
    away = run.console.attendance.item(0).data(Qt.ItemDataRole.UserRole)
    run.console.attendance.item(0).setCheckState(Qt.CheckState.Unchecked)
    picked = []
    for _ in range(11):
        qtbot.keyClick(run, Qt.Key.Key_W)
        picked.append(runner.current_turn[1])
        assert run.projector.mode == "turn"
        assert runner.students[picked[-1]].display_name in run.projector.visible_text()
    assert away not in picked and len(set(picked)) == 11  # 11 present, nobody twice
    qtbot.keyClick(run, Qt.Key.Key_W, Qt.KeyboardModifier.ShiftModifier)  # the 12th… passes
    turns = saved.turns(run.runner.store, run.runner.session_id)
    assert turns[-2][1] is True and turns[-1][0] != away


def test_a_crash_mid_session_resumes_at_the_same_step(qtbot, store) -> None:
    window = new_runner(store)
    qtbot.addWidget(window)
    for _ in range(4):
        window.runner.next()
    window.console.notes.setPlainText("Good start")
    window.console.flush_notes()
    session_id = window.runner.session_id
    window.runner._saver.stop()
    window.runner._ticker.stop()  # the laptop dies here: nothing is closed or ended
    running = saved.unfinished_session(store)
    assert running is not None and running.session_id == session_id and running.slide == 4
    resumed = open_runner(None, store, CURRICULUM, running)
    qtbot.addWidget(resumed)
    assert resumed.runner.index == 4 and resumed.console.notes.toPlainText() == "Good start"
    stop(window)
    stop(resumed)


def test_ending_the_session_asks_and_then_it_is_not_offered_again(qtbot, store, monkeypatch) -> None:
    window = new_runner(store)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.close()
    assert window.isVisible() and saved.unfinished_session(store) is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.close()
    assert saved.unfinished_session(store) is None


def test_groups_on_the_projector_skip_absent_students_and_honour_keep_apart(qtbot, run) -> None:
    runner = run.runner
    ids = sorted(runner.students, key=lambda s: runner.students[s].display_name)
    saved.add_pair_rule(runner.store, runner.class_id, ids[1], ids[2], "apart")
    run.console.attendance.item(0).setCheckState(Qt.CheckState.Unchecked)  # Amara is away
    run.console.group_size.setValue(4)
    qtbot.keyClick(run, Qt.Key.Key_G)
    assert run.projector.mode == "groups"
    groups = runner.groups
    assert sorted(s for g in groups for s in g) == sorted(ids[1:])
    assert max(map(len, groups)) - min(map(len, groups)) <= 1 and max(map(len, groups)) <= 4
    assert not any(ids[1] in g and ids[2] in g for g in groups)
    text = run.projector.visible_text()
    assert runner.students[ids[0]].display_name not in text
    assert all(runner.students[s].display_name in text for s in ids[1:])
    assert "apart" not in text.casefold()
    assert saved.pair_history(runner.store, runner.class_id)  # kept for next time's mixing


def test_role_play_cards_from_the_activitys_deck(qtbot, store, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = new_runner(store, "s08-what-others-need")
    qtbot.addWidget(window)
    qtbot.addWidget(window.projector)
    window.present()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is not None)
    runner = window.runner
    runner.go(next(i for i, s in enumerate(runner.slides)
                   if s.activity_id and CURRICULUM.activity(s.activity_id).deck))
    deck_id = CURRICULUM.activity(runner.slide.activity_id).deck
    qtbot.keyClick(window, Qt.Key.Key_D)
    card = runner.deck_play.current
    assert runner.deck_play.deck.id == deck_id and window.projector.mode == "card"
    assert "A card is being drawn" in window.projector.visible_text()       # its back first, then the reveal
    qtbot.waitUntil(lambda: card.title in window.projector.visible_text())
    assert card.text.split()[0] in window.projector.visible_text()
    runner.set_present(next(iter(runner.students)), False)                 # a refresh keeps the face up
    assert card.title in window.projector.visible_text()
    qtbot.keyClick(window, Qt.Key.Key_R)  # the group passes on it: back into the deck
    assert runner.deck_play.history == [] and window.projector.mode == "slide"
    qtbot.keyClick(window, Qt.Key.Key_F)
    assert "Freeze!" in window.projector.visible_text()
    qtbot.keyClick(window, Qt.Key.Key_X)
    assert "Switch perspective" in window.projector.visible_text()
    drawn = []
    for _ in range(len(runner.deck_play.playable())):
        runner.draw_card()
        drawn.append(runner.deck_play.current)
    assert len({c.title for c in drawn}) == len(drawn) and all(c.intensity < 3 for c in drawn)
    stop(window)


def test_card_history_scene_timer_and_dealing_roles(qtbot, run, store) -> None:
    runner, projector = run.runner, run.projector
    runner.choose_deck(next(d for d in runner.decks() if d.id == "repair"))   # the welcome step has no deck
    qtbot.keyClick(run, Qt.Key.Key_D)
    first = runner.deck_play.current
    qtbot.keyClick(run, Qt.Key.Key_R)                       # passed on: returned to the deck
    qtbot.keyClick(run, Qt.Key.Key_D)
    second = runner.deck_play.current
    qtbot.keyClick(run, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: runner.deck_play.current.title in projector.visible_text())
    history = [run.console.history.item(i).text() for i in range(run.console.history.count())]
    assert len(history) == 3                                 # newest first, with what became of each
    assert history[0].endswith(f"{runner.deck_play.current.title} · on the projector")
    assert history[1].endswith(f"{second.title} · played") and history[2].endswith(f"{first.title} · returned to "
                                                                                   "the deck")
    # the scene timer runs separately from the step timer, on both screens
    step_left = runner.countdown.remaining()
    run.console.scene_minutes.setValue(2)
    qtbot.keyClick(run, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: "Scene 1:5" in projector.visible_text() or "Scene 2:00" in projector.visible_text())
    assert "Scene" in run.console.scene_clock.text() and abs(runner.countdown.remaining() - step_left) < 2_000
    qtbot.keyClick(run, Qt.Key.Key_S)                       # pause
    qtbot.waitUntil(lambda: "⏸" in projector.visible_text())
    runner.scene.reset(0)                                    # as if the two minutes had passed
    runner.scene.start()
    qtbot.waitUntil(lambda: "time's up" in projector.visible_text(), timeout=3_000)
    qtbot.keyClick(run, Qt.Key.Key_S, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "Scene" not in projector.visible_text())
    # no groups yet: three actors picked by fair turns, each with a different role
    qtbot.keyClick(run, Qt.Key.Key_A)
    [actors] = runner.dealt
    assert projector.mode == "roles" and len(actors) == 3 and len({c.title for _, c in actors}) == 3
    for student, card in actors:
        assert f"{runner.students[student].display_name}: " in projector.visible_text()
        assert card.title in projector.visible_text() and card.intensity < 3
    assert [s for s, _ in saved.turns(store, runner.session_id)] == [s for s, _ in actors]
    # with groups: everyone present gets a role in their group
    runner.set_present(actors[0][0], False)
    qtbot.keyClick(run, Qt.Key.Key_G)
    qtbot.keyClick(run, Qt.Key.Key_A)
    dealt = {s for hands in runner.dealt for s, _ in hands}
    assert dealt == set(runner.present_ids()) and actors[0][0] not in dealt
    assert all(len({c.title for _, c in hands}) == len(hands) for hands in runner.dealt)
