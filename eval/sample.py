"""Choose and show the articles of the event gold set.

    python eval/sample.py choose [--out eval/gold/articles.jsonl]   # the fixed sample (ids only)
    python eval/sample.py more --political 40 --negative 10 --batch 2 --out eval/gold/articles-2.jsonl
    python eval/sample.py show ID                                   # an article, sentence by sentence

The gold set is drawn from ../shared/data/news, which stays there: the repository keeps ids and
annotations only. `choose` is deterministic (fixed seed, sorted input): 80 political articles
(multisource middleEast and internationalNews, JawharaFM localNews, politic and
internationalNews) and 20 negatives (7 sport, 6 culture, 7 economy), between 500 and 2,500 characters,
split half and half into `tune` and `test`. `show` prints the title as sentence 0 and the body
cut at . ! ? and line ends, the numbering the annotation guide (docs/annotation.md) uses.

`more` draws a further tuning batch the same way (seed SEED + batch, same length window and
categories in the same proportions), leaving out every id already listed in eval/gold/articles*.jsonl,
so that the tuning part can grow when the first 50 articles stop giving a signal while the
test part stays untouched.
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


def choose(seed: int = SEED, shares: dict[str, int] = SHARES, negative: dict[str, int] = NEGATIVE,
           exclude: frozenset[str] = frozenset(), split: str | None = None) -> list[dict]:
    """The sample: political articles per corpus, then negatives per category; split alternates
    tune/test unless one split is given (a later tuning batch)."""
    rng = random.Random(seed)
    chosen: list[dict] = []
    negatives: list[dict] = []
    for corpus in sorted(CORPORA):
        pool = [r for r in records(corpus) if 500 <= len(r.get("text") or "") <= 2500 and r["id"] not in exclude]
        pool.sort(key=lambda r: r["id"])
        political = [r for r in pool if r["category"] in POLITICAL[corpus]]
        chosen += [dict(r, corpus=corpus) for r in rng.sample(political, shares[corpus])]
        negatives += [dict(r, corpus=corpus) for r in pool if r["category"] in negative]
    negatives.sort(key=lambda r: (r["corpus"], r["id"]))
    for category, n in negative.items():
        chosen += [dict(r, negative=True) for r in rng.sample([r for r in negatives if r["category"] == category], n)]
    out = []
    for k, r in enumerate(chosen):
        out.append({"corpus": r["corpus"], "id": r["id"], "split": split or ("tune" if k % 2 == 0 else "test"),
                    "negative": bool(r.get("negative")), "category": r["category"],
                    "published": iso_date(r.get("published"))})
    return out


def more(political: int, negative: int, batch: int) -> list[dict]:
    """A further tuning batch in the first sample's proportions, disjoint from every listed id."""
    listed = frozenset(json.loads(line)["id"] for p in sorted((ROOT / "eval" / "gold").glob("articles*.jsonl"))
                       for line in p.read_text(encoding="utf-8").splitlines() if line.strip())
    return choose(SEED + batch, apportion(political, SHARES), apportion(negative, NEGATIVE), listed, split="tune")


def apportion(total: int, weights: dict[str, int]) -> dict[str, int]:
    """`total` split in proportion to `weights`, largest remainders first, so the parts sum to it."""
    whole = sum(weights.values())
    parts = {k: total * w // whole for k, w in weights.items()}
    for k in sorted(weights, key=lambda k: -(total * weights[k] % whole))[:total - sum(parts.values())]:
        parts[k] += 1
    return parts


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
    m = sub.add_parser("more")
    m.add_argument("--political", type=int, default=40)
    m.add_argument("--negative", type=int, default=10)
    m.add_argument("--batch", type=int, required=True, help="batch number (2 for the second batch …)")
    m.add_argument("--out", type=Path, required=True)
    s = sub.add_parser("show")
    s.add_argument("ids", nargs="+")
    args = p.parse_args(argv)
    if not NEWS.is_dir():
        print(f"{NEWS}: not found (../shared/data is a development folder)", file=sys.stderr)
        return 1
    if args.cmd in ("choose", "more"):
        rows = choose() if args.cmd == "choose" else more(args.political, args.negative, args.batch)
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
