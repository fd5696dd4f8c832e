"""Readers and cleaner on the real corpora in ../shared/data/news (skipped when absent)."""
from __future__ import annotations

import gzip
import io
import json
from datetime import date
from itertools import islice
from pathlib import Path

import pytest

from marsad.clean import clean_article
from marsad.ingest import RawArticle, read_path, read_stream

NEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news"
RAW = NEWS / "ant-raw-sample"
MULTI = NEWS / "ant-multisource-2018.jsonl.gz"


def _bare(line: str) -> str:
    return line.strip().strip("\u200b\u200c\u200d\u200e\u200f\ufeff\u202a\u202b\u202c\u202d\u202e").strip()


def _need(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"shared corpus not found at {path}")


def test_ant_trec_sample() -> None:
    """The ANT corpus ships .txt files that are TREC <DOC> records: content decides."""
    _need(RAW)
    items = list(read_path(RAW))
    assert len(items) == len(list(RAW.glob("*.txt"))) >= 20
    for article in items:
        assert isinstance(article, RawArticle), article
        stem = Path(article.origin).stem
        assert article.format == "trec" and article.id == stem
        assert article.title and article.url and article.source and article.text
        assert "<TEXT>" not in article.text and "<DOC" not in article.text
        ymd = stem.rsplit("-", 1)[1]
        # The <TIME> is local time with an offset; the day is the day as written.
        assert article.published == date(int(ymd[:4]), int(ymd[4:6]), int(ymd[6:]))


def test_trec_and_jsonl_agree() -> None:
    """The same articles read from TREC and from the JSONL corpus give the same fields."""
    _need(RAW)
    _need(MULTI)
    trec = {a.id: a for a in read_path(RAW) if isinstance(a, RawArticle)}
    found = {}
    with gzip.open(MULTI, "rb") as fh:
        for line in fh:  # records start with {"id": "…", so the id is cheap to read
            key = line[8:line.find(b'"', 8)].decode("ascii", "replace")
            if key in trec:
                found[key] = json.loads(line)
                if len(found) == len(trec):
                    break
    assert found
    for key, record in found.items():
        article = trec[key]
        assert article.title == " ".join(record["title"].split())
        assert article.url == record["url"]
        assert " ".join(article.text.split()) == " ".join(record["text"].split())


def test_jsonl_corpus_first_records() -> None:
    _need(MULTI)
    items = list(islice(read_path(MULTI), 500))
    assert all(isinstance(i, RawArticle) for i in items)
    assert sum(1 for a in items if a.published is not None) >= 490
    assert all(a.origin.startswith(f"{MULTI}:") and a.format == "jsonl" for a in items)
    for article in items:
        cleaned = clean_article(article)
        assert cleaned.title == article.title
        assert cleaned.body  # nothing cleaned away entirely
        # Cleaning takes lines away, it never rewrites the ones it keeps.
        kept = [_bare(ln) for ln in cleaned.body.split("\n") if ln]
        original = {_bare(ln) for ln in article.text.split("\n")}
        assert all(ln in original for ln in kept)


def test_bbc_app_promo_removed() -> None:
    """BBC Arabic articles end with an app-download line: boilerplate, not news."""
    _need(MULTI)
    promo = "إشعارات بأهم الموضوعات"
    lines = []
    with gzip.open(MULTI, "rb") as fh:
        for line in fh:
            if line.startswith(b'{"id": "BB-') and promo.encode() in line:
                lines.append(line)
                if len(lines) == 100:
                    break
    articles = list(read_stream(io.BytesIO(b"".join(lines)), origin="bbc"))
    assert len(articles) == 100
    for article in articles:
        assert isinstance(article, RawArticle) and promo in article.text
        assert promo not in clean_article(article).body
