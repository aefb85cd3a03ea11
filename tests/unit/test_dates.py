"""Dates in the facilitator's language, one way per place: long on pages, short in rows, the locale's time."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from app.ui.dates import long_date, short_date, short_pattern, time_of_day


@pytest.fixture
def locale():
    """Set a default locale for one test, and put the machine's back after it."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize(("name", "short", "long"), [
    ("en_GB", "6 Nov 2026", "Friday, 6 November 2026"),
    ("en_US", "Nov 6, 2026", "Friday, November 6, 2026"),
    ("de_DE", "6. Nov. 2026", "Freitag, 6. November 2026"),
])
def test_short_and_long_dates_follow_the_locale(locale, name: str, short: str, long: str) -> None:
    locale(name)
    assert short_date("2026-11-06") == short == short_date(date(2026, 11, 6))
    assert long_date("2026-11-06") == long


def test_the_short_date_never_is_all_numbers(locale) -> None:
    """'06/11/26' is June in one school and November in the next; the C locale would even write '6 11 2026'."""
    for name in ("C", "en_GB", "en_US", "fr_FR", "pl_PL", "ar_EG"):
        locale(name)
        assert "MMM" in short_pattern(QLocale()), name


def test_a_moment_is_shown_on_its_local_day_and_time(locale) -> None:
    locale("en_GB")
    assert short_date("not a date") == "not a date" and long_date("") == ""
    assert time_of_day("2026-11-06T09:30:00") == "09:30"        # a naive moment is already local
    assert time_of_day("nonsense") == "nonsense"
