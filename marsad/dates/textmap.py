"""Normalised text with offsets back to the original, computed at C speed.

:func:`marsad.text.normalize.normalize` builds its offset map one character at a time in
Python, which alone costs half of the dates stage's budget on a 1,500-character article.
Here the normalised text comes from :func:`marsad.text.normalize.norm` (``str.translate``)
and the offsets from the positions of the characters it deleted (diacritics, tatweel,
direction marks), found by one regex; a normalised offset maps back by counting the
deletions before it. The result is the same text and the same spans as ``normalize``; when
that cannot be guaranteed (a character whose lower case is longer, such as İ) it falls back
to ``normalize`` itself.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from ..text.normalize import Normalized, norm, normalize


@lru_cache(maxsize=1)
def _deleted() -> re.Pattern[str]:
    """The characters ``norm`` deletes, as a character class (derived, not copied).

    Only marks, format characters and modifier letters (tatweel is one) are tried: a
    normaliser has no business deleting anything else, and trying all 65,536 would cost
    a tenth of a second of start-up.
    """
    kinds = ("Mn", "Mc", "Me", "Cf", "Lm")
    chars = [chr(c) for c in range(0x10000)
             if not 0xD800 <= c <= 0xDFFF and unicodedata.category(chr(c)) in kinds and norm(chr(c)) == ""]
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


@dataclass
class MappedText:
    """Same interface as :class:`marsad.text.normalize.Normalized`: ``.text`` and ``.span``."""

    text: str
    original_length: int
    deleted: list[int] = field(default_factory=list)  # original offsets of deleted characters

    def _original(self, i: int) -> int:
        # The i-th kept character: the least j with j - (deletions at or before j) == i.
        j = i
        while True:
            nxt = i + bisect_right(self.deleted, j)
            if nxt == j:
                return j
            j = nxt

    def span(self, start: int, end: int) -> tuple[int, int]:
        if start >= end:
            pos = self._original(start) if start < len(self.text) else self.original_length
            return pos, pos
        return self._original(start), self._original(end - 1) + 1


def map_text(text: str) -> MappedText | Normalized:
    """The normalised text of ``text`` with an offset map (a MappedText or a Normalized)."""
    folded = norm(text)
    deleted = [m.start() for m in _deleted().finditer(text)]
    if len(folded) + len(deleted) != len(text):
        return normalize(text)
    return MappedText(folded, len(text), deleted)
