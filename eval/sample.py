"""Choose and show the articles of the event gold set.

    python eval/sample.py choose [--out eval/gold/articles.jsonl]   # the fixed sample (ids only)
    python eval/sample.py show ID                                   # an article, sentence by sentence

The gold set is drawn from ../shared/data/news, which stays there: the repository keeps ids and
annotations only. `choose` is deterministic (fixed seed, sorted input): 80 political articles
(multisource middleEast and internationalNews, JawharaFM localNews, politic and
internationalNews) and 20 negatives (7 sport, 6 culture, 7 economy), between 500 and 2,500 characters,
split half and half into `tune` and `test`. `show` prints the title as sentence 0 and the body
cut at . ! ? and line ends, the numbering the annotation guide (docs/annotation.md) uses.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path

from marsad.evaluate.gold import CORPORA, NEWS_DIR as NEWS, sentences

ROOT = Path(__file__).resolve().parents[1]
POLITICAL = {"ant-multisource-2018": ("middleEast", "internationalNews"),
             "ant-jawharafm": ("localNews", "politic", "internationalNews")}
NEGATIVE = {"sport": 7, "culture": 6, "economy": 7}  # negatives per category
SHARES = {"ant-multisource-2018": 56, "ant-jawharafm": 24}  # political articles per corpus
SEED = 20261129


def records(corpus: str):
    with gzip.open(NEWS / CORPORA[corpus], "rt", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def choose() -> list[dict]:
    rng = random.Random(SEED)
    chosen: list[dict] = []
    negatives: list[dict] = []
    for corpus in sorted(CORPORA):
        pool = [r for r in records(corpus) if 500 <= len(r.get("text") or "") <= 2500]
        pool.sort(key=lambda r: r["id"])
        political = [r for r in pool if r["category"] in POLITICAL[corpus]]
        chosen += [dict(r, corpus=corpus) for r in rng.sample(political, SHARES[corpus])]
        negatives += [dict(r, corpus=corpus) for r in pool if r["category"] in NEGATIVE]
    negatives.sort(key=lambda r: (r["corpus"], r["id"]))
    for category, n in NEGATIVE.items():
        chosen += [dict(r, negative=True) for r in rng.sample([r for r in negatives if r["category"] == category], n)]
    out = []
    for k, r in enumerate(chosen):
        out.append({"corpus": r["corpus"], "id": r["id"], "split": "tune" if k % 2 == 0 else "test",
                    "negative": bool(r.get("negative")), "category": r["category"],
                    "published": iso_date(r.get("published"))})
    return out


def iso_date(value: str | None) -> str | None:
    """The corpora write 2018-06-09T… (multisource) or 26/07/2016 (JawharaFM)."""
    v = (value or "").strip()
    m = re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})", v)
    if m:
        return f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
    return v[:10] or None


def find(article_id: str) -> dict:
    for corpus in CORPORA:
        for r in records(corpus):
            if r["id"] == article_id:
                return dict(r, corpus=corpus)
    raise SystemExit(f"{article_id}: no such article in {NEWS}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("choose")
    c.add_argument("--out", type=Path, default=ROOT / "eval" / "gold" / "articles.jsonl")
    s = sub.add_parser("show")
    s.add_argument("ids", nargs="+")
    args = p.parse_args(argv)
    if not NEWS.is_dir():
        print(f"{NEWS}: not found (../shared/data is a development folder)", file=sys.stderr)
        return 1
    if args.cmd == "choose":
        rows = choose()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{len(rows)} articles → {args.out}", file=sys.stderr)
        return 0
    for article_id in args.ids:
        rec = find(article_id)
        print(f"# {rec['corpus']} {rec['id']} · {rec['category']} · published {rec.get('published')} · {rec.get('source')}")
        for k, sent in enumerate(sentences(rec.get("title"), rec.get("text"))):
            print(f"[{k}] {sent}")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
