"""From a :class:`Candidate` to a value, a granularity and the reason, against an anchor.

The anchor is the publication date when it is known. Without it, expressions that name a
day and a month but no year take their year from the latest explicit full date in the text
(the first occurrence on or after it), and a الجاري expression that names a month pins the
"current month" for الشهر الجاري / العام الجاري. Everything else that is relative to the
publication date (أمس، الأحد الماضي، منذ يومين) is left unresolved rather than guessed.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from .calendar import (
    add_months, gregorian_date, hijri_to_gregorian, hijri_year_of, next_weekday, period_of,
    previous_weekday, shift_to_weekday, week_start,
)
from ..doc import DateMention
from .lexicon import lexicon
from .parse import Candidate

UNKNOWN_PUBLICATION = "relative to the publication date, which is unknown"
BARE_WEEKDAY_PAST = "bare weekday (news reports what happened)"
NEAREST_OCCURRENCE = "the occurrence nearest to the publication date"
WEEKDAY_CHECKED = "weekday checked"
MAX_SIGHTING_SHIFT = 2  # days a local Hijri month start may differ from Umm al-Qura


@dataclass
class Anchor:
    """What the text's own dates tell when the publication date is unknown."""

    published: date | None = None
    latest: date | None = None  # latest explicit full date (day, month and year written)
    month: date | None = None  # first of the month a الجاري expression names
    month_text: str = ""


@dataclass
class Resolved:
    value: str | None
    granularity: str
    reason: str
    kind: str
    calendar: str
    day: date | None = None  # the day itself, for day-granular values


def _weekday_name(iso: int) -> str:
    return lexicon().weekday_names[iso]


def _month_name(calendar: str, month: int) -> str:
    return lexicon().month_names[(calendar, month)]


def _form(c: Candidate) -> str:
    parts = (["weekday"] if c.weekday else []) + (["day"] if c.day else []) + ["month"]
    return "+".join(parts)


def _cue_note(c: Candidate) -> str:
    return {"past": " (cue: the last one)", "next": " (cue: the next one)",
            "current": " (cue الجاري: the current month)"}.get(c.cue or "", "")


# --------------------------------------------------------------------------- explicit

def _hijri_day(year: int, c: Candidate) -> tuple[date | None, str]:
    return hijri_to_gregorian(year, c.month or 1, c.day or 1)


def _check_weekday(day: date, c: Candidate) -> tuple[date, str]:
    """A written weekday against a resolved day: Hijri days move to match, Gregorian ones are noted."""
    if not c.weekday or day.isoweekday() == c.weekday:
        return day, (f"; {WEEKDAY_CHECKED} ({_weekday_name(c.weekday)})" if c.weekday else "")
    written, actual = _weekday_name(c.weekday), _weekday_name(day.isoweekday())
    if c.calendar == "hijri":
        shifted = shift_to_weekday(day, c.weekday, MAX_SIGHTING_SHIFT)
        if shifted:
            n = abs((shifted - day).days)
            return shifted, (
                f"; the table gives {day} (a {actual}) but the text says {written}: "
                f"local month start {n} day{'s' if n > 1 else ''} off the table, took {shifted}"
            )
    return day, f"; weekday mismatch: the text says {written}, {day} is a {actual}"


def _explicit_day(c: Candidate) -> Resolved | None:
    """Day, month and year all written (in words or digits, either calendar)."""
    assert c.year is not None and c.month is not None and c.day is not None
    if c.kind == "NUM":
        how = f"numeric date, {c.note or 'day first'}"
    else:
        how = f"explicit {_form(c)}+year" + (f" ({c.note})" if c.note else "")
    if c.calendar == "hijri":
        if c.year_calendar == "gregorian":
            return _hijri_in_gregorian_year(c)
        day, conv = _hijri_day(c.year, c)
        if day is None:
            return Resolved(None, "day", f"{how}: {conv}", "explicit", "hijri")
        name = _month_name("hijri", c.month)
        day, check = _check_weekday(day, c)
        return Resolved(day.isoformat(), "day",
                        f"Hijri {how} ({c.day} {name} {c.year}) converted with the {conv}{check}",
                        "explicit", "hijri", day)
    day = gregorian_date(c.year, c.month, c.day)
    if day is None:
        return Resolved(None, "day", f"{how}: no such day", "explicit", "gregorian")
    day, check = _check_weekday(day, c)
    return Resolved(day.isoformat(), "day", how + check, "explicit", "gregorian", day)


def _hijri_in_gregorian_year(c: Candidate) -> Resolved:
    """رمضان 2025: the Hijri month that falls in that Gregorian year (the first, if twice)."""
    assert c.year is not None and c.month is not None
    name = _month_name("hijri", c.month)
    gran = "day" if c.day else "month"
    for hy in (hijri_year_of(date(c.year, 1, 1)), hijri_year_of(date(c.year, 1, 1)) + 1):
        day, conv = hijri_to_gregorian(hy, c.month, c.day or 15)
        if day is not None and day.year == c.year:
            reason = f"Hijri month with a Gregorian year: {name} {hy}, which falls in {c.year} ({conv})"
            if gran == "day":
                day, check = _check_weekday(day, c)
                return Resolved(day.isoformat(), "day", reason + check, "explicit", "hijri", day)
            return Resolved(day.strftime("%Y-%m"), "month", reason + "; value is the Gregorian month of its 15th",
                            "explicit", "hijri")
    return Resolved(None, gran, f"{name} does not fall in {c.year}", "explicit", "hijri")


def _explicit_month(c: Candidate) -> Resolved:
    assert c.year is not None and c.month is not None
    if c.calendar == "hijri":
        if c.year_calendar == "gregorian":
            return _hijri_in_gregorian_year(c)
        mid, conv = hijri_to_gregorian(c.year, c.month, 15)
        name = _month_name("hijri", c.month)
        if mid is None:
            return Resolved(None, "month", f"Hijri month {name} {c.year}: {conv}", "explicit", "hijri")
        return Resolved(mid.strftime("%Y-%m"), "month",
                        f"Hijri month {name} {c.year} ({conv}); value is the Gregorian month of its 15th",
                        "explicit", "hijri")
    note = f" ({c.note})" if c.note else ""
    return Resolved(f"{c.year:04d}-{c.month:02d}", "month", f"explicit month+year{note}", "explicit", "gregorian")


def _explicit_year(c: Candidate) -> Resolved:
    assert c.year is not None
    if c.calendar == "hijri":
        start, conv = hijri_to_gregorian(c.year, 1, 1)
        after, _ = hijri_to_gregorian(c.year + 1, 1, 1)
        mid, _ = hijri_to_gregorian(c.year, 7, 1)
        if start is None or after is None or mid is None:
            return Resolved(None, "year", f"Hijri year {c.year}: {conv}", "explicit", "hijri")
        return Resolved(f"{mid.year:04d}", "year",
                        f"Hijri year {c.year} runs {start} to {after - timedelta(days=1)} ({conv}); "
                        f"value is the Gregorian year holding most of it", "explicit", "hijri")
    return Resolved(f"{c.year:04d}", "year", "explicit year", "explicit", "gregorian")


def resolve_explicit(c: Candidate) -> Resolved | None:
    """Expressions whose year is written: resolved without any anchor. None if the year is missing."""
    if c.kind in ("NUM", "DATE") and c.year is not None:
        return _explicit_day(c)
    if c.kind == "MON" and c.year is not None:
        return _explicit_month(c)
    if c.kind == "YR":
        return _explicit_year(c)
    return None


# --------------------------------------------------------------------------- year inference

def _occurrence(c: Candidate, year: int) -> tuple[date, date] | None:
    """First and last day of the candidate's day (or month) in a given year of its calendar."""
    assert c.month is not None
    if c.calendar == "hijri":
        if c.day:
            day, _ = hijri_to_gregorian(year, c.month, c.day)
            return (day, day) if day else None
        first, _ = hijri_to_gregorian(year, c.month, 1)
        nxt, _ = hijri_to_gregorian(year + (c.month == 12), c.month % 12 + 1, 1)
        return (first, nxt - timedelta(days=1)) if first and nxt else None
    if c.day:
        day = gregorian_date(year, c.month, c.day)
        return (day, day) if day else None
    first = date(year, c.month, 1)
    return first, add_months(first, 1) - timedelta(days=1)


def _distance(span: tuple[date, date], anchor: date) -> int:
    first, last = span
    if first <= anchor <= last:
        return 0
    return min(abs((first - anchor).days), abs((last - anchor).days))


def _choose_year(c: Candidate, anchor: Anchor) -> tuple[int, tuple[date, date], str] | None:
    """The year of a day/month written without one, and the rule that chose it."""
    base = anchor.published or anchor.latest
    assert base is not None
    base_year = hijri_year_of(base) if c.calendar == "hijri" else base.year
    spans = {y: s for y in range(base_year - 1, base_year + 3) if (s := _occurrence(c, y))}
    if anchor.published:
        p = anchor.published
        if c.cue == "past":
            pool = [y for y, (_, last) in spans.items() if last < p]
            year = max(pool) if pool else None
            rule = "the last occurrence before the publication date"
        elif c.cue == "next":
            pool = [y for y, (first, _) in spans.items() if first > p]
            year = min(pool) if pool else None
            rule = "the first occurrence after the publication date"
        else:
            year = min(spans, key=lambda y: (_distance(spans[y], p), y)) if spans else None
            rule = NEAREST_OCCURRENCE
        source = f"year from the publication date ({p}): {rule}"
    else:
        latest = anchor.latest
        assert latest is not None
        pool = [y for y, (_, last) in spans.items() if last >= latest]
        year = min(pool) if pool else None
        source = f"year from latest explicit date in text ({latest}): first occurrence on or after it"
    if year is None:
        return None
    return year, spans[year], source


def _weekday_year(c: Candidate, year: int, day: date, anchor: date) -> tuple[int, date, str]:
    """A written weekday that does not fall on the chosen day: try the neighbouring years."""
    if not c.weekday:
        return year, day, ""
    if day.isoweekday() == c.weekday:
        return year, day, f", {WEEKDAY_CHECKED} ({_weekday_name(c.weekday)})"
    written = _weekday_name(c.weekday)
    if c.calendar == "hijri":
        shifted, note = _check_weekday(day, c)
        return year, shifted, note.replace("; ", ", ", 1)
    options = [(y, d) for y in (year - 1, year + 1) if (d := gregorian_date(y, c.month or 1, c.day or 1))]
    options.sort(key=lambda yd: abs((yd[1] - anchor).days))
    for y, d in options:
        if d.isoweekday() == c.weekday:
            return y, d, (f", weekday {written} does not fit {day} (a {_weekday_name(day.isoweekday())}) "
                          f"but fits {d}: took {y}")
    return year, day, (f", weekday mismatch: the text says {written}, {day} is a "
                       f"{_weekday_name(day.isoweekday())} and no neighbouring year fits")


def resolve_range_start(c: Candidate, end: Candidate, end_day: date) -> Resolved | None:
    """The first date of a range whose last date has the year (من 14 يونيو إلى 15 يوليو 2018).

    The start takes the end's year, or the year before when that would put it after the end.
    """
    if c.calendar != "gregorian" or end.calendar != "gregorian" or c.month is None:
        return None
    day = gregorian_date(end_day.year, c.month, c.day or 1)
    if day is None:
        return None
    if day > end_day:
        day = gregorian_date(end_day.year - 1, c.month, c.day or 1)
        if day is None:
            return None
    reason = f"{_form(c)}; year from the date that ends the range ({end_day})"
    if c.day is None:
        return Resolved(day.strftime("%Y-%m"), "month", reason, "explicit", "gregorian")
    day, check = _check_weekday(day, c)
    return Resolved(day.isoformat(), "day", reason + check, "explicit", "gregorian", day)


def resolve_partial(c: Candidate, anchor: Anchor) -> Resolved:
    """A day+month or a month written without a year (14 أبريل الجاري، شهر رمضان، أبريل الماضي)."""
    gran = "day" if c.day else "month"
    form = _form(c) + _cue_note(c)
    if c.note:
        form += f" ({c.note})"
    if anchor.published is None and anchor.latest is None:
        return Resolved(None, gran, f"{form}; no year written, and neither a publication date nor "
                        "an explicit full date in the text to take it from", "explicit", c.calendar)
    chosen = _choose_year(c, anchor)
    if chosen is None:
        return Resolved(None, gran, f"{form}: no such date near the anchor", "explicit", c.calendar)
    year, (first, _), source = chosen
    base = anchor.published or anchor.latest
    assert base is not None
    if gran == "month":
        if c.calendar == "hijri":
            mid, _ = hijri_to_gregorian(year, c.month or 1, 15)
            assert mid is not None
            return Resolved(mid.strftime("%Y-%m"), "month",
                            f"Hijri {form} ({_month_name('hijri', c.month or 1)} {year}); {source}; "
                            "value is the Gregorian month of its 15th", "explicit", "hijri")
        return Resolved(first.strftime("%Y-%m"), "month", f"{form}; {source}", "explicit", "gregorian")
    year, day, check = _weekday_year(c, year, first, base)
    prefix = "Hijri " if c.calendar == "hijri" else ""
    return Resolved(day.isoformat(), "day", f"{prefix}{form}; {source}{check}", "explicit", c.calendar, day)


# --------------------------------------------------------------------------- relative

def _unknown(c: Candidate, gran: str, kind: str) -> Resolved:
    return Resolved(None, gran, UNKNOWN_PUBLICATION, kind, "gregorian")


def _period(c: Candidate, anchor: Anchor) -> Resolved:
    step = {"past": -1, "next": 1}.get(c.cue or "", 0)
    unit = c.unit or "day"
    p = anchor.published
    if p is None:
        if step == 0 and anchor.month and unit in ("month", "year"):
            m = anchor.month
            value = m.strftime("%Y-%m") if unit == "month" else f"{m.year:04d}"
            return Resolved(value, unit, f"current {unit} of the article, pinned by '{anchor.month_text}'",
                            "relative", "gregorian")
        return _unknown(c, unit, "relative")
    where = {-1: f"the {unit} before the publication {unit}", 0: f"the publication {unit}",
             1: f"the {unit} after the publication {unit}"}[step] + f" ({p})"
    if unit == "week":
        monday = week_start(p) + timedelta(weeks=step)
        return Resolved(monday.isoformat(), "week", f"{where}; value is its Monday (ISO week start)",
                        "relative", "gregorian")
    if unit == "month":
        return Resolved(add_months(p, step).strftime("%Y-%m"), "month", where, "relative", "gregorian")
    return Resolved(f"{p.year + step:04d}", "year", where, "relative", "gregorian")


def _relative_day(c: Candidate, anchor: Anchor) -> Resolved:
    p = anchor.published
    kind = "relative"
    if p is None:
        return _unknown(c, "day", kind)
    offset = c.rel or 0
    day = p + timedelta(days=offset)
    what = {0: "the publication date", -1: "the day before the publication date",
            1: "the day after the publication date"}.get(offset, f"{abs(offset)} days "
                                                              f"{'before' if offset < 0 else 'after'} the publication date")
    reason = f"{what} ({p})"
    if c.weekday:
        written = _weekday_name(c.weekday)
        if day.isoweekday() == c.weekday:
            reason += f", {WEEKDAY_CHECKED} ({written})"
        elif (near := shift_to_weekday(day, c.weekday, 1)) is not None:
            # أمس الخميس in an article stamped Saturday: the stamp is a day off (time zone,
            # late update); the weekday the writer gives is the better evidence.
            reason += (f"; the text says {written}, {day} is a {_weekday_name(day.isoweekday())}: "
                       f"publication date taken as a day off, {near} is the {written}")
            day = near
        else:
            reason += f"; weekday mismatch: the text says {written}, {day} is a {_weekday_name(day.isoweekday())}"
    return Resolved(day.isoformat(), "day", reason, kind, "gregorian", day)


def _weekday(c: Candidate, anchor: Anchor) -> Resolved:
    if c.rel is not None:
        return _relative_day(c, anchor)
    p = anchor.published
    if p is None:
        return _unknown(c, "day", "weekday")
    assert c.weekday is not None
    name = _weekday_name(c.weekday)
    if c.cue == "next":
        day, rule = next_weekday(p, c.weekday, inclusive=False), f"the next {name} after"
    elif c.cue == "past":
        day, rule = previous_weekday(p, c.weekday, inclusive=False), f"the last {name} before"
    elif c.future:
        day, rule = next_weekday(p, c.weekday, inclusive=True), (
            f"bare weekday in a sentence about the future: the next {name} on or after")
    else:
        day, rule = previous_weekday(p, c.weekday, inclusive=True), (
            f"{BARE_WEEKDAY_PAST}: the last {name} on or before")
    return Resolved(day.isoformat(), "day", f"{rule} the publication date ({p})", "weekday", "gregorian", day)


def _ago(c: Candidate, anchor: Anchor) -> Resolved:
    """منذ يومين، قبل ثلاثة أسابيع: that long before publication. بعد يومين من القمة (cue
    ``after``, kind ``interval``): the act named after من happened that long before the news,
    to the day for days and weeks (بعد أسبوعين على اعتقال نسرين: fourteen days)."""
    p = anchor.published
    unit, n = c.unit or "day", c.count or 0
    gran = unit
    after = c.cue == "after"
    kind = "interval" if after else "relative"
    if p is None:
        return _unknown(c, gran, kind)
    plural = "s" if n > 1 else ""
    reason = f"{n} {unit}{plural} before the publication date ({p})"
    if after:
        reason = "what follows بعد … من happened " + reason
    if unit == "day" or unit == "week" and after:
        day = p - timedelta(days=n * (7 if unit == "week" else 1))
        return Resolved(day.isoformat(), "day", reason, kind, "gregorian", day)
    if unit == "week":
        monday = week_start(p - timedelta(weeks=n))
        return Resolved(monday.isoformat(), "week", reason + "; value is the Monday of that week",
                        kind, "gregorian")
    if unit == "month":
        return Resolved(add_months(p, -n).strftime("%Y-%m"), "month", reason, kind, "gregorian")
    return Resolved(f"{p.year - n:04d}", "year", reason, kind, "gregorian")


def resolve_relative(c: Candidate, anchor: Anchor) -> Resolved:
    if c.kind == "PERIOD":
        return _period(c, anchor)
    if c.kind == "WD":
        return _weekday(c, anchor)
    if c.kind == "AGO":
        return _ago(c, anchor)
    return _relative_day(c, anchor)


def weekday_ahead(d: DateMention, published: date) -> DateMention | None:
    """A bare weekday read as the last one (news tells what happened) that the event coder
    finds dates an act told as future (ستجتمع الأربعاء، من المقرر أن يلتقي … الثلاثاء): the
    next such day on or after publication. The date finder's own future cues are a list of
    words; the coder reads the verb's tense. None for any other date."""
    if d.kind != "weekday" or not d.value or not d.reason.startswith(BARE_WEEKDAY_PAST):
        return None
    iso = date.fromisoformat(d.value).isoweekday()
    day = next_weekday(published, iso, inclusive=True)
    return replace(d, value=day.isoformat(),
                   reason=f"bare weekday of an act told as future: the next {_weekday_name(iso)} on or after "
                          f"the publication date ({published})")


def year_before(d: DateMention, published: date) -> DateMention | None:
    """A day or month written without its year, read as its occurrence nearest to publication,
    that falls after it, as the last occurrence before it: the date of an act a past verb tells
    (وكانت واشنطن رفعت في أكتوبر الحظر, in an article of July 2018: October 2017). None for any
    other date (a written year or weekday, a relative date, a Hijri month)."""
    if not d.value or d.calendar != "gregorian" or d.granularity not in ("day", "month") \
            or NEAREST_OCCURRENCE not in d.reason or WEEKDAY_CHECKED in d.reason:
        return None
    year, rest = int(d.value[:4]), d.value[4:]
    if d.granularity == "day" and gregorian_date(year - 1, int(rest[1:3]), int(rest[4:6])) is None:
        return None  # 29 February
    value = f"{year - 1:04d}{rest}"
    if period_of(value, d.granularity)[1] >= published:
        return None
    return replace(d, value=value, reason=f"{d.reason}; told by a past verb, the last occurrence before it")
