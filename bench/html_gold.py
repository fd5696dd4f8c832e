"""Score HTML extraction against the hand-made gold in ../shared/data/html.

    .venv/bin/python bench/html_gold.py [DATA_DIR]

Two kinds of gold sit there:

* ``NAME.html`` + ``NAME.gold.txt``: the page's body text, written by hand. Scored as
  token-level precision / recall / F1 of the extracted body (bag of normalised words, so
  line breaks and spelling variants of hamza or ta marbuta do not count as errors).
* ``NAME.html`` + ``NAME.gold.json``: ``{"title", "must_contain", "must_not_contain"}``.
  Scored as title match and the share of snippets found / absent.

tests/test_ingest_html_gold.py runs the same scoring with thresholds, so a change that makes
extraction worse fails the tests.
"""
from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from marsad.ingest.html import extract_html  # noqa: E402
from marsad.text.normalize import norm  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "html"
_TOKEN = re.compile(r"\w+")


@dataclass
class PageScore:
    name: str
    seconds: float
    title: str
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    title_match: bool | None = None
    must_contain: float | None = None  # share of snippets found
    must_not_contain: float | None = None  # share of snippets absent
    missing: list[str] = field(default_factory=list)
    leaked: list[str] = field(default_factory=list)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(norm(text))


def prf(extracted: str, gold: str) -> tuple[float, float, float]:
    """Token-level precision, recall and F1 over bags of normalised words."""
    got, want = Counter(tokens(extracted)), Counter(tokens(gold))
    overlap = sum((got & want).values())
    p = overlap / max(1, sum(got.values()))
    r = overlap / max(1, sum(want.values()))
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _flat(text: str) -> str:
    return " ".join(norm(text).split())


def score_page(html_path: Path) -> PageScore:
    html = html_path.read_text(encoding="utf-8", errors="replace")
    start = time.perf_counter()
    article = extract_html(html, origin=str(html_path))
    seconds = time.perf_counter() - start
    name = html_path.name[: -len(".html")]
    score = PageScore(name=name, seconds=seconds, title=article.title or "")
    txt_gold = html_path.with_name(name + ".gold.txt")
    json_gold = html_path.with_name(name + ".gold.json")
    if txt_gold.exists():
        gold_text = txt_gold.read_text(encoding="utf-8")
        score.precision, score.recall, score.f1 = prf(article.text, gold_text)
    if json_gold.exists():
        gold = json.loads(json_gold.read_text(encoding="utf-8"))
        shown = _flat((article.title or "") + "\n" + article.text)
        if gold.get("title"):
            score.title_match = _flat(gold["title"]) == _flat(article.title or "")
        must = gold.get("must_contain") or []
        must_not = gold.get("must_not_contain") or []
        score.missing = [s for s in must if _flat(s) not in shown]
        score.leaked = [s for s in must_not if _flat(s) in shown]
        score.must_contain = 1 - len(score.missing) / len(must) if must else None
        score.must_not_contain = 1 - len(score.leaked) / len(must_not) if must_not else None
    return score


def score_all(data: Path = DEFAULT_DATA) -> list[PageScore]:
    return [score_page(p) for p in sorted(data.glob("*.html"))]


def _fmt(value: float | bool | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return f"{value:.3f}"


def main(argv: list[str]) -> int:
    data = Path(argv[0]) if argv else DEFAULT_DATA
    if not data.is_dir():
        print(f"{data}: no such directory (the shared gold data is not here)", file=sys.stderr)
        return 2
    scores = score_all(data)
    columns = ("P", "R", "F1", "title", "must", "mustn", "sec")
    print(f"{'page':<18} " + " ".join(f"{c:>6}" for c in columns))
    for s in scores:
        print(f"{s.name:<18} {_fmt(s.precision):>6} {_fmt(s.recall):>6} {_fmt(s.f1):>6} "
              f"{_fmt(s.title_match):>6} {_fmt(s.must_contain):>6} {_fmt(s.must_not_contain):>6} "
              f"{s.seconds:>6.3f}")
        for m in s.missing:
            print(f"    missing: {m}")
        for m in s.leaked:
            print(f"    leaked:  {m}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
