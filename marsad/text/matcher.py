"""Phrase matching over tokens, through clitics.

Every lexicon in marsad (gazetteers, roles, triggers, cues) is a mapping from a tuple of
normalised tokens to a value. :class:`PhraseMatcher` finds those phrases in a token list:
the first token is matched through its clitic readings (والمغرب → و + المغرب), later tokens
must match their normalised form exactly, and the longest phrase wins. A match remembers
the clitic reading of its first token, since the clitics carry syntax (ل، ب، س).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Generic, Mapping, Optional, TypeVar

from ..doc import Token
from .normalize import original_index
from .tokens import Analysis, analyses

V = TypeVar("V")


@dataclass
class Match(Generic[V]):
    first: int  # token index of the first token
    last: int  # token index one past the last token
    value: V
    analysis: Analysis  # reading of the first token
    start: int  # character offsets of the phrase without its leading clitics
    end: int

    @property
    def prefixes(self) -> tuple[str, ...]:
        return tuple(p for p in self.analysis.prefixes if p != "ال")


def clitic_cut(token: Token, analysis: Analysis) -> int:
    """Character offset where the phrase proper starts inside ``token`` (after و، ب، ل …)."""
    norm = token.norm
    if analysis.stem == norm:
        return token.start
    stem = analysis.stem if "ال" not in analysis.prefixes else "ال" + analysis.stem
    body = stem
    # the body as it appears in the token: لل + مغرب for ل + المغرب
    n_prefix = len(norm) - len(body) - len(analysis.suffix)
    if n_prefix < 0 or not norm[n_prefix:].startswith(body[:1]):
        body = stem[2:] if stem.startswith("ال") else stem
        n_prefix = len(norm) - len(body) - len(analysis.suffix)
    n_prefix = max(0, n_prefix)
    return token.start + original_index(token.text, n_prefix)


class PhraseMatcher(Generic[V]):
    def __init__(self, phrases: Mapping[tuple[str, ...], V], *, through_clitics: bool = True,
                 accept: Optional[Callable[[Analysis], bool]] = None, exclude: frozenset[str] | set[str] = frozenset(),
                 readings: Callable[[str], tuple[Analysis, ...]] = analyses):
        """``accept`` filters the clitic readings a lexicon allows: names take no pronoun
        suffix (قطرة is not قطر + ه) and spell out their article, role nouns may drop it.
        ``readings`` lists a word's clitic readings (:func:`analyses`, or for event triggers
        :func:`spelled_analyses`)."""
        self.through_clitics = through_clitics
        self.readings = readings
        self.accept = accept
        self.exclude = exclude  # surface words (normalised) that never start a match
        self._index: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        for key, value in phrases.items():
            if not key:
                continue
            self._index.setdefault(key[0], []).append((key[1:], value))
        for cands in self._index.values():
            cands.sort(key=lambda kv: -len(kv[0]))
        # per word form, the readings that can start a phrase: most words start none, and
        # the same words come back in every sentence, so this is computed once per form
        self._starts: dict[str, tuple[tuple[Analysis, list[tuple[tuple[str, ...], V]]], ...]] = {}

    def _readings(self, word: str) -> tuple[tuple[Analysis, list[tuple[tuple[str, ...], V]]], ...]:
        found = self._starts.get(word)
        if found is None:
            if word in self.exclude:
                readings: tuple[Analysis, ...] = ()
            elif self.through_clitics:
                readings = self.readings(word)
            else:
                readings = (Analysis(word),)
            found = tuple((a, self._index[a.stem]) for a in readings if a.stem in self._index
                          and (self.accept is None or self.accept(a)))
            if len(self._starts) < 500_000:
                self._starts[word] = found
        return found

    def match_at(self, tokens: list[Token], i: int, limit: int | None = None) -> Match[V] | None:
        """Longest phrase starting at token ``i`` (not extending to ``limit`` or beyond)."""
        limit = len(tokens) if limit is None else limit
        tok = tokens[i]
        if tok.kind == "punct":
            return None
        return self._longest(tokens, i, limit, self._readings(tok.norm))

    def _longest(self, tokens: list[Token], i: int, limit: int,
                 found: tuple[tuple[Analysis, list[tuple[tuple[str, ...], V]]], ...]) -> Match[V] | None:
        """Longest phrase starting at token ``i`` among ``found``, the readings of its word that
        can start one."""
        tok = tokens[i]
        best: Match[V] | None = None
        for a, cands in found:
            for rest, value in cands:
                j = i + 1 + len(rest)
                if j > limit or (best is not None and j <= best.last):
                    continue
                if all(tokens[i + 1 + k].norm == w for k, w in enumerate(rest)):
                    best = Match(i, j, value, a, clitic_cut(tok, a), tokens[j - 1].end)
                    break
        return best

    def find_all(self, tokens: list[Token], first: int = 0, last: int | None = None) -> list[Match[V]]:
        """Non-overlapping longest matches, left to right."""
        last = len(tokens) if last is None else last
        out: list[Match[V]] = []
        starts, readings = self._starts, self._readings
        i = first
        while i < last:
            # most words start no phrase: skip them on the cached look-up, without a call
            tok = tokens[i]
            found = starts.get(tok.norm)
            if found is None:
                found = readings(tok.norm)
            m = self._longest(tokens, i, last, found) if found and tok.kind != "punct" else None
            if m is None:
                i += 1
            else:
                out.append(m)
                i = m.last
        return out
