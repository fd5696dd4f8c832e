"""Speed of the section classifier: model load time and articles per second on one core.

Reads a fixed random sample of ../shared/data/news/ant-multisource-2018.jsonl.gz (the ANT
corpus; not in this repository) and classifies it twice in one process, pinned to one CPU
where the system allows: the first pass starts with an empty word cache (every new word's
features are computed), the second is the steady state of a long run. Rates are given per
wall-clock second and per CPU second of the process (the latter is steadier on a busy
machine). Load time is measured
in fresh processes (import of marsad.classify + reading the model), median of three.

    python bench/classify_speed.py [--sample 2000] [--seed 1] [--json bench/out/classify_speed.json]
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from common import CORPUS, ROOT, sample_args, sample_records, write_json

LOAD = ("import time; t = time.perf_counter(); from marsad.classify import get_model; get_model(); "
        "print(time.perf_counter() - t)")


def load_time(runs: int = 3) -> float:
    times = [float(subprocess.run([sys.executable, "-c", LOAD], check=True, capture_output=True,
                                  text=True, cwd=ROOT).stdout) for _ in range(runs)]
    return statistics.median(times)


def one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity here)"


def main() -> int:
    args = sample_args(__doc__.splitlines()[0])
    records = sample_records(CORPUS, args.sample, args.seed)
    pinned = one_core()
    load = load_time()

    from marsad.classify import classify, get_model

    get_model()
    passes, cpu = [], []
    for _ in range(2):
        t, c = time.perf_counter(), time.process_time()
        for r in records:
            classify(r.get("title") or "", r.get("text") or "")
        passes.append(len(records) / (time.perf_counter() - t))
        cpu.append(len(records) / (time.process_time() - c))
    chars = statistics.mean(len(r.get("title") or "") + len(r.get("text") or "") for r in records)
    size = (ROOT / "marsad" / "data" / "classify" / "section-model.bin.gz").stat().st_size
    figures = {"articles": len(records), "mean_chars": round(chars), "cpu": pinned,
               "load_seconds": round(load, 3), "articles_per_second_cold": round(passes[0]),
               "articles_per_second_warm": round(passes[1]), "articles_per_cpu_second_cold": round(cpu[0]),
               "articles_per_cpu_second_warm": round(cpu[1]), "model_bytes": size}
    print(f"sample: {len(records):,} articles of {CORPUS.name}, mean {chars:,.0f} characters; {pinned}")
    print(f"load (import + model, fresh process, median of 3): {load:.3f} s")
    print(f"classification, first pass (empty word cache): {passes[0]:,.0f} articles/s "
          f"({cpu[0]:,.0f} per CPU second)")
    print(f"classification, second pass (steady state):   {passes[1]:,.0f} articles/s "
          f"({cpu[1]:,.0f} per CPU second)")
    print(f"model file: {size / 1e6:.2f} MB")
    write_json(args.json, figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
