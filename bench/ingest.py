"""Ingest benchmark: the whole ANT multisource corpus into a fresh store, on all cores.

    python bench/ingest.py [--jobs 2] [--db bench/out/ant.db] [--limit N] [--json bench/out/ingest.json]

Reports wall time, articles per second, database size, story clusters and how much merging
the reports of the same event reduces the event count; then, if bench/search_latency.py is
there, search latency over its 100 queries on the database just built. The corpus
(../shared/data/news/ant-multisource-2018.jsonl.gz) is read in place, never copied.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import CORPUS, ROOT, write_json


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "ant.db")
    p.add_argument("--limit", type=int, default=0, help="only the first N articles (0: all)")
    p.add_argument("--json", type=Path, help="also write the figures here")
    args = p.parse_args()
    if not CORPUS.is_file():
        print(f"corpus not found: {CORPUS} (../shared/data is a development folder)", file=sys.stderr)
        return 1
    from marsad.corpus.ingest import IngestOptions, ingest
    from marsad.store import open_store

    source = CORPUS
    if args.limit:
        tmp = Path(tempfile.mkdtemp()) / "sample.jsonl"
        with gzip.open(CORPUS, "rt", encoding="utf-8") as fh, open(tmp, "w", encoding="utf-8") as out:
            for k, line in enumerate(fh):
                if k >= args.limit:
                    break
                out.write(line)
        source = tmp
    args.db.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(args.db) + suffix).unlink(missing_ok=True)
    t0 = time.perf_counter()
    with open_store(args.db) as store:
        report = ingest([str(source)], store, IngestOptions(jobs=args.jobs))
        wall = time.perf_counter() - t0
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        stats = store.stats()
    figures = {
        "articles_read": report.records, "stored": report.added, "refused": report.bad,
        "skipped_duplicates": report.skipped, "jobs": args.jobs, "wall_s": round(wall, 1),
        "articles_per_s": round(report.records / wall, 1), "db_mb": round(os.path.getsize(args.db) / 1e6, 1),
        "stories": stats["stories"], "stories_with_copies": stats["stories_with_copies"],
        "events": stats["events"], "events_after_merging": stats["events_after_merging"],
        "merging_reduction_pct": round(100 * (1 - stats["events_after_merging"] / stats["events"]), 2)
        if stats["events"] else 0.0,
        "merged_events_with_several_articles": stats["merged_events_with_several_articles"],
    }
    latency = ROOT / "bench" / "search_latency.py"
    if latency.is_file():
        with tempfile.TemporaryDirectory() as tmp:
            dest = Path(tmp) / "search.json"
            out = subprocess.run([sys.executable, str(latency), "--db", str(args.db), "--json", str(dest)],
                                 capture_output=True, text=True)
            figures["search"] = (json.loads(dest.read_text(encoding="utf-8")) if out.returncode == 0
                                 else f"failed: {out.stderr.strip()[-300:]}")
    for k, v in figures.items():
        print(f"{k:<36} {v}")
    write_json(args.json, figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
