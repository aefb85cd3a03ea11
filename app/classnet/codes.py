"""Join codes a class can read off a projector, and the secrets that keep a device signed in.

The code's letters leave out the pairs people mix up when reading across a room (0/O, 1/I/L, 2/Z,
5/S, 8/B), so a typed code is either right or clearly wrong.
"""

from __future__ import annotations

import hashlib
import re
import secrets

ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CODE_LENGTH = 5


def new_code(length: int = CODE_LENGTH) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def normalise(typed: str) -> str:
    """What a student typed, as a code: case, spaces and dashes do not matter."""
    return re.sub(r"[\s\-_.]", "", typed or "").upper()


def same_code(typed: str, code: str) -> bool:
    return secrets.compare_digest(normalise(typed).encode(), code.encode())


def new_token() -> str:
    """A device's session secret (the cookie); only its hash is kept."""
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def new_csrf() -> str:
    return secrets.token_urlsafe(24)
