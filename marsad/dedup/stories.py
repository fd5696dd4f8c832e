"""Stories: clusters of near-duplicate articles (the same wire story on several sites).

:class:`StoryClusterer` is incremental — articles arrive one at a time, in ingest order — and
in memory; a store seeds it from the signatures it holds (:meth:`StoryClusterer.seed`) at the
start of an ingest. An article joins the story of the most similar article already seen whose
estimated Jaccard similarity (4-word shingles, :mod:`marsad.dedup.minhash`) reaches the
threshold — :data:`THRESHOLD` (0.5) for two articles of one source or of unknown source,
:data:`CROSS_SOURCE_THRESHOLD` (0.4) for two sources — and which was published within
:data:`WINDOW_DAYS` of it; otherwise it opens a new story whose id is its own doc id. Joining
the most similar article's story makes clusters single-link: a copy of a copy joins too.

Why these thresholds:

* A syndicated copy keeps the body and changes the wrapping — another title, a dateline
  (الرباط - (وكالات))، a byline, a «اقرأ أيضا» footer, a paragraph or sentence cut, a few words
  reworded, spelling and spacing. On the team's 150–200-word articles such copies keep a true
  shingle Jaccard of 0.58–0.76 with the original (tests/test_dedup.py builds them; the
  128-permutation estimate has a standard deviation of about 0.045 there). Different articles,
  even on one topic, stay below 0.05, and a next-day story re-using one background paragraph
  below 0.3. Short items (about 120 words) that lose a whole paragraph to the cut fall to
  0.5 and can be missed within one source.
* On real news (bench/dedup_check.py on the 27,549 ANT 2018 articles of Sky News Arabia,
  Al Arabiya, CNN Arabic and BBC Arabic) the sites rewrite the same AFP/Reuters dispatch, and
  such cross-site pairs spread from 0.3 to 1: between 0.4 and 0.5 nearly all of them are the
  same story, between 0.3 and 0.4 most are, with different stories mixed in. Pairs from *one*
  site in 0.4–0.6 are mostly follow-ups that re-use the earlier article's background
  paragraphs (different stories), and republished items sit above 0.8. Hence 0.4 across
  sources, 0.5 within one.

Why a window: text alone cannot tell a copy from a bulletin written on the same template a
week later (exchange rates, weather, a weekly statement); copies of a wire story appear within
days. Pairs whose publication dates are more than :data:`WINDOW_DAYS` apart are different
stories; when either date is unknown, the text decides alone.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Union

import numpy as np

from .minhash import NUM_PERM, LSHIndex, from_bytes, is_empty, jaccard_many, stack_bytes

THRESHOLD = 0.5
CROSS_SOURCE_THRESHOLD = 0.4
WINDOW_DAYS = 7
# The LSH bands of the clusterer: 42 bands of 3 rows (126 of the 128 values). A pair of
# estimated similarity s becomes a candidate with probability 1 - (1 - s**3)**42: 99.6 % at
# 0.5, 98 % at 0.45, 93 % at 0.4, 68 % at 0.3, 4 % at 0.1. A false candidate costs one
# signature comparison (vectorised, microseconds); a missed one is a copy lost for good, so
# the bands are chosen for recall at the thresholds, not by the balanced optimisation of
# :func:`~marsad.dedup.minhash.optimal_bands` (25 × 5 there: only 55 % at 0.5).
LSH_PARAMS = (42, 3)

Published = Union[str, date, datetime, None]  # noqa: UP007 (a runtime alias, Python 3.10+)


@dataclass(frozen=True)
class Match:
    """The closest earlier article that a new one is a copy of."""

    doc_id: str
    story_id: str
    similarity: float


class StoryClusterer:
    """Incremental near-duplicate clustering of articles into stories (see the module doc).

    ``threshold`` applies to two articles of one source, or when a source is unknown;
    ``cross_source_threshold`` to articles of two different sources (None: ``threshold``)."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM,
                 window_days: int | None = WINDOW_DAYS,
                 cross_source_threshold: float | None = CROSS_SOURCE_THRESHOLD) -> None:
        self.threshold = threshold
        self.cross_source_threshold = (threshold if cross_source_threshold is None
                                       else cross_source_threshold)
        self.num_perm = num_perm
        self.window_days = window_days
        lowest = min(self.threshold, self.cross_source_threshold)
        self.index = LSHIndex(lowest, num_perm,
                              params=LSH_PARAMS if (num_perm == NUM_PERM and lowest >= 0.4)
                              else None,
                              weights=(0.05, 0.95))
        self._sigs = np.empty((0, num_perm), dtype=np.uint32)
        self._n = 0
        self._row: dict[str, int] = {}
        self._doc: list[str] = []
        self._story: list[str] = []
        self._day: list[int | None] = []  # proleptic ordinal of the publication date
        self._source: list[str | None] = []
        self._sizes: dict[str, int] = {}
        self.unreadable = 0  # stored signatures of another MinHash scheme, left out by seed()

    # ------------------------------------------------------------ queries

    def __len__(self) -> int:
        return self._n

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._row

    def story_of(self, doc_id: str) -> str | None:
        row = self._row.get(doc_id)
        return None if row is None else self._story[row]

    def story_size(self, story_id: str) -> int:
        return self._sizes.get(story_id, 0)

    @property
    def story_count(self) -> int:
        return len(self._sizes)

    def match(self, sig: np.ndarray, published: Published = None,
              source: str | None = None) -> Match | None:
        """The most similar article already seen that ``sig`` is a copy of, or None.

        Candidates come from the LSH index and are checked by their estimated Jaccard
        against the threshold of their pair (same or different source) and the time
        window; ties go to the article seen first."""
        if is_empty(sig):
            return None
        rows = sorted(self.index.query(sig))
        if not rows:
            return None
        sims = jaccard_many(sig, self._sigs[rows])
        day = _day(published)
        best: tuple[float, int] | None = None
        for row, sim in zip(rows, sims.tolist()):
            if (sim < self._threshold(source, self._source[row])
                    or not self._in_window(day, self._day[row])):
                continue
            if best is None or sim > best[0]:
                best = (sim, row)
        if best is None:
            return None
        return Match(self._doc[best[1]], self._story[best[1]], best[0])

    # ------------------------------------------------------------ updates

    def assign(self, doc_id: str, sig: np.ndarray | None, published: Published = None,
               source: str | None = None) -> str:
        """The story of ``doc_id``: that of its closest earlier copy, else a new one (its own
        id). Assigning a doc id already seen returns its story unchanged. ``source`` is the
        site or agency (``documents.source``); without it the same-source threshold holds."""
        known = self.story_of(doc_id)
        if known is not None:
            return known
        if sig is None:  # no signature stored: a story of its own, never matched
            self._sizes[doc_id] = self._sizes.get(doc_id, 0) + 1
            return doc_id
        if sig.shape != (self.num_perm,):
            raise ValueError(f"signature must have {self.num_perm} values")
        found = self.match(sig, published, source)
        story_id = found.story_id if found else doc_id
        self._append([doc_id], [story_id], sig[None, :], [_day(published)], [source])
        return story_id

    def seed(self, items: Iterable[tuple]) -> int:
        """Load articles already clustered, e.g. from a store: tuples (doc_id, story_id,
        signature or its BLOB, published[, source]); returns how many were indexed. Rows
        without a signature, or with a BLOB of another MinHash scheme (counted in
        :attr:`unreadable`; recompute them from the text), keep their story but cannot be
        matched."""
        docs: list[str] = []
        stories: list[str] = []
        sigs: list[bytes | np.ndarray] = []
        days: list[int | None] = []
        sources: list[str | None] = []
        seen: set[str] = set()
        for item in items:
            doc_id, story_id, sig, published = item[:4]
            if doc_id in self._row or doc_id in seen:
                continue
            seen.add(doc_id)
            if sig is None:
                self._sizes[story_id] = self._sizes.get(story_id, 0) + 1
                continue
            docs.append(doc_id)
            stories.append(story_id)
            sigs.append(bytes(sig) if isinstance(sig, (bytearray, memoryview)) else sig)
            days.append(_day(published))
            sources.append(item[4] if len(item) > 4 else None)
        try:
            stacked = _stack(sigs)
        except ValueError:  # BLOBs of another scheme among them: leave those out
            keep = [i for i, sig in enumerate(sigs) if _readable(sig)]
            self.unreadable += len(sigs) - len(keep)
            for i in set(range(len(sigs))) - set(keep):
                self._sizes[stories[i]] = self._sizes.get(stories[i], 0) + 1
            docs, stories, days, sources = ([xs[i] for i in keep]
                                            for xs in (docs, stories, days, sources))
            stacked = _stack([sigs[i] for i in keep])
        if docs:
            self._append(docs, stories, stacked, days, sources)
        return len(docs)

    def assign_bytes(self, doc_id: str, blob: bytes | None, published: Published = None,
                     source: str | None = None) -> str:
        """:meth:`assign` for a signature as stored (:func:`~marsad.dedup.minhash.to_bytes`)."""
        return self.assign(doc_id, None if blob is None else from_bytes(blob), published, source)

    def _append(self, docs: list[str], stories: list[str], sigs: np.ndarray,
                days: list[int | None], sources: list[str | None]) -> None:
        first = self._n
        self._reserve(first + len(docs))
        self._sigs[first:first + len(docs)] = sigs
        for doc_id, story_id in zip(docs, stories):
            self._row[doc_id] = self._n
            self._n += 1
            self._sizes[story_id] = self._sizes.get(story_id, 0) + 1
        self._doc.extend(docs)
        self._story.extend(stories)
        self._day.extend(days)
        self._source.extend(sources)
        self.index.add_many(range(first, self._n), sigs)  # keys: rows

    def _reserve(self, needed: int) -> None:
        if needed <= len(self._sigs):
            return
        grown = np.empty((max(needed, 2 * len(self._sigs), 1024), self.num_perm),
                         dtype=np.uint32)
        grown[:self._n] = self._sigs[:self._n]
        self._sigs = grown

    def _in_window(self, day: int | None, other: int | None) -> bool:
        if self.window_days is None or day is None or other is None:
            return True
        return abs(day - other) <= self.window_days

    def _threshold(self, source: str | None, other: str | None) -> float:
        if source and other and source != other:
            return self.cross_source_threshold
        return self.threshold


def _stack(sigs: list[bytes | np.ndarray]) -> np.ndarray:
    """Signatures (BLOBs or arrays) as one array; BLOBs in one pass (:func:`stack_bytes`)."""
    if all(isinstance(s, bytes) for s in sigs):
        return stack_bytes(sigs)  # type: ignore[arg-type]
    return np.vstack([from_bytes(s) if isinstance(s, bytes) else s for s in sigs])


def _readable(sig: bytes | np.ndarray) -> bool:
    if not isinstance(sig, bytes):
        return True
    try:
        from_bytes(sig)
    except ValueError:
        return False
    return True


def _day(published: Published) -> int | None:
    """Day number of a publication date (ISO string, date or datetime); None if unknown."""
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date().toordinal()
    if isinstance(published, date):
        return published.toordinal()
    try:
        return date.fromisoformat(str(published).strip()[:10]).toordinal()
    except ValueError:
        return None
