"""Arabic normalisation for matching, with a map back to the original offsets.

News spells the same word many ways: أحمد/احمد، مدرسة/مدرسه، على/علي، diacritics or none,
tatweel (كـــبير), Arabic-Indic or Persian digits. Matching is done on one normalised form;
spans found there are mapped back through :class:`Normalized.span` so that everything the
pipeline reports points into the text as written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Harakat, tanween, shadda, sukun, superscript alef, Quranic marks, and tatweel: deleted.
_DELETE = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640"} | {
    chr(c) for c in range(0x06D6, 0x06EE)
} | {"\u200c", "\u200d", "\u200e", "\u200f", "\u061c"}

_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ة": "ه", "ى": "ي", "ی": "ي", "ې": "ي", "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ڪ": "ك", "گ": "ك", "ڤ": "ف", "ڢ": "ف", "پ": "ب", "ڨ": "ق", "چ": "ج",
    "۽": "ء",
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Persian (Extended Arabic-Indic) digits


def _fold(ch: str) -> str:
    mapped = _MAP.get(ch)
    if mapped is not None:
        return mapped
    low = ch.lower()
    return low if len(low) == 1 else ch


# str.translate tables on the fast path (no offsets needed): the deletions alone (unmarked),
# and the deletions with the letter folding (norm).
_UNMARK = {ord(c): None for c in _DELETE}
_TABLE = {**_UNMARK, **{ord(k): v for k, v in _MAP.items()}}


def unmarked(text: str) -> str:
    """The text without diacritics and tatweel, its letters as written (إلغاء keeps its hamza,
    which :func:`norm` folds): for checks that must tell الغاء from الإلغاء."""
    return text.translate(_UNMARK)


@lru_cache(maxsize=200_000)
def norm(text: str) -> str:
    """Normalised form of a short string (a word, a lexicon entry). Cached: news repeats words."""
    return text.translate(_TABLE).lower()


@dataclass
class Normalized:
    """A normalised string plus, for each of its characters, the original offset."""

    text: str
    starts: list[int]
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalised span [start, end)."""
        if start >= end:
            pos = self.starts[start] if start < len(self.starts) else self.original_length
            return pos, pos
        return self.starts[start], self.starts[end - 1] + 1


def normalize(text: str) -> Normalized:
    out: list[str] = []
    starts: list[int] = []
    for i, ch in enumerate(text):
        if ch in _DELETE:
            continue
        out.append(_fold(ch))
        starts.append(i)
    return Normalized("".join(out), starts, len(text))


def is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a" or "\u0671" <= ch <= "\u06d3" or "\u06fa" <= ch <= "\u06ff"


_LETTER = re.compile(r"[^\W\d_]")
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")


def arabic_ratio(text: str) -> float:
    """Share of letters that are Arabic script: how we tell Arabic input from the rest."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return 0.0
    return len(_ARABIC_LETTER.findall(text)) / letters


def original_index(surface: str, n_norm: int) -> int:
    """Index in ``surface`` after its first ``n_norm`` normalised characters.

    Used to cut a clitic off a token's surface (والمغرب → المغرب) when the clitic was
    found on the normalised form; diacritics in between are skipped, not counted."""
    seen = 0
    for i, ch in enumerate(surface):
        if seen == n_norm:
            return i
        if ch not in _DELETE:
            seen += 1
    return len(surface)
