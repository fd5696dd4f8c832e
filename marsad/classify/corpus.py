"""Reading the labelled news corpora (ANT) that the section classifier is trained on.

The corpora live in ``../shared/data/news`` next to the repository and are never shipped:
this module is only used to train and evaluate, so it fails with a one-line
:class:`~marsad.errors.InputError` when they are absent. Each record becomes an
:class:`Article` with its corpus, source, original category, publication day and the
merged label from ``data/classify/categories.tsv``.
"""
from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterator, Optional

from ..errors import InputError
from .labels import merged_label

# The shared data folder sits beside the repository: <repo>/../shared/data.
SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
NEWS = SHARED_DATA / "news"

# Corpus name (as used in categories.tsv and the split) -> file name in ``news/``.
CORPORA: dict[str, str] = {
    "multisource": "ant-multisource-2018.jsonl.gz",
    "jawharafm": "ant-jawharafm.jsonl.gz",
}

_ISO = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_DMY = re.compile(r"(\d\d)/(\d\d)/(\d{4})")


@dataclass(frozen=True)
class Article:
    """One labelled article. ``line`` is its 0-based line in the corpus file: with the
    corpus name it identifies the record even where the corpus repeats an ``id``."""

    corpus: str
    line: int
    id: str
    source: str
    category: str
    label: str
    title: str
    text: str
    day: date

    @property
    def key(self) -> str:
        return f"{self.corpus}:{self.line}"


def parse_day(published: str) -> Optional[date]:
    """The day of a ``published`` field: ISO (2018-02-18T21:35:43+04:00) or day first
    (17/05/2015), the two forms the ANT corpora use."""
    m = _ISO.match(published or "")
    if m:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _DMY.match(published or "")
    if m:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None


def corpus_path(corpus: str, news_dir: Path = NEWS) -> Path:
    if corpus not in CORPORA:
        raise InputError(f"unknown corpus {corpus!r} (known: {', '.join(CORPORA)})")
    return news_dir / CORPORA[corpus]


def available(news_dir: Path = NEWS) -> bool:
    """Whether every training corpus is present (tests skip, commands fail, when not)."""
    return all((news_dir / name).is_file() for name in CORPORA.values())


def read_corpus(corpus: str, news_dir: Path = NEWS) -> Iterator[Article]:
    """Every usable record of one corpus, in file order. Records without a category,
    a known category, a date or any text are skipped (the JawharaFM file has one empty
    record)."""
    path = corpus_path(corpus, news_dir)
    if not path.is_file():
        raise InputError(f"{path}: corpus not found (the shared data folder is not part of marsad)")
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line_no, line in enumerate(fh):
                rec = json.loads(line)
                category = (rec.get("category") or "").strip()
                label = merged_label(corpus, category) if category else None
                day = parse_day(rec.get("published") or "")
                title = (rec.get("title") or "").strip()
                text = (rec.get("text") or "").strip()
                if label is None or day is None or not (title or text):
                    continue
                yield Article(corpus=corpus, line=line_no, id=rec.get("id") or "",
                              source=(rec.get("source") or "").strip(), category=category,
                              label=label, title=title, text=text, day=day)
    except (OSError, EOFError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read corpus: {exc}") from None


def read_all(news_dir: Path = NEWS) -> list[Article]:
    """Both corpora, in a fixed order (corpus order of :data:`CORPORA`, then file order)."""
    out: list[Article] = []
    for corpus in CORPORA:
        out.extend(read_corpus(corpus, news_dir))
    return out
