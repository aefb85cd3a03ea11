"""The presenter console on a school laptop: it fits 1280×720 and 1366×768 with nothing cut off, the script has
the most room, the thumbnails are painted by the projector's own views, tools come with the steps that use
them, and every button shows its key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QFontMetrics, QKeySequence
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMessageBox, QToolButton, QWidget

from app.demo.classroom import DEMO_CLASS_ID
from app.store import runner as saved
from app.ui.runner.start import open_runner
from app.ui.runner.thumbnails import FALLBACK_SIZE
from tests.ui.runner_helpers import CURRICULUM, first_step, new_runner, stop

LAPTOPS = [QSize(1280, 720), QSize(1366, 768)]


@pytest.fixture
def make(qtbot, store, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    windows = []

    def _make(plan: str = "s01-who-am-i"):
        window = new_runner(store, plan) if not windows else _another(store, plan)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield _make
    for window in windows:
        if not window.ended:
            stop(window)


def _another(store, plan_id: str):
    """A second session on the same data folder (the demo class is there already)."""
    plan = CURRICULUM.plan(plan_id)
    session = saved.start_session(store, DEMO_CLASS_ID, plan_id, plan.phase)
    return open_runner(None, store, CURRICULUM, saved.RunningSession(session, DEMO_CLASS_ID, plan_id, 0, None,
                                                                     False, ""))


def deck_step(window) -> int:
    return next(i for i, s in enumerate(window.runner.slides)
                if s.activity_id and CURRICULUM.activity(s.activity_id).deck)


def settle(qtbot, window, size: QSize | None = None) -> None:
    if size is not None:
        window.resize(size)
    qtbot.wait(30)   # layouts and the thumbnails' next render run on the event loop
    QApplication.processEvents()


def scrolled(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area's viewport: such a widget may lie beyond the edge (it scrolls), by design."""
    while widget is not None and widget is not window:
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            return True
        widget = parent
    return False


def cut_off(window: QWidget) -> list[str]:
    """Every visible widget that reaches past the window's right or bottom edge."""
    bounds = window.rect()
    found = []
    for widget in window.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisible() or widget.size().isEmpty() or scrolled(widget, window):
            continue
        area = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if area.right() > bounds.right() or area.bottom() > bounds.bottom():
            found.append(f"{type(widget).__name__} {widget.objectName()!r} {widget.accessibleName()!r} at "
                         f"{area.getRect()}")
    return found


@pytest.mark.parametrize("size", LAPTOPS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_console_fits_a_school_laptop_on_every_kind_of_step(qtbot, make, size: QSize) -> None:
    window = make("s08-what-others-need")
    runner, console = window.runner, window.console
    states = {"welcome": lambda: None,
              "role-play with a card": lambda: (runner.go(deck_step(window)), runner.draw_card()),
              "groups": lambda: window.groups_action.trigger(),
              "blackout": lambda: window.blackout_action.trigger(),
              "every tool (F9)": lambda: window.tools_action.trigger()}
    for state, act in states.items():
        act()
        settle(qtbot, window, size)
        hint = window.minimumSizeHint()
        assert hint.width() <= size.width() and hint.height() <= size.height(), (state, hint)
        assert window.size() == size, state                  # nothing forced the window larger than the screen
        assert cut_off(window) == [], state
    window.tools_action.trigger()
    runner.go(0)
    settle(qtbot, window)
    lines = console.script.viewport().height() // QFontMetrics(console.script.font()).lineSpacing()
    assert lines >= 12


@pytest.mark.parametrize("size", [*LAPTOPS, QSize(1920, 1080)], ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_script_has_the_most_room_even_on_a_rhythm_step(qtbot, make, size: QSize) -> None:
    window = make()
    console = window.console
    first_step(window)                                           # My Name, My Beat: the rhythm panel shows
    settle(qtbot, window, size)
    assert not console.tools.isHidden() and cut_off(window) == []
    script = console.script.height()
    others = [console.tools, console.action_bar, console.thumbs.current, console.thumbs.upcoming]
    assert all(script > w.height() for w in others)
    assert script > console.height() * 0.4
    lines = console.script.viewport().height() // QFontMetrics(console.script.font()).lineSpacing()
    assert lines >= 12
    if size.width() >= 1920:   # a large screen: larger thumbnails and a wider side panel than a laptop's
        assert console.thumbs.current.width() >= 480 and console.side.width() >= 400


def test_the_current_thumbnail_is_the_projectors_own_view(qtbot, make) -> None:
    window = make("s08-what-others-need")
    runner, thumb = window.runner, window.console.thumbs.current
    assert thumb.source is window.projector and not window.projector.isVisible()
    assert window.projector.size() == FALLBACK_SIZE              # hidden, one screen: laid out as on a projector
    settle(qtbot, window)
    before, picture = thumb.renders, thumb.pixmap().toImage()
    with qtbot.waitSignal(thumb.rendered, timeout=2_000):
        runner.toggle_blackout()
    assert thumb.renders > before and thumb.pixmap().toImage() != picture
    assert thumb.accessibleDescription() == "Nothing (dark)" and "BLACKED OUT" in \
        window.console.projector_state.text()
    runner.go(deck_step(window))
    runner.draw_card()
    card = runner.deck_play.current
    assert window.projector.mode == "card"
    # the card turns over by itself on the projector (no `changed`): the thumbnail follows it within a second
    qtbot.waitUntil(lambda: card.title in thumb.accessibleDescription(), timeout=3_000)
    assert thumb.source is window.projector and "the card" in window.console.projector_state.text()
    window.present()
    qtbot.waitUntil(lambda: "NOW ON THE PROJECTOR" in window.console.projector_state.text(), timeout=2_000)


def test_the_next_thumbnail_shows_the_next_step_from_an_off_screen_view(qtbot, make) -> None:
    window = make()
    runner, thumbs = window.runner, window.console.thumbs
    for _ in range(3):
        upcoming = runner.next_slide
        settle(qtbot, window)
        assert thumbs.upcoming.source is thumbs.next_view and thumbs.next_view is not window.projector
        assert not thumbs.next_view.isVisible() and thumbs.next_view.mode == "slide"
        assert upcoming.heading in thumbs.next_view.visible_text()
        assert upcoming.heading in window.console.next_up.text()
        runner.next()
    runner.go(len(runner.slides) - 1)
    assert thumbs.next_view.mode == "blackout" and "end of the session" in window.console.next_up.text()


def test_tools_come_with_the_steps_that_use_them_and_on_demand(qtbot, make) -> None:
    window = make("s08-what-others-need")
    runner, console = window.runner, window.console
    assert runner.slide.kind == "welcome"
    assert console.rhythm.isHidden() and console.role_play.isHidden() and console.tools.isHidden()
    first_step(window)                                           # Call and Echo: a rhythm, no deck
    assert CURRICULUM.activity(runner.slide.activity_id).rhythm
    assert not console.rhythm.isHidden() and console.role_play.isHidden()
    runner.go(next(i for i, s in enumerate(runner.slides) if s.activity_id and not {"rhythm", "drums", "role-play"}
                   & set(CURRICULUM.activity(s.activity_id).methods)))
    assert console.rhythm.isHidden() and console.role_play.isHidden() and console.tools.isHidden()
    runner.go(deck_step(window))
    assert not console.role_play.isHidden() and console.rhythm.isHidden()
    window.tools_action.trigger()                                # F9: everything, on any step
    runner.go(0)
    assert not console.rhythm.isHidden() and not console.role_play.isHidden()
    assert window.tools_action.shortcut().toString() == "F9"
    window.tools_action.trigger()
    assert console.rhythm.isHidden()
    other = make()                                               # session 1 opens with a questionnaire
    other.tools_action.trigger()
    other.runner.go(1)                                           # nobody drums during a questionnaire, even on F9
    assert other.runner.slide.kind == "questionnaire" and other.console.rhythm.isHidden()
    assert not other.console.questionnaire.isHidden() and not other.console.tools.isHidden()


def test_every_button_shows_its_key_and_the_buttons_are_grouped(qtbot, make) -> None:
    window = make("s08-what-others-need")
    window.runner.go(1)                                          # a questionnaire: its own buttons show too
    buttons = [b for b in window.findChildren(QToolButton) if b.defaultAction() is not None]
    assert len(buttons) >= 20
    for button in buttons:
        key = button.defaultAction().shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert key and key.replace("PgDown", "PgDn") in button.text(), button.text()
    console = window.console
    assert set(console.action_bar.groups) == {"Projector", "Class"}
    assert [b.defaultAction() for b in console.navigate.buttons] == [window.previous_action, window.next_action]
    assert window.draw_action in [b.defaultAction() for b in console.role_play.buttons.buttons]
    big = {b.defaultAction() for b in buttons if b.objectName() == "bigAction"}
    assert big == {window.previous_action, window.next_action, window.timer_action, window.blackout_action}
    assert window.next_action.text() == "Next ▶" and "PgDn" in window.next_action.iconText()   # menus stay plain


def test_window_and_splitter_sizes_come_back_next_session(qtbot, make) -> None:
    window = make()
    window.show()
    settle(qtbot, window, QSize(780, 700))       # (the offscreen test screen is 800×800: a size that fits it)
    window.console.outer.setSizes([520, 240])
    sizes = window.console.outer.sizes()
    window.runner.go(len(window.runner.slides) - 1)
    window.close()                                               # End session: asked (yes), then saved
    assert window.ended
    again = make()
    settle(qtbot, again)
    assert again.size() == QSize(780, 700) and again.console.outer.sizes() == sizes
