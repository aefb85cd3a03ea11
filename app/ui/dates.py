"""Dates as the facilitator reads them: one long format, in the machine's language, everywhere a page lists
days. Stored dates stay ISO (UTC for moments); only the UI turns them into words, through QLocale, because
Python's strftime follows the C locale Qt sets rather than the facilitator's."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Qt, QTime


def long_date(day: str) -> str:
    """'2026-11-20' → 'Friday, 20 November 2026' (as the locale writes it); anything else is shown as it is."""
    date = QDate.fromString(day[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(date, QLocale.FormatType.LongFormat) if date.isValid() else day


def long_date_time(stamp: str) -> str:
    """A UTC ISO moment as the local day (long format) and time: 'Friday, 20 November 2026, 14:05'."""
    try:
        local = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp
    locale = QLocale()
    day = locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat)
    return f"{day}, {locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)}"
