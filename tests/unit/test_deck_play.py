"""Drawing cards: no repeats until the pile is used up, heavy cards only when turned on, passing puts back."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from app.curriculum.model import Card, Deck
from app.deck_play import DeckPlay


def deck_of(levels: list[int]) -> Deck:
    return Deck("d", "D", "", tuple(Card(f"c{i}", "text", None, (), level, ()) for i, level in enumerate(levels)))


@given(st.lists(st.integers(1, 3), min_size=1, max_size=30), st.booleans(), st.integers(0, 10**6))
def test_no_card_twice_until_every_playable_card_was_drawn(levels: list[int], heavy: bool, seed: int) -> None:
    play = DeckPlay(deck_of(levels), include_heavy=heavy, rng=random.Random(seed))
    playable = play.playable()
    drawn = [play.draw() for _ in range(len(playable))]
    if playable:
        assert sorted(c.title for c in drawn) == sorted(c.title for c in playable)
    assert all(c is None or heavy or c.intensity < 3 for c in drawn)


def test_passing_puts_the_card_back_and_off_the_history() -> None:
    play = DeckPlay(deck_of([1, 1, 1]), rng=random.Random(1))
    card = play.draw()
    play.put_back()
    assert card in play.pile and play.history == [] and play.current is None
    titles = {play.draw().title for _ in range(3)}
    assert titles == {"c0", "c1", "c2"}


def test_heavy_cards_join_only_when_turned_on() -> None:
    play = DeckPlay(deck_of([3, 3, 1]), rng=random.Random(2))
    assert [c.title for c in play.playable()] == ["c2"]
    play.set_heavy(True)
    assert len(play.playable()) == 3
