"""Near-duplicate stories on real news: how many clusters, and pairs to eyeball.

Reads the first N articles of ../shared/data/news/ant-multisource-2018.jsonl.gz (the ANT
corpus; not in this repository; the file is grouped by source and section, so ``--order date``
sorts the N by publication date first, as an ingest of a date range would see them), computes
their MinHash signatures (cleaned title + blank line + cleaned body, as the store does), times the signatures
and an LSH build from the stored BLOBs, clusters them with :class:`StoryClusterer`, and prints:

* the number of stories of size > 1 and the articles in them, per source pair;
* a histogram of each article's best similarity to an earlier one (from 0.2), with how many
  of those pairs are across two sources, to see where the thresholds fall;
* a few pairs per similarity band, both titles and the start of both texts.

    python bench/dedup_check.py [--n 5000] [--order file|date] [--threshold 0.5] [--cross 0.4]
                                [--window 7] [--pairs 3] [--raw]
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marsad.clean import clean_text
from marsad.dedup.minhash import (
    LSHIndex,
    jaccard_many,
    signature,
    stack_bytes,
    to_bytes,
)
from marsad.dedup.stories import StoryClusterer, _day

CORPUS = ROOT.parent / "shared" / "data" / "news" / "ant-multisource-2018.jsonl.gz"
BANDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.01)


def read(path: Path, n: int, order: str) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        records = []
        for line in fh:
            records.append(json.loads(line))
            if order == "file" and len(records) >= n:
                break
    if order == "date":
        records.sort(key=lambda r: r.get("published") or "")
        records = records[:n]
    return records


def article(record: dict, clean: bool = True) -> str:
    """The text the store signs: the cleaned title, a blank line, the cleaned body."""
    title, text = record.get("title") or "", record.get("text") or ""
    if clean:
        cleaned = clean_text(text, title=title)
        title, text = cleaned.title, cleaned.body
    return f"{title}\n\n{text}"


def best_earlier(sigs: np.ndarray, records: list[dict], window: int | None
                 ) -> list[tuple[float, int, int]]:
    """(similarity, i, j < i) of each article's most similar earlier one (≥ 0.2, in window)."""
    index = LSHIndex(0.2, sigs.shape[1], weights=(0.2, 0.8))
    days = [_day(r.get("published")) for r in records]
    out = []
    for i in range(len(sigs)):
        cands = [j for j in index.query(sigs[i])
                 if window is None or days[i] is None or days[j] is None
                 or abs(days[i] - days[j]) <= window]
        if cands:
            sims = jaccard_many(sigs[i], sigs[cands])
            k = int(np.argmax(sims))
            if sims[k] >= 0.2:
                out.append((float(sims[k]), i, cands[k]))
        index.add(i, sigs[i])
    return out


def show(pair: tuple[float, int, int], records: list[dict]) -> None:
    sim, i, j = pair
    print(f"  J≈{sim:.2f}")
    for k in (j, i):
        r = records[k]
        print(f"    [{r.get('source')} {str(r.get('published'))[:10]}] {r.get('title')}")
        print(f"      {' '.join((r.get('text') or '').split())[:160]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--order", choices=("file", "date"), default="date")
    ap.add_argument("--threshold", type=float, default=None, help="same-source threshold")
    ap.add_argument("--cross", type=float, default=None,
                    help="cross-source threshold (default the clusterer's; 0 = as --threshold)")
    ap.add_argument("--window", type=int, default=7, help="days; 0 = no window")
    ap.add_argument("--pairs", type=int, default=3, help="pairs shown per similarity band")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--raw", action="store_true", help="sign the raw text, not the cleaned one")
    args = ap.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent (the ANT corpus lives in ../shared/data)")
        return 0
    records = read(CORPUS, args.n, args.order)
    texts = [article(r, clean=not args.raw) for r in records]

    t0 = time.perf_counter()
    sigs = np.vstack([signature(t) for t in texts])
    t_sig = time.perf_counter() - t0
    blobs = [to_bytes(s) for s in sigs]
    t0 = time.perf_counter()
    index = LSHIndex(0.5)
    index.add_many(list(range(len(blobs))), stack_bytes(blobs))
    t_lsh = time.perf_counter() - t0
    chars = sum(len(t) for t in texts) / len(texts)
    print(f"{len(texts)} articles (mean {chars:.0f} chars): signatures "
          f"{1000 * t_sig / len(texts):.2f} ms/article; LSH build from BLOBs {t_lsh:.2f} s "
          f"({index.bands} bands × {index.rows} rows)")

    window = args.window or None
    kwargs = {"window_days": window}
    if args.threshold is not None:
        kwargs["threshold"] = args.threshold
    if args.cross is not None:
        kwargs["cross_source_threshold"] = args.cross or None
    clusterer = StoryClusterer(**kwargs)
    t0 = time.perf_counter()
    story = [clusterer.assign(str(i), sigs[i], records[i].get("published"),
                              records[i].get("source"))
             for i in range(len(sigs))]
    t_assign = time.perf_counter() - t0
    sizes = Counter(story)
    multi = {s: n for s, n in sizes.items() if n > 1}
    print(f"threshold {clusterer.threshold} (across sources {clusterer.cross_source_threshold}), "
          f"window {window} days: {len(sizes)} stories, "
          f"{len(multi)} of size > 1 holding {sum(multi.values())} articles "
          f"(largest {max(multi.values(), default=0)}); assign {1000 * t_assign / len(sigs):.2f}"
          f" ms/article")
    pairs = Counter()
    for i, s in enumerate(story):
        if s != str(i):
            pairs[tuple(sorted((records[int(s)].get("source"), records[i].get("source"))))] += 1
    print("  copies by (source of the first, source of the copy):", dict(pairs.most_common()))

    best = best_earlier(sigs, records, window)
    print("best similarity to an earlier article (window applied):")
    rnd = random.Random(args.seed)
    for lo, hi in itertools.pairwise(BANDS):
        band = [p for p in best if lo <= p[0] < hi]
        cross = sum(records[i].get("source") != records[j].get("source") for _, i, j in band)
        print(f"  [{lo:.1f}, {min(hi, 1.0):.1f}{']' if hi > 1 else ')'}: {len(band)} "
              f"({cross} across sources)")
        for p in rnd.sample(band, min(args.pairs, len(band))):
            show(p, records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
