"""Drawing role-play cards in class (pure): shuffle, draw, put back, discard, and the session's history.

Heavy (level-3) cards stay out of the pile unless the facilitator turns them on.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from app.curriculum.model import Card, Deck

HEAVY = 3


@dataclass
class DeckPlay:
    deck: Deck
    include_heavy: bool = False
    rng: random.Random = field(default_factory=random.Random)
    pile: list[Card] = field(default_factory=list)
    history: list[Card] = field(default_factory=list)
    current: Card | None = None

    def __post_init__(self) -> None:
        self.shuffle()

    def playable(self) -> list[Card]:
        return [c for c in self.deck.cards if self.include_heavy or c.intensity < HEAVY]

    def shuffle(self) -> None:
        """A fresh pile of every playable card that has not been drawn this session."""
        drawn = {id(c) for c in self.history}
        self.pile = [c for c in self.playable() if id(c) not in drawn] or self.playable()
        self.rng.shuffle(self.pile)

    def set_heavy(self, include: bool) -> None:
        self.include_heavy = include
        self.shuffle()

    def draw(self) -> Card | None:
        if not self.pile:
            self.shuffle()
        if not self.pile:
            return None
        self.current = self.pile.pop()
        self.history.append(self.current)
        return self.current

    def draw_avoiding(self, avoid: set[int]) -> Card | None:
        """Draw a card whose id() is not in `avoid` if any playable card allows it, else any card."""
        if not any(id(c) not in avoid for c in self.pile):
            self.shuffle()
        for index in range(len(self.pile) - 1, -1, -1):
            if id(self.pile[index]) not in avoid:
                self.current = self.pile.pop(index)
                self.history.append(self.current)
                return self.current
        return self.draw()

    def put_back(self) -> None:
        """The group passes on this card (always allowed): it goes back into the pile, somewhere random."""
        if self.current is None:
            return
        if self.history and self.history[-1] is self.current:
            self.history.pop()
        self.pile.insert(self.rng.randrange(len(self.pile) + 1), self.current)
        self.current = None

    def discard(self) -> None:
        """Done with this card: it stays in the history and out of the pile."""
        self.current = None


def deal_roles(groups: list[list[str]], roles: DeckPlay) -> list[list[tuple[str, Card]]]:
    """One role card for each student, group by group; nobody in a group shares a role unless there are
    fewer roles than students. Dealt cards leave the pile (they are in use), so other groups get other
    perspectives until the deck runs out.
    """
    dealt: list[list[tuple[str, Card]]] = []
    for group in groups:
        hands: list[tuple[str, Card]] = []
        for student in group:
            card = roles.draw_avoiding({id(c) for _, c in hands})
            if card is None:
                break
            roles.discard()
            hands.append((student, card))
        dealt.append(hands)
    return dealt
