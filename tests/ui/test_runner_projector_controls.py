"""The facilitator's projector controls in a running session: the class's countdown (C), the projector's text
size for the room (remembered for the next session), and D asking which deck where an activity has none."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.ui.runner.deck_picker import DeckPicker
from app.ui.runner.projector import SCALE_SETTING
from app.ui.runner.window import COUNTDOWN_SETTING
from tests.ui.runner_helpers import first_step, new_runner, stop


def test_c_shows_the_class_the_time_left_and_the_choice_is_remembered(qtbot, store) -> None:
    window = new_runner(store)
    try:
        first_step(window)
        assert window.projector.countdown.isHidden()
        window.countdown_action.trigger()
        window._tick()
        assert not window.projector.countdown.isHidden()
        assert ":" in window.projector.countdown.text()
        settings = QSettings(str(store.data_dir / "window.ini"), QSettings.Format.IniFormat)
        assert settings.value(COUNTDOWN_SETTING, type=bool) is True
        window.runner.go(0)  # the welcome slide has no planned time: no "0:00" for the class
        window._tick()
        assert window.projector.countdown.isHidden()
    finally:
        stop(window)


def test_projector_text_size_for_the_room_is_kept_for_the_next_session(qtbot, store) -> None:
    window = new_runner(store)
    try:
        before = window.projector.text_scale()
        window.larger_action.trigger()
        window.larger_action.trigger()
        larger = window.projector.text_scale()
        assert larger > before
    finally:
        stop(window)
    settings = QSettings(str(store.data_dir / "window.ini"), QSettings.Format.IniFormat)
    assert float(settings.value(SCALE_SETTING)) == larger
    again = new_runner(store)
    try:
        assert again.projector.text_scale() == larger
        again.reset_scale_action.trigger()
        assert again.projector.text_scale() == 1.0
    finally:
        stop(again)


def test_d_on_an_activity_without_a_deck_asks_which_deck(qtbot, store) -> None:
    window = new_runner(store)
    try:
        first_step(window)  # session 1's first activity (the name beat) uses no deck
        assert window.runner.deck_play is None
        window.draw_action.trigger()
        pickers = [p for p in window.findChildren(DeckPicker) if p.isVisible()]
        assert len(pickers) == 1 and window.runner.mode != "card"
        pickers[0].pick(window.runner.decks()[0].id)
        assert window.runner.mode == "card" and window.runner.deck_play is not None
    finally:
        stop(window)
