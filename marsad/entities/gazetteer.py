"""The gazetteer: countries, cities, regions, organisations and nationality adjectives as one
phrase table for the matcher.

The data lives in ``marsad/data/gazetteer/*.tsv`` (see the header comment of each file); this
module turns it into :class:`GazEntry` records and into a dictionary from *normalised token
tuples* to entries. Keys are made with the same tokenizer and normaliser that the pipeline runs on
articles (:func:`marsad.text.tokens.tokenize`, :func:`marsad.text.normalize.norm`), so that a key
can be compared token by token with text: "غينيا-بيساو" is the key ("غينيا", "-", "بيساو"), and a
hyphen-less variant ("غينيا", "بيساو") is added because news writes it both ways. Keys carry the
article ال where the name has it (المغرب) and never carry proclitics (و ب ل ك ف …): the matcher
strips those from the first token of the text.

One key may name several things (عمان = Oman and Amman; الكويت = the country and its capital;
جيبوتي = country, city and adjective). All entries are kept, ordered country, region, city,
organisation, nationality, then file order, so that the most likely reading comes first. Keys that
are also ordinary words (listed in ``ambiguous.tsv``) keep their entries but each one carries
``("ambiguous", "word"|"name")`` so that the matcher can ask for context; a few whose other
reading dominates (أطار ~ إطار "framework") are left out of the table and match only in a longer
alias (مدينة أطار).

Names take proclitics (والمغرب، بالرباط، للمغرب) but neither a pronoun suffix nor an article that
the key lacks: every key already carries ال where the name has it, and every nationality form is
listed with and without ال. A matcher that reads tokens through all their clitics should therefore
accept a gazetteer match only when :func:`accepts_reading` says so; otherwise قناة reads as قنا+ة
(Qena), وفاة as وفا+ة (WAFA), كنيسة as ك+نيس+ة (Nice) and المالي as ال+مالي (Mali).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable

from ..resources import multi, read_tsv
from ..text.normalize import norm
from ..text.tokens import Analysis, tokenize
from . import nationality

_KIND_ORDER = {"country": 0, "region": 1, "city": 2, "org": 3, "nationality": 4}
_PARENS_RE = re.compile(r"\s*\([^)]*\)")
# Names made only of letters between spaces tokenize as a plain split; checking for
# that first avoids running the full tokenizer on most of the ~6,000 names (load time matters:
# every process that analyses text loads the gazetteer once).
_PLAIN_RE = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+)*")


@dataclass(frozen=True)
class GazEntry:
    """One named thing. The same entry object is shared by all the keys that name it."""

    key: str  # canonical id: "MAR", "city:MAR:الرباط", "region:EUR", "org:UN", "nat:MAR"
    name: str  # canonical Arabic name (as in the data file)
    kind: str  # "country" | "city" | "region" | "org" | "nationality"
    label: str  # ANERcorp-style: LOC for places, ORG for organisations, MISC for adjectives
    country: str | None  # alpha-3: the country itself, the city's, the org's home; None if international
    sector: tuple[str, ...] = ()  # for orgs: CAMEO/PLOVER sector codes
    attrs: tuple[tuple[str, str], ...] = ()  # (("capital", "1"),), (("gender", "f"), ("number", "pl")) …

    def attr(self, name: str, default: str | None = None) -> str | None:
        """Value of one attribute (attrs is a tuple so that entries stay hashable)."""
        for k, v in self.attrs:
            if k == name:
                return v
        return default


def phrase_key(text: str) -> tuple[str, ...]:
    """The matching key of a name: its tokens, normalised, exactly as the pipeline tokenizes text."""
    if _PLAIN_RE.fullmatch(text):
        return tuple(norm(w) for w in text.split())
    return tuple(t.norm for t in tokenize(text))


def _keys(text: str) -> list[tuple[str, ...]]:
    """Key of a name plus, when it contains punctuation (غينيا-بيساو, تيمور - ليشتي), the key
    without it; parenthesised parts of CLDR names (ميانمار (بورما)) are dropped first."""
    text = _PARENS_RE.sub("", text).strip() if "(" in text else text.strip()
    if not text:
        return []
    if _PLAIN_RE.fullmatch(text):
        return [tuple(norm(w) for w in text.split())]
    tokens = tokenize(text)
    keys = [tuple(t.norm for t in tokens)]
    words = tuple(t.norm for t in tokens if t.kind != "punct")
    if words and words != keys[0]:
        keys.append(words)
    return keys


def _attrs(*pairs: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple((k, v) for k, v in pairs if v)


def _country_name(row: dict[str, str]) -> str:
    return row["name"] or _PARENS_RE.sub("", row["name_cldr"]).strip()


def _countries() -> Iterable[tuple[GazEntry, list[str]]]:
    for row in read_tsv("gazetteer", "countries.tsv"):
        a3 = row["alpha3"]
        entry = GazEntry(
            key=a3,
            name=_country_name(row),
            kind="country",
            label="LOC",
            country=a3,
            attrs=_attrs(
                ("alpha2", row["alpha2"]),
                ("status", row["status"]),
                ("regions", row["regions"]),
                ("name_en", row["name_en"]),
            ),
        )
        names = [entry.name, row["name_cldr"], *multi(row["aliases"])]
        yield entry, names


def _cities() -> Iterable[tuple[GazEntry, list[str]]]:
    for row in read_tsv("gazetteer", "cities.tsv"):
        entry = GazEntry(
            key=f"city:{row['country']}:{row['name']}",
            name=row["name"],
            kind="city",
            label="LOC",
            country=row["country"],
            attrs=_attrs(("capital", row["capital"]), ("territory", row["territory"])),
        )
        yield entry, [row["name"], *multi(row["aliases"])]


def _regions() -> Iterable[tuple[GazEntry, list[str]]]:
    for row in read_tsv("gazetteer", "regions.tsv"):
        entry = GazEntry(
            key=f"region:{row['code']}",
            name=row["name"],
            kind="region",
            label="LOC",
            country=row["country"] or None,
            attrs=_attrs(
                ("scope", row["scope"]),
                ("cameo", row["cameo"]),
            ),
        )
        yield entry, [row["name"], *multi(row["aliases"])]


def _orgs() -> Iterable[tuple[GazEntry, list[str]]]:
    for row in read_tsv("gazetteer", "organizations.tsv"):
        entry = GazEntry(
            key=f"org:{row['code']}",
            name=row["name"],
            kind="org",
            label="ORG",
            country=row["country"] or None,
            sector=tuple(multi(row["sector"])),
            attrs=_attrs(("cameo", row["cameo"]), ("parent", row["parent"]), ("members", row["members"])),
        )
        yield entry, [row["name"], *multi(row["aliases"])]


def _nationalities() -> Iterable[tuple[GazEntry, list[tuple[str, ...]]]]:
    countries = country_codes()
    shared: dict[tuple[str, str, str, str, bool], GazEntry] = {}
    for form in nationality.all_forms():
        ident = (form.code, form.base, form.gender, form.number, form.definite)
        entry = shared.get(ident)
        if entry is None:
            is_country = form.code in countries
            entry = GazEntry(
                key=f"nat:{form.code}" if is_country else f"nat:region:{form.code}",
                name=form.base,
                kind="nationality",
                label="MISC",
                country=form.code if is_country else None,
                attrs=_attrs(
                    ("gender", form.gender),
                    ("number", form.number),
                    ("definite", "1" if form.definite else ""),
                    ("region", "" if is_country else form.code),
                ),
            )
            shared[ident] = entry
        # Forms are letters and spaces only, so their key is the split normalised text.
        yield entry, [tuple(form.norm.split())]


@lru_cache(maxsize=None)
def country_codes() -> frozenset[str]:
    return frozenset(row["alpha3"] for row in read_tsv("gazetteer", "countries.tsv"))


@lru_cache(maxsize=None)
def _ambiguous() -> dict[tuple[str, ...], tuple[str, str]]:
    """Key → (reason, the normalised words after which it is always the other reading, |-joined)."""
    return {phrase_key(row["phrase"]): (row["reason"], "|".join(norm(w) for w in multi(row.get("not_before", ""))))
            for row in read_tsv("gazetteer", "ambiguous.tsv")}


_SOURCES = (_countries, _regions, _cities, _orgs, _nationalities)


@lru_cache(maxsize=None)
def _build() -> tuple[tuple[GazEntry, ...], dict[tuple[str, ...], tuple[GazEntry, ...]]]:
    """Read every data file once; return all entries and the phrase table."""
    all_entries: dict[GazEntry, None] = {}
    table: dict[tuple[str, ...], list[GazEntry]] = {}
    for source in _SOURCES:
        for entry, names in source():
            all_entries.setdefault(entry, None)
            for name in names:
                for key in (name,) if isinstance(name, tuple) else _keys(name):
                    bucket = table.get(key)
                    if bucket is None:
                        table[key] = [entry]
                    elif not any(e is entry for e in bucket):  # identity: entries are shared objects
                        bucket.append(entry)
    flags = _ambiguous()
    out: dict[tuple[str, ...], tuple[GazEntry, ...]] = {}
    for key, bucket in table.items():
        if len(bucket) > 1:
            bucket.sort(key=lambda e: _KIND_ORDER[e.kind])  # stable: file order within a kind
        reason, not_before = flags.get(key, ("", ""))
        if reason == "exclude":
            continue  # only the longer aliases (مدينة أطار) match; the entry itself stays
        if reason:
            extra = (("ambiguous", reason),) + ((("not_before", not_before),) if not_before else ())
            bucket = [replace(e, attrs=e.attrs + extra) for e in bucket]
        out[key] = tuple(bucket)
    return tuple(all_entries), out


def entries() -> tuple[GazEntry, ...]:
    """Every entry once (nationality forms: one entry per country × base × gender/number/article)."""
    return _build()[0]


def phrases() -> dict[tuple[str, ...], tuple[GazEntry, ...]]:
    """Normalised token tuple (marsad.text.normalize.norm of each token, tokens as
    marsad.text.tokens.tokenize splits them) → entries, country first (see the module docstring).
    Built once and cached: callers must not mutate it."""
    return _build()[1]


@lru_cache(maxsize=None)
def _by_key() -> dict[str, GazEntry]:
    out: dict[str, GazEntry] = {}
    for e in entries():
        out.setdefault(e.key, e)  # nationality keys are shared by many forms: keep the m sg one
    return out


def entry(key: str) -> GazEntry | None:
    """An entry by its canonical id ("MAR", "city:MAR:الرباط", "region:EUR", "org:UN", "nat:MAR")."""
    return _by_key().get(key)


def country(code: str) -> GazEntry | None:
    """A country or territory by ISO 3166-1 alpha-3 code."""
    e = _by_key().get(code.upper()) if code else None
    return e if e is not None and e.kind == "country" else None


def country_name(code: str) -> str | None:
    """Arabic display name of a country, for output (MAR → المغرب)."""
    e = country(code)
    return e.name if e else None


@lru_cache(maxsize=None)
def _capitals() -> dict[str, GazEntry]:
    return {e.country: e for e in entries() if e.kind == "city" and e.attr("capital") == "1" and e.country}


def capital(code: str) -> GazEntry | None:
    """The capital city entry of a country (for metonymy: واشنطن stands for the US government)."""
    return _capitals().get(code.upper())


def accepts_reading(analysis: Analysis) -> bool:
    """Whether a gazetteer key may match a token read as ``analysis`` (see the module docstring).

    Proclitics (و ف ب ل ك, ل+ال written لل) are fine; a pronoun suffix or a stripped article is
    not: proper names do not take possessive suffixes, and keys spell out their article."""
    return not analysis.suffix and "ال" not in analysis.prefixes


def lookup(text: str) -> tuple[GazEntry, ...]:
    """Entries for a name as written (normalised and tokenised first): a convenience for tests and tools."""
    return phrases().get(phrase_key(text), ())
