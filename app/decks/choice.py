"""Which deck D draws from, activity by activity, and each deck's pile for the session (pure: no Qt).

Why a rule of its own: a card from the wrong deck can hurt (a teasing scene in a Self activity about
self-worth), so the deck follows the activity the class is in, never simply whatever was drawn last.

- An activity that names a deck (its `deck` field) draws from it and never asks.
- An activity without one asks the facilitator once; the answer holds for that activity for the rest of
  the session and for no other activity (the next one may need a different tone).
- A deck chosen explicitly for an activity overrides the activity's own deck, for that activity only.
- Each deck keeps its own pile for the session (`DeckPlays`), so coming back to a deck goes on where it
  stopped instead of repeating cards the class has already played.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping

from app.curriculum.model import Activity, Card, Deck
from app.decks.play import HEAVY, DeckPlay


class DeckChoice:
    """The deck for each activity of one session: its own deck, or the facilitator's choice for it.

    Activity ids are opaque keys: the runner gives steps outside any activity (welcome, reflection) keys of
    their own, which simply have no deck of their own.
    """

    def __init__(self, own_decks: Mapping[str, str | None] | None = None) -> None:
        self._own = {activity: deck for activity, deck in (own_decks or {}).items() if deck}
        self._chosen: dict[str, str] = {}

    @classmethod
    def for_activities(cls, activities: Iterable[Activity]) -> DeckChoice:
        return cls({a.id: a.deck for a in activities})

    def own_deck(self, activity_id: str) -> str | None:
        """The deck the activity's file names, if any."""
        return self._own.get(activity_id)

    def chosen(self, activity_id: str) -> str | None:
        """The deck the facilitator chose for this activity this session, if any."""
        return self._chosen.get(activity_id)

    def deck_for(self, activity_id: str) -> str | None:
        """The deck D draws from in this activity, or None when the facilitator must be asked."""
        return self._chosen.get(activity_id) or self._own.get(activity_id)

    def must_ask(self, activity_id: str) -> bool:
        return self.deck_for(activity_id) is None

    def choose(self, activity_id: str, deck_id: str) -> None:
        """Remember the facilitator's deck for this activity only (it also overrides the activity's own)."""
        if not deck_id:
            raise ValueError("a deck choice needs a deck id")
        self._chosen[activity_id] = deck_id

    def forget(self, activity_id: str) -> None:
        """Back to the activity's own deck (or to asking, for an activity without one)."""
        self._chosen.pop(activity_id, None)


class DeckPlays:
    """One `DeckPlay` per deck for the session: a deck's drawn cards and pile survive moving between activities.

    Heavy cards are a setting of each deck's play, off until the facilitator includes them for that deck:
    turning them on for one activity's deck never lets them into another deck's pile.
    """

    def __init__(self, rng: random.Random | None = None) -> None:
        self._rng = rng or random.Random()
        self._plays: dict[str, DeckPlay] = {}
        self.shown: DeckPlay | None = None   # the play whose card was drawn last (what R returns)

    def get(self, deck_id: str) -> DeckPlay | None:
        return self._plays.get(deck_id)

    def play(self, deck: Deck) -> DeckPlay:
        """This deck's play, started (shuffled, heavy cards off) the first time the session uses it."""
        play = self._plays.get(deck.id)
        if play is None:
            play = self._plays[deck.id] = DeckPlay(deck, rng=self._rng)
        return play

    def set_heavy(self, deck: Deck, include: bool) -> DeckPlay:
        """Include or leave out this deck's heavy cards; its drawn cards stay drawn (no reshuffle if unchanged)."""
        play = self.play(deck)
        if play.include_heavy != include:
            play.set_heavy(include)
        return play

    def draw(self, deck: Deck) -> tuple[DeckPlay, Card | None]:
        """Draw from this deck's pile. The card shown before, if from another deck, counts as played there, so
        that deck's `current` never brings an old card back when the class returns to it."""
        play = self.play(deck)
        if self.shown is not None and self.shown is not play:
            self.shown.discard()
        card = play.draw()
        if card is not None:
            self.shown = play
        return play, card

    def put_back(self) -> DeckPlay | None:
        """Return the card drawn last to its own deck's pile; the play it went back to, or None if no card is up."""
        play = self.shown
        if play is None or play.current is None:
            return None
        play.put_back()
        return play

    def drawn(self, deck_id: str) -> int:
        play = self._plays.get(deck_id)
        return len(play.history) if play else 0


def levels(deck: Deck) -> tuple[int, int] | None:
    """The lowest and highest card level in a deck (None when it is empty): what the picker shows."""
    found = [c.intensity for c in deck.cards]
    return (min(found), max(found)) if found else None


def heavy_count(deck: Deck) -> int:
    return sum(1 for c in deck.cards if c.intensity >= HEAVY)
