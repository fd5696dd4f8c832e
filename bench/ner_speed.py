"""NER tagging speed on one core: tokens/s over the CAMeL test split (features + CRF), the
model's size on disk and its load time.

    taskset -c 0 .venv/bin/python bench/ner_speed.py [--repeat 3]

Load time is measured in a fresh interpreter (``python -c``): importing marsad.ner.model,
opening the model and reading the lexicons and clusters the featurizer needs, i.e. what
the first call of a process pays. Tagging speed is the best of ``--repeat`` passes over the
918 test sentences in a warm process, first with the per-word-form cache cleared before
each pass (feature extraction for every word form included), then with it kept (what a
long stream of news mostly sees).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LOAD_SNIPPET = (
    "import time; t=time.perf_counter(); from marsad.ner import model; tg=model.load(); "
    "tg.tag(['قال', 'الرئيس']); print(time.perf_counter()-t)"
)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()

    from marsad.ner import camel_split, model

    if not camel_split.available():
        print(f"ANERcorp not found at {camel_split.DEFAULT_PATH}", file=sys.stderr)
        return 1
    loads = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", LOAD_SNIPPET], cwd=ROOT, capture_output=True, text=True, check=True)
        loads.append(float(out.stdout.strip().splitlines()[-1]))
    _, test = camel_split.load_split()
    sents = [[w for w, _ in s] for s in test]
    n = sum(map(len, sents))
    tagger = model.load()
    best = float("inf")
    for _ in range(args.repeat):
        tagger.clear_cache()
        t = time.perf_counter()
        tagger.tag_sentences(sents)
        best = min(best, time.perf_counter() - t)
    warm = float("inf")
    for _ in range(args.repeat):
        t = time.perf_counter()
        tagger.tag_sentences(sents)
        warm = min(warm, time.perf_counter() - t)
    size = sum(f.stat().st_size for f in tagger.files())
    print(f"tokens             {n:,} in {len(sents)} sentences")
    print(f"tagging            {n / best:,.0f} tokens/s (best of {args.repeat}, one process)")
    print(f"  word forms seen  {n / warm:,.0f} tokens/s (the per-word-form weights already cached)")
    print(f"model on disk      {size / 1e6:.2f} MB ({', '.join(f.name for f in tagger.files())})")
    print(f"load + first tag   {min(loads):.2f} s (best of 3 fresh processes; median {sorted(loads)[1]:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
