"""Snippets and highlights cut from the text as written, never from the stems.

The index holds stems, which no reader wants to see; so the words of the original text are
stemmed again here (with the analyzer's caches this costs a dict look-up per chunk of text)
and a word is a hit when its term — or its term without the proclitics the analyzer split off
(وهجرة is "و هجر") — is one of the query's terms, or starts with one of its prefixes. The words of a phrase are marked wherever they occur, not only side by side: the
match itself was decided by FTS5. Offsets are character offsets into the original string, so
a caller can mark the same words elsewhere (a web page, a JSON export) without re-running
the matcher.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import NamedTuple

from .analyzer import chunk_words, tails, word_spans

DEFAULT_MARKS = ("[", "]")
_SPACE = re.compile(r"\s+")


class Snippet(NamedTuple):
    """The marked-up excerpt, and the (start, end) offsets of its hits in the original text."""

    text: str
    spans: list[tuple[int, int]]


def snippet(text: str, terms: Collection[str], prefixes: Sequence[str] = (), *, words: int = 30,
            marks: tuple[str, str] = DEFAULT_MARKS, ellipsis: str = "…") -> Snippet:
    """The ``words``-word window of ``text`` holding the most query hits, hits marked.

    The window with the most distinct query terms wins, then the one with most hits, then
    the earliest; it is centred on its hits. With no hit, the text's opening. Words here are
    whitespace-separated chunks (كوفيد-19 is one): the text is split once and each chunk's
    terms come from a cache, so cutting snippets for a page of results stays cheap."""
    chunks = text.split()
    if not chunks:
        return Snippet("", [])
    prefixes = tuple(prefixes)
    terms = terms if isinstance(terms, (set, frozenset)) else frozenset(terms)
    matched: dict[int, list[tuple[int, int, str]]] = {}
    for i, chunk in enumerate(chunks):
        in_chunk, found = chunk_words(chunk)
        if found.isdisjoint(terms) and not (prefixes and any(t.startswith(prefixes) for t in found)):
            continue
        matched[i] = [w for w in in_chunk if _is_hit(w[2], terms, prefixes)]
    hits = list(matched)
    start, end = _window(hits, [[w[2] for w in matched[i]] for i in hits], len(chunks), max(1, words))
    offsets = _offsets(text, chunks, end)
    spans = [(offsets[i] + s, offsets[i] + e) for i in hits if start <= i < end for s, e, _ in matched[i]]
    body = _mark(text, offsets[start], offsets[end - 1] + len(chunks[end - 1]), spans, marks)
    lead = ellipsis if start > 0 else ""
    tail = ellipsis if end < len(chunks) else ""
    return Snippet(f"{lead}{body}{tail}", spans)


def highlight(text: str, terms: Collection[str], prefixes: Sequence[str] = (), *,
              marks: tuple[str, str] = DEFAULT_MARKS) -> Snippet:
    """The whole of ``text`` (a title, say) with every hit marked."""
    prefixes = tuple(prefixes)
    chosen = [(s, e) for s, e, t in word_spans(text) if _is_hit(t, terms, prefixes)]
    return Snippet(_mark(text, 0, len(text), chosen, marks), chosen)


def _is_hit(term: str, terms: Collection[str], prefixes: tuple[str, ...]) -> bool:
    """Whether a word (its term) is one the query found: its term or a tail of it (وهجرة,
    "و هجر", for the query هجرة) is a query term, or begins with a query prefix."""
    return any(t in terms or (prefixes and t.startswith(prefixes)) for t in tails(term))


def _window(hits: list[int], hit_terms: list[list[str]], n: int, size: int) -> tuple[int, int]:
    """[start, end) indexes of the best window of ``size`` words among ``n``.

    ``hits`` are the indexes of the words that match, ``hit_terms`` the terms each matched."""
    if not hits:
        return 0, min(size, n)
    best: tuple[int, int, int] | None = None  # (distinct terms, hits, -first)
    best_ab = (0, 1)
    counts: dict[str, int] = {}
    b = 0
    for a in range(len(hits)):
        while b < len(hits) and hits[b] < hits[a] + size:
            for t in hit_terms[b]:
                counts[t] = counts.get(t, 0) + 1
            b += 1
        key = (len(counts), b - a, -hits[a])
        if best is None or key > best:
            best, best_ab = key, (a, b)
        for t in hit_terms[a]:
            counts[t] -= 1
            if not counts[t]:
                del counts[t]
    first, last = hits[best_ab[0]], hits[best_ab[1] - 1]
    start = max(0, first - (size - (last - first + 1)) // 2)
    end = min(n, start + size)
    return max(0, end - size), end


def _offsets(text: str, chunks: list[str], upto: int) -> list[int]:
    """Start offsets in ``text`` of the first ``upto`` chunks of ``text.split()``."""
    out: list[int] = []
    pos = 0
    find = text.find
    for chunk in chunks[:upto]:
        pos = find(chunk, pos)
        out.append(pos)
        pos += len(chunk)
    return out


def _mark(text: str, start: int, end: int, chosen: list[tuple[int, int]],
          marks: tuple[str, str]) -> str:
    """text[start:end] with each chosen span wrapped in the marks, runs of space made one."""
    out: list[str] = []
    pos = start
    for s, e in chosen:
        out.append(_SPACE.sub(" ", text[pos:s]))
        out.append(f"{marks[0]}{text[s:e]}{marks[1]}")
        pos = e
    out.append(_SPACE.sub(" ", text[pos:end]))
    return "".join(out)
