"""Tokenizer and clitic analysis.

Arabic glues conjunctions (و ف), prepositions (ب ل ك), the future marker (س), the article
(ال, and لل for ل+ال) and object/possessive pronouns onto words: والمغرب، بالرباط، للمغرب،
سيزور، زيارته. Tokens keep their surface text and offsets; :func:`analyses` lists the ways a
token can be read as clitics + stem, so that every lexicon (gazetteers, roles, triggers) is
keyed by bare stems and still matches through the clitics. The prefixes of the reading that
matched are kept, because they carry syntax: ل marks an agent or recipient, س the future.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..doc import Token
from .normalize import norm

_MARKS = "\u064b-\u065f\u0670\u0640"
_TOKEN_RE = re.compile(
    rf"(?P<num>\d+(?:[.,٫٬/:]\d+)*)"
    rf"|(?P<word>(?:[^\W\d_]|[{_MARKS}])(?:[^\W_]|[{_MARKS}])*)"
    rf"|(?P<punct>[^\w\s#])"  # a hashtag's # (#غزة، #الجاسوس_الروسي) is no token: the words are
)

# Pronoun suffixes, longest first. ي is left out: it is also the nisba ending (مغربي).
_SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "ها", "نا", "ه")
PRONOUN_SUFFIXES = frozenset(_SUFFIXES)  # an Analysis.suffix that is a pronoun (not the accusative ا)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    tokens: list[Token] = []
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup or "punct"
        surface = m.group()
        if kind == "word" and surface[0].isascii():
            kind = "latin"
        tokens.append(
            Token(i=len(tokens), start=m.start() + offset, end=m.end() + offset,
                  text=surface, norm=norm(surface), kind=kind)
        )
    return tokens


@dataclass(frozen=True)
class Analysis:
    """One reading of a token: prefixes + stem + suffix, all normalised."""

    stem: str
    prefixes: tuple[str, ...] = ()
    suffix: str = ""

    def has(self, clitic: str) -> bool:
        return clitic in self.prefixes

    @property
    def cost(self) -> int:
        """How much was stripped: readings that strip less are tried first."""
        return sum(len(p) for p in self.prefixes) + len(self.suffix)


def _prefix_readings(word: str) -> list[tuple[tuple[str, ...], str]]:
    readings: list[tuple[tuple[str, ...], str]] = [((), word)]
    for conj in ("و", "ف"):
        if word.startswith(conj) and len(word) > 2:
            readings.append(((conj,), word[1:]))
    out: list[tuple[tuple[str, ...], str]] = []
    for pre, rest in readings:
        out.append((pre, rest))
        if rest.startswith("لل") and len(rest) > 3:
            out.append((pre + ("ل",), "ال" + rest[2:]))
        for p in ("ب", "ك", "ل"):
            if rest.startswith(p) and len(rest) > 3:
                out.append((pre + (p,), rest[1:]))
        if rest.startswith("س") and len(rest) > 3 and rest[1] in "يتنا":
            out.append((pre + ("س",), rest[1:]))
    with_article: list[tuple[tuple[str, ...], str]] = []
    for pre, stem in out:
        with_article.append((pre, stem))
        if stem.startswith("ال") and len(stem) > 3:
            with_article.append((pre + ("ال",), stem[2:]))
    return with_article


@lru_cache(maxsize=300_000)
def analyses(word_norm: str) -> tuple[Analysis, ...]:
    """All clitic readings of a normalised word, cheapest first (the word itself first)."""
    seen: set[tuple] = set()
    result: list[Analysis] = []

    def add(a: Analysis) -> None:
        key = (a.stem, a.prefixes, a.suffix)
        if key not in seen and len(a.stem) >= 2:
            seen.add(key)
            result.append(a)

    for pre, stem in _prefix_readings(word_norm):
        add(Analysis(stem, pre))
        if "ال" in pre or stem.startswith("ال"):
            continue  # a definite noun takes no pronoun suffix
        for suf in _SUFFIXES:
            if stem.endswith(suf) and len(stem) - len(suf) >= 2:
                base = stem[: -len(suf)]
                add(Analysis(base, pre, suf))
                if base.endswith("ت"):  # ta marbuta before a suffix: زيارته -> زياره
                    add(Analysis(base[:-1] + "ه", pre, suf))
                if base.endswith("ا"):  # final alef maqsura before a suffix: التقاه -> التقي
                    add(Analysis(base[:-1] + "ي", pre, suf))
                break
        if stem.endswith("ا") and len(stem) > 3 and stem[-2] not in "اوي":
            # the accusative of an indefinite noun: اتفاقا، إعلانا، هجوما -> اتفاق …
            add(Analysis(stem[:-1], pre, "ا"))
    result.sort(key=lambda a: a.cost)
    return tuple(result)


def spelled_analyses(word_norm: str) -> tuple[Analysis, ...]:
    """:func:`analyses` and the readings a pronoun suffix hides by changing the stem's spelling:
    a final hamza takes the seat of the suffix's vowel (لقائه، لقاؤه -> لقاء), and so does the
    final alef maqsura of a verb whose stem begins like the article (التقاهم، ألغاه -> التقي،
    الغي; :func:`analyses` gives no suffix to a word read as definite). Kept apart because the
    tagger's features are built on :func:`analyses` as they were trained; the event triggers
    read these too. Not cached: the trigger matcher keeps what it finds per word form."""
    extra: list[Analysis] = []
    for pre, stem in _prefix_readings(word_norm):
        if "ال" in pre:
            continue
        for suf in _SUFFIXES:
            if stem.endswith(suf) and len(stem) - len(suf) >= 3:
                base = stem[: -len(suf)]
                if base[-1] in "يو" and base[-2] == "ا":
                    extra.append(Analysis(base[:-1] + "ء", pre, suf))
                if base.startswith("ال") and base.endswith("ا"):
                    extra.append(Analysis(base[:-1] + "ي", pre, suf))
                break
    known = analyses(word_norm)
    have = {(a.stem, a.prefixes, a.suffix) for a in known}
    return known + tuple(a for a in extra if (a.stem, a.prefixes, a.suffix) not in have)

