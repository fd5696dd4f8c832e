"""Well-known political figures: a name alone («ترمب»، «لوبان») still says which country speaks.

News names presidents, ministers and movement leaders without title or nationality once they
are famous; a rule-based actor then has a name and no country, and its events cannot be
counted by country. ``data/gazetteer/people.tsv`` lists such figures with the spellings Arabic
news uses, their country and sector. A full name or alias matches whole; a single word only
when the file marks it *short* (safe alone: ترمب yes; ماي — also the month May — no).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..resources import multi, read_tsv
from ..text.matcher import PhraseMatcher
from ..text.normalize import norm
from ..text.tokens import Analysis, analyses


@dataclass(frozen=True)
class Person:
    code: str
    name: str
    country: Optional[str]
    sector: Optional[str]
    role: Optional[str]


def _key(text: str) -> str:
    return " ".join(norm(w) for w in text.split())


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, Person], dict[str, Person]]:
    """(full names and aliases, safe single-word forms) → person."""
    full: dict[str, Person] = {}
    short: dict[str, Person] = {}
    for row in read_tsv("gazetteer", "people.tsv"):
        p = Person(row["code"], row["name"], row.get("country") or None, row.get("sector") or None,
                   row.get("role") or None)
        for alias in [row["name"], *multi(row.get("aliases") or "")]:
            full.setdefault(_key(alias), p)
        for word in multi(row.get("short") or ""):
            short.setdefault(_key(word), p)
    return full, short


def lookup(name: str) -> Optional[Person]:
    """The figure a name refers to: the whole name or alias, or a safe single-word form, also
    after a leading proclitic (وترمب، لماكرون). A longer name is never read through its last
    word alone: إسلام سليماني is a footballer, not the Iranian general."""
    full, short = _index()
    key = _key(name)
    if not key:
        return None
    words = key.split()
    candidates = [key] + [" ".join([a.stem, *words[1:]]) for a in analyses(words[0])
                          if a.prefixes and not a.suffix and "ال" not in a.prefixes]
    for k in candidates:
        if k in full:
            return full[k]
        if " " not in k and k in short:
            return short[k]
    return None


def _bare_or_proclitic(a: Analysis) -> bool:
    """وترمب، لماكرون: a name takes proclitics, never a pronoun suffix or a stripped article."""
    return not a.suffix and "ال" not in a.prefixes


@lru_cache(maxsize=1)
def people_matcher() -> PhraseMatcher[Person]:
    """Every full name, alias and safe single-word form as a phrase, so that a famous name is
    recognised as a person even where no title stands before it — and even where one of its
    words also reads as a verb (ليبرمان: لـ + يبرمان)."""
    full, short = _index()
    phrases = {tuple(k.split()): p for k, p in full.items()}
    phrases.update({(k,): p for k, p in short.items() if (k,) not in phrases})
    return PhraseMatcher(phrases, accept=_bare_or_proclitic)
