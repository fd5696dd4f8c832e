"""The one compiled regular expression that finds every date expression.

It runs over *normalised* text (alef/hamza folded, ة→ه, ى→ي, no diacritics or tatweel,
Western digits), so each word appears in one spelling only. There are five alternatives,
tried in this order at each word start: DAY (anything about one day: a date in words or
digits with its optional weekday prefix, a weekday, a relative day word), MON (a month
with a year, a cue or شهر), YR (a year after a cue), PERIOD (الأسبوع الماضي ...), AGO
(منذ يومين، بعد يومين من ...). Inside each, optional parts are greedy, so finditer's leftmost match is also
the longest one, and the matches never overlap. ``match.lastgroup`` names the alternative
that matched, because its outer group closes last; inner group names carry the
alternative's prefix (``d_day``) since Python requires unique names.

Word lists come from :mod:`marsad.dates.lexicon`; nothing Arabic is spelled here except the
few function words that are grammar, not vocabulary (من، شهر، يوم، ال، منذ، قبل، بعد).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from .lexicon import Lexicon, lexicon

S = r"[^\S\r\n]+"  # spaces, never across a line break
OS = r"[^\S\r\n]*"
END = r"(?!\w)"

#: Alternatives, in the order they are tried.
KINDS = ("DAY", "MON", "YR", "PERIOD", "AGO")


def alt(words: Iterable[str]) -> str:
    """A non-capturing alternation of phrases, ending at a word boundary, as a trie.

    ``re`` tries the branches of an alternation one by one; factoring the common prefixes
    (يناير|يونيو|يوليو → ي(?:ناير|و(?:نيو|ليو))) makes a failed attempt cost one branch per
    distinct first letter instead of one per word, which doubles the speed of the whole scan.
    Greedy optional tails keep the longest spelling first (مايو before ماي).
    """
    return _trie(words) + END


def _emit(node: dict[str, dict]) -> str:
    branches = [(S if ch == " " else re.escape(ch)) + _emit(child)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if "" in node else group


def _year(p: str, marks: str) -> str:
    return rf"(?P<{p}year>[0-9]{{4}})(?![0-9])(?:{OS}(?P<{p}mark>{marks}))?"


def _month_pair(p: str, month: str) -> str:
    """``أبريل``, ``نيسان/أبريل``, ``أبريل - نيسان``, ``مايو أيار``, ``نيسان (أبريل)``."""
    return (
        rf"(?P<{p}m1>{month})"
        rf"(?:(?:{OS}[/-]{OS}|{S})(?P<{p}m2>{month})|{OS}\({OS}(?P<{p}m3>{month}){OS}\))?"
    )


def _year_part(p: str, marks: str) -> str:
    """``، 2025``, ``من عام 2025``, ``سنة 2025م``, ``لهذا العام 1438هـ``, ``1446 هـ`` after a month."""
    return rf"{OS}[،,]?{OS}(?:من{S})?(?:(?:ل?هذا{S}ال|ل?هذه{S}ال|ال|لل|ل)?(?:عام|سنه){S})?" + _year(p, marks)


@lru_cache(maxsize=1)
def master() -> re.Pattern[str]:
    lx = lexicon()
    month = alt(lx.months)
    marks = alt(lx.markers)
    cue = alt(lx.cues_after)
    rel = alt(lx.relative_days)
    tod = alt(lx.times_of_day)
    strong = alt(k for k, v in lx.year_cues.items() if v == "strong")
    weak = alt(k for k, v in lx.year_cues.items() if v == "weak")

    # DAY: [مساء] [اليوم] [يوم] [الاثنين[،] [المقبل] [الموافق ل]] [a numeric date | day month
    # [year | cue]]. One alternative for every expression about one day, so that the shared
    # prefix is tried once per word: a date, a weekday (الاثنين المقبل), a relative day
    # (مساء أمس). Every word-list alternation ends at a word boundary, so the spaces between
    # the parts can be optional without gluing words together. Without a date body, a weekday
    # or a relative word is required (the conditional at the end): مساء or يوم alone is not a
    # date, and failing here lets the later alternatives (منتصف 2024) try the same position.
    numeric = (
        r"(?<![0-9][./-])(?:"
        # the same separator twice, spaces allowed around it (1 / 8 / 1438هـ)
        rf"(?P<d_nd>[0-3]?[0-9]){OS}(?P<d_ns>[/.-]){OS}(?P<d_nm>[01]?[0-9]){OS}(?P=d_ns){OS}(?P<d_ny>[0-9]{{4}})"
        rf"|(?P<d_ny2>[0-9]{{4}}){OS}(?P<d_ns2>[/.-]){OS}(?P<d_nm2>[01]?[0-9]){OS}(?P=d_ns2){OS}(?P<d_nd2>[0-3]?[0-9])"
        rf")(?![0-9]|[./-][0-9])(?:{OS}(?P<d_nmark>{marks}))?"
    )
    day_month = (
        rf"(?:(?:ال{OS})?(?P<d_day>[0-3]?[0-9])(?![0-9])(?:{S}من{END})?"
        rf"|(?P<d_ord>{alt(lx.ordinals)}){S}من{END}"
        rf"|(?P<d_head>{alt(lx.day_heads)})(?:{S}من{END})?)"
        rf"(?:{S}شهر)?{OS}"
        + _month_pair("d_", month)
        + rf"(?:{_year_part('d_', marks)}|{S}(?P<d_cue>{cue}))?"
    )
    day = (
        rf"(?:(?P<d_tod>{tod})(?:{S})?)?"
        rf"(?:(?P<d_rel>{rel})(?:{S})?)?"
        rf"(?:(?P<d_yawm>يوم){END}(?:{S})?)?"
        rf"(?:(?P<d_wd>{alt(lx.weekdays)})(?!{S}عشر)(?:{OS}[،,])?{OS}"
        rf"(?:(?P<d_wcue>{cue}){OS}[،,]?{OS})?"
        rf"(?:{alt(lx.links)}(?:{OS}ل)?{OS})?)?"
        rf"(?P<d_body>{numeric}|{day_month})?"
        r"(?(d_body)|(?(d_rel)|(?(d_wd)|(?!))))"
    )
    mon = (
        rf"(?:(?P<o_shahr>شهر){S})?"
        + _month_pair("o_", month)
        + rf"(?:{_year_part('o_', marks)}|{S}(?P<o_cue>{cue}))?"
    )
    yr = (
        rf"(?:(?P<y_prep>{weak}){S})?"
        rf"(?P<y_core>(?:(?P<y_noun>{strong}){S})?" + _year("y_", marks) + ")"
    )
    period = (
        rf"(?:(?P<p_this>{alt(lx.cues_before)}){S})?"
        rf"(?:ال|لل)(?P<p_unit>{alt(lx.periods)})"
        rf"(?:{S}(?P<p_cue>{cue}))?"
    )
    ago = (
        # بعد يومين من القمة، بعد مرور نحو شهرين على استقالة: the act named after من/على happened
        # that long before the news (a_after); منذ يومين، قبل ثلاثة أيام: the act itself did
        rf"(?:(?P<a_after>بعد|عقب)(?:{S}(?:مرور|نحو|قرابه|حوالي))*|منذ|قبل){S}"
        rf"(?:(?P<a_num>[0-9]{{1,3}}|{alt(lx.cardinals)}){S})?"
        rf"(?P<a_unit>{alt(lx.units)})"
        rf"(?(a_after)(?=(?:{S}واحده?)?{S}(?:من|علي){END})|"
        # not منذ عام 2011، منذ يوم الأربعاء، منذ شهر أبريل (a date follows), nor قبل يومين من الانتخابات
        rf"(?!{OS}[0-9])(?!{S}(?:من|علي){END})(?!{S}(?:{alt(lx.weekdays)}|{month}|{rel})))"
    )
    parts = dict(DAY=day, MON=mon, YR=yr, PERIOD=period, AGO=ago)
    body = "|".join(f"(?P<{k}>{parts[k]})" for k in KINDS)
    # A conjunction (و، ف) or ب before the article may be glued on: واليوم، بالأمس، و14 أبريل.
    return re.compile(rf"(?<!\w)(?:[وف](?=\w))?(?:ب(?=ال))?(?={_gate(lx)})(?:{body})")


def _gate(lx: Lexicon) -> str:
    """What a date expression can start with: digits or the first three letters of a first word.

    A necessary condition checked before the alternatives are tried: most words of an article
    fail it at once, which makes the whole scan several times faster. It must list the first
    word of every alternative; test_dates_patterns checks it against every lexicon entry.
    """
    words: set[str] = {"يوم", "شهر", "منذ", "قبل", "بعد", "عقب"}
    for table in (lx.times_of_day, lx.relative_days, lx.weekdays, lx.ordinals, lx.day_heads,
                  lx.months, lx.year_cues, lx.cues_before):
        words.update(table)
    words.update(article + unit for unit in lx.periods for article in ("ال", "لل"))
    prefixes = {w.split(" ")[0][:3] for w in words}
    return rf"[0-9]|ال{OS}[0-9]|" + _trie(prefixes)


def _trie(words: Iterable[str]) -> str:
    root: dict[str, dict] = {}
    for word in set(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _emit(root) + ")"
