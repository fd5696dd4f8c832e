"""Calendar arithmetic: Hijri conversion, weeks, months, weekday shifts.

Pure functions over :class:`datetime.date`, kept apart from the text matching so that the
rules can be tested on their own. Hijri dates are converted with hijridate (the Umm
al-Qura table, 1343-1500 AH); outside that range the tabular (arithmetic) Islamic calendar
is used, which is within a day or two of any sighting-based calendar.
"""
from __future__ import annotations

import math
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

_ISLAMIC_EPOCH = 1948439.5  # Julian day of 1 Muharram 1 AH (tabular calendar)
_ORDINAL_JD = 1721424.5  # Julian day of date.fromordinal(0)


def hijri_to_gregorian(year: int, month: int, day: int) -> tuple[date | None, str]:
    """Gregorian date of a Hijri date, and how it was converted (for the reason).

    Day 30 of a 29-day month is not an error in news: the month was sighted a day later
    where the article was written, so it is read as the day after the 29th.
    """
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None, "no such Hijri day"
    try:
        return Hijri(year, month, day).to_gregorian(), "Umm al-Qura calendar"
    except OverflowError:
        return _tabular(year, month, day), "tabular Islamic calendar (outside the Umm al-Qura table)"
    except ValueError:
        if day == 30:
            return Hijri(year, month, 29).to_gregorian() + timedelta(days=1), (
                "Umm al-Qura calendar, which has 29 days in this month: day 30 read as the day after the 29th"
            )
        return None, "no such Hijri day"


def _tabular(year: int, month: int, day: int) -> date | None:
    jd = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + _ISLAMIC_EPOCH - 1
    ordinal = int(jd - _ORDINAL_JD)
    if not 1 <= ordinal <= date.max.toordinal():
        return None
    return date.fromordinal(ordinal)


def hijri_year_of(day: date) -> int:
    """The Hijri year a Gregorian date falls in."""
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (OverflowError, ValueError):
        # Tabular calendar: estimate from the mean year length, then step to the right year.
        first = _tabular(1, 1, 1)
        assert first is not None
        year = int((day - first).days / 354.36667) + 1
        while (start := _tabular(year, 1, 1)) is not None and start > day:
            year -= 1
        while (nxt := _tabular(year + 1, 1, 1)) is not None and nxt <= day:
            year += 1
        return year


def gregorian_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def week_start(day: date) -> date:
    """Monday of the ISO week a date is in: the value of a week-granular mention."""
    return day - timedelta(days=day.isoweekday() - 1)


def add_months(day: date, months: int) -> date:
    """The first of the month ``months`` after (or before) the month of ``day``."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def next_weekday(after: date, iso: int, inclusive: bool) -> date:
    """The first given weekday after a date (or on it, when inclusive)."""
    delta = (iso - after.isoweekday()) % 7
    if delta == 0 and not inclusive:
        delta = 7
    return after + timedelta(days=delta)


def previous_weekday(before: date, iso: int, inclusive: bool) -> date:
    """The last given weekday before a date (or on it, when inclusive)."""
    delta = (before.isoweekday() - iso) % 7
    if delta == 0 and not inclusive:
        delta = 7
    return before - timedelta(days=delta)


def shift_to_weekday(day: date, iso: int, max_days: int) -> date | None:
    """The date nearest to ``day`` (at most ``max_days`` away) that falls on the weekday.

    For Hijri dates: where the month was sighted a day or two off the Umm al-Qura table,
    the weekday the writer gives tells which Gregorian day was meant.
    """
    for distance in range(0, max_days + 1):
        for candidate in (day - timedelta(days=distance), day + timedelta(days=distance)):
            if candidate.isoweekday() == iso:
                return candidate
    return None


def period_of(value: str | None, granularity: str) -> tuple[date, date] | None:
    """First and last day of an ISO value at its granularity ("2025-04" → 1–30 April)."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            first = date(*parts)
            return first, first + timedelta(days=6 if granularity == "week" else 0)
        if len(parts) == 2:
            return date(parts[0], parts[1], 1), add_months(date(parts[0], parts[1], 1), 1) - timedelta(days=1)
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except (ValueError, TypeError):
        return None
