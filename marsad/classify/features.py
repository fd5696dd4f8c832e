"""Features of an article for the section classifier, in plain Python.

One function, :func:`word_features`, says what a word contributes; training (with
scikit-learn) and prediction (without it) both go through it, so the shipped model sees
exactly the features it was trained on.

* Words are the project's normalised forms (:func:`marsad.text.normalize.norm`: alef/hamza,
  ta marbuta, alef maqsura, diacritics, digits folded), so أحمد/احمد and مدرسة/مدرسه are one
  feature. Only letters make words: numbers and punctuation say little about a section.
* Clitics: a definite noun also gives its bare stem (والاقتصاد، للاقتصاد، بالاقتصاد →
  اقتصاد) from :func:`marsad.text.tokens.analyses`, so the many glued forms of one
  noun share evidence.
* Character n-grams inside each word (4 and 5 characters, the word padded with a boundary
  mark) carry what neither form does: broken plurals, verb inflections and rare proper
  names that share pieces (ترامب/لترامب, الكروية/كرة).
* The title counts twice: it is the editor's own summary of the section.

Everything a document contributes is the sum of what its words contribute, so prediction
caches what each distinct word contributes (see :mod:`marsad.classify.model`) and is fast
without numpy. Words are found with a regular expression over the normalised text rather than with
:func:`marsad.text.tokens.tokenize`: the tokenizer builds offset-carrying tokens (about
2.4 ms for a typical article), which classification does not need; the word definition is
the tokenizer's (letters and marks, then letters, digits and marks), applied after
normalisation has removed the marks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping, Optional

from ..text.normalize import norm
from ..text.tokens import analyses

_analyses = getattr(analyses, "__wrapped__", analyses)  # analyses() without its lru_cache
# norm() without its cache, if it has one: a whole article is normalised once, and keeping
# every article's text in a cache meant for words would only cost memory.
_norm_text = getattr(norm, "__wrapped__", norm)

# A word: a letter, then letters or digits (normalisation has already removed diacritics
# and tatweel, so the tokenizer's mark classes are not needed here).
_WORD = re.compile(r"[^\W\d_][^\W_]*")

BOUNDARY = "#"  # pads a word for character n-grams: n-grams at the edges are marked
CHAR_MIN = 4
CHAR_MAX = 5
TITLE_WEIGHT = 2


@dataclass(frozen=True)
class FeatureSpec:
    """How words become features. Stored in the artefact and read back from it, so that a
    model is always applied with the features it was trained with."""

    char_min: int = CHAR_MIN
    char_max: int = CHAR_MAX
    stems: bool = True
    words: bool = True
    title_weight: int = TITLE_WEIGHT

    def to_dict(self) -> dict:
        return {"char_min": self.char_min, "char_max": self.char_max, "stems": self.stems,
                "words": self.words, "title_weight": self.title_weight}

    @classmethod
    def from_dict(cls, d: Mapping) -> "FeatureSpec":
        return cls(**{k: d[k] for k in ("char_min", "char_max", "stems", "words", "title_weight")})


def words(text: str) -> list[str]:
    """The normalised words of a text, in order."""
    return _WORD.findall(_norm_text(text))


def article_words(title: str, text: str, spec: FeatureSpec) -> list[str]:
    """The words of an article as the model counts them: the title ``title_weight`` times,
    then the body."""
    return words(title) * spec.title_weight + words(text)


def definite_stem(word: str) -> Optional[str]:
    """The bare stem of a definite noun (والاقتصاد → اقتصاد), or None for other words.

    Only readings with the article are used: stripping a lone ب/ل/ك/و from an indefinite
    word is too often wrong (بيان is not ب + يان), and the character n-grams already cover
    those forms. Words without ال or لل near the start cannot have such a reading and skip
    the (comparatively costly) analysis."""
    if "ال" not in word[:5] and "لل" not in word[:4]:
        return None
    # The uncached analysis: the model caches each word's features itself, and filling
    # the tokenizer's shared cache with every word of a long run would only cost memory.
    for a in _analyses(word):
        if "ال" in a.prefixes and not a.suffix:
            return a.stem
    return None


def word_features(word: str, spec: FeatureSpec) -> list[str]:
    """The feature strings one normalised word contributes: ``w:`` + the word, ``s:`` + the
    stem of a definite noun, and the bare character n-grams (a word never contains ``:``,
    so n-grams cannot collide with the prefixed kinds, and skipping a prefix on the most
    numerous kind keeps prediction fast)."""
    out: list[str] = []
    if spec.words:
        out.append("w:" + word)
    if spec.stems:
        stem = definite_stem(word)
        if stem is not None:
            out.append("s:" + stem)
    if spec.char_max:
        padded = BOUNDARY + word + BOUNDARY
        size = len(padded)
        for n in range(spec.char_min, min(spec.char_max, size) + 1):
            out += [padded[i:i + n] for i in range(size - n + 1)]
    return out


def word_ids(word: str, vocabulary: Mapping[str, int], spec: FeatureSpec) -> tuple[int, ...]:
    """The ids of a word's features that are in the model's vocabulary (a feature that
    occurs twice in the word, a repeated n-gram, is listed twice: it counts twice)."""
    get = vocabulary.get
    return tuple([i for i in map(get, word_features(word, spec)) if i is not None])
