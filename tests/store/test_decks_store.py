"""A facilitator's own decks in the database: a rewrite replaces the cards and keeps the deck's first day; a deck
saved again after being deleted comes back."""

from __future__ import annotations

from app.curriculum.model import Card
from app.store import Store
from app.store.decks import delete_deck, list_decks, load_deck, save_deck


def card(title: str) -> Card:
    return Card(title=title, text=f"{title}: what happens next?", role=None, audience=(), intensity=1,
                content_notes=())


def created_at(store: Store, deck_id: str) -> str:
    return store.conn.execute("SELECT created_at FROM decks WHERE id = ?", [deck_id]).fetchone()[0]


def test_rewriting_a_deck_replaces_its_cards_and_keeps_the_day_it_was_made(store: Store) -> None:
    deck_id = save_deck(store, "Our scenes", (card("Bus stop"), card("Lunch queue")))
    first = created_at(store, deck_id)
    store.conn.execute("UPDATE decks SET created_at = '2026-01-05T09:00:00.000Z' WHERE id = ?", [deck_id])
    store.conn.commit()
    assert save_deck(store, "Our scenes, edited", (card("Corridor"),), deck_id=deck_id) == deck_id
    deck = load_deck(store, deck_id)
    assert deck is not None and deck.title == "Our scenes, edited" and [c.title for c in deck.cards] == ["Corridor"]
    assert created_at(store, deck_id) == "2026-01-05T09:00:00.000Z" != first
    assert [(d.title, d.cards) for d in list_decks(store)] == [("Our scenes, edited", 1)]


def test_a_deleted_deck_saved_again_comes_back(store: Store) -> None:
    deck_id = save_deck(store, "Warm-ups", (card("Mirror"),))
    delete_deck(store, deck_id)
    assert load_deck(store, deck_id) is None and list_decks(store) == []
    save_deck(store, "Warm-ups", (card("Mirror"), card("Echo")), deck_id=deck_id)
    assert [c.title for c in load_deck(store, deck_id).cards] == ["Mirror", "Echo"]
