"""Home → phase → activity, as a facilitator clicks through it (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.curriculum import load_curriculum
from app.paths import activities_dir
from app.ui.main_window import MainWindow


@pytest.fixture
def window(demo_window):
    return demo_window


def _activate_row(qtbot, view, row: int) -> None:
    index = view.model().index(row, 0)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_home_shows_the_title_the_demo_class_and_three_phases(window) -> None:
    assert window.windowTitle() == "Empathy Ambassadors"
    assert window.stack.currentWidget() is window.home
    first_class = window.home.class_model.index(0).data()
    assert first_class.startswith("Demo class 8B\n12 students · 2 sessions")
    buttons = window.home.phase_buttons
    assert list(buttons) == ["self", "other", "community"]
    assert buttons["self"].text().startswith("1. Self\n")


def test_phase_lists_its_activities_and_an_activity_shows_its_detail(qtbot, window) -> None:
    curriculum = window.curriculum
    qtbot.mouseClick(window.home.phase_buttons["other"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.phase_page
    titles = [window.phase_page.model.index(r).data().split("\n")[0]
              for r in range(window.phase_page.model.rowCount())]
    assert titles == [a.title for a in curriculum.activities_in("other")]

    _activate_row(qtbot, window.phase_page.list, 0)
    assert window.stack.currentWidget() is window.activity_page
    activity = curriculum.activities_in("other")[0]
    text = window.activity_page.text()
    for expected in (activity.title, "Goals", activity.goals[0], "Materials", "Steps", activity.steps[0].title,
                     f"({activity.steps[0].minutes} min", "Reflection prompts",
                     curriculum.prompts[activity.prompt_ids[0]].text, f"{activity.group_min}–{activity.group_max}"):
        assert expected in text

    window.back_action.trigger()
    assert window.stack.currentWidget() is window.phase_page
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.home
    assert not window.back_action.isEnabled()


def test_class_page_lists_students_and_past_sessions(qtbot, window) -> None:
    _activate_row(qtbot, window.home.class_list, 0)
    assert window.stack.currentWidget() is window.class_page
    names = [window.class_page.model.index(r).data() for r in range(window.class_page.model.rowCount())]
    assert len(names) == 12 and names[0].endswith("Amara") and names[-1].endswith("Mateo")
    text = window.class_page.sessions.toPlainText()
    assert "11 present, 1 absent" in text and "10 present, 2 absent" in text


def test_a_broken_activity_is_marked_and_explained_while_the_others_work(
        qtbot, store, data_dir: Path, curriculum_dir: Path) -> None:
    (curriculum_dir / "self" / "half-written.toml").write_text('id = "self-half"\ntitle = "Half written"\n')
    win = MainWindow(store, load_curriculum(curriculum_dir), settings_file=data_dir / "window.ini")
    qtbot.addWidget(win)
    win.show()
    assert "1 curriculum file(s) have problems" in win.findChild(QLabel, "curriculumWarning").text()
    qtbot.mouseClick(win.home.phase_buttons["self"], Qt.MouseButton.LeftButton)
    rows = [win.phase_page.model.index(r).data() for r in range(win.phase_page.model.rowCount())]
    assert rows[0].startswith("Test activity\n10 min (short version 5 min)")
    assert rows[1].startswith("⚠ Half written\nNeeds fixing")
    _activate_row(qtbot, win.phase_page.list, 1)
    text = win.activity_page.text()
    assert "This activity's file has problems" in text
    assert "self/half-written.toml:1" in text or "half-written.toml: methods: missing" in text
    assert "methods: missing; expected a list of texts (at least 1)" in text


def test_window_geometry_is_remembered(qtbot, store, data_dir: Path) -> None:
    curriculum = load_curriculum(activities_dir())
    first = MainWindow(store, curriculum, settings_file=data_dir / "window.ini")
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 540)
    first.close()
    second = MainWindow(store, curriculum, settings_file=data_dir / "window.ini")
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (720, 540)


def test_keyboard_only_facilitator_reaches_an_activity(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.phase_page
    assert window.phase_page.phase.id == "community"
    qtbot.keyClick(window.phase_page.list, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.activity_page
    assert window.curriculum.activities_in("community")[0].title in window.activity_page.text()
    qtbot.keyClick(window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.home
