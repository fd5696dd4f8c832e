"""Dates: find every date expression in an Arabic article and resolve it.

    >>> from marsad.dates import find_dates, article_anchor
    >>> [(m.text, m.value) for m in find_dates("وقع الاتفاق في 30 أكتوبر 2024")]
    [('30 أكتوبر 2024', '2024-10-30')]

Modules, each with one job: :mod:`.lexicon` loads the word lists of ``marsad/data/dates``;
:mod:`.patterns` compiles them into one regular expression; :mod:`.parse` turns a match into
what it states (or refuses it); :mod:`.calendar` is the date arithmetic (Hijri included);
:mod:`.resolve` gives each expression a value, a granularity and the reason; :mod:`.find`
runs the rounds and holds the public API. The rules are summed up in ``README.md`` here.
"""
from __future__ import annotations

from .find import article_anchor, find_dates

__all__ = ["find_dates", "article_anchor"]
