"""What the benchmark scripts share: where the corpus is, a fixed sample of it, their
common options, and writing the figures as JSON. The corpus is read in place
(../shared/data is a development folder, never copied into the repository)."""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "news" / "ant-multisource-2018.jsonl.gz"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def sample_records(path: Path, n: int, seed: int) -> list[dict]:
    """A fixed random sample, streamed in two passes so that the corpus itself never sits in
    memory (a peak RSS reported is marsad's, plus the sample)."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        total = sum(1 for _ in fh)
    chosen = set(random.Random(seed).sample(range(total), min(n, total)))
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for i, line in enumerate(fh) if i in chosen]


def sample_args(description: str) -> argparse.Namespace:
    """--sample, --seed, --json; exits with a message when the corpus is absent."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--sample", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args()
    if not CORPUS.exists():
        sys.exit(f"bench: corpus not found at {CORPUS} (it is not shipped with marsad)")
    return args


def write_json(path: Path | None, figures: dict) -> None:
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
