"""find_dates and article_anchor: the public entry points of the dates stage.

One pass of the master regex over the normalised text gives the candidates; they are then
resolved in three rounds, because later rounds need what earlier ones found:

1. dates whose year is written (they need no anchor);
2. days and months written without a year (the year comes from a dated range end right
   after them, else from the publication date, else from the latest date of round 1);
3. expressions relative to the article's own date (أمس، الأسبوع المقبل، الأحد الماضي).

Finally a Hijri date and the Gregorian date written next to it as its equivalent
(``الخميس 14 رمضان 1446 هـ الموافق 13 مارس 2025``) are made to agree: the writer's own
conversion beats the Umm al-Qura table, which differs from local sighting by a day or two.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

from ..doc import DateMention
from ..text.normalize import Normalized
from .calendar import gregorian_date
from .lexicon import key, lexicon
from .parse import Candidate, parse
from .patterns import OS, alt, master
from .resolve import (
    Anchor, Resolved, resolve_explicit, resolve_partial, resolve_range_start, resolve_relative,
)
from .textmap import MappedText, map_text

_YEAR_IN_TEXT = re.compile(r"(?<![0-9])[0-9]{4}(?![0-9])")
MAX_EQUIVALENT_GAP = 3  # days a Hijri date and its written Gregorian equivalent may differ


def find_dates(text: str, published: date | None = None) -> list[DateMention]:
    """All date expressions in the text, in order, non-overlapping (longest match wins), resolved.

    Offsets are into ``text`` as given (diacritics, tatweel and all), never into the
    normalised copy the patterns run on.
    """
    norm_text = map_text(text)
    candidates = [c for m in master().finditer(norm_text.text) if (c := parse(m, norm_text.text))]
    resolved: list[Resolved | None] = [resolve_explicit(c) for c in candidates]

    explicit_days = [r.day for r in resolved if r is not None and r.day is not None]
    anchor = Anchor(published=published, latest=max(explicit_days, default=None))
    for i, c in enumerate(candidates):
        if resolved[i] is None and c.kind in ("DATE", "MON"):
            resolved[i] = _range_start(norm_text.text, candidates, resolved, i) or resolve_partial(c, anchor)

    if published is None:
        so_far = [_mention(text, norm_text, c, r) for c, r in zip(candidates, resolved) if r is not None]
        month = _current_month(so_far)
        if month:
            anchor.month, anchor.month_text = month
    for i, c in enumerate(candidates):
        if resolved[i] is None:
            resolved[i] = resolve_relative(c, anchor)

    final = [r for r in resolved if r is not None]
    _link_equivalents(norm_text.text, candidates, final)
    return [_mention(text, norm_text, c, r) for c, r in zip(candidates, final)]


def article_anchor(mentions: list[DateMention], published: date | None) -> tuple[date | None, str, str]:
    """The date the article speaks from: (value, granularity, reason).

    The publication date when known. Otherwise the text's own evidence, strongest first: a
    full date introduced by اليوم (``اليوم الخميس 13 أفريل 2017``: the text dates itself);
    a الجاري/الحالي expression that names a month, which pins the month (value = its first
    day, granularity "month"); the latest explicit full date (day, month and year written),
    granularity "day" — the article was written on or after it as far as the text shows.
    Nothing else is guessed: (None, "", reason) when the text has none of these.
    """
    if published is not None:
        return published, "day", "publication date"
    today = {w for w, offset in lexicon().relative_days.items() if offset == 0}
    for m in mentions:
        if _is_full_explicit(m) and key(m.text).split(" ", 1)[0] in today:
            return date.fromisoformat(m.value or ""), "day", f"the text dates itself: '{m.text}'"
    month = _current_month(mentions)
    if month:
        first, text = month
        return first, "month", f"month of '{text}' (الجاري: the article's current month)"
    full = [m for m in mentions if _is_full_explicit(m)]
    if full:
        latest = max(full, key=lambda m: m.value or "")
        return date.fromisoformat(latest.value or ""), "day", f"latest explicit full date in the text ('{latest.text}')"
    return None, "", "no publication date, and no explicit full date or الجاري month in the text"


# --------------------------------------------------------------------------- helpers

def _is_full_explicit(m: DateMention) -> bool:
    return (m.kind == "explicit" and m.granularity == "day" and m.value is not None
            and bool(_YEAR_IN_TEXT.search(key(m.text))))


def _current_month(mentions: list[DateMention]) -> tuple[date, str] | None:
    """First of the month named by the first resolved Gregorian 'MONTH الجاري' mention."""
    current = {w for w, d in lexicon().cues_after.items() if d == "current"}
    for m in mentions:
        if (m.kind == "explicit" and m.calendar == "gregorian" and m.value
                and m.granularity in ("day", "month") and current & set(key(m.text).split())):
            return date(int(m.value[:4]), int(m.value[5:7]), 1), m.text
    return None


def _mention(text: str, norm_text: Normalized | MappedText, c: Candidate, r: Resolved) -> DateMention:
    start, end = norm_text.span(c.start, c.end)
    # Carry the span over marks the normaliser dropped after the last letter (غداً، هـ).
    while end < len(text) and (text[end] == "\u0640" or unicodedata.category(text[end]) == "Mn"):
        end += 1
    return DateMention(start=start, end=end, text=text[start:end], value=r.value,
                       granularity=r.granularity, reason=r.reason, calendar=r.calendar, kind=r.kind)


_RANGE_GAP = re.compile(r"^[^\S\r\n]*(?:و|-|–|الي|حتي|لغايه|ولغايه|وحتي)[^\S\r\n]*$")


def _range_start(norm_text: str, cands: list[Candidate], res: list[Resolved | None], i: int) -> Resolved | None:
    """A yearless date right before إلى/حتى/و/- and a date with a year takes that year."""
    if i + 1 >= len(cands) or cands[i + 1].year is None:
        return None
    end, end_res = cands[i + 1], res[i + 1]
    if end_res is None or end_res.day is None or not _RANGE_GAP.match(norm_text[cands[i].end:end.start]):
        return None
    return resolve_range_start(cands[i], end, end_res.day)


@lru_cache(maxsize=1)
def _link_re() -> re.Pattern[str]:
    """What may stand between a date and its equivalent: punctuation and/or الموافق (ل)."""
    links = alt(lexicon().links)
    return re.compile(rf"^[\s،,:(/\-–]*(?:{links}(?:{OS}ل)?)?[\s،,:()/\-–]*$")


def _link_equivalents(norm_text: str, cands: list[Candidate], res: list[Resolved]) -> None:
    for i in range(len(cands) - 1):
        a, b = cands[i], cands[i + 1]
        if {a.calendar, b.calendar} != {"hijri", "gregorian"} or not (a.day and b.day):
            continue
        if not _link_re().match(norm_text[a.end:b.start]):
            continue
        (h, rh), (g, rg) = ((a, res[i]), (b, res[i + 1])) if a.calendar == "hijri" else ((b, res[i + 1]), (a, res[i]))
        if g.year is not None and rg.day is not None:
            if rh.day is None or h.year is None or abs((rh.day - rg.day).days) <= MAX_EQUIVALENT_GAP:
                if rh.day == rg.day:
                    rh.reason += "; agrees with the Gregorian equivalent the text gives"
                else:
                    was = f" over the converted {rh.day}" if rh.day else ""
                    rh.reason += f"; the text gives its Gregorian equivalent {rg.day}, taken{was}"
                    rh.day, rh.value, rh.granularity = rg.day, rg.day.isoformat(), "day"
            else:
                rh.reason += f"; disagrees with the Gregorian date written next to it ({rg.day})"
        elif h.year is not None and rh.day is not None and g.month:
            near = [d for y in (rh.day.year - 1, rh.day.year, rh.day.year + 1)
                    if (d := gregorian_date(y, g.month, g.day))
                    and abs((d - rh.day).days) <= MAX_EQUIVALENT_GAP]
            if near:
                rg.day = near[0]
                rg.value, rg.granularity = near[0].isoformat(), "day"
                rg.reason = f"explicit {'weekday+' if g.weekday else ''}day+month; year from the Hijri date it is given with ({rh.day})"
