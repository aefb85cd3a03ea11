"""The cards a session drew, in order, and what became of each: kept so a resumed session still shows them."""

from __future__ import annotations

from dataclasses import dataclass

from app.store.db import Store
from app.store.ids import iso, new_id
from app.store.tx import transaction

OUTCOMES = ("shown", "played", "returned")


@dataclass(frozen=True)
class Draw:
    id: str
    deck_title: str
    card_title: str
    outcome: str
    drawn_at: str


def record_draw(store: Store, session_id: str, deck_id: str, deck_title: str, card_title: str) -> str:
    """A card goes up on the projector; the one before it (if still shown) counts as played."""
    draw_id, now = new_id(), iso()
    with transaction(store.conn):
        store.conn.execute("UPDATE card_draws SET outcome = 'played', updated_at = ? WHERE session_id = ? "
                           "AND outcome = 'shown'", [now, session_id])
        store.db["card_draws"].insert({"id": draw_id, "session_id": session_id, "deck_id": deck_id,
                                       "deck_title": deck_title, "card_title": card_title, "outcome": "shown",
                                       "drawn_at": now, "updated_at": now})
    return draw_id


def set_outcome(store: Store, draw_id: str, outcome: str) -> None:
    if outcome not in OUTCOMES:
        raise ValueError(f"outcome {outcome!r}: expected one of {', '.join(OUTCOMES)}")
    with transaction(store.conn):
        store.conn.execute("UPDATE card_draws SET outcome = ?, updated_at = ? WHERE id = ?", [outcome, iso(), draw_id])


def draws(store: Store, session_id: str) -> list[Draw]:
    rows = store.conn.execute("SELECT id, deck_title, card_title, outcome, drawn_at FROM card_draws "
                              "WHERE session_id = ? AND deleted_at IS NULL ORDER BY drawn_at, rowid", [session_id])
    return [Draw(*row) for row in rows]
