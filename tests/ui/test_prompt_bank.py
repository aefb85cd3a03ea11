"""The prompt bank is not a dead end: Enter on a prompt offers to show it on the projector or to put it on a
class's journal prompts for today, which student mode and students' devices then offer first (pytest-qt,
the shipped program and the demo class, keyboard only)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.demo.classroom import DEMO_CLASS_ID
from app.store.settings import set_setting
from app.store.today_prompts import MAX_PICKS, pick_for_today, picked_today, unpick_for_today


@pytest.fixture
def window(demo_window):
    """The main window on the prompt bank; the actions attached as the main window does (or will)."""
    from app.ui.prompt_actions import PromptActions

    demo_window.show_class(DEMO_CLASS_ID)
    if getattr(demo_window, "prompt_actions", None) is None:
        demo_window.prompt_actions = PromptActions(demo_window)
    demo_window.open_section("prompts")
    return demo_window


def find(qtbot, page, words: str):
    """Type in the search box, then Enter: the first prompt found is chosen and the list has the focus."""
    page.search.setFocus()
    qtbot.keyClicks(page.search, words)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.list.hasFocus() or QApplication.focusWidget() is page.list
    prompt = page.current_prompt()
    assert prompt is not None and all(w in prompt.text.casefold() for w in words.casefold().split())
    return prompt


def test_enter_offers_both_actions_and_the_second_puts_the_prompt_on_todays_list(qtbot, window) -> None:
    page = window.prompts_page
    assert page.for_class.currentData() == DEMO_CLASS_ID   # the class open before
    prompt = find(qtbot, page, _first_word(page))
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    menu = page.menu
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    texts = [a.text().replace("&", "") for a in menu.actions()]
    assert texts[0].endswith("Show on the projector") and "Add to Demo class 8B's journal prompts" in texts[1]
    assert all(a.isEnabled() for a in menu.actions()) and menu.activeAction() is page.show_action
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=2000)
    assert picked_today(window.store, DEMO_CLASS_ID) == [prompt.id]
    assert "Added to Demo class 8B's journal prompts for today" in page.status.text()
    marked = page.list.currentIndex().data()
    assert marked.startswith(f"✓ {prompt.text}") and marked.endswith("on today's list")
    assert "Take off" in page.today_action.text()
    qtbot.keyClick(page.list, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)   # Ctrl+T: off again
    assert picked_today(window.store, DEMO_CLASS_ID) == []
    assert "✓" not in page.list.currentIndex().data() and "Taken off" in page.status.text()


def _first_word(page) -> str:
    """A word of a shipped prompt that is not in every prompt (the bank's content may change)."""
    return max(page.source.index(0).data().split("\n")[0].split(), key=len).strip("…,.?!")


def test_picked_prompts_come_first_in_student_mode_and_on_devices(qtbot, window) -> None:
    from app.classnet.api import Classroom
    from app.classnet.wsgi import StudentSite
    from app.paths import assets_dir
    from app.store.kiosk import set_password
    from app.store.students import students_in
    from tests.store.classnet_client import Phone

    page = window.prompts_page
    prompt = find(qtbot, page, _first_word(page))
    qtbot.keyClick(page.list, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert picked_today(window.store, DEMO_CLASS_ID) == [prompt.id]

    room = Classroom(window.store.data_dir, window.curriculum, DEMO_CLASS_ID, "Demo class 8B", "RTFAU")
    try:
        phone = Phone(StudentSite(room, assets_dir() / "web", lambda: {"127.0.0.1", "localhost"}))
        phone.sign_in("RTFAU", students_in(window.store, DEMO_CLASS_ID)[0].id)
        today = phone.call("GET", "/api/today").body["today"]
        assert today == [{"id": prompt.id, "text": prompt.text}]
    finally:
        room.close_stores()

    set_password(window.store, "teacher-only")
    window.journal.enter_student_mode(DEMO_CLASS_ID)
    mode = window.journal.student_mode
    try:
        chooser = mode.writer.prompts
        assert chooser.today[:1] == [prompt.id] and chooser.default == prompt.id
    finally:
        assert mode.try_leave("teacher-only")
    qtbot.waitUntil(lambda: window.journal.student_mode is None, timeout=2000)


def test_show_on_the_projector_without_a_session_opens_a_projector_window_that_esc_closes(qtbot, window) -> None:
    page = window.prompts_page
    prompt = find(qtbot, page, _first_word(page))
    qtbot.keyClick(page.list, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    view = window.prompt_actions.view
    assert view is not None
    qtbot.waitExposed(view)
    assert prompt.text in view.visible_text() and "Journal prompt" in view.visible_text()
    assert view.mode == "story" and "Esc" in view.windowTitle()
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)   # Esc works at once, without a click first
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_show_on_the_projector_during_a_session_uses_the_sessions_projector(qtbot, window) -> None:
    from tests.ui.runner_helpers import new_runner, stop

    runner = new_runner(window.store)
    qtbot.addWidget(runner)
    runner.show()
    window.runner_window = runner
    try:
        page = window.prompts_page
        prompt = find(qtbot, page, _first_word(page))
        page.show_action.trigger()
        assert runner.presenting and runner.projector.isVisible()
        assert runner.projector.mode == "story" and prompt.text in runner.projector.visible_text()
        assert window.prompt_actions.view is None   # no second projector window
        runner.runner.next()                        # the session's next step takes it away
        assert runner.projector.mode == "slide"
    finally:
        stop(runner)


def test_without_a_class_the_add_action_says_to_make_one_first(qtbot, window) -> None:
    page = window.prompts_page
    page.set_classes([], None)
    find(qtbot, page, _first_word(page))
    assert not page.today_action.isEnabled() and "make a class first" in page.today_action.text()
    assert page.show_action.isEnabled() and not page.for_class.isVisible()


def test_todays_list_is_for_today_only_newest_first_and_survives_damage(store) -> None:
    today = date(2025, 3, 4)
    assert pick_for_today(store, "c1", "p-a", today) and pick_for_today(store, "c1", "p-b", today)
    assert not pick_for_today(store, "c1", "p-a", today)          # once only
    assert picked_today(store, "c1", today) == ["p-b", "p-a"] and picked_today(store, "c2", today) == []
    assert picked_today(store, "c1", today + timedelta(days=1)) == []   # tomorrow starts clean
    assert pick_for_today(store, "c1", "p-c", today + timedelta(days=1))
    assert picked_today(store, "c1", today + timedelta(days=1)) == ["p-c"]
    assert unpick_for_today(store, "c1", "p-c", today + timedelta(days=1))
    assert not unpick_for_today(store, "c1", "p-c", today + timedelta(days=1))
    for n in range(MAX_PICKS + 3):
        pick_for_today(store, "c1", f"p{n}", today)
    assert len(picked_today(store, "c1", today)) == MAX_PICKS
    set_setting(store, "journal.today_prompts.c1", "{not json")
    assert picked_today(store, "c1", today) == []
    assert pick_for_today(store, "c1", "p-a", today) and picked_today(store, "c1", today) == ["p-a"]
