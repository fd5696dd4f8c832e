"""User query → FTS5 MATCH expression over the terms of :mod:`marsad.search.analyzer`.

Syntax (what a user of a search box expects, nothing more):

* ``هجرة المغرب`` — every word must occur (AND);
* ``"وزير الداخلية"`` — a phrase: the stemmed terms, consecutive;
* ``هجرة OR لجوء`` — either (also ``|`` and the Arabic ``أو``/``او``, which as a search word
  would match nearly every article anyway); OR binds tighter than the implicit AND:
  ``a OR b c`` is (a OR b) AND c;
* ``-رياضة`` or ``-"كأس العالم"`` — exclude (``NOT رياضة`` too);
* ``مهاج*`` — prefix, stemmed like a word (so فلسطين* still finds فلسطينيين); a last token
  under two letters makes it a plain word, since it would read most of the index.

Everything else is text: FTS5's own syntax (NEAR, ^, +, column filters, parentheses) typed by
a user becomes plain words or is dropped with the punctuation, because every term is emitted
quoted; ``AND`` is the default anyway. A chunk with punctuation between letters (كوفيد-19) is
a phrase of its words, as the tokenizer would read it. A query with nothing to look for
raises :class:`marsad.errors.InputError` (one line); so does one of more than
:data:`MAX_ITEMS` words or phrases.

A word's term may be several tokens: the analyzer splits a bare proclitic off (وزير → "و زير",
وهجرة → "و هجر"), so a query word is a short FTS5 phrase of its tokens, and a quoted phrase
is the phrase of all its words' tokens. Both sides go through the same function, so the
query هجرة ("هجر") finds وهجرة ("و هجر") and the query وزير ("و زير") finds لوزير
("ل و زير"), and bm25 counts every form of a word under one term.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..errors import InputError
from ..text.normalize import norm
from . import analyzer

OR_WORDS = frozenset({"OR", "|", "||", "أو", "او"})
AND_WORDS = frozenset({"AND", "&", "&&"})
NOT_WORDS = frozenset({"NOT"})
MAX_ITEMS = 32     # words and phrases: a pasted article is not a query
MIN_PREFIX = 2

# A quoted phrase, with the dashes that negate it (an unclosed quote runs to the end), or a chunk.
_LEX = re.compile(r'(-*)"([^"]*)"?|(\S+)')


@dataclass(frozen=True)
class Word:
    """One query word: its term (tokens joined by spaces), or for a prefix the alternative
    beginnings a word may have in the index."""

    terms: tuple[str, ...]
    prefix: bool = False

    def fts(self) -> str:
        star = "*" if self.prefix else ""
        parts = [_quote(t) + star for t in self.terms]
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


@dataclass(frozen=True)
class Phrase:
    """Consecutive words: the terms of each, in order."""

    words: tuple[str, ...]

    def fts(self) -> str:
        return _quote(" ".join(self.words))

    @property
    def terms(self) -> tuple[str, ...]:
        return self.words


Item = Word | Phrase


@dataclass
class Query:
    """A parsed query: the MATCH expression, and what to highlight in the results."""

    text: str
    clauses: list[list[Item]] = field(default_factory=list)  # AND of ORs
    excluded: list[Item] = field(default_factory=list)

    @property
    def match(self) -> str:
        """The FTS5 MATCH expression (every term quoted: user input cannot break it)."""
        ands = " AND ".join(_or(c) for c in self.clauses)
        if len(self.clauses) > 1:
            ands = f"({ands})"
        if not self.excluded:
            return ands
        return f"{ands} NOT {_or(self.excluded)}"

    @property
    def terms(self) -> frozenset[str]:
        """Whole terms to highlight (the excluded ones are not shown)."""
        out: set[str] = set()
        for item in self._positive():
            if not (isinstance(item, Word) and item.prefix):
                out.update(item.terms)
        return frozenset(out)

    @property
    def prefixes(self) -> tuple[str, ...]:
        """Prefix terms to highlight: a word whose term starts with one of them."""
        out: dict[str, None] = {}
        for item in self._positive():
            if isinstance(item, Word) and item.prefix:
                out.update(dict.fromkeys(item.terms))
        return tuple(out)

    def _positive(self) -> list[Item]:
        return [item for clause in self.clauses for item in clause]


def parse(text: str) -> Query:
    """Parse a user query; :class:`InputError` if nothing in it can be searched for."""
    if not text or not text.strip():
        raise InputError("empty search query")
    q = Query(text)
    pending_or = pending_not = False
    for negated, item, op in _items(text):
        if op == "OR":
            pending_or = bool(q.clauses)
        elif op == "NOT":
            pending_not = True
        elif item is None:
            continue
        elif negated or pending_not:
            pending_not = False
            q.excluded.append(item)
            pending_or = False
        elif pending_or:
            q.clauses[-1].append(item)
            pending_or = False
        else:
            q.clauses.append([item])
        if len(q.clauses) + len(q.excluded) > MAX_ITEMS:
            raise InputError(f"search query too long: at most {MAX_ITEMS} words or phrases")
    if not q.clauses:
        if q.excluded:
            raise InputError("search query has only exclusions (-word): add a word to look for")
        raise InputError(f"nothing to search for in query {text.strip()[:80]!r}")
    return q


def _items(text: str) -> Iterator[tuple[bool, Item | None, str]]:
    """(negated, item or None, operator or "") for each chunk of the query, in order."""
    for m in _LEX.finditer(text):
        if m.group(3) is None:  # a quoted phrase
            yield bool(m.group(1)), _phrase(analyzer.WORD_RE.findall(m.group(2))), ""
            continue
        chunk = m.group(3)
        if chunk in OR_WORDS:
            yield False, None, "OR"
            continue
        if chunk in NOT_WORDS:
            yield False, None, "NOT"
            continue
        if chunk in AND_WORDS:
            continue
        negated = chunk.startswith("-")
        chunk = chunk.lstrip("-")
        words = analyzer.WORD_RE.findall(chunk)
        if len(words) == 1:
            prefix = chunk.endswith("*") and chunk.rstrip("*").endswith(words[0])
            yield negated, _word(words[0], prefix), ""
        else:
            yield negated, _phrase(words), ""


def _word(word: str, prefix: bool) -> Word | None:
    t = analyzer.term(word)
    if not t:
        return None
    if not prefix:
        return Word((t,))
    # a prefix may stop before the analyzer would split its proclitic off (وزي* for وزير,
    # indexed "و زير"): try the split reading too; one-letter last tokens would read most
    # of the index, so they are dropped (all of them: a plain word)
    alts = [t]
    n = analyzer.strip_article(norm(word))
    if n[:1] in analyzer.PROCLITIC_LETTERS and len(n) > 1 and " " not in t:
        alts.append(n[0] + " " + n[1:])
    alts = [a for a in alts if len(a.rsplit(" ", 1)[-1]) >= MIN_PREFIX]
    return Word(_drop_covered(tuple(alts)), True) if alts else Word((t,))


def _phrase(words: list[str]) -> Item | None:
    terms = [t for t in map(analyzer.term, words) if t]
    if not terms:
        return None
    if len(terms) == 1:
        return Word((terms[0],))
    return Phrase(tuple(terms))


def _drop_covered(prefixes: tuple[str, ...]) -> tuple[str, ...]:
    """The prefixes not already implied by a shorter one in the list (هجر* covers هجرا*)."""
    keep = [p for p in prefixes if not any(q != p and p.startswith(q) for q in prefixes)]
    return tuple(dict.fromkeys(keep))


def _or(items: list[Item]) -> str:
    parts = [i.fts() for i in items]
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def _quote(s: str) -> str:
    return '"' + s.replace('"', '""') + '"'
