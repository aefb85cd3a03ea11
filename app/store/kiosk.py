"""Student mode's settings: the facilitator's password (a scrypt record, never the password) and the idle lock."""

from __future__ import annotations

from app.store.db import Store
from app.store.sealing import check_record, make_record
from app.store.settings import get_setting, set_setting

PASSWORD_KEY = "facilitator_password"
IDLE_KEY = "student_idle_seconds"
RETENTION_KEY = "retention_months"
DEFAULT_IDLE_SECONDS = 120
PASSWORD_MIN = 6


def has_password(store: Store) -> bool:
    return bool(get_setting(store, PASSWORD_KEY))


def set_password(store: Store, password: str) -> None:
    if len(password) < PASSWORD_MIN:
        raise ValueError(f"The password needs at least {PASSWORD_MIN} characters.")
    set_setting(store, PASSWORD_KEY, make_record(password)[0])


def check_password(store: Store, password: str) -> bool:
    record = get_setting(store, PASSWORD_KEY)
    return bool(record) and check_record(record, password) is not None


def idle_seconds(store: Store) -> int:
    value = get_setting(store, IDLE_KEY)
    return int(value) if value and value.isdigit() else DEFAULT_IDLE_SECONDS


def set_idle_seconds(store: Store, seconds: int) -> None:
    set_setting(store, IDLE_KEY, str(max(30, int(seconds))))


def retention_months(store: Store) -> int:
    value = get_setting(store, RETENTION_KEY)
    return int(value) if value and value.isdigit() else 0


def set_retention_months(store: Store, months: int) -> None:
    set_setting(store, RETENTION_KEY, str(max(0, int(months))))
