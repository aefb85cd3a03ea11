"""UUIDs and UTC timestamps: data from many laptops merges without clashes."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime


def new_id() -> str:
    return str(uuid.uuid4())


def stable_id(name: str) -> str:
    """The same id on every laptop for the same made-up thing (the demo class), so merges line up."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"empathy-ambassadors:{name}"))


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime | None = None) -> str:
    return (moment or utc_now()).astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
