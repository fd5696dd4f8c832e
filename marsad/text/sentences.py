"""Arabic sentence splitting over tokens.

Ends a sentence at . ! ? ؟ … and at line breaks. The Arabic comma ، and semicolon ؛ are
clause marks, not sentence ends (Arabic news runs whole paragraphs on commas). A full stop
does not split after a known abbreviation or a single letter (د. ، أ. ف. ب.), and numbers
such as 3.5 or 14.04.2025 are single tokens, so they never split.
"""
from __future__ import annotations

from functools import lru_cache

from ..doc import Sentence, Token
from ..resources import read_list
from .normalize import norm

_ENDS = {".", "!", "?", "؟", "…"}
_CLOSERS = {'"', "»", "”", "’", "'", ")", "]", "}", "﴿"}


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(norm(a) for a in read_list("text", "abbreviations.txt"))


def _is_abbreviation(prev: Token | None) -> bool:
    if prev is None or prev.kind not in ("word", "latin"):
        return False
    return len(prev.text) == 1 or prev.norm in _abbreviations()


def split_sentences(text: str, tokens: list[Token]) -> list[Sentence]:
    sentences: list[Sentence] = []
    first = 0
    n = len(tokens)
    pending_end = False
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < n else None
        boundary = nxt is None or "\n" in text[tok.end:nxt.start]
        if not boundary and (tok.text in _ENDS or (tok.text in _CLOSERS and pending_end)):
            prev = tokens[i - 1] if i > 0 else None
            if tok.text == "." and _is_abbreviation(prev):
                boundary = False
            elif nxt.text in _CLOSERS or nxt.text in _ENDS:
                pending_end = True  # the closing quote or the rest of "?!" belongs to this sentence
            else:
                boundary = True
        elif tok.text not in _CLOSERS:
            pending_end = False
        if boundary:
            sentences.append(Sentence(tokens[first].start, tok.end, first, i + 1))
            first = i + 1
            pending_end = False
    return sentences
