"""Decks a facilitator writes or imports, kept in the database (shipped decks stay in activities/)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.curriculum.model import Card, Deck
from app.store.db import Store
from app.store.ids import iso, new_id
from app.store.tx import transaction


@dataclass(frozen=True)
class DeckSummary:
    id: str
    title: str
    cards: int


def save_deck(store: Store, title: str, cards: tuple[Card, ...], description: str = "",
              deck_id: str | None = None) -> str:
    """Write (or rewrite) a whole deck in one transaction: an import is all or nothing."""
    deck_id = deck_id or new_id()
    now = iso()
    with transaction(store.conn):
        store.conn.execute(   # a rewrite keeps the day the deck was made
            "INSERT INTO decks (id, title, description, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, "
            "NULL) ON CONFLICT(id) DO UPDATE SET title = excluded.title, description = excluded.description, "
            "updated_at = excluded.updated_at, deleted_at = NULL", [deck_id, title.strip(), description, now, now])
        store.conn.execute("UPDATE deck_cards SET deleted_at = ?, updated_at = ? WHERE deck_id = ? AND "
                           "deleted_at IS NULL", [now, now, deck_id])
        for position, card in enumerate(cards):
            store.db["deck_cards"].insert({
                "id": new_id(), "deck_id": deck_id, "position": position, "title": card.title, "text": card.text,
                "role": card.role, "audience_json": json.dumps(list(card.audience)), "intensity": card.intensity,
                "content_notes_json": json.dumps(list(card.content_notes)), "updated_at": now})
    return deck_id


def list_decks(store: Store) -> list[DeckSummary]:
    rows = store.conn.execute("""
        SELECT d.id, d.title, (SELECT COUNT(*) FROM deck_cards c WHERE c.deck_id = d.id AND c.deleted_at IS NULL)
        FROM decks d WHERE d.deleted_at IS NULL ORDER BY d.title COLLATE NOCASE""").fetchall()
    return [DeckSummary(*row) for row in rows]


def load_deck(store: Store, deck_id: str) -> Deck | None:
    row = store.conn.execute("SELECT id, title, description FROM decks WHERE id = ? AND deleted_at IS NULL",
                             [deck_id]).fetchone()
    if row is None:
        return None
    cards = tuple(
        Card(title=t, text=x, role=r, audience=tuple(json.loads(a)), intensity=i, content_notes=tuple(json.loads(n)))
        for t, x, r, a, i, n in store.conn.execute(
            "SELECT title, text, role, audience_json, intensity, content_notes_json FROM deck_cards "
            "WHERE deck_id = ? AND deleted_at IS NULL ORDER BY position", [deck_id]))
    return Deck(id=row[0], title=row[1], description=row[2], cards=cards)


def delete_deck(store: Store, deck_id: str) -> None:
    with transaction(store.conn):
        store.conn.execute("UPDATE decks SET deleted_at = ?, updated_at = ? WHERE id = ?", [iso(), iso(), deck_id])
