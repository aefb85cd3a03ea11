"""Which deck D draws from: the activity's own, or the facilitator's choice for that activity only; each deck
keeps its own pile across activities."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.curriculum.model import Card, Deck
from app.decks.choice import DeckChoice, DeckPlays, heavy_count, levels

ACTIVITIES = ("self-a", "self-b", "other-c", "other-d", "welcome-0")
DECKS = ("scenes", "roles", "repair", "twists")

own_decks = st.dictionaries(st.sampled_from(ACTIVITIES), st.one_of(st.none(), st.sampled_from(DECKS)))
choices = st.lists(st.tuples(st.sampled_from(ACTIVITIES), st.sampled_from(DECKS)), max_size=20)


def deck_of(deck_id: str, levels_: list[int]) -> Deck:
    return Deck(deck_id, deck_id.title(), "", tuple(Card(f"{deck_id}{i}", "text", None, (), level, ())
                                                    for i, level in enumerate(levels_)))


@given(own_decks, choices)
def test_a_choice_for_one_activity_never_changes_what_another_draws_from(own, made) -> None:
    rule = DeckChoice(own)
    for activity, deck in made:
        before = {a: rule.deck_for(a) for a in ACTIVITIES if a != activity}
        rule.choose(activity, deck)
        assert rule.deck_for(activity) == deck   # the latest choice for it, even over its own deck
        assert {a: rule.deck_for(a) for a in ACTIVITIES if a != activity} == before


@given(own_decks, choices)
def test_an_activity_with_its_own_deck_never_asks_and_one_without_asks_until_chosen(own, made) -> None:
    rule = DeckChoice(own)
    for activity, deck in made:
        rule.choose(activity, deck)
    chosen = dict(made)   # the last choice per activity wins
    for activity in ACTIVITIES:
        expected = chosen.get(activity) or own.get(activity)
        assert rule.deck_for(activity) == expected
        assert rule.must_ask(activity) == (expected is None)
        if own.get(activity):
            assert not rule.must_ask(activity)


def test_forgetting_a_choice_goes_back_to_the_activitys_own_deck_or_to_asking() -> None:
    rule = DeckChoice({"other-c": "roles", "self-a": None})
    rule.choose("other-c", "scenes")
    rule.choose("self-a", "repair")
    rule.forget("other-c")
    rule.forget("self-a")
    assert rule.deck_for("other-c") == "roles" and rule.must_ask("self-a")
    assert rule.own_deck("self-a") is None and rule.chosen("other-c") is None
    with pytest.raises(ValueError):
        rule.choose("self-a", "")


@given(st.lists(st.sampled_from(DECKS[:3]), min_size=1, max_size=60), st.integers(0, 10**6))
def test_each_deck_resumes_its_own_pile_whichever_deck_was_drawn_in_between(order, seed) -> None:
    decks = {d: deck_of(d, [1, 1, 2, 2, 3]) for d in DECKS[:3]}
    plays = DeckPlays(random.Random(seed))
    drawn: dict[str, list[str]] = {d: [] for d in decks}
    for deck_id in order:
        play, card = plays.draw(decks[deck_id])
        assert card is not None and play.deck.id == deck_id and card.title.startswith(deck_id)
        assert card.intensity < 3   # heavy cards stay off unless included
        drawn[deck_id].append(card.title)
    for deck_id, titles in drawn.items():
        playable = 4
        for start in range(0, len(titles), playable):   # no repeat within one pass through a deck's pile
            chunk = titles[start:start + playable]
            assert len(set(chunk)) == len(chunk)
        assert plays.drawn(deck_id) == len(titles)


def test_putting_back_returns_the_last_card_to_its_own_deck_even_after_moving_on() -> None:
    scenes, roles = deck_of("scenes", [1, 1, 1]), deck_of("roles", [1, 1])
    plays = DeckPlays(random.Random(3))
    first, _ = plays.draw(scenes)
    roles_play, card = plays.draw(roles)
    assert first.current is None and card in roles.cards   # scenes' card counts as played, not still up
    assert plays.put_back() is roles_play and card in roles_play.pile and roles_play.history == []
    assert plays.put_back() is None   # nothing is up any more
    assert plays.drawn("scenes") == 1


def test_heavy_cards_are_included_per_deck_and_drawn_cards_stay_drawn() -> None:
    scenes, roles = deck_of("scenes", [1, 3, 3]), deck_of("roles", [1, 3])
    plays = DeckPlays(random.Random(5))
    play, first = plays.draw(scenes)
    plays.set_heavy(scenes, True)
    assert play.include_heavy and first not in play.pile and len(play.pile) == 2
    assert not plays.play(roles).include_heavy   # another deck's pile keeps them out
    assert [c.intensity for c in plays.play(roles).pile] == [1]


def test_what_the_picker_shows_of_a_deck() -> None:
    assert levels(deck_of("d", [2, 1, 3])) == (1, 3) and levels(deck_of("d", [])) is None
    assert heavy_count(deck_of("d", [3, 1, 3])) == 2
