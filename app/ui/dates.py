"""Dates as the facilitator reads them, in the machine's language, the same way on every page.

Three shapes, chosen by the room there is: a page or heading says the long date ('Friday, 20 November 2026');
a list or table row says the short one ('20 Nov 2026'); a time is the locale's short time ('14:05' or
'2:05 PM'). Stored dates stay ISO (UTC for moments); only the UI turns them into words, through QLocale,
because Python's strftime follows the C locale Qt sets rather than the facilitator's.

The short date is the long one without the weekday and with the month abbreviated, not QLocale's numeric
ShortFormat: '06/11/26' reads as June in one school and November in the next (and the C locale writes
'6 11 2026'), while '6 Nov 2026' cannot be misread.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, Qt, QTime

_WEEKDAY = re.compile(r"[,،\s]*dddd[,،\s]*")   # the weekday and the comma beside it (Arabic's too)


def _local(stamp: str) -> datetime | None:
    """A stored UTC ISO moment in the laptop's time zone (None if it is not one)."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone() if moment.tzinfo else moment


def _day(value: str | date) -> QDate:
    """A day from an ISO date ('2026-11-20'), an ISO moment (its local day) or a date; invalid if none."""
    if isinstance(value, date):
        return QDate(value.year, value.month, value.day)
    if len(value) > 10:
        moment = _local(value)
        if moment is not None:
            return QDate(moment.year, moment.month, moment.day)
    return QDate.fromString(value[:10], Qt.DateFormat.ISODate)


def short_pattern(locale: QLocale) -> str:
    """The locale's long date pattern without the weekday, the month abbreviated ('d MMM yyyy')."""
    pattern = _WEEKDAY.sub(" ", locale.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,،")
    pattern = pattern.replace("MMMM", "MMM")
    if not all(part in pattern for part in ("d", "MMM", "yy")):   # a pattern this cannot shorten
        return locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern


def long_date(day: str | date) -> str:
    """'2026-11-20' (or a moment, or a date) → 'Friday, 20 November 2026'; anything else is shown as it is."""
    qdate = _day(day)
    return QLocale().toString(qdate, QLocale.FormatType.LongFormat) if qdate.isValid() else str(day)


def short_date(day: str | date) -> str:
    """'2026-11-20' (or a moment, or a date) → '20 Nov 2026', for lists and table rows."""
    qdate = _day(day)
    if not qdate.isValid():
        return str(day)
    locale = QLocale()
    return locale.toString(qdate, short_pattern(locale))


def time_of_day(stamp: str | datetime) -> str:
    """A moment's local time in the locale's short format: '14:05' or '2:05 PM'."""
    moment = stamp if isinstance(stamp, datetime) else _local(stamp)
    if moment is None:
        return str(stamp)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def long_date_time(stamp: str) -> str:
    """A UTC ISO moment as the local day (long format) and time: 'Friday, 20 November 2026, 14:05'."""
    return stamp if _local(stamp) is None else f"{long_date(stamp)}, {time_of_day(stamp)}"


def short_date_time(stamp: str) -> str:
    """A UTC ISO moment as the local short day and time: '20 Nov 2026, 14:05'."""
    return stamp if _local(stamp) is None else f"{short_date(stamp)}, {time_of_day(stamp)}"
