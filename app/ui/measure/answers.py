"""One class's answers to one instrument in one round (pre or post): what the paper-entry screen shows and
the only place it writes them, one cell at a time, so a crash between two keystrokes loses nothing.

The round is looked up, never made, when the screen opens: browsing 'Post' must not leave an empty post
round behind for the results to trip over. It is made by the first answer typed, and from then on the
screen reads and writes that one round id, so it can never show one round and save into another.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from typing import Final, Literal

from app.store.db import Store
from app.store.measure import answers_of, clear_answers, rounds_of, save_answers, start_round

PAPER: Final = "paper"


class _Unanswered(Enum):
    UNANSWERED = "unanswered"


UNANSWERED: Final = _Unanswered.UNANSWERED
# What a cell holds: a value of the scale, None (the student skipped it), or UNANSWERED (nothing typed yet).
Cell = int | None | Literal[_Unanswered.UNANSWERED]


class RoundAnswers:
    """The answers of one round, kept in memory as they are in the database after every write."""

    def __init__(self, store: Store, class_id: str, instrument_id: str, round_name: str) -> None:
        self.store, self.class_id = store, class_id
        self.instrument_id, self.round_name = instrument_id, round_name
        found = next((r for r in rounds_of(store, class_id)
                      if r.instrument_id == instrument_id and r.round == round_name), None)
        self.round_id: str | None = found.id if found else None
        self.demo = bool(found and found.demo)
        self._answers: dict[str, dict[str, int | None]] = {}
        self.reload()

    def reload(self) -> None:
        """Read the round again: answers may also come in from devices while the sheets are typed."""
        self._answers = answers_of(self.store, self.round_id) if self.round_id else {}

    def value(self, student_id: str, item_id: str) -> Cell:
        return self._answers.get(student_id, {}).get(item_id, UNANSWERED)

    def of(self, student_id: str) -> dict[str, int | None]:
        return self._answers.get(student_id, {})

    def write(self, student_id: str, item_id: str, value: Cell) -> None:
        """Save one cell at once (its own transaction); raises StoreError with nothing changed."""
        with refused_as_store_error():
            self._write(student_id, item_id, value)

    def _write(self, student_id: str, item_id: str, value: Cell) -> None:
        if value is UNANSWERED:
            if self.round_id is None or item_id not in self.of(student_id):
                return
            clear_answers(self.store, self.round_id, student_id, [item_id])
            self._answers[student_id].pop(item_id, None)
            return
        if self.round_id is None:
            self.round_id = start_round(self.store, self.class_id, self.instrument_id, self.round_name)
        save_answers(self.store, self.round_id, student_id, {item_id: value}, PAPER)
        self._answers.setdefault(student_id, {})[item_id] = value


@contextmanager
def refused_as_store_error() -> Iterator[None]:
    """The store already turns a refused write into a StoreError (its message is shown in the status line);
    this marks the places that write, so a reader sees where a key press can fail."""
    yield
