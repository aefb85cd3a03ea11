"""Giving the questionnaires in a session: the console opens them to students at the plan's questionnaire step,
closes them (and ending the session closes them too), and after the session the facilitator's observation is
offered, saved for that session as the facilitator's own answers, or skipped without a trace."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from app.demo.classroom import DEMO_CLASS_ID
from app.store.classnet import device_questionnaire
from app.store.measure import FACILITATOR, answers_of, rounds_of, save_answers
from app.ui.runner.observation import open_dialogs, open_observation
from tests.ui.runner_helpers import CURRICULUM, new_runner, stop


@pytest.fixture
def run(qtbot, store, monkeypatch):
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    window = new_runner(store)   # s01: welcome, then the questionnaire before the program
    window.asked = asked
    qtbot.addWidget(window)
    qtbot.addWidget(window.projector)
    window.show()
    window.runner.next()
    yield window
    stop(window)
    for dialog in open_dialogs():
        dialog.close()


def _round(store, instrument_id: str, name: str = "pre"):
    return next(r for r in rounds_of(store, DEMO_CLASS_ID) if r.instrument_id == instrument_id and r.round == name)


def test_open_to_students_makes_the_round_and_opens_it_then_close_clears_it(run, store) -> None:
    panel = run.console.questionnaire
    assert run.runner.slide.kind == "questionnaire" and panel.isVisible()
    assert len(panel.row_actions) == 2 and "Ctrl+1" in panel.row_actions[0][0].text()
    assert device_questionnaire(store, DEMO_CLASS_ID) is None and not panel.close_action.isEnabled()
    panel.row_actions[1][0].trigger()   # Open to students: the class check-in
    opened = _round(store, "program-questionnaire")
    assert device_questionnaire(store, DEMO_CLASS_ID) == opened.id and opened.session_id is None
    assert "open to students now</b> · 0 answered" in panel.counts[1].text()
    assert not panel.row_actions[1][0].isEnabled() and panel.close_action.isEnabled()
    assert "stays open" in panel.status.text()

    student = next(iter(run.runner.students))
    save_answers(store, opened.id, student, {"belonging-01": 4}, "device")
    panel.refresh()   # (the panel's own timer does this every few seconds)
    assert "1 answered" in panel.counts[1].text()
    shown = " ".join(label.text() for label in panel.findChildren(QLabel))
    assert run.runner.students[student].display_name not in shown   # counts only, never who

    panel.row_actions[0][0].trigger()   # the next one: only one is open at a time
    assert device_questionnaire(store, DEMO_CLASS_ID) == _round(store, "ames").id
    assert "<br>closed · 1 answered" in panel.counts[1].text()

    panel.close_action.trigger()
    assert device_questionnaire(store, DEMO_CLASS_ID) is None and not panel.close_action.isEnabled()
    assert answers_of(store, opened.id)[student] == {"belonging-01": 4}   # closing keeps what was answered


def test_the_keys_on_the_buttons_work_on_the_console(qtbot, run, store) -> None:
    run.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is run)
    qtbot.keyClick(run, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert device_questionnaire(store, DEMO_CLASS_ID) == _round(store, "program-questionnaire").id
    qtbot.keyClick(run, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert device_questionnaire(store, DEMO_CLASS_ID) is None


def test_the_open_questionnaire_stays_in_view_and_ending_the_session_closes_it(qtbot, run, store) -> None:
    panel = run.console.questionnaire
    panel.row_actions[0][0].trigger()
    run.runner.next()   # moving on does not close it: students may still be answering
    assert run.runner.slide.kind == "step" and device_questionnaire(store, DEMO_CLASS_ID) is not None
    assert panel.isVisible() and not panel.counts[0].isVisible() and "stays open" in panel.status.text()
    run.runner.go(len(run.runner.slides) - 1)
    run.close()   # End session: asked, then ended
    assert "Adolescent Measure" in run.asked[-1] and "closed" in run.asked[-1]
    assert run.ended and device_questionnaire(store, DEMO_CLASS_ID) is None
    dialog = run.observation
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    note = dialog.findChild(QLabel, "observationNote").text()
    assert "session has ended" in note and "closed to students" in note


def test_the_projector_says_where_to_answer_once_the_class_is_open_to_devices(run) -> None:
    run.update_projector()
    assert "no right or wrong answers" in run.projector.visible_text()
    run.runner.set_join(["192.168.4.1:8765"], "K7PQ")
    assert "open 192.168.4.1:8765 · code K7PQ" in run.projector.visible_text()
    assert run.console.thumbs.current.source is run.projector   # the console's picture is the projector itself
    assert "Open to students" not in run.projector.visible_text()   # the console's words stay on the console


def test_type_in_paper_answers_opens_the_grid_on_this_questionnaire_and_round(qtbot, run) -> None:
    run.console.questionnaire.row_actions[1][1].trigger()
    from app.ui.measure.entry_page import PaperEntry
    from app.ui.measure.entry_window import _parentless

    window = next(w for w in _parentless if isinstance(w, PaperEntry) and w.isVisible())
    qtbot.addWidget(window)
    assert window.class_id == DEMO_CLASS_ID
    assert window.instrument_box.currentData() == "program-questionnaire" and window.round_box.currentData() == "pre"


def test_the_observation_is_saved_as_the_facilitators_answers_for_the_session(qtbot, run, store) -> None:
    run.runner.go(len(run.runner.slides) - 1)
    run.close()
    dialog = run.observation
    rows = dialog.rows
    assert 3 <= len(rows) <= 5 and dialog.focusWidget() is rows[0]
    assert not dialog.save_button.isEnabled()   # nothing chosen yet: only Skip
    qtbot.keyClick(rows[0], Qt.Key.Key_4)
    qtbot.keyClick(rows[0], Qt.Key.Key_Tab)
    assert dialog.focusWidget() is rows[1]
    qtbot.keyClick(rows[1], Qt.Key.Key_5)
    qtbot.keyClick(rows[1], Qt.Key.Key_0)   # taken back: left empty, saved as skipped
    qtbot.keyClick(rows[2], Qt.Key.Key_2)
    assert rows[0].value == 4 and rows[1].value is None and "now 2" in rows[2].accessibleDescription()
    dialog.save_button.click()
    found = next(r for r in rounds_of(store, DEMO_CLASS_ID) if r.round == "session")
    assert found.session_id == run.runner.session_id and found.instrument_id == "facilitator-observation"
    assert answers_of(store, found.id) == {FACILITATOR: {"obs-participation": 4, "obs-kindness": None,
                                                         "obs-conflicts": 2, "obs-edge": None}}
    again = open_observation(store, CURRICULUM, DEMO_CLASS_ID, run.runner.session_id)   # later, for that session
    assert [r.value for r in again.rows] == [4, None, 2, None] and "Saved earlier" in again.status.text()
    again.close()


def test_skip_saves_nothing_and_never_stands_in_the_way_of_ending(run, store) -> None:
    run.close()
    assert run.ended and not run.isVisible()   # already ended and saved before the observation is offered
    run.observation.skip_button.click()
    assert [r for r in rounds_of(store, DEMO_CLASS_ID) if r.round == "session"] == []


def test_a_past_session_can_be_rated_later_from_the_class_page(qtbot, demo_window, store) -> None:
    from PySide6.QtCore import QUrl

    from app.store.sessions import sessions_of

    demo_window.show_class(DEMO_CLASS_ID)
    page = demo_window.class_page
    past = sessions_of(store, DEMO_CLASS_ID)[0]
    assert f"observe:{past.id}" in page.sessions.toHtml() and "How did it go?" in page.sessions.toPlainText()
    page.sessions.anchorClicked.emit(QUrl(f"observe:{past.id}"))
    dialog = next(d for d in open_dialogs() if d.session_id == past.id)
    qtbot.keyClick(dialog.rows[0], Qt.Key.Key_3)
    dialog.save_button.click()
    found = next(r for r in rounds_of(store, DEMO_CLASS_ID) if r.round == "session")
    assert found.session_id == past.id and answers_of(store, found.id)[FACILITATOR]["obs-participation"] == 3
    assert "Observation saved" in page.sessions.toPlainText()
