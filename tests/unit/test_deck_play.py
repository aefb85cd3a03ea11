"""Drawing cards: no repeats until the pile is used up, heavy cards only when turned on, passing puts back."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from app.curriculum.model import Card, Deck
from app.decks.play import DeckPlay, deal_roles


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


@given(st.lists(st.integers(1, 6), min_size=1, max_size=6), st.integers(1, 40), st.integers(0, 10_000))
def test_dealing_roles_gives_everyone_one_and_no_group_shares_one(sizes: list[int], roles_count: int,
                                                                   seed: int) -> None:
    groups = [[f"s{g}-{n}" for n in range(size)] for g, size in enumerate(sizes)]
    roles = DeckPlay(deck_of([1] * roles_count), rng=random.Random(seed))
    dealt = deal_roles(groups, roles)
    assert [[student for student, _ in hands] for hands in dealt] == groups
    for hands in dealt:
        titles = [card.title for _, card in hands]
        if roles_count >= len(hands):
            assert len(set(titles)) == len(titles)
    everyone = [card.title for hands in dealt for _, card in hands]
    if roles_count >= len(everyone):                # enough roles: nobody in the room shares one
        assert len(set(everyone)) == len(everyone)
