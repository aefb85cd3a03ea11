"""Answering the questionnaire open to students in student mode: the offer, one answer saved at a time,
resuming, privacy between students, a busy disk and a round closed meanwhile."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.demo.classroom import DEMO_CLASS_ID
from app.store.classnet import set_device_questionnaire
from app.store.measure import answers_of, rounds_of, start_round
from app.store.students import students_in
from app.ui.student.kiosk import StudentMode
from app.ui.student.questionnaire import NOT_SAVED, PRIVATE, SKIPPED_BEFORE
from tests.demo_image import add_demo

CHECK_IN = "program-questionnaire"  # 8 items, one of them reverse-scored; no demo answers


@pytest.fixture
def ids(store) -> dict[str, str]:
    add_demo(store)  # create_demo(store), copied in (tests/demo_image.py)
    return {s.display_name: s.id for s in students_in(store, DEMO_CLASS_ID)}


@pytest.fixture
def mode(qtbot, store, shipped_curriculum, ids):
    widget = StudentMode(store, shipped_curriculum, DEMO_CLASS_ID, "8B")
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    yield widget
    widget.release()


def open_check_in(store) -> str:
    round_id = start_round(store, DEMO_CLASS_ID, CHECK_IN, "pre")
    set_device_questionnaire(store, DEMO_CLASS_ID, round_id)
    return round_id


def start(qtbot, mode: StudentMode, name: str) -> None:
    """Sign in and press the offer's button, as a student would."""
    mode.tiles.choose(name)
    assert mode.stack.currentWidget() is mode.writer and mode.offer.isVisibleTo(mode)
    qtbot.mouseClick(mode.offer.button, Qt.MouseButton.LeftButton)
    assert mode.stack.currentWidget() is mode.questionnaire


def key(qtbot, mode: StudentMode, number: int) -> None:
    qtbot.keyClick(mode.questionnaire.focusWidget() or mode.questionnaire.item, Qt.Key(Qt.Key.Key_0 + number))


def chosen(mode: StudentMode) -> list[str]:
    return [b.text() for b in mode.questionnaire.answer_buttons if b.isChecked()]


def test_the_offer_appears_only_while_a_round_is_open(qtbot, mode, store) -> None:
    mode.tiles.choose("Amara")
    assert not mode.offer.isVisibleTo(mode)  # the demo's rounds are there, but none is open to students
    mode.writer.finish()
    open_check_in(store)
    mode.tiles.choose("Amara")
    assert mode.offer.isVisibleTo(mode)
    assert "Class Check-in" in mode.offer.text.text() and "about 2 minutes" in mode.offer.text.text()
    assert mode.offer.button.text() == "Answer the questions"
    mode.writer.finish()
    assert not mode.offer.isVisibleTo(mode)  # nothing of the last student's offer stays behind
    set_device_questionnaire(store, DEMO_CLASS_ID, None)
    mode.tiles.choose("Amara")
    assert not mode.offer.isVisibleTo(mode)


def test_keys_skip_back_and_enter_save_each_answer_at_once(qtbot, mode, store, ids) -> None:
    round_id = open_check_in(store)
    start(qtbot, mode, "Amara")
    page = mode.questionnaire
    assert page.progress.text() == "Question 1 of 8" and page.item.text() == "I feel welcome in this class."
    assert PRIVATE in page.intro.text() and page.intro.text().startswith("These questions are about you")
    assert page.answer_buttons[0].text() == "not at all true" and not chosen(mode)
    key(qtbot, mode, 4)
    assert answers_of(store, round_id) == {ids["Amara"]: {"belonging-01": 4}}  # saved before moving on
    qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    key(qtbot, mode, 1)
    assert answers_of(store, round_id)[ids["Amara"]] == {"belonging-01": 4, "belonging-02": None, "noticing-01": 1}
    assert page.progress.text() == "Question 4 of 8"
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert page.progress.text() == "Question 3 of 8" and chosen(mode) == ["not at all true"]
    assert page.next_button.isVisibleTo(page)
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert page.earlier.text() == SKIPPED_BEFORE and not chosen(mode)
    page.item.setFocus()
    qtbot.keyClick(page.item, Qt.Key.Key_Tab)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
    assert page.focusWidget() is page.answer_buttons[1]
    qtbot.keyClick(page.answer_buttons[1], Qt.Key.Key_Return)  # Tab, Tab, Enter: the second answer
    assert answers_of(store, round_id)[ids["Amara"]]["belonging-02"] == 2
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)  # keeps question 3's answer
    for number in (5, 3, 2, 5, 4):  # upstander-02 (reverse-scored) looks like every other question
        assert [b.text() for b in page.answer_buttons][4] == "completely true"
        key(qtbot, mode, number)
    assert page.at_end() and page.end_heading.text() == "Thank you, Amara!"
    assert "You answered 8 questions." in page.end_text.text()
    rows = store.conn.execute("SELECT DISTINCT source FROM measure_answers WHERE round_id = ?", [round_id])
    assert [r[0] for r in rows] == ["kiosk"]
    assert answers_of(store, round_id)[ids["Amara"]] == {  # the reverse-scored one is stored as given
        "belonging-01": 4, "belonging-02": 2, "noticing-01": 1, "noticing-02": 5, "upstander-01": 3,
        "upstander-02": 2, "listening-01": 5, "listening-02": 4}
    qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    assert mode.stack.currentWidget() is mode.writer and "Done" in mode.offer.text.text()


def test_coming_back_starts_where_they_stopped_with_earlier_answers_chosen(qtbot, mode, store, ids) -> None:
    round_id = open_check_in(store)
    start(qtbot, mode, "Bo")
    for number in (2, 3, 4):
        key(qtbot, mode, number)
    qtbot.keyClick(mode.questionnaire.item, Qt.Key.Key_Escape)  # back to the writing, then Done
    mode.writer.finish()
    assert mode.questionnaire.student_id is None and mode.questionnaire.item.text() == ""
    mode.tiles.choose("Bo")
    assert "3 of 8 answered" in mode.offer.text.text() and mode.offer.button.text() == "Go on answering"
    qtbot.mouseClick(mode.offer.button, Qt.MouseButton.LeftButton)
    page = mode.questionnaire
    assert page.progress.text() == "Question 4 of 8" and not chosen(mode)
    page.previous()
    assert chosen(mode) == ["mostly true"]
    assert len(answers_of(store, round_id)[ids["Bo"]]) == 3


def test_the_demo_answers_of_a_finished_round_come_back_chosen(qtbot, mode, store, ids) -> None:
    pre = next(r for r in rounds_of(store, DEMO_CLASS_ID) if r.round == "pre" and r.instrument_id == "ames")
    set_device_questionnaire(store, DEMO_CLASS_ID, pre.id)
    mine = answers_of(store, pre.id)[ids["Grace"]]
    start(qtbot, mode, "Grace")
    page = mode.questionnaire
    assert page.progress.text() == "Question 1 of 12"  # all answered: they look them over from the start
    chosen_values = [v for b, v in zip(page.answer_buttons, page.values, strict=True) if b.isChecked()]
    assert chosen_values == ([] if mine["ames-01"] is None else [mine["ames-01"]])


def test_another_student_never_sees_the_first_ones_answers(qtbot, mode, store, ids) -> None:
    round_id = open_check_in(store)
    start(qtbot, mode, "Amara")
    key(qtbot, mode, 5)
    qtbot.mouseClick(mode.questionnaire.skip_button, Qt.MouseButton.LeftButton)
    mode.back_to_writing()
    mode.writer.finish()
    start(qtbot, mode, "Dani")
    page = mode.questionnaire
    assert "about 2 minutes" in mode.offer.text.text() and "answered" not in mode.offer.text.text()
    assert page.progress.text() == "Question 1 of 8" and not chosen(mode) and page.answers == {}
    page.next()  # not offered: Dani has no answer here to keep
    assert page.progress.text() == "Question 1 of 8" and not page.next_button.isVisibleTo(page)
    assert set(answers_of(store, round_id)) == {ids["Amara"]}


def test_a_round_closed_meanwhile_says_so_and_saves_nothing(qtbot, mode, store, ids) -> None:
    round_id = open_check_in(store)
    start(qtbot, mode, "Hiro")
    set_device_questionnaire(store, DEMO_CLASS_ID, None)  # the facilitator closes it from their console
    key(qtbot, mode, 2)
    page = mode.questionnaire
    assert page.at_end() and page.end_heading.text() == "This questionnaire has closed"
    assert not page.again_button.isVisibleTo(page)
    assert answers_of(store, round_id) == {}
    qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    assert mode.stack.currentWidget() is mode.writer and not mode.offer.isVisibleTo(mode)


def test_a_busy_disk_keeps_the_answer_chosen_until_it_is_saved(qtbot, mode, store, ids) -> None:
    round_id = open_check_in(store)
    start(qtbot, mode, "Imani")
    store.conn.execute("PRAGMA busy_timeout=100")
    blocker = sqlite3.connect(store.path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        key(qtbot, mode, 3)
        page = mode.questionnaire
        assert page.message.text() == NOT_SAVED and chosen(mode) == ["somewhat true"]
        assert page.progress.text() == "Question 1 of 8"
    finally:
        blocker.rollback()
        blocker.close()
    qtbot.mouseClick(page.answer_buttons[2], Qt.MouseButton.LeftButton)  # they try again
    assert page.progress.text() == "Question 2 of 8" and page.message.text() == ""
    assert answers_of(store, round_id)[ids["Imani"]] == {"belonging-01": 3}


def test_the_idle_lock_forgets_the_questionnaire_too(qtbot, mode, store) -> None:
    open_check_in(store)
    start(qtbot, mode, "Luz")
    key(qtbot, mode, 4)
    mode.lock_idle()
    assert mode.stack.currentWidget() is mode.tiles and "questionnaire answer was saved" in mode.tiles.note.text()
    page = mode.questionnaire
    assert page.student_id is None and page.answers == {} and page.answer_buttons == []


def test_a_double_click_or_a_held_key_answers_one_question_only(qtbot, mode, store, ids) -> None:
    round_id = open_check_in(store)
    start(qtbot, mode, "Mateo")
    page = mode.questionnaire
    qtbot.mouseClick(page.answer_buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.answer_buttons[3], Qt.MouseButton.LeftButton)  # the second half of a double click
    assert page.progress.text() == "Question 2 of 8" and not chosen(mode)
    held = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_2, Qt.KeyboardModifier.NoModifier, "2", True)
    QApplication.sendEvent(page.item, held)
    assert answers_of(store, round_id) == {ids["Mateo"]: {"belonging-01": 4}}
