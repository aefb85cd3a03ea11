"""D draws from the right deck: the activity's own, or (where it has none) the one the facilitator picks for
that activity only; each deck's pile carries on when the class comes back to it. Real store, shipped program,
the picker driven without ever running a modal dialog."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from app.curriculum.model import Card, Deck, PlanItem
from app.demo.classroom import DEMO_CLASS_ID
from app.store import runner as saved
from app.ui.runner.controller import SessionRunner
from app.ui.runner.deck_picker import DeckPicker, ask_for_deck, deck_line
from tests.demo_image import add_demo
from tests.ui.runner_helpers import CURRICULUM

SELF, ROLES, SCENES, LATER = "self-name-beat", "other-behind-the-words", "other-rewind-the-scene", "self-carry-a-word"


@pytest.fixture
def runner(store):
    """A plan going from a Self activity (no deck) to two role-plays with their own decks, then a closing
    activity with no deck: the shipped plans never mix them like this, so it is made from shipped activities."""
    assert CURRICULUM.activity(SELF).deck is None and CURRICULUM.activity(LATER).deck is None
    assert (CURRICULUM.activity(ROLES).deck, CURRICULUM.activity(SCENES).deck) == ("roles", "scenes")
    add_demo(store)  # create_demo(store), copied in (tests/demo_image.py)
    plan = replace(CURRICULUM.plan("s01-who-am-i"), id="mixed",
                   items=tuple(PlanItem("main", 10, a) for a in (SELF, ROLES, SCENES, LATER)))
    session_id = saved.start_session(store, DEMO_CLASS_ID, plan.id, plan.phase)
    made = SessionRunner(store, CURRICULUM, plan, session_id, DEMO_CLASS_ID)
    yield made
    made._ticker.stop()
    made._saver.stop()


def go_to(runner: SessionRunner, activity_id: str, nth: int = 0) -> None:
    runner.go([i for i, s in enumerate(runner.slides) if s.activity_id == activity_id][nth])


def drawn_decks(runner: SessionRunner) -> list[str]:
    return [d.deck_title for d in runner.card_history()]


def test_each_activity_draws_from_its_own_deck_or_the_one_chosen_for_it(qtbot, runner) -> None:
    asked, said = [], []
    runner.deck_needed.connect(asked.append)
    runner.message.connect(said.append)
    go_to(runner, SELF)
    runner.draw_card()                                     # D in a Self activity: no deck, so nothing is drawn
    assert asked == [SELF] and runner.mode == "slide" and runner.card_history() == []
    assert said[-1] == "This activity has no deck: choose one (D again draws from it)"
    assert runner.deck_play is None

    picker = DeckPicker(runner, SELF)
    qtbot.addWidget(picker)
    picker.show()
    assert picker.pick("scenes")                           # chosen there: drawn from at once
    assert runner.mode == "card" and runner.deck_play.deck.id == "scenes" and not picker.isVisible()
    go_to(runner, SELF, 1)
    runner.draw_card()                                     # the same activity's next step remembers it
    assert asked == [SELF] and drawn_decks(runner) == ["Scenes", "Scenes"]

    go_to(runner, ROLES)
    runner.draw_card()                                     # a role-play with its own deck: never the chosen one
    assert runner.deck_play.deck.id == "roles" and asked == [SELF]
    go_to(runner, SCENES)
    runner.draw_card()                                     # scenes again: its pile carries on, no repeats
    scenes = runner.plays.get("scenes")
    assert runner.deck_play is scenes and len(scenes.history) == 3 == len({c.title for c in scenes.history})

    go_to(runner, LATER)
    runner.draw_card()                                     # a later activity without a deck asks for itself
    assert asked == [SELF, LATER] and runner.mode == "slide"
    go_to(runner, SELF)
    runner.draw_card()                                     # back to the first activity: its choice holds
    assert asked == [SELF, LATER] and runner.deck_play is scenes and len(scenes.history) == 4
    assert drawn_decks(runner) == ["Scenes", "Scenes", "Roles and perspectives", "Scenes", "Scenes"]
    assert runner.plays.drawn("roles") == 1 and all(c.intensity < 3 for c in scenes.history)


def test_a_deck_chosen_in_the_console_overrides_the_activitys_own_for_that_activity_only(qtbot, runner) -> None:
    decks = {d.id: d for d in runner.decks()}
    go_to(runner, ROLES)
    runner.choose_deck(decks["twists"])                    # the console's deck list, for this activity
    runner.draw_card()
    assert runner.deck_play.deck.id == "twists"
    go_to(runner, SCENES)
    runner.draw_card()
    assert runner.deck_play.deck.id == "scenes"
    go_to(runner, ROLES, 1)
    runner.draw_card()
    assert runner.deck_play.deck.id == "twists" and runner.plays.get("roles") is None
    runner.put_card_back()                                 # R: back into its own deck's pile
    twists = runner.plays.get("twists")
    assert len(twists.history) == 1 and runner.mode == "slide"
    assert [d.outcome for d in runner.card_history()] == ["played", "played", "returned"]


def test_heavy_cards_only_when_included_and_only_for_that_deck(qtbot, runner) -> None:
    decks = {d.id: d for d in runner.decks()}
    go_to(runner, SELF)
    runner.choose_deck(decks["scenes"], include_heavy=True)
    assert runner.plays.get("scenes").include_heavy
    go_to(runner, ROLES)
    assert not runner.deck_play.include_heavy              # another deck keeps its heavy cards out
    runner.set_heavy(True)
    assert runner.deck_play.include_heavy and runner.deck_choice.chosen(ROLES) is None  # not a choice of deck


def test_the_picker_answers_to_its_own_keys_before_the_runner_windows(qtbot, runner) -> None:
    host = QWidget()                                       # as the runner window: one-key application shortcuts
    qtbot.addWidget(host)
    fired: list[str] = []
    for key in ("D", "Esc", "B"):
        action = QAction(key, host)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda _=False, k=key: fired.append(k))
        host.addAction(action)
    host.show()
    go_to(runner, SELF)
    picker = ask_for_deck(runner, SELF, host)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is not None)
    assert ask_for_deck(runner, SELF, host) is picker      # D again raises it instead of stacking another
    twists = next(i for i in range(picker.list.count()) if picker.list.item(i).data(Qt.ItemDataRole.UserRole)
                  == "twists")
    assert picker.list.item(twists).text().startswith("Twists — 35 cards · levels 1–3 · ")
    qtbot.keyClick(picker.list, Qt.Key.Key_B)
    assert fired == ["B"]                                  # keys the picker does not use still reach the session
    qtbot.keyClick(picker.list, Qt.Key.Key_Escape)         # Esc cancels: nothing chosen, nothing drawn
    assert not picker.isVisible() and runner.deck_choice.must_ask(SELF) and runner.mode == "slide"

    picker = ask_for_deck(runner, SELF, host)
    picker.list.setCurrentRow(twists)
    qtbot.keyClick(picker.heavy, Qt.Key.Key_Space)
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)         # Enter picks the highlighted deck and draws
    assert fired == ["B"] and runner.mode == "card" and runner.deck_play.deck.id == "twists"
    assert runner.deck_play.include_heavy and drawn_decks(runner) == ["Twists"]


def test_a_picker_answered_after_the_class_moved_on_draws_nothing_there(qtbot, runner) -> None:
    go_to(runner, SELF)
    picker = DeckPicker(runner, SELF)
    qtbot.addWidget(picker)
    go_to(runner, ROLES)
    picker.pick("repair")
    assert runner.card_history() == [] and runner.deck_choice.deck_for(SELF) == "repair"
    assert runner.deck_choice.deck_for(ROLES) == "roles"


def test_the_pickers_line_for_a_deck() -> None:
    light = Card("Lunch", "Someone sits alone.", None, (), 1, ())
    heavy = replace(light, intensity=3)
    assert deck_line(Deck("one", "One", "", (light,)), drawn=2) == "One — 1 card · level 1 · 2 drawn this session"
    assert deck_line(Deck("two", "Two", "", (light, heavy))) == "Two — 2 cards · levels 1–3 · 1 heavy (off unless " \
        "included)"
