"""The boilerplate cue lexicon (``marsad/data/clean/boilerplate_cues.tsv``) and a fast matcher.

Cues are matched on normalised words (:func:`marsad.text.normalize.norm`) so that spelling
variants (أيضا/أيضاً/ايضا، اقرأ/إقرأ/اقرا) need no separate entries, and as whole words so
that «تترك رد» does not match «اترك رد»; a cue may carry a glued و or ف («واقرأ أيضا»).

Speed matters because every article passes through here: a line is split on whitespace,
each word is normalised once per process (a cache: news vocabulary repeats), and only words
that can start a cue are looked at further, walking a word trie. A single regular expression
of the few hundred cues costs milliseconds per line; this costs microseconds.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..resources import multi, read_tsv
from ..text.normalize import norm

CUES_FILE = ("clean", "boilerplate_cues.tsv")
EXTENTS = ("line", "next", "block", "rest")
PUNCT = ".,:;!?؟،؛…\"'«»“”‘’„()[]{}<>-–—|/\\*•·›‹_~=+"
SEPARATORS = frozenset(":-–—|»›>")  # a cue followed by one of these labels what follows
_PREFIXES = ("و", "ف")  # conjunctions glued to a cue: واقرأ أيضا، فشاهد
_CACHE_LIMIT = 200_000


@dataclass(frozen=True)
class Cue:
    text: str  # normalised words joined by spaces
    category: str  # the reason recorded for removed lines
    weight: int  # 1 weak … 3 almost only ever boilerplate
    anywhere: bool  # counts inside a line too, not only at its start
    extent: str  # line | next | block | rest
    tokens: tuple[str, ...]

    @property
    def words(self) -> int:
        return len(self.tokens)


class Word(NamedTuple):
    """A whitespace-separated piece of a line, with punctuation split off its edges."""

    lead: str  # punctuation before the word
    core: str  # the word, normalised ("" for pure punctuation)
    trail: str  # punctuation after the word
    is_word: bool  # has letters
    starts_cue: bool  # a cue may begin here (with or without a و/ف prefix)


@dataclass(frozen=True)
class CueLexicon:
    cues: dict[str, Cue]
    by_first: dict[str, tuple[Cue, ...]]  # first word → cues, longest first
    trie: dict  # word → {word → … , _END: Cue}: one dict step per word while matching
    symbols: tuple[Cue, ...]  # cues that are not words (©), matched as substrings


_END = None  # trie key of the cue that ends at a node (words are strings)


_WORDS: dict[str, Word] = {}


def split_words(line: str) -> list[Word]:
    """The line's pieces, each normalised once per process."""
    cache = _WORDS
    return [cache.get(raw) or _make_word(raw) for raw in line.split()]


def _make_word(raw: str) -> Word:
    core = raw.strip(PUNCT)
    if not core:
        word = Word(raw, "", "", False, False)
    else:
        start = raw.index(core)
        normalized = norm(core)
        index = lexicon().by_first
        starts = normalized in index or (
            normalized[:1] in _PREFIXES and len(normalized) > 2 and normalized[1:] in index)
        word = Word(raw[:start], normalized, raw[start + len(core):],
                    any(c.isalpha() for c in normalized), starts)
    if len(_WORDS) < _CACHE_LIMIT:
        _WORDS[raw] = word
    return word


@lru_cache(maxsize=1)
def lexicon() -> CueLexicon:
    """Load and index the cue file once."""
    cues: dict[str, Cue] = {}
    for n, row in enumerate(read_tsv(*CUES_FILE), start=1):
        extent = row["extent"] or "line"
        if extent not in EXTENTS or row["where"] not in ("head", "any"):
            raise ValueError(f"{'/'.join(CUES_FILE)}: row {n}: bad where/extent {row}")
        for variant in multi(row["cue"]):
            tokens = tuple(norm(t.strip(PUNCT) or t) for t in variant.split())
            key = " ".join(tokens)
            cue = Cue(key, row["category"], int(row["weight"]), row["where"] == "any",
                      extent, tokens)
            old = cues.get(key)
            if old is None or (cue.weight, cue.anywhere) > (old.weight, old.anywhere):
                cues[key] = cue
    by_first: dict[str, list[Cue]] = {}
    symbols = []
    for cue in cues.values():
        if any(c.isalnum() for c in cue.text):
            by_first.setdefault(cue.tokens[0], []).append(cue)
        else:
            symbols.append(cue)
    index = {k: tuple(sorted(v, key=lambda c: len(c.tokens), reverse=True))
             for k, v in by_first.items()}
    trie: dict = {}
    for cue in cues.values():
        if cue.tokens[0] in index:
            node = trie
            for token in cue.tokens:
                node = node.setdefault(token, {})
            node[_END] = cue
    return CueLexicon(cues, index, trie, tuple(symbols))


class Hit(NamedTuple):
    cue: Cue
    first: int  # index of the cue's first piece in the line's words
    end: int  # index one past its last piece


def find_cues(words: list[Word], line: str = "") -> list[Hit]:
    """All cue hits among a line's words, left to right, not overlapping, longest first.
    Symbol cues (©) are looked for in ``line`` and reported at the piece holding them."""
    lex = lexicon()
    candidates = [i for i, w in enumerate(words) if w.starts_cue]
    hits: list[Hit] = []
    if candidates:
        trie = lex.trie
        n = len(words)
        next_free = 0
        for i in candidates:
            if i < next_free:
                continue
            first = words[i].core
            heads = (first, first[1:]) if first[:1] in _PREFIXES and len(first) > 2 else (first,)
            for head in heads:
                node = trie.get(head)
                best = None
                j = i + 1
                while node is not None:
                    cue = node.get(_END)
                    if cue is not None:
                        best = Hit(cue, i, j)  # the longest cue wins: keep walking
                    if j >= n:
                        break
                    node = node.get(words[j].core)
                    j += 1
                if best is not None:
                    hits.append(best)
                    next_free = best.end
                    break
    if line and lex.symbols:
        for cue in lex.symbols:
            if cue.text in line:
                at = next(
                    (k for k, w in enumerate(words) if cue.text in w.lead + w.core + w.trail), 0)
                hits.append(Hit(cue, at, at + 1))
    return hits
