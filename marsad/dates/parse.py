"""From a regex match to a :class:`Candidate`: what the expression says, not yet what it means.

This is where the matches that look like dates but are not get refused: a bare four-digit
number after في that counts houses, اليوم in اليوم العالمي, الاثنين meaning "the two", a
month name with nothing that makes it a month, a year outside the range news talks about.
Resolution against a calendar and an anchor date is :mod:`marsad.dates.resolve`'s job.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Lexicon, key, lexicon
from .patterns import alt

#: Year ranges accepted per form; outside them a number is not taken for a year.
GREGORIAN_FULL = (1000, 2200)  # 14 أبريل 1830 can be history
GREGORIAN_MONTH_YEAR = (1800, 2100)
GREGORIAN_YEAR_STRONG = (1800, 2100)  # عام 1830
GREGORIAN_YEAR_WEAK = (1900, 2100)  # في 1990
NUMERIC_GREGORIAN = (1900, 2100)
HIJRI_YEARS = (1300, 1600)  # 1300 AH = 1882, 1600 AH = 2174

_SENTENCE_END = re.compile(r"[.!?؟\n]")
_CLAUSE_END = re.compile(r"[،,؛;]")


@dataclass
class Candidate:
    """What one matched expression states, in normalised-text offsets."""

    kind: str  # NUM DATE WD RD (from the DAY alternative), MON YR PERIOD AGO
    start: int
    end: int
    calendar: str = "gregorian"  # calendar of the day/month numbers
    day: int | None = None
    month: int | None = None
    year: int | None = None
    year_calendar: str | None = None  # "hijri" | "gregorian": a Hijri month may come with a Gregorian year
    weekday: int | None = None  # ISO weekday named in the expression
    cue: str | None = None  # "past" | "next" | "current" | "after" (بعد يومين من)
    rel: int | None = None  # day offset of a relative word (أمس = -1)
    unit: str | None = None  # "day" | "week" | "month" | "year"
    count: int | None = None
    future: bool = False  # the sentence speaks of the future (for a bare weekday)
    note: str = ""  # anything the reader of the reason should know


def _in(year: int, bounds: tuple[int, int]) -> bool:
    return bounds[0] <= year <= bounds[1]


@lru_cache(maxsize=1)
def _future_re() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:[وف](?=\w))?" + alt(lexicon().future_cues))  # وسيزور: a conjunction glued on


def _clause_before(text: str, start: int, limit: int = 200) -> str:
    """The clause a weekday stands in, up to it: where a future cue would govern it.

    The sentence is cut at its last comma, unless that leaves under two words (as in
    "من المقرر أن يزور الرئيس، يوم الأحد، باريس", where the weekday is set off by commas).
    """
    lo = max(0, start - limit)
    window = text[lo:start]
    ends = list(_SENTENCE_END.finditer(window))
    sentence = window[ends[-1].end():] if ends else window
    parts = _CLAUSE_END.split(sentence)
    clause = parts[-1]
    if len(clause.split()) < 2 and len(parts) > 1:
        clause = parts[-2] + " " + clause
    return clause


def _next_word(text: str, end: int) -> str:
    m = re.match(r"[^\S\r\n]*(\w+)", text[end:end + 40])
    return m.group(1) if m else ""


def _previous_word(text: str, start: int) -> str:
    m = re.search(r"(\w+)[^\S\r\n]*$", text[max(0, start - 40):start])
    return m.group(1) if m else ""


def _comma_around(text: str, start: int, end: int) -> bool:
    """A comma (or bracket, or line start) right before or after the span, spaces aside."""
    before = text[max(0, start - 10):start].rstrip(" \t\u00a0")
    after = text[end:end + 10].lstrip(" \t\u00a0")
    return (start <= 10 and not before) or (bool(before) and before[-1] in "،,(\n") or (
        bool(after) and after[0] in "،,)")


def parse(m: re.Match[str], text: str) -> Candidate | None:
    """The candidate a match stands for, or None when the match is not a date after all."""
    kind = m.lastgroup or ""
    lx = lexicon()
    handler = _HANDLERS[kind]
    return handler(m, text, kind, lx)


def _months(m: re.Match[str], p: str, lx: Lexicon) -> tuple[int, str, str]:
    """Month number and calendar of a (possibly double) month name; a note if they disagree."""
    first = lx.months[key(m.group(p + "m1"))]
    second_text = m.group(p + "m2") or m.group(p + "m3")
    note = ""
    if second_text:
        second = lx.months[key(second_text)]
        if (second.calendar, second.number) != (first.calendar, first.number):
            note = f"the two month names disagree ({first.english}/{second.english}); took the first"
    return first.number, first.calendar, note


def _year(c: Candidate, year_text: str | None, mark_text: str | None, lx: Lexicon,
          gregorian_bounds: tuple[int, int]) -> bool:
    """Set the year and its calendar; False when the number cannot be a year here."""
    if not year_text:
        return True
    year = int(year_text)
    mark = lx.markers[key(mark_text)] if mark_text else None
    if c.calendar == "hijri":
        if _in(year, HIJRI_YEARS) and mark != "gregorian":
            c.year, c.year_calendar = year, "hijri"
            return True
        if _in(year, GREGORIAN_MONTH_YEAR) and mark != "hijri":  # رمضان 2025
            c.year, c.year_calendar = year, "gregorian"
            return True
        return False
    if mark == "hijri" or not _in(year, gregorian_bounds):
        return False
    c.year, c.year_calendar = year, "gregorian"
    return True


def _day(m: re.Match[str], text: str, kind: str, lx: Lexicon) -> Candidate | None:
    """The DAY alternative: a numeric date, a day+month, a weekday or a relative day word."""
    start, end = m.start(kind), m.end(kind)
    while end > start and text[end - 1] in " \t\u00a0،,":
        end -= 1  # a weekday without a date keeps the comma and spaces it consumed: trim them
    c = Candidate("DAY", start, end)
    if m.group("d_wd"):
        c.weekday = lx.weekdays[key(m.group("d_wd"))]
    if m.group("d_wcue"):
        c.cue = lx.cues_after[key(m.group("d_wcue"))]
    if m.group("d_rel"):
        c.rel = lx.relative_days[key(m.group("d_rel"))]
    if m.group("d_nd") or m.group("d_nd2"):
        c.kind = "NUM"
        return _numeric(c, m, lx)
    if m.group("d_m1"):
        c.kind = "DATE"
        return _day_month(c, m, lx)
    if c.weekday:
        c.kind = "WD"
        return _weekday(c, m, text, lx)
    c.kind = "RD"
    if key(m.group("d_rel")) == "اليوم" and (_next_word(text, c.end) in lx.not_today_after
                                             or _previous_word(text, c.start) in lx.not_today_before):
        return None  # اليوم العالمي، ذلك اليوم: "the day of", not "today"
    return c


def _numeric(c: Candidate, m: re.Match[str], lx: Lexicon) -> Candidate | None:
    if m.group("d_ny"):
        day, month, year = int(m.group("d_nd")), int(m.group("d_nm")), int(m.group("d_ny"))
        if month > 12 and day <= 12:
            day, month = month, day
            c.note = "read month first, as the second number is over 12"
    else:
        day, month, year = int(m.group("d_nd2")), int(m.group("d_nm2")), int(m.group("d_ny2"))
        c.note = "year first"
    mark = lx.markers[key(m.group("d_nmark"))] if m.group("d_nmark") else None
    if _in(year, HIJRI_YEARS) or mark == "hijri":
        if not _in(year, HIJRI_YEARS):
            return None
        c.calendar = c.year_calendar = "hijri"
    elif _in(year, NUMERIC_GREGORIAN):
        c.year_calendar = "gregorian"
    else:
        return None
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    c.day, c.month, c.year = day, month, year
    return c


def _day_month(c: Candidate, m: re.Match[str], lx: Lexicon) -> Candidate | None:
    if m.group("d_day"):
        c.day = int(m.group("d_day"))
    elif m.group("d_ord"):
        c.day = lx.ordinals[key(m.group("d_ord"))]
    else:
        c.day = lx.day_heads[key(m.group("d_head"))]
    if not 1 <= c.day <= 31:
        return None
    c.month, c.calendar, c.note = _months(m, "d_", lx)
    if not _year(c, m.group("d_year"), m.group("d_mark"), lx, GREGORIAN_FULL):
        return None
    if m.group("d_cue"):
        c.cue = lx.cues_after[key(m.group("d_cue"))]
    return c


def _weekday_context(text: str, start: int, end: int, lx: Lexicon) -> bool:
    """Whether a weekday name that is also an everyday word (الاثنين, "the two") is the weekday:
    in the wire style between commas, at a sentence end, beside another weekday (الأحد
    والاثنين), or next to a word of weekday_context.tsv (قال الاثنين إن، منذ الاثنين) and not
    after one that makes it "the two" (بين الاثنين، على الاثنين المتهمين)."""
    before, after = _previous_word(text, start), _next_word(text, end)
    if before in ("و", "ف") and text[start - 1:start] == before:
        before = _previous_word(text, start - 1)  # الأحد والاثنين: the word before the conjunction
    context = lx.weekday_context
    if before in context.get("never", ()):
        return False
    rest = text[end:end + 4].lstrip(" \t\u00a0")
    return (_comma_around(text, start, end) or not rest or rest[0] in ".!?؟\n"
            or before in context.get("before", ()) or after in context.get("after", ())
            or before in lx.weekdays or after.removeprefix("و") in lx.weekdays)


def _weekday(c: Candidate, m: re.Match[str], text: str, lx: Lexicon) -> Candidate | None:
    name = key(m.group("d_wd"))
    has_context = bool(m.group("d_yawm") or m.group("d_tod") or c.cue or c.rel is not None)
    if name in lx.weekdays_needing_context and not has_context and not _weekday_context(text, c.start, c.end, lx):
        return None
    if c.cue is None and c.rel is None:
        c.future = bool(_future_re().search(_clause_before(text, c.start)))
    return c


_AFTER_FI = re.compile(r"(?<!\w)[وف]?في[^\S\r\n]+$")


def _mon(m: re.Match[str], text: str, kind: str, lx: Lexicon) -> Candidate | None:
    # A month name alone is an ordinary word (مارس "practised"): it needs شهر, a year, a cue,
    # the other calendar's name beside it (نيسان/أبريل, the wire style, is never anything but
    # a month) or في before it (في مايو: no verb follows a preposition).
    paired = m.group("o_m2") or m.group("o_m3")
    if not (m.group("o_shahr") or m.group("o_year") or m.group("o_cue") or paired
            or _AFTER_FI.search(text, max(0, m.start(kind) - 8), m.start(kind))):
        return None
    c = Candidate(kind, m.start(kind), m.end(kind))
    c.month, c.calendar, c.note = _months(m, "o_", lx)
    if not _year(c, m.group("o_year"), m.group("o_mark"), lx, GREGORIAN_MONTH_YEAR):
        return None
    if m.group("o_cue"):
        c.cue = lx.cues_after[key(m.group("o_cue"))]
    return c


def _yr(m: re.Match[str], text: str, kind: str, lx: Lexicon) -> Candidate | None:
    year = int(m.group("y_year"))
    mark = lx.markers[key(m.group("y_mark"))] if m.group("y_mark") else None
    c = Candidate(kind, m.start("y_core"), m.end("y_core"), year=year)
    if mark == "hijri":
        if not _in(year, HIJRI_YEARS):
            return None
        c.calendar = c.year_calendar = "hijri"
        return c
    c.year_calendar = "gregorian"
    if mark == "gregorian" and _in(year, GREGORIAN_FULL):
        return c
    if m.group("y_noun"):
        return c if _in(year, GREGORIAN_YEAR_STRONG) else None
    if m.group("y_prep") and _in(year, GREGORIAN_YEAR_WEAK):
        # في 2000 منزل counts houses; في 2024 شهدت is a year.
        return None if key(_next_word(text, c.end)) in lx.counted_nouns else c
    return None


def _period(m: re.Match[str], text: str, kind: str, lx: Lexicon) -> Candidate | None:
    cue = m.group("p_cue") and lx.cues_after[key(m.group("p_cue"))]
    if not cue and m.group("p_this"):
        cue = lx.cues_before[key(m.group("p_this"))]
    if not cue:
        return None
    return Candidate(kind, m.start(kind), m.end(kind), unit=lx.periods[key(m.group("p_unit"))], cue=cue)


def _ago(m: re.Match[str], text: str, kind: str, lx: Lexicon) -> Candidate | None:
    unit, count = lx.units[key(m.group("a_unit"))]
    number = m.group("a_num")
    if number:
        count = int(number) if number.isdigit() else lx.cardinals[key(number)]
    if not count or count > 100:
        return None  # منذ أيام، منذ سنوات: vague, left unresolved by design
    return Candidate(kind, m.start(kind), m.end(kind), unit=unit, count=count,
                     cue="after" if m.group("a_after") else "past")


_HANDLERS = {"DAY": _day, "MON": _mon, "YR": _yr, "PERIOD": _period, "AGO": _ago}
