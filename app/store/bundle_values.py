"""The values a bundle may hold, checked one by one: strict JSON, a value that fits SQLite, text within its
limit, whole numbers, timestamps; and the short words errors use to quote them. Pure, so bundle_file.py (reading)
and bundle_write.py (writing) agree on what a good value is."""

from __future__ import annotations

import json
import math
import re
from datetime import datetime
from typing import Any

from app.i18n import translate

_SURROGATE = re.compile(r"[\ud800-\udfff]")
INT_MIN, INT_MAX = -(2 ** 63), 2 ** 63 - 1


def load_json(raw: bytes) -> Any:
    """Strict JSON: UTF-8, no NaN/Infinity, no repeated keys; every failure is a ValueError."""
    def refuse_constant(name: str) -> Any:
        raise ValueError(f"{name} is not allowed")

    def unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            raise ValueError("a key is repeated")
        return result

    try:
        return json.loads(raw.decode("utf-8"), parse_constant=refuse_constant, object_pairs_hook=unique)
    except RecursionError as error:  # absurdly deep nesting
        raise ValueError("nested too deeply") from error


def bad_value(value: Any) -> str | None:
    """Why a value cannot be stored as it is, or None. True/False is refused: SQLite would turn it into 1/0."""
    if value is None:
        return None
    if isinstance(value, bool):
        return translate("store.bundle_file", "a true/false value")
    if isinstance(value, str):
        return translate("store.bundle_file", "text that is not valid Unicode") if _SURROGATE.search(value) else None
    if isinstance(value, int):
        return None if INT_MIN <= value <= INT_MAX else translate("store.bundle_file", "a number too large to store")
    if isinstance(value, float):
        return None if math.isfinite(value) else translate("store.bundle_file", "a number that is not finite")
    return translate("store.bundle_file", "a {kind} instead of a single value").format(kind=type(value).__name__)


def too_long(value: Any, limit: int) -> str | None:
    if isinstance(value, str) and len(value) > limit:
        return translate("store.bundle_file", "text longer than {count} characters").format(count=f"{limit:,}")
    return None


def is_whole(value: Any, *, minimum: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= minimum


def is_timestamp(value: Any) -> bool:
    try:
        datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def short(text: str, limit: int = 40) -> str:
    """Names read from a file go into messages; a hostile one must not fill the screen."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def size(count: int) -> str:
    if count >= 1024**2:
        return translate("store.bundle_file", "{count} MB").format(count=f"{count / 1024**2:,.0f}")
    return translate("store.bundle_file", "{count} bytes").format(count=f"{count:,}")
