"""The light stemmer shared by indexing and querying: a word as written in, its term out.

Full-text search only works if the text and the query are reduced the same way, so this
module is the single place that decides what a term is. Each word is

1. normalised with :func:`marsad.text.normalize.norm` (hamza/alef forms, ta marbuta → ه,
   alef maqsura → ي, diacritics, tatweel, Arabic-Indic digits, lower case);
2. stripped of the article and the clitics that can only sit before it (ال، وال، فال، بال،
   كال، وبال …): unambiguous, nothing else looks like them. The ل of لل (ل + ال) is kept as a
   token, since لليبيا is ل + ال + ليبيا;
3. split, not stripped, of a bare proclitic و ف ب ل ك (up to two) when three letters or more
   are left: وهجرة → "و هجر", وزير → "و زير", لوزير → "ل و زير". Whether the letter is a clitic
   or part of the word (وزير، بيان، لجنة، فرنسا) cannot be told without a lexicon; stripping
   it (light10) would make وزير and الوزير different terms and conflate وزارة with زار.
   Splitting keeps each form's tokens, so the query هجرة ("هجر") finds وهجرة and the query
   وزير (the phrase "و زير") finds الوزير، لوزير، ووزير, and bm25 sees one term for every
   form of a word — which a query widened to each clitic form would not: the rare forms
   would get a high idf and outrank the articles about the subject;
4. stripped of common suffixes (هما ات ان ون ين وا يه يا ها هم ه ي ت, and the ا of an
   indefinite accusative), repeatedly, longest first, never below three letters — so that
   مهاجرون، المهاجرين، مهاجرة، مهاجرات all give مهاجر, حكومتها and الحكومتين give حكوم, and a
   country meets its nisba (لبنان، اللبنانيين → لبن).

So a term is one or more tokens joined by spaces, which the FTS5 tokenizer (unicode61)
indexes as consecutive tokens. What it does not do: broken plurals (وزراء/وزير), verb
prefixes other than the proclitics (يزور/زار), the future س; and like every light stemmer it
conflates some words (هجرة/هجر, إعلان/أعلى via ان/ي stripping, لبنان/لبن).

Latin words are lower-cased and lose their accents; digit runs are separate terms (ASCII).
Results are cached per word form and per whitespace-delimited chunk of text: news repeats
itself, so almost every call is one dict look-up.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from ..text.normalize import norm

# Bump whenever a change here changes the terms of some text: an index built by another
# version must be rebuilt (marsad.search.index.rebuild), or searches and removals go wrong.
VERSION = 1

# Marks that may sit inside a word: exactly what norm deletes (harakat, superscript alef,
# Quranic marks, tatweel, joiners and direction marks), plus Latin combining accents.
_MARKS = "\u064b-\u065f\u0670\u0640\u06d6-\u06ed\u200c\u200d\u200e\u200f\u061c\u0300-\u036f"
# A word in the text as written: a run of letters (marks inside), or a run of digits — split
# apart, so that 2024م is found by 2024.
WORD_RE = re.compile(rf"\d+|[^\W\d_]+(?:[{_MARKS}]+[^\W\d_]*)*")
_ARABIC = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")

# Article forms, longest first, with the least stem length each must leave. The compound
# forms want three letters so that والد / بالغ are not read as و + ال + د.
ARTICLES: tuple[tuple[str, int], ...] = (
    ("وبال", 3), ("وكال", 3), ("فبال", 3), ("فكال", 3), ("ولل", 3), ("فلل", 3),
    ("وال", 3), ("فال", 3), ("بال", 3), ("كال", 3), ("لل", 3), ("ال", 2),
)
# Suffixes on the normalised form (ة is already ه, ى is ي), longest first.
SUFFIXES: tuple[str, ...] = (
    "هما", "ات", "ان", "ون", "ين", "وا", "يه", "يا", "ها", "هم", "ه", "ي", "ت", "ا",
)
_LAM_ARTICLES = ("لل", "ولل", "فلل")
PROCLITIC_LETTERS = "وفبلك"
MIN_SPLIT_REST = 3  # a bare proclitic is split off only if this much is left (وقت stays whole)
_MAX_SPLITS = 2     # وب، ول، فل …
MIN_STEM = 3        # a suffix is stripped only if this much is left
_MAX_STRIPS = 4     # مستوطناتهم → مستوطنات → مستوطن: a few rounds are enough

# Per-form caches, cleared (not evicted) when full: cheap, and rare with news vocabularies
# (27,500 articles hold 380,000 distinct chunks; an entry costs about 125 bytes).
_CACHE: dict[str, str] = {}        # word as written → term
_CHUNKS: dict[str, str] = {}       # whitespace-delimited chunk as written → its terms, joined
_CHUNK_WORDS: dict[str, tuple] = {}  # chunk → its words and their terms (snippets)
_CACHE_MAX = 300_000
_CHUNK_WORDS_MAX = 100_000         # snippets only see the articles of result pages
# norm's own cache is shared with the whole pipeline: every word form of every article would
# flush it, so the uncached function is called here (these caches keep the results)
_normalise = getattr(norm, "__wrapped__", norm)


def term(word: str) -> str:
    """The search term of one word as written ("" for a word made only of marks)."""
    t = _CACHE.get(word)
    if t is None:
        t = _learn(word)
    return t


def index_terms(text: str) -> str:
    """The text as space-separated terms, ready for the FTS5 table (unicode61 tokenizer).

    The same terms as :func:`word_spans`, but cached per whitespace-delimited chunk
    («والهجرة،» with its comma): str.split and one look-up per chunk are several times
    faster than running the word pattern over every article."""
    get = _CHUNKS.get
    out: list[str] = []
    for chunk in text.split():
        t = get(chunk)
        if t is None:
            t = _learn_chunk(chunk)
        if t:
            out.append(t)
    return " ".join(out)


def word_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, term) of each word of ``text``: offsets into the text as written."""
    for m in WORD_RE.finditer(text):
        t = term(m.group())
        if t:
            yield m.start(), m.end(), t


def chunk_words(chunk: str) -> tuple[tuple[tuple[int, int, str], ...], frozenset[str]]:
    """The words of one whitespace-free chunk as (start, end, term), offsets in the chunk, and
    the set of their terms' :func:`tails`.

    Cached: snippets cut from many articles per query mostly just look chunks up, and the
    set lets a chunk without a hit be passed over with one set operation."""
    found = _CHUNK_WORDS.get(chunk)
    if found is None:
        if len(_CHUNK_WORDS) >= _CHUNK_WORDS_MAX:
            _CHUNK_WORDS.clear()
        words = tuple((m.start(), m.end(), t) for m in WORD_RE.finditer(chunk) if (t := term(m.group())))
        found = _CHUNK_WORDS[chunk] = (words, frozenset(x for w in words for x in tails(w[2])))
    return found


def tails(t: str) -> tuple[str, ...]:
    """A term and what is left of it after each split-off proclitic ("ل و زير" → itself,
    "و زير", "زير"): the terms a query may have matched the word by."""
    if " " not in t:
        return (t,)
    parts = t.split(" ")
    return tuple(" ".join(parts[i:]) for i in range(len(parts)))


def stem(normalised: str) -> str:
    """The term of an already normalised Arabic word: article forms off, a bare proclitic
    split off as its own token, suffixes off."""
    rest = strip_article(normalised)
    if len(rest) != len(normalised) and normalised.startswith(_LAM_ARTICLES):
        # ل + ال: keep the ل as a token, since it may be the word's own ل (لليبيا is ل + ليبيا
        # with the article, and ليبيا splits into ل + يبيا)
        return "ل " + split_proclitics(rest)
    return split_proclitics(rest)


def split_proclitics(w: str, depth: int = 0) -> str:
    """Bare و ف ب ل ك split off the front as tokens of their own (وهجرة → "و هجر"), then the
    suffixes of what is left stripped.

    Splitting is not stripping: وزير becomes "و زير" everywhere — alone, in الوزير, in لوزير —
    so the query وزير (the phrase "و زير") finds all of them, and the query هجرة ("هجر") finds
    وهجرة and بهجرة, with no guess about whether the letter was a clitic."""
    if depth < _MAX_SPLITS and len(w) > MIN_SPLIT_REST and w[0] in PROCLITIC_LETTERS:
        return w[0] + " " + split_proclitics(w[1:], depth + 1)
    return strip_suffixes(w)


def strip_article(n: str) -> str:
    """The word without a leading article form (with the clitics that precede it)."""
    for article, least in ARTICLES:
        if n.startswith(article) and len(n) - len(article) >= least:
            return n[len(article):]
    return n


def strip_suffixes(n: str) -> str:
    """Suffixes off, longest first, repeatedly, never leaving less than MIN_STEM letters.

    Repeating (not one pass, as light10 does) is what makes a form and its derivatives meet:
    ايرانيين → ايراني → ايران → اير, and ايران → اير."""
    for _ in range(_MAX_STRIPS):
        for s in SUFFIXES:
            if n.endswith(s) and len(n) - len(s) >= MIN_STEM and (s != "ا" or n[-2] not in "اوي"):
                n = n[: -len(s)]
                break
        else:
            break
    return n


def is_arabic(n: str) -> bool:
    return _ARABIC.search(n) is not None


def _learn(word: str) -> str:
    if len(_CACHE) >= _CACHE_MAX:
        _CACHE.clear()
    t = _CACHE[word] = _analyze(_normalise(word))
    return t


def _learn_chunk(chunk: str) -> str:
    if len(_CHUNKS) >= _CACHE_MAX:
        _CHUNKS.clear()
    t = _CHUNKS[chunk] = " ".join(filter(None, map(term, WORD_RE.findall(chunk))))
    return t


def _analyze(n: str) -> str:
    """The term of a normalised word."""
    if _PRESENTATION.search(n):  # ﻻ، ﷲ: presentation forms from old PDFs and sites
        n = _normalise(unicodedata.normalize("NFKC", n))
    if not n:
        return ""
    if n.isdecimal():  # a digit run (\d is Nd only: ¹ and ½ are read as letters, and folded)
        return n if n.isascii() else str(int(n))
    if is_arabic(n):
        return stem(n)
    return _fold_latin(n)


def _fold_latin(n: str) -> str:
    if n.isascii():
        return n
    return "".join(c for c in unicodedata.normalize("NFKD", n) if not unicodedata.combining(c))


def cache_clear() -> None:
    """Forget the per-form caches (benchmarks; after changing the stemmer's tables)."""
    _CACHE.clear()
    _CHUNKS.clear()
    _CHUNK_WORDS.clear()
