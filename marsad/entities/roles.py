"""Roles, titles and group nouns (data/actors/roles.tsv) and the sector codes they imply.

وزير الداخلية → GOV, الشرطة → COP, متظاهرون → CVL … A role that takes a ministry
(portfolio=yes) is expanded with every portfolio in data/actors/portfolios.tsv, with and
without the article (وزير الداخلية، وزير داخلية فرنسا), so the lexicon stays short.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..resources import read_list, read_tsv
from ..text.matcher import PhraseMatcher
from ..text.normalize import norm
from ..text.tokens import Analysis, tokenize


@dataclass(frozen=True)
class Role:
    text: str  # the phrase as listed (with the portfolio for expanded entries)
    sector: str
    kind: str  # person | body | group | none (a phrase that only looks like a role)
    head: str  # canonical role for coreference
    number: str  # sg | du | pl
    en: str
    country: str | None = None
    portfolio: str | None = None
    portfolio_context: str | None = None


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokenize(phrase))


@lru_cache(maxsize=1)
def role_phrases() -> dict[tuple[str, ...], Role]:
    portfolios = read_tsv("actors", "portfolios.tsv")
    table: dict[tuple[str, ...], Role] = {}
    for row in read_tsv("actors", "roles.tsv"):
        role = Role(row["role"], row["sector"], row["kind"], row["head"] or row["role"],
                    row["number"] or "sg", row["en"], row["country"] or None)
        table.setdefault(_key(role.text), role)
        if row["portfolio"] != "yes":
            continue
        for p in portfolios:
            forms = {p["portfolio"]}
            if p["portfolio"].startswith("ال"):
                forms.add(p["portfolio"][2:])  # construct state: وزير داخلية فرنسا
            for form in forms:
                text = f"{role.text} {form}"
                table.setdefault(_key(text), Role(
                    text, role.sector, role.kind, role.head, role.number,
                    f"{role.en}: {p['en']}", role.country, p["portfolio"], p["context"] or None))
    for phrase in read_list("actors", "not_roles.txt"):
        table[_key(phrase)] = Role(phrase, "", "none", "", "sg", "not an actor")
    return table


def accepts_role_reading(analysis: Analysis) -> bool:
    """Whether a role phrase may match a token read as ``analysis``: proclitics yes (ووزير،
    للرئيس), a pronoun suffix no (وزيرها is no title before a name)."""
    return not analysis.suffix


@lru_cache(maxsize=1)
def role_matcher() -> PhraseMatcher[Role]:
    return PhraseMatcher(role_phrases(), accept=accepts_role_reading)


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    return frozenset(norm(w) for w in read_list("text", "function_words.txt"))
