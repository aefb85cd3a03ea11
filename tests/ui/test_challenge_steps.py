"""A challenge in the classroom: the console launches it at the plan's step, student mode offers the day's
check-in first with its task, the debrief a session later counts check-ins (never who) and finishes it, and
journal time on paper gets the same prompts on a printed sheet."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from app.demo.classroom import DEMO_CLASS_ID
from app.journal.prompts import challenge_prompt_id
from app.store.classnet import class_challenge, set_class_challenge
from app.store.journal import Author, save_entry
from app.store.students import students_in
from app.ui.journal_sheets_dialog import JournalSheetsDialog
from app.ui.runner.observation import open_dialogs
from tests.ui.runner_helpers import CURRICULUM, new_runner, stop


def _at_challenge(window) -> None:
    window.runner.go(next(i for i, s in enumerate(window.runner.slides) if s.kind == "challenge"))


@pytest.fixture
def console(qtbot, store, request, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    window = new_runner(store, request.param)
    qtbot.addWidget(window)
    qtbot.addWidget(window.projector)
    window.show()
    _at_challenge(window)
    yield window
    stop(window)
    for dialog in open_dialogs():   # the observation offered when a session ends
        dialog.close()


@pytest.mark.parametrize("console", ["s01-who-am-i"], indirect=True)
def test_the_launch_step_starts_the_challenge_for_the_class_from_the_console(qtbot, console, store) -> None:
    panel = console.console.challenge
    slide = console.runner.slide
    assert slide.challenge_step == "launch" and panel.isVisible()
    assert "Not started for this class yet." in panel.status.text()
    assert console.console.heading.text().startswith("This week's challenge: ")   # an apostrophe, not &#x27;
    assert slide.lines[0].startswith("Day 1: ") and console.projector.isVisible() is not None
    console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    qtbot.keyClick(console, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    chosen = class_challenge(store, DEMO_CLASS_ID)
    assert chosen is not None and chosen.challenge_id == slide.challenge and chosen.started == date.today()
    assert "day 1 of 5 today" in panel.status.text() or "its five school days" not in panel.status.text()
    assert "Start it again from today" in panel.action.text()
    console.runner.go(0)   # elsewhere, the panel steps aside
    assert not panel.isVisible()


@pytest.mark.parametrize("console", ["s02-one-of-a-kind"], indirect=True)
def test_the_debrief_counts_check_ins_without_names_and_finishes_the_challenge(console, store) -> None:
    panel = console.console.challenge
    slide = console.runner.slide
    assert slide.challenge_step == "debrief" and not panel.action.isEnabled()   # not started: nothing to finish
    set_class_challenge(store, DEMO_CLASS_ID, slide.challenge, date.today())
    students = students_in(store, DEMO_CLASS_ID)
    for student in students[:2]:
        save_entry(store, Author(student.id), None, body="I held the door and said thanks back.",
                   visibility="facilitator", prompt_id=challenge_prompt_id(slide.challenge, 1))
    save_entry(store, Author(students[0].id), None, body="Another day.", visibility="facilitator",
               prompt_id=challenge_prompt_id(slide.challenge, 2))
    save_entry(store, Author(students[2].id), None, body="Not a check-in.", visibility="facilitator")
    panel.refresh()
    text = panel.status.text()
    assert "3 check-ins written by 2 students" in text
    shown = " ".join(label.text() for label in panel.findChildren(QLabel))
    assert all(s.display_name not in shown for s in students)   # counts only, never who
    assert panel.action.isEnabled() and "Finish" in panel.action.text()
    panel.action.trigger()
    assert class_challenge(store, DEMO_CLASS_ID) is None
    assert "What" in " ".join(slide.lines) and all(q.endswith("?") for q in slide.lines)


def test_student_mode_offers_the_day_s_check_in_first_with_its_task(demo_window) -> None:
    from app.store.kiosk import set_password

    store = demo_window.store
    challenge = CURRICULUM.challenges[0]
    set_class_challenge(store, DEMO_CLASS_ID, challenge.id, date.today())
    set_password(store, "teacher-only")
    demo_window.journal.enter_student_mode(DEMO_CLASS_ID)
    mode = demo_window.journal.student_mode
    try:
        chooser = mode.writer.prompts
        today = chooser.today[0]
        assert today.startswith(f"challenge:{challenge.id}:") and chooser.default == today
        day = challenge.days[int(today.rsplit(":", 1)[1]) - 1]
        row = chooser.findData(today, Qt.ItemDataRole.UserRole + 2)
        assert day.checkin in chooser.itemText(row) and f"Today: {day.task}" in chooser.itemData(
            row, Qt.ItemDataRole.ToolTipRole)
        mode.writer._show_prompt()
        assert mode.writer.prompt_text.text() == f"Today: {day.task}\n{challenge.title}, day " \
                                                 f"{today.rsplit(':', 1)[1]}: {day.checkin}"
    finally:
        assert mode.try_leave("teacher-only")


def _pages(path: Path) -> list[str]:
    with pdfplumber.open(io.BytesIO(path.read_bytes())) as pdf:
        return [re.sub(r"\s+", " ", page.extract_text() or "") for page in pdf.pages]


def test_journal_sheets_for_a_class_print_one_named_page_each_with_the_check_in(qtbot, demo_window,
                                                                              tmp_path: Path) -> None:
    store = demo_window.store
    challenge = CURRICULUM.challenges[1]
    set_class_challenge(store, DEMO_CLASS_ID, challenge.id, date(2026, 11, 30))   # a Monday
    dialog = JournalSheetsDialog(demo_window, store, CURRICULUM, plan_id="s07-before-we-decide",
                                 class_id=DEMO_CLASS_ID)
    qtbot.addWidget(dialog)
    assert dialog.blank.value() == 0   # a class: named sheets, no spare ones unless asked
    dialog.class_box.setCurrentIndex(0)
    assert dialog.blank.value() == 30
    dialog.class_box.setCurrentIndex(dialog.class_box.findData(DEMO_CLASS_ID))
    dialog.blank.setValue(1)
    dialog.day.setDate(date(2026, 12, 2))   # Wednesday: day 3
    asked: list[Path] = []
    dialog.ask_path = lambda _parent, suggested: asked.append(suggested) or tmp_path / "sheets.pdf"
    assert dialog.save() == tmp_path / "sheets.pdf" and "s07-before-we-decide journal sheets" in asked[0].name
    pages = _pages(tmp_path / "sheets.pdf")
    names = [s.display_name for s in students_in(store, DEMO_CLASS_ID)]
    assert len(pages) == len(names) + 1
    assert all(name in page for name, page in zip(names, pages, strict=False))
    day = challenge.days[2]
    first = pages[0]
    assert f"{challenge.title}, day 3 of 5" in first and day.checkin[:40] in first and "Free writing" in first
    assert "Only me" in first and "The class story wall" in first and "Session 7" in first
