"""Plans, prompt bank, challenges, guide and own copies, as a facilitator uses them (pytest-qt)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.curriculum import load_curriculum
from app.curriculum.copies import user_root
from app.ui.main_window import MainWindow
from tests.unit.test_challenges import CHALLENGE
from tests.unit.test_plans_and_copies import PLAN


@pytest.fixture
def window(qtbot, store, curriculum_dir: Path, data_dir: Path):
    (curriculum_dir / "plans").mkdir()
    (curriculum_dir / "plans" / "s01-test.toml").write_text(PLAN, encoding="utf-8")
    (curriculum_dir / "challenges").mkdir()
    (curriculum_dir / "challenges" / "week-test.toml").write_text(CHALLENGE, encoding="utf-8")
    (curriculum_dir / "guide").mkdir()
    (curriculum_dir / "guide" / "01-safety.md").write_text("# Keeping everyone safe\n\nDo not promise secrecy.\n")
    curriculum = load_curriculum(curriculum_dir, user_root(data_dir))
    assert curriculum.problems == ()
    win = MainWindow(store, curriculum, settings_file=data_dir / "window.ini")
    qtbot.addWidget(win)
    win.show()
    return win


def test_plan_opens_in_running_order_and_links_to_its_activities(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.plans_page
    assert window.plans_page.model.index(0).data().startswith("Session 1\nSession · 45 min · Self")
    qtbot.keyClick(window.plans_page.list, Qt.Key.Key_Return)
    text = window.plan_page.text()
    for expected in ("Welcoming opening", "Test activity (short version) · 5 min", "Reflection", "Journal time",
                     "One thing I noticed today was", "Optimistic closing", "Total: 45 minutes"):
        assert expected in text
    window.plan_page.link_clicked.emit("activity:other-test")
    assert window.stack.currentWidget() is window.activity_page
    assert window.activity_page.text().startswith("Other test")
    window.back()
    assert window.stack.currentWidget() is window.plan_page


def test_prompt_bank_searches_and_filters(qtbot, window) -> None:
    window.open_section("prompts")
    page = window.prompts_page
    assert page.count.text() == "3 of 3 prompts"
    qtbot.keyClicks(page.search, "surprised")
    assert page.count.text() == "1 of 3 prompts"
    assert page.filter.index(0, 0).data().startswith("Something that surprised me")
    page.search.clear()
    page.level.setCurrentIndex(page.level.findData("simple"))
    assert page.count.text() == "2 of 3 prompts"
    page.phase.setCurrentIndex(page.phase.findData("other"))
    assert [page.filter.index(r, 0).data().split("\n")[0] for r in range(page.filter.rowCount())] == [
        "Next time I would …"]  # 'any'-phase prompts belong to every phase


def test_challenges_and_guide(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    text = window.challenges_page.text()
    assert "A test week" in text and "Day 5. Do thing 5 today.\nCheck-in: How did thing 5 go?" in text
    assert "Debrief, a session later" in text and "What got in the way?" in text
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.stack.currentWidget() is window.guide_page
    assert window.guide_page.chapters.item(0).text() == "Keeping everyone safe"
    assert "Do not promise secrecy." in window.guide_page.text.toPlainText()


def test_copy_edit_save_and_the_shipped_activity_stays(qtbot, window, curriculum_dir: Path,
                                                        monkeypatch) -> None:
    shipped = (curriculum_dir / "self" / "self-test.toml").read_text()
    window.show_activity("self-test")
    assert window.copy_action.isEnabled() and not window.edit_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    editor = window.editor_page
    assert window.stack.currentWidget() is editor
    assert 'id = "self-test-mine"' in editor.editor.toPlainText()

    editor.editor.setPlainText(editor.editor.toPlainText().replace("minutes = 4\n", "minutes = 7\n"))
    qtbot.keyClick(editor.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.problems.count() == 1 and "add up to duration.full (10)" in editor.problems.item(0).text()
    assert "Not saved yet" in editor.status.text()
    assert "minutes = 7" in editor.editor.toPlainText()  # the text stays on screen

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel)
    window.go_home()
    assert asked and window.stack.currentWidget() is editor  # Cancel keeps the facilitator here

    text = editor.editor.toPlainText().replace("minutes = 7\n", "minutes = 4\n")
    editor.editor.setPlainText(text.replace("Test activity (my copy)", "Our circle"))
    assert editor.save()
    window.go_home()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    rows = [window.phase_page.model.index(r).data().split("\n")[0] for r in range(window.phase_page.model.rowCount())]
    assert rows == ["Our circle", "Test activity"]
    assert (curriculum_dir / "self" / "self-test.toml").read_text() == shipped
    window.show_activity("self-test-mine")
    assert window.edit_action.isEnabled()
    assert "This is your own copy" in window.activity_page.text()


def test_deleting_a_copy_asks_first(qtbot, window, monkeypatch) -> None:
    window.show_activity("self-test")
    window.copy_current()
    file = window.editor_page.file
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.editor_page.delete()
    assert file.exists()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.editor_page.delete()
    assert not file.exists()
    assert window.stack.currentWidget() is window.home
    assert window.curriculum.activity("self-test-mine") is None


def test_a_copy_broken_outside_the_app_is_marked_and_can_be_fixed_here(qtbot, window) -> None:
    window.show_activity("self-test")
    window.copy_current()
    file = window.editor_page.file
    good = file.read_text()
    file.write_text(good.replace('opt_out = "Say', 'optout = "Say'))  # edited by hand elsewhere
    window.reload_curriculum()
    window.go_home()
    [broken] = window.curriculum.broken
    assert broken.file == file
    window.show_item(broken)
    assert "press Ctrl+E to fix it here" in window.activity_page.text()
    assert not window.copy_action.isEnabled() and window.edit_action.isEnabled()
    window.edit_current()
    window.editor_page.editor.setPlainText(good)
    assert window.editor_page.save()
    assert window.curriculum.activity("self-test-mine") is not None and window.curriculum.broken == ()


def test_build_a_plan_from_activities(qtbot, window) -> None:
    from app.ui.plan_builder import PlanBuilder

    builder = PlanBuilder(window, window.curriculum, window.store.data_dir)
    qtbot.addWidget(builder)
    builder.activities.setCurrentRow(0)  # self-test (10 min)
    builder.add_activity()
    builder.add_journal()
    builder.activities.setCurrentRow(1)  # other-test
    builder.add_activity()
    builder.accept()
    assert builder.saved_file is None and "Not saved yet" in builder.problems.text()  # 25 min, no opening…

    builder.items.setCurrentRow(0)
    builder.part.setCurrentText("opening")
    builder.variant.setCurrentText("short")
    builder.items.setCurrentRow(1)
    builder.minutes.setValue(30)
    builder.items.setCurrentRow(2)
    builder.part.setCurrentText("closing")
    model, root = builder.items.model(), builder.items.model().index(0, 0).parent()
    model.moveRow(root, 1, root, 3)  # what a drag of row 2 to the end does
    assert [i.part for i in builder.plan_items()] == ["opening", "closing", "reflection"]
    model.moveRow(root, 2, root, 1)
    assert [i.part for i in builder.plan_items()] == ["opening", "reflection", "closing"]
    builder.title.setText("Our Friday circle")
    assert builder.total.text() == "Total: 45 minutes"
    builder.accept()
    assert builder.saved_file is not None and builder.saved_file.name == "my-our-friday-circle-mine.toml"
    window.reload_curriculum()
    plan = window.curriculum.plan("my-our-friday-circle-mine")
    assert plan is not None and plan.minutes == 45 and window.curriculum.is_mine(plan.file)
