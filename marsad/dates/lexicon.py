"""The language data of date finding, loaded once from ``marsad/data/dates``.

Month names, weekdays, cue words, relative expressions and number words live in TSV and list
files so that a linguist can add a spelling or a regional month name without touching the
code. Everything is normalised here (:func:`marsad.text.normalize.norm`) because the finder
matches on normalised text: the data may be written with hamzas, ta marbuta and diacritics
as any Arabic speaker would write it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..resources import multi, read_list, read_tsv
from ..text.normalize import norm

_DIR = "dates"


@dataclass(frozen=True)
class Month:
    calendar: str  # "gregorian" | "hijri"
    number: int  # 1-12
    english: str


@dataclass(frozen=True)
class Lexicon:
    """Normalised word → meaning tables; every key is a normalised form with single spaces."""

    months: dict[str, Month]
    month_names: dict[tuple[str, int], str]  # (calendar, number) → English name, for reasons
    weekdays: dict[str, int]  # → ISO weekday (1 = Monday)
    weekday_names: dict[int, str]  # ISO weekday → English name, for reasons
    weekdays_needing_context: frozenset[str]
    weekday_context: dict[str, frozenset[str]]  # position → words that make such a name a weekday (or never)
    cues_after: dict[str, str]  # → "past" | "next" | "current"
    cues_before: dict[str, str]
    relative_days: dict[str, int]  # → offset in days
    periods: dict[str, str]  # bare noun → "week" | "month" | "year"
    units: dict[str, tuple[str, int]]  # → (unit, count; 0 = count from a number)
    cardinals: dict[str, int]
    ordinals: dict[str, int]
    day_heads: dict[str, int]  # أول فبراير، غرة رمضان
    year_cues: dict[str, str]  # → "strong" | "weak"
    markers: dict[str, str]  # → "hijri" | "gregorian"
    links: tuple[str, ...]
    times_of_day: tuple[str, ...]
    not_today_after: frozenset[str]  # words after اليوم that make it "the day of"
    not_today_before: frozenset[str]
    counted_nouns: frozenset[str]
    future_cues: tuple[str, ...]


def key(text: str) -> str:
    """The lookup form of a phrase: normalised, single-spaced."""
    return " ".join(norm(text).split())


def _forms(row: dict[str, str], column: str = "forms") -> list[str]:
    return [key(f) for f in multi(row[column])]


def _words(name: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(key(w) for w in read_list(_DIR, name)))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    months: dict[str, Month] = {}
    month_names: dict[tuple[str, int], str] = {}
    for row in read_tsv(_DIR, "months.tsv"):
        month = Month(row["calendar"], int(row["month"]), row["english"])
        month_names[(month.calendar, month.number)] = month.english
        for name in _forms(row, "names"):
            previous = months.setdefault(name, month)
            if previous != month:
                raise ValueError(f"months.tsv: {name!r} names two months")

    weekdays: dict[str, int] = {}
    weekday_names: dict[int, str] = {}
    needing: set[str] = set()
    for row in read_tsv(_DIR, "weekdays.tsv"):
        iso = int(row["iso"])
        weekday_names[iso] = row["english"]
        for name in _forms(row, "names"):
            weekdays[name] = iso
            if row["needs_context"] == "yes":
                needing.add(name)

    cues_after: dict[str, str] = {}
    cues_before: dict[str, str] = {}
    for row in read_tsv(_DIR, "cues.tsv"):
        target = cues_after if row["position"] == "after" else cues_before
        for form in _forms(row):
            target[form] = row["direction"]

    relative_days = {f: int(r["offset"]) for r in read_tsv(_DIR, "relative_days.tsv") for f in _forms(r)}
    periods = {f: r["unit"] for r in read_tsv(_DIR, "periods.tsv") for f in _forms(r)}
    units = {f: (r["unit"], int(r["count"])) for r in read_tsv(_DIR, "units.tsv") for f in _forms(r)}
    cardinals: dict[str, int] = {}
    ordinals: dict[str, int] = {}
    day_heads: dict[str, int] = {}
    for row in read_tsv(_DIR, "numbers.tsv"):
        target = {"ordinal": ordinals, "head": day_heads}.get(row["kind"], cardinals)
        for form in _forms(row):
            target[form] = int(row["value"])
    year_cues = {f: r["strength"] for r in read_tsv(_DIR, "year_cues.tsv") for f in _forms(r)}
    markers = {f: r["calendar"] for r in read_tsv(_DIR, "markers.tsv") for f in _forms(r)}

    return Lexicon(
        months=months,
        month_names=month_names,
        weekdays=weekdays,
        weekday_names=weekday_names,
        weekdays_needing_context=frozenset(needing),
        weekday_context={r["position"]: frozenset(_forms(r, "words")) for r in read_tsv(_DIR, "weekday_context.tsv")},
        cues_after=cues_after,
        cues_before=cues_before,
        relative_days=relative_days,
        periods=periods,
        units=units,
        cardinals=cardinals,
        ordinals=ordinals,
        day_heads=day_heads,
        year_cues=year_cues,
        markers=markers,
        links=_words("links.txt"),
        times_of_day=_words("times_of_day.txt"),
        not_today_after=frozenset(f for r in read_tsv(_DIR, "not_today.tsv") if r["position"] == "after"
                                  for f in _forms(r, "words")),
        not_today_before=frozenset(f for r in read_tsv(_DIR, "not_today.tsv") if r["position"] == "before"
                                   for f in _forms(r, "words")),
        counted_nouns=frozenset(_words("counted_nouns.txt")),
        future_cues=_words("future_cues.txt"),
    )
