"""A lexicon of likely entity types projected from unlabeled news ("silver" labels).

Most names in a test article never occur in ANERcorp's training part, but many occur in the
37,000 news articles of ``../shared/data/news/``, often in a context that gives them away
(وزير الدفاع الأمريكي دونالد X، في مدينة X، شركة X). A sentence-level tagger trained on
ANERcorp's training part (all features but this one) reads every news sentence; what it
says about each word, summed over all its occurrences, is that word's silver type:
``X → PERS in 92 % of 40 occurrences``. The final tagger receives it as a feature, so a
name seen once in a test sentence with no cue inherits what the news said about it.

Which tagger projects the types: a *context-only* tagger (neighbours, affixes, lexicons, no
word identity; ``--context-only``), meant to keep training words from simply echoing their
training labels, or the full sentence-level tagger. The choice was first made on the test
split's stage-1 score (context-only 0.728, full 0.740, no silver 0.726) — a choice that belongs
to held-out training data, so it was made again there (``bench/ner_dev.py``: stage 1 trained on
the first 5/6 of the training part, scored on the last 1/6, each lexicon projected by a tagger
that never saw that 1/6): context-only 0.747, full 0.750, no silver 0.743. The full tagger
stays the default.

The lexicon ships as ``marsad/data/ner/silver.tsv.gz`` (word, then ``TYPE:share`` for each
type given to ≥ 5 % of its occurrences, then a frequency bucket), rebuilt by
``python -m marsad.ner.silver`` after the clusters and the lexicon snapshot
(:mod:`marsad.ner.lexicons`, whose digest the file's header records), about 10 minutes on one core.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from ..resources import data_path
from ..text.sentences import split_sentences
from ..text.tokens import tokenize
from .clusters import NEWS_DIR, NEWS_FILES

SILVER_FILE = data_path("ner", "silver.tsv.gz")
TYPES = ("PERS", "LOC", "ORG", "MISC")
MIN_COUNT = 3
MIN_SHARE = 0.05
MAX_SENT = 80

# Own features a context-only tagger keeps (prefixes): shape, short affixes, the coarsest
# cluster, lexicon marks; every window feature is kept, the word itself and its stems are not.
# (The context-only variant is kept for comparison: ``python -m marsad.ner.silver --context-only``.)
CONTEXT_KEEP = ("bias", "k=", "len=", "hasdigit", "p1=", "p2=", "s1=", "s2=", "def", "fw", "lex",
                "c64=", "c=none", "c=stem")


@lru_cache(maxsize=1)
def shipped() -> dict[str, tuple[tuple[str, str], ...]]:
    """word → ((type, share bucket), …) from the shipped file, most frequent type first
    (empty when the file is missing)."""
    return read(SILVER_FILE) if SILVER_FILE.is_file() else {}


def read(path: Path | str) -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, tuple[tuple[str, str], ...]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            w, *cells = line.rstrip("\n").split("\t")
            out[w] = tuple(tuple(c.split(":", 1)) for c in cells)  # type: ignore[misc]
    return out


def share_bucket(share: float) -> str:
    """Coarse shares: the CRF learns one weight per bucket."""
    return "top" if share >= 0.8 else "hi" if share >= 0.5 else "mid" if share >= 0.2 else "lo"


def news_sentences(news_dir: Path = NEWS_DIR, max_tokens: int | None = None) -> Iterator[list[str]]:
    """News sentences as token lists (titles and texts; long sentences cut at MAX_SENT)."""
    n = 0
    for name in NEWS_FILES:
        with gzip.open(news_dir / name, "rt", encoding="utf-8") as fh:
            for raw in fh:
                rec = json.loads(raw)
                for part in (rec.get("title"), rec.get("text")):
                    if not part:
                        continue
                    toks = tokenize(part)
                    for s in split_sentences(part, toks):
                        words = [t.text for t in toks[s.first_token:s.last_token]]
                        for k in range(0, len(words), MAX_SENT):
                            chunk = words[k:k + MAX_SENT]
                            if chunk:
                                yield chunk
                                n += len(chunk)
                if max_tokens is not None and n >= max_tokens:
                    return


def build(model_path: Path | str, groups, news_dir: Path = NEWS_DIR, max_tokens: int | None = None,
          log=lambda m: print(m, file=sys.stderr), context_only: bool = True) -> dict[str, Counter]:
    """Tag the news with a model (trained with ``groups``); count the types given to each
    normalised word."""
    import pycrfsuite

    from .features import Featurizer

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    fz = Featurizer(frozenset(groups), context_only=context_only)
    counts: dict[str, Counter] = {}
    t0 = time.time()
    ntok = 0
    for words in news_sentences(news_dir, max_tokens):
        tags = tagger.tag(fz.sentence(words))
        for w, t in zip(words, tags):
            n = fz.head(w)[0]
            c = counts.get(n)
            if c is None:
                c = counts[n] = Counter()
            c[t[2:] if t != "O" else "O"] += 1
        ntok += len(words)
        if ntok % 500_000 < len(words):
            log(f"silver: {ntok:,} tokens tagged ({time.time() - t0:.0f} s)")
    return counts


def write(counts: dict[str, Counter], path: Path | str = SILVER_FILE, note: str = "") -> int:
    """One line per word seen MIN_COUNT times or more that some occurrence tagged as an
    entity: ``word<TAB>TYPE:bucket…`` for each type given to at least 5 % of its occurrences,
    most frequent first, then ``n:bucket`` (how often it was seen: 1 <10, 2 <100, 3 more)."""
    rows = []
    for w in sorted(counts):
        c = counts[w]
        total = sum(c.values())
        if total < MIN_COUNT:
            continue
        cells = [(c[t], t) for t in TYPES if c[t] / total >= MIN_SHARE]
        if not cells:
            continue
        cells.sort(key=lambda x: (-x[0], x[1]))
        freq = "1" if total < 10 else "2" if total < 100 else "3"
        rows.append("\t".join([w, *(f"{t}:{share_bucket(k / total)}" for k, t in cells), f"n:{freq}"]))
    path = Path(path)
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(f"# marsad silver NER lexicon: word, TYPE:share bucket (top/hi/mid/lo) …, n:frequency bucket. {note}\n"
                 .encode("utf-8"))
        gz.write(("\n".join(rows) + "\n").encode("utf-8"))
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    from . import camel_split, lexicons
    from .features import DEFAULT_GROUPS
    from .train import TrainOptions, fit

    p = argparse.ArgumentParser(prog="python -m marsad.ner.silver", description=__doc__.split("\n\n")[0])
    p.add_argument("--out", default=str(SILVER_FILE))
    p.add_argument("--max-tokens", type=int, default=None, help="tag only the first N news tokens")
    p.add_argument("--context-only", action="store_true", help="project with a context-only tagger")
    p.add_argument("--counts", default=None, help="also save the raw counts (pickle), for experiments")
    args = p.parse_args(argv)
    groups = tuple(sorted(DEFAULT_GROUPS - {"silver"}))
    log = lambda m: print(m, file=sys.stderr)  # noqa: E731
    with tempfile.TemporaryDirectory(prefix="marsad-silver-") as tmp:
        train, _ = camel_split.load_split()
        model = str(Path(tmp) / "projector.crfsuite")
        fit(train, model, TrainOptions(groups=groups), log=log, context_only=args.context_only)
        counts = build(model, groups, max_tokens=args.max_tokens, log=log, context_only=args.context_only)
    if args.counts:
        import pickle

        with open(args.counts, "wb") as fh:
            pickle.dump(counts, fh)
    note = (f"projected by the {'context-only' if args.context_only else 'sentence-level'} tagger; "
            f"lexicons sha256 {lexicons.digest()}")
    n = write(counts, args.out, note=note + (f", first {args.max_tokens} news tokens" if args.max_tokens else ""))
    print(f"wrote {args.out}: {n:,} words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
