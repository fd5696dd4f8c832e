"""The held-out split of the section classifier: by source, by time, without near-duplicates.

A random split of news flatters a classifier: the same story runs on several sites the same
day, and a site repeats its own formats (weather bulletins, market reports, match
previews), so a test article usually has a near-twin in training. The split here is
deterministic code, not a stored file:

1. **Time.** Every article published on or after its corpus' cutoff date is a test
   article (:data:`CUTOFFS`); training only sees the past.
2. **Source.** A whole site, BBC Arabic (:data:`HELD_OUT_SOURCES`), is never trained on:
   its articles after the cutoff are test articles, those before it are ``dev`` (used
   only to choose hyperparameters and to fit the probability temperature, never to fit
   weights). BBC is held out because it is the only site with all six multisource sections
   (the others lack culture or middleEast), so every label is tested on an unseen site's
   editorial habits.
3. **Near-duplicates.** A training article is dropped when it shares at least 30 % of its
   (or the test article's) word 5-gram shingles with some test article: the same wire
   story or template on both sides of the cutoff. Shingles are sampled (those whose hash
   is 0 mod 4, the same on both sides) to keep memory small; containment is estimated on
   the sample. Shingles found in more than 50 test articles are boilerplate, not evidence
   of a shared story, and are ignored.
4. **Repeats inside the test.** A test article whose normalised words repeat an earlier
   test article's (the corpora hold some exact copies) is counted once.

Articles are read in file order and every decision depends only on their content and
order, so the split is the same on every machine and every run.
"""
from __future__ import annotations

import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Optional

from .corpus import Article
from .features import words

CUTOFFS: dict[str, date] = {
    "multisource": date(2018, 7, 1),   # Feb-Jun 2018 train, Jul-Oct 2018 test
    "jawharafm": date(2017, 5, 1),     # Oct 2013-Apr 2017 train, May-Jun 2017 test
}
HELD_OUT_SOURCES: frozenset[str] = frozenset({"BBC"})

SHINGLE = 5          # words per shingle
SAMPLE_MOD = 4       # keep shingles whose hash is 0 mod this
CONTAINMENT = 0.3    # share of shingles in common that makes a near-duplicate
BOILERPLATE_DF = 50  # a shingle in more test articles than this is ignored
MIN_SHINGLES = 3     # articles with fewer sampled shingles are compared by exact text only


@dataclass
class Split:
    """The three parts, plus what was removed and why (for the report)."""

    train: list[Article] = field(default_factory=list)
    dev: list[Article] = field(default_factory=list)
    test: list[Article] = field(default_factory=list)
    near_duplicates: list[tuple[Article, Article]] = field(default_factory=list)  # (train, test)
    test_repeats: list[Article] = field(default_factory=list)

    def counts(self) -> dict[str, Counter]:
        """Label counts per part."""
        return {name: Counter(a.label for a in part)
                for name, part in (("train", self.train), ("dev", self.dev), ("test", self.test))}


def part_of(article: Article) -> str:
    """'test', 'dev' or 'train', before near-duplicate removal (rules 1 and 2)."""
    cutoff = CUTOFFS.get(article.corpus)
    if cutoff is None:
        raise ValueError(f"no cutoff date for corpus {article.corpus!r}")
    if article.day >= cutoff:
        return "test"
    return "dev" if article.source in HELD_OUT_SOURCES else "train"


def _word_hash(word: str, _cache: dict[str, int] = {}) -> int:
    """A content hash of a word that is the same in every process (Python's str hash is
    salted per process; CRC-32 is not). Cached: news repeats its words."""
    h = _cache.get(word)
    if h is None:
        if len(_cache) > 500_000:
            _cache.clear()
        h = _cache[word] = zlib.crc32(word.encode("utf-8"))
    return h


def article_words(article: Article) -> list[str]:
    return words(article.title) + words(article.text)


def shingles(ws: list[str]) -> frozenset[int]:
    """Sampled hashed word 5-grams of a word list (title then text). A tuple of ints hashes
    the same in every process, so the sample is stable."""
    hs = [_word_hash(w) for w in ws]
    out = set()
    for i in range(len(hs) - SHINGLE + 1):
        h = hash(tuple(hs[i:i + SHINGLE]))
        if h % SAMPLE_MOD == 0:
            out.add(h)
    return frozenset(out)


def _exact_key(ws: list[str]) -> str:
    """Articles with the same normalised words are the same article."""
    return " ".join(ws)


class _TestIndex:
    """Shingle -> test articles containing it, for the near-duplicate check."""

    def __init__(self, test: list[Article]):
        self.test = test
        self.sizes: list[int] = []
        postings: dict[int, list[int]] = {}
        self.exact: dict[str, int] = {}
        for j, art in enumerate(test):
            ws = article_words(art)
            self.exact.setdefault(_exact_key(ws), j)
            sh = shingles(ws)
            self.sizes.append(len(sh))
            for h in sh:
                postings.setdefault(h, []).append(j)
        self.postings = {h: js for h, js in postings.items() if len(js) <= BOILERPLATE_DF}

    def twin(self, article: Article) -> Optional[int]:
        """Index of a test article this one nearly duplicates, or None."""
        ws = article_words(article)
        j = self.exact.get(_exact_key(ws))
        if j is not None:
            return j
        sh = shingles(ws)
        if len(sh) < MIN_SHINGLES:
            return None
        common: Counter[int] = Counter()
        for h in sh:
            js = self.postings.get(h)
            if js:
                common.update(js)
        best = None
        best_share = 0.0
        for j, n in common.items():
            smaller = min(len(sh), self.sizes[j])
            if self.sizes[j] < MIN_SHINGLES:
                continue
            share = n / smaller
            if share >= CONTAINMENT and (share > best_share or (share == best_share and j < best)):
                best, best_share = j, share
        return best


def _parts(articles: Iterable[Article], split: Split) -> list[Article]:
    """Rules 1, 2 and 4: fill ``split.test``/``dev``/``test_repeats``; return the candidates
    for training (before near-duplicate removal)."""
    seen_test: set[str] = set()
    train: list[Article] = []
    for art in articles:
        part = part_of(art)
        if part == "test":
            key = _exact_key(article_words(art))
            if key in seen_test:
                split.test_repeats.append(art)
                continue
            seen_test.add(key)
            split.test.append(art)
        elif part == "dev":
            split.dev.append(art)
        else:
            train.append(art)
    return train


def held_out(articles: Iterable[Article]) -> list[Article]:
    """Only the test articles (what evaluation needs; rule 3 only changes the training
    part, so this is exactly ``make_split(articles).test``, without its cost)."""
    split = Split()
    _parts(articles, split)
    return split.test


def make_split(articles: Iterable[Article]) -> Split:
    """Apply rules 1-4 to articles (in their file order)."""
    split = Split()
    candidates = _parts(articles, split)
    index = _TestIndex(split.test)
    for art in candidates:
        j = index.twin(art)
        if j is None:
            split.train.append(art)
        else:
            split.near_duplicates.append((art, split.test[j]))
    return split
