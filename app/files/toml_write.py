"""The one way the app writes TOML: the facilitator's own plans, exported decks, own copies' new ids.

tomli-w (MIT, by the maintainer of the tomli that became the standard library's tomllib) writes exactly what
tomllib reads back; four hand-written writers each escaped strings their own way before.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import tomli_w


def dumps(data: Mapping[str, Any]) -> str:
    """A whole file: top-level keys first, then each array of tables ([[item]], [[card]]) in order."""
    return tomli_w.dumps(dict(data))


def string(value: str) -> str:
    """One TOML basic string, quotes and control characters escaped ('Say "hi"' → "Say \\"hi\\"")."""
    return tomli_w.dumps({"v": value})[len("v = "):].rstrip("\n")
