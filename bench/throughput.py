"""Throughput, memory and cold start of `marsad analyze`, on real news.

Reads a sample of ../shared/data/news/ant-multisource-2018.jsonl.gz (the ANT corpus; not in
this repository), analyses each article in one process on one core, and reports articles per
second, peak memory (max RSS), and the cold start of the `marsad analyze` command on one article.

    python bench/throughput.py [--sample 2000] [--seed 1] [--json bench/out/throughput.json]
"""
from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from common import CORPUS, sample_args, sample_records, write_json


def cold_start(text: str, runs: int = 3) -> float:
    """Median wall time of a fresh `marsad analyze FILE` process (imports, data, analysis)."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as fh:
        fh.write(text)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "marsad.cli", "analyze", fh.name], check=True,
                       stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    Path(fh.name).unlink()
    return statistics.median(times)


def main() -> int:
    args = sample_args(__doc__.splitlines()[0])

    records = sample_records(CORPUS, args.sample, args.seed)
    texts = [(r["title"] + "\n\n" + r["text"], r["published"][:10], r["category"]) for r in records]
    chars = sum(len(t) for t, _, _ in texts)

    t0 = time.perf_counter()
    import marsad  # timed: the first analysis loads every lexicon
    marsad.analyze(texts[0][0], published=texts[0][1])
    warm_up = time.perf_counter() - t0

    events = Counter()
    per_category = Counter()
    failed = 0
    cpu0, t0 = time.process_time(), time.perf_counter()
    for text, published, category in texts:
        try:
            doc = marsad.analyze(text, published=published)
        except marsad.InputError:
            failed += 1
            continue
        per_category[category] += len(doc.events)
        for e in doc.events:
            events[e.modality] += 1
    wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    figures = {
        "articles": len(texts),
        "mean_chars": round(chars / len(texts)),
        "refused": failed,
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "articles_per_s": round(len(texts) / wall, 1),
        "articles_per_cpu_s": round(len(texts) / cpu, 1),
        "peak_rss_mb": round(peak_mb, 1),
        "first_analysis_s": round(warm_up, 2),
        "cold_start_cli_s": round(cold_start(texts[0][0]), 2),
        "events": sum(events.values()),
        "events_by_modality": dict(events),
        "events_per_article_by_category": {c: round(n / sum(1 for _, _, k in texts if k == c), 2)
                                           for c, n in sorted(per_category.items())},
    }
    width = max(len(k) for k in figures)
    for k, v in figures.items():
        print(f"{k:<{width}}  {v}")
    write_json(args.json, figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
