"""Scoring one student's answers to a questionnaire: one number per subscale, or None when too few answers.

A skipped item lowers nothing: the score is the mean of the items that were answered, provided there are at
least `instrument.min_answered` of them (the published rule of a scale such as the AMES). Reverse-scored items
are turned round first, so a high score always means more of what the subscale measures.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from app.curriculum.model import Instrument


def reverse_value(instrument: Instrument, value: int) -> int:
    """The answer read from the other end of the scale: on 1–5, 1 ↔ 5, 2 ↔ 4, 3 stays."""
    return min(instrument.values) + max(instrument.values) - value


def check_answers(instrument: Instrument, answers: Mapping[str, int | None]) -> None:
    """Refuse answers that would be scored silently wrong: off the scale, not whole numbers, or unknown items."""
    known = {item.id for item in instrument.items}
    scale = ", ".join(str(v) for v in instrument.values)
    for item_id, value in answers.items():
        if item_id not in known:
            raise ValueError(f"answer to {item_id!r}, which is not an item of {instrument.id!r}")
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value not in instrument.values:
            raise ValueError(f"answer {value!r} to item {item_id!r} of {instrument.id!r} is not on its scale: "
                             f"expected one of {scale}, or None for a skipped item")


def score(instrument: Instrument, answers: Mapping[str, int | None]) -> dict[str, float | None]:
    """Per subscale id: the mean of its answered items (reverse items turned round), or None with too few."""
    check_answers(instrument, answers)
    reverse = {item.id for item in instrument.items if item.reverse}
    scores: dict[str, float | None] = {}
    for subscale in instrument.subscales:
        given = [(item_id, v) for item_id in subscale.items if (v := answers.get(item_id)) is not None]
        if not given or len(given) < instrument.min_answered:
            scores[subscale.id] = None
            continue
        values = [reverse_value(instrument, v) if item_id in reverse else v for item_id, v in given]
        scores[subscale.id] = math.fsum(values) / len(values)
    return scores
