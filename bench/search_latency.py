"""Search latency over a marsad store: 100 varied Arabic queries, p50/p95/max in ms.

    .venv/bin/python bench/search_latency.py --db store.db [--limit 20] [--repeat 1] [--json out.json]

The store is one built by ``marsad ingest`` (documents indexed in ``doc_fts``). The queries are
a fixed list: single words, words with clitics and the article, plural forms, phrases, OR,
exclusions, prefixes, and the same words with a date range, a source or a country filter. The
date range and the sources are taken from the store itself (the middle of its published dates,
its three largest sources), so that filtered queries do real work on any corpus.

Each query is timed as :func:`marsad.search.search` runs it end to end — parsing, the FTS5
match, bm25 ranking, the filters, reading the hits' rows and cutting their snippets — in one
warm process, after one untimed pass that warms SQLite's page cache and the analyzer's
per-form cache (what a long-running service sees). "hits" is how many results a query
returned (at most --limit); "matches" is how many documents it matched in all
(:func:`marsad.search.count`, timed apart).
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# (query, filter): filter is "", "dates", "source0".."source2", or a country code.
QUERIES: list[tuple[str, str]] = [
    # single words
    ("هجرة", ""), ("انتخابات", ""), ("نفط", ""), ("اقتصاد", ""), ("حكومة", ""), ("رئيس", ""),
    ("برلمان", ""), ("اتفاق", ""), ("مفاوضات", ""), ("صواريخ", ""), ("لاجئين", ""), ("إرهاب", ""),
    ("فيضانات", ""), ("كورونا", ""), ("بطالة", ""), ("تضخم", ""), ("احتجاجات", ""), ("قمة", ""),
    ("سفارة", ""), ("عقوبات", ""), ("ترامب", ""), ("ماكرون", ""), ("بوتين", ""), ("أردوغان", ""),
    ("السيسي", ""), ("غزة", ""), ("دمشق", ""), ("طهران", ""), ("الرياض", ""), ("الرباط", ""),
    # with clitics and the article, vocalised, plural and feminine forms
    ("والهجرة", ""), ("للمهاجرين", ""), ("بالمغرب", ""), ("وللاجئين", ""), ("الانتخابات", ""),
    ("الحكومات", ""), ("المفاوضين", ""), ("السعودية", ""), ("الإيرانيين", ""), ("الفلسطينيون", ""),
    ("وزارة", ""), ("الوزراء", ""), ("بالاتفاق", ""), ("والعقوبات", ""), ("الهِجْرَة", ""),
    ("الأمريكية", ""), ("اللبنانية", ""), ("مصريين", ""), ("شركات", ""), ("المستثمرين", ""),
    # phrases
    ('"وزير الخارجية"', ""), ('"مجلس الأمن"', ""), ('"الأمم المتحدة"', ""), ('"البيت الأبيض"', ""),
    ('"كأس العالم"', ""), ('"وزير الداخلية"', ""), ('"الاتحاد الأوروبي"', ""), ('"حقوق الإنسان"', ""),
    ('"أسعار النفط"', ""), ('"رئيس الوزراء"', ""), ('"الشرق الأوسط"', ""), ('"الهجرة غير الشرعية"', ""),
    # several words, OR, exclusion, prefix
    ("المغرب فرنسا", ""), ("سوريا روسيا تركيا", ""), ("هجرة OR لجوء", ""), ("انتخابات OR استفتاء", ""),
    ("نفط OR غاز أسعار", ""), ("كرة -السلة", ""), ("مباراة -ودية", ""), ("إيران -نووي", ""),
    ("مهاج*", ""), ("انتخا*", ""), ("اقتص*", ""), ('"وزير الخارجية" السعودي', ""),
    ("الحرب في اليمن", ""), ("أزمة الخليج قطر", ""), ("سد النهضة", ""), ("هاتف ذكي", ""),
    # with a date range
    ("هجرة", "dates"), ("انتخابات", "dates"), ('"مجلس الأمن"', "dates"), ("نفط OR غاز", "dates"),
    ("ترامب", "dates"), ("الرئيس", "dates"), ("مهاج*", "dates"), ("اتفاق -نووي", "dates"),
    # with a source
    ("هجرة", "source0"), ("الحكومة", "source0"), ("انتخابات", "source1"), ("رئيس", "source1"),
    ('"الأمم المتحدة"', "source2"), ("نفط", "source2"), ("كورونا OR فيروس", "source0"),
    # with a country
    ("هجرة", "MAR"), ("انتخابات", "EGY"), ("الرئيس", "USA"), ("نفط", "SAU"), ("اتفاق", "IRN"),
    ("لاجئين", "SYR"), ("حكومة", "LBN"), ("قمة", "FRA"),
]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--db", required=True, help="a store built by marsad ingest")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--repeat", type=int, default=1, help="timed passes (the best time per query is kept)")
    p.add_argument("--json", help="also write the figures to this file")
    args = p.parse_args()

    path = Path(args.db)
    if not path.is_file():
        print(f"search_latency: no store at {path}: build one with `marsad ingest` first", file=sys.stderr)
        return 1
    from marsad.errors import MarsadError
    from marsad.search import count, search

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        n_docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.DatabaseError as e:
        print(f"search_latency: {path} is not a marsad store ({e})", file=sys.stderr)
        return 1
    if not n_docs:
        print(f"search_latency: {path} holds no documents", file=sys.stderr)
        return 1
    filters = _filters(conn)
    runs = [(q, kind, filters.get(kind, {"country": kind})) for q, kind in QUERIES]

    times: dict[int, float] = {}
    hits: dict[int, int] = {}
    errors: list[str] = []
    for rep in range(args.repeat + 1):  # pass 0 warms the caches and is not timed
        for i, (q, _, kw) in enumerate(runs):
            t = time.perf_counter()
            try:
                res = search(conn, q, limit=args.limit, **kw)
            except MarsadError as e:
                if rep == 0:
                    errors.append(f"{q!r}: {e}")
                continue
            dt = (time.perf_counter() - t) * 1000
            if rep:
                times[i] = min(times.get(i, dt), dt)
                hits[i] = len(res)
    matches = [count(conn, q, **kw) for i, (q, _, kw) in enumerate(runs) if i in times]

    ms = sorted(times.values())
    report = {
        "documents": n_docs, "queries": len(ms), "errors": errors, "limit": args.limit,
        "p50_ms": round(_pct(ms, 50), 2), "p95_ms": round(_pct(ms, 95), 2), "max_ms": round(ms[-1], 2),
        "mean_ms": round(statistics.fmean(ms), 2),
        "mean_hits": round(statistics.fmean(hits.values()), 1),
        "mean_matches": round(statistics.fmean(matches), 1),
        "slowest": [runs[i][0] + (f"  [{runs[i][1]}]" if runs[i][1] else "")
                    for i in sorted(times, key=times.get, reverse=True)[:5]],
        "by_kind_p50_ms": {k: round(_pct(sorted(times[i] for i in times if _kind(runs[i][1]) == k), 50), 2)
                           for k in sorted({_kind(r[1]) for r in runs})},
    }
    print(f"store        {path} ({n_docs:,} documents)")
    print(f"queries      {len(ms)} timed, {len(errors)} refused, limit {args.limit}")
    print(f"latency ms   p50 {report['p50_ms']}  p95 {report['p95_ms']}  max {report['max_ms']}  "
          f"mean {report['mean_ms']}")
    print("by filter    " + "  ".join(f"{k} {v}" for k, v in report["by_kind_p50_ms"].items()) + "  (p50 ms)")
    print(f"hits         mean {report['mean_hits']} returned, mean {report['mean_matches']} matched")
    print("slowest      " + " | ".join(report["slowest"]))
    for e in errors:
        print(f"refused      {e}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


def _filters(conn: sqlite3.Connection) -> dict[str, dict]:
    """Filters that select real parts of this store: the middle half of its dates, its largest sources."""
    out: dict[str, dict] = {"": {}}
    dates = [r[0] for r in conn.execute(
        "SELECT substr(published, 1, 10) FROM documents WHERE published IS NOT NULL ORDER BY published")]
    if dates:
        out["dates"] = {"since": dates[len(dates) // 4], "until": dates[3 * len(dates) // 4]}
    else:
        out["dates"] = {"since": "1900-01-01"}
    sources = [r[0] for r in conn.execute(
        "SELECT source FROM documents WHERE source IS NOT NULL GROUP BY source ORDER BY count(*) DESC LIMIT 3")]
    for k in range(3):
        out[f"source{k}"] = {"source": sources[k % len(sources)]} if sources else {"source": "-"}
    return out


def _kind(f: str) -> str:
    if not f:
        return "none"
    if f.startswith("source"):
        return "source"
    return f if f == "dates" else "country"


def _pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    k = (len(values) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


if __name__ == "__main__":
    sys.exit(main())
