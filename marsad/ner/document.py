"""Document-level features from a first tagging pass (two-stage stacking).

A name is often introduced with a cue the tagger can read (وقال وزير الخارجية X …) and then
repeated bare, or after a clitic (وX، لـX), in the sentences that follow; a sentence-by-
sentence tagger misses those repeats. The second stage of marsad's tagger therefore sees,
for every token, what the first stage said about the *same word elsewhere in the document*
(the sentences around it) and what the first stage said about the token and its
neighbours. To learn how far to trust those hints, the second stage is trained on
first-stage tags that were predicted by models that had not seen the sentence
(:func:`marsad.ner.train` builds them by k-fold jackknifing), just as at run time.

"Document" = the sentences given to :func:`add_document_features` together, limited to a
window of ``window`` sentences on each side (ANERcorp has no article boundaries; a news
article in the pipeline is passed whole).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ..text.normalize import norm
from ..text.tokens import analyses

TYPES = ("PERS", "LOC", "ORG", "MISC")
_SLOT = {"O": 0, "PERS": 1, "LOC": 2, "ORG": 3, "MISC": 4}
WINDOW = 40


@lru_cache(maxsize=200_000)
def name_key(word: str) -> str:
    """The word without its proclitics (و ف ب ل ك): وعرفات and لعرفات repeat عرفات."""
    n = norm(word)
    for a in analyses(n):
        if a.suffix or "ال" in a.prefixes:
            continue
        if a.prefixes:
            return a.stem
    return n


def _counts(sent: Sequence[str], tags: Sequence[str]) -> list[tuple[str, str]]:
    return [(name_key(w), t[2:] if t != "O" else "O") for w, t in zip(sent, tags)]


@lru_cache(maxsize=4096)
def _own(tag: str, before: str, after: str) -> tuple[str, ...]:
    """The first-stage tags of the token and its neighbours, as features."""
    return ("s1=" + tag, "s1-1=" + before, "s1+1=" + after)


@lru_cache(maxsize=65536)
def _elsewhere(counts: tuple[int, ...], total: int) -> tuple[str, ...]:
    """What the first stage said about the same word elsewhere in the window: its majority
    type, how strong the majority is, and every type it was given (``counts`` per TYPES)."""
    named = [(n, t) for n, t in zip(counts, TYPES) if n > 0]
    if not named:
        return ()
    best_n, best = max(named)
    share = best_n / total if total else 0.0
    return ("dmaj=" + best, f"dmaj={best}:" + ("all" if share >= 0.99 else "most" if share >= 0.5 else "some"),
            *("dany=" + t for _, t in named))


def add_document_features(feats: list[list[list[str]]], sents: Sequence[Sequence[str]],
                          first: Sequence[Sequence[str]], window: int = WINDOW) -> None:
    """Append, in place, the stage-2 features of :func:`document_features` to ``feats``."""
    for fs, ds in zip(feats, document_features(sents, first, window)):
        for f, d in zip(fs, ds):
            f.extend(d)


def document_features(sents: Sequence[Sequence[str]], first: Sequence[Sequence[str]],
                      window: int = WINDOW) -> list[list[list[str]]]:
    """Stage-2 features for every token: the first-stage tag of the token and of its ±1
    neighbours, and what the first stage said about the same word elsewhere within
    ``window`` sentences."""
    out: list[list[list[str]]] = []
    keyed = [_counts(s, t) for s, t in zip(sents, first)]
    n = len(sents)
    # counts over a sliding window: add sentences as they enter, remove as they leave;
    # per word [O, PERS, LOC, ORG, MISC]
    window_counts: dict[str, list[int]] = {}

    def add(k: int, sign: int) -> None:
        for key, typ in keyed[k]:
            c = window_counts.get(key)
            if c is None:
                c = window_counts[key] = [0, 0, 0, 0, 0]
            c[_SLOT[typ]] += sign

    hi = -1
    for k in range(n):
        while hi < min(n - 1, k + window):
            hi += 1
            add(hi, 1)
        if k - window - 1 >= 0:
            add(k - window - 1, -1)
        add(k, -1)  # the sentence itself does not count as "elsewhere"
        tags = first[k]
        L = len(tags)
        sent_feats: list[list[str]] = []
        out.append(sent_feats)
        for i in range(L):
            f = list(_own(tags[i], tags[i - 1] if i > 0 else "BOS", tags[i + 1] if i + 1 < L else "EOS"))
            sent_feats.append(f)
            c = window_counts.get(keyed[k][i][0])
            if c is not None and (c[1] or c[2] or c[3] or c[4]):
                f.extend(_elsewhere(tuple(c[1:]), sum(c)))
        add(k, 1)
    return out
