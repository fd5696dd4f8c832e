"""Quick NER experiments on the development slice of the TRAINING part (never the test part).

A full ``marsad ner train`` takes about 25 minutes; comparing feature sets or regularisation
with it would be slow, and choosing by its test score would be wrong. This trains stage 1
alone on the first 5/6 of the training part (:func:`marsad.ner.train.dev_split`) and scores
the plain CRF on the last 1/6, in a few minutes on one core:

    taskset -c 1 .venv/bin/python bench/ner_dev.py [--groups +name,-silver] [--c1 X] [--c2 X]

The shipped silver lexicon was projected by a tagger trained on the whole training part, dev
slice included, so its types for dev-slice names echo their gold labels. For honest dev
scores, project a silver lexicon with a tagger that never saw the dev slice, once:

    taskset -c 1 .venv/bin/python bench/ner_dev.py --make-silver /tmp/silver-dev.tsv.gz

and pass it to every experiment with ``--silver /tmp/silver-dev.tsv.gz``. With it, the shipped
feature set and options score 0.751 (stage 1, plain CRF) on the dev slice, in about 2.5
minutes; feature additions and c1/c2 changes that did not help moved it by up to ±0.004, so
a smaller difference is noise. ``--fold-silver`` trains on silver types from projectors that
did not see the sentence (about 25 minutes the first time): 0.748, no better.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from marsad.ner.train import TrainOptions


def _groups(spec: str) -> tuple[str, ...]:
    """``+a,-b`` applied to the default groups."""
    from marsad.ner.features import DEFAULT_GROUPS

    groups = set(DEFAULT_GROUPS)
    for item in filter(None, spec.split(",")):
        (groups.add if item[0] == "+" else groups.discard)(item[1:])
    return tuple(sorted(groups))


def _use_silver(path: str) -> None:
    """Make the featurizer read ``path`` instead of the shipped silver lexicon."""
    from marsad.ner import silver

    table = silver.read(path)
    silver.shipped = lambda: table  # type: ignore[assignment]


def _jackknifed_features(part: list, opts: TrainOptions, folder: str, k: int, tmp: Path,
                         log: Callable[[str], None]) -> list[list[list[str]]]:
    """Features of the dev-train sentences in ``k`` blocks, each block read with a silver
    lexicon projected by a tagger trained on the other blocks (built once into ``folder``),
    so that the silver types of training words do not echo their gold labels."""
    from marsad.ner import silver
    from marsad.ner.features import Featurizer
    from marsad.ner.train import fit, words_of

    groups = tuple(sorted(set(opts.groups) - {"silver"}))
    bounds = [round(i * len(part) / k) for i in range(k + 1)]
    xs: list[list[list[str]]] = []
    for b in range(k):
        lo, hi = bounds[b], bounds[b + 1]
        path = Path(folder) / f"silver-fold{b}-of{k}.tsv.gz"
        if not path.is_file():
            model = tmp / f"projector{b}.crfsuite"
            fit(part[:lo] + part[hi:], model, TrainOptions(groups=groups), log=log)
            silver.write(silver.build(model, groups, log=log, context_only=False), path,
                         note=f"projected without block {b} of {k} of the dev-train part (bench/ner_dev.py)")
        _use_silver(str(path))
        fz = Featurizer(frozenset(opts.groups))
        xs.extend(fz.sentence(w) for w in words_of(part[lo:hi]))
    return xs


def main() -> int:
    from marsad.ner import camel_split, silver
    from marsad.ner.features import DEFAULT_GROUPS, Featurizer
    from marsad.ner.score import score
    from marsad.ner.train import TrainOptions, _crf_tags, dev_split, fit, fit_features, tags_of, words_of

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--groups", default="", help="+group,-group relative to the default feature groups")
    p.add_argument("--c1", type=float, default=TrainOptions.c1)
    p.add_argument("--c2", type=float, default=TrainOptions.c2)
    p.add_argument("--max-iterations", type=int, default=TrainOptions.max_iterations)
    p.add_argument("--silver", default=None, help="silver lexicon to use instead of the shipped one")
    p.add_argument("--make-silver", default=None, metavar="OUT",
                   help="project a silver lexicon with a tagger trained on the dev-train part only")
    p.add_argument("--context-only", action="store_true",
                   help="with --make-silver: project with the context-only tagger (marsad.ner.silver)")
    p.add_argument("--fold-silver", default=None, metavar="DIR",
                   help="train on features whose silver types come from projectors that did not see the "
                        "sentence (--folds blocks; lexicons cached in DIR); the dev slice reads --silver")
    p.add_argument("--folds", type=int, default=3)
    p.add_argument("--label", default="", help="name of the variant in the JSON line")
    p.add_argument("--dump", default=None, metavar="OUT", help="write 'word gold predicted' lines of the dev slice")
    args = p.parse_args()

    train, _ = camel_split.load_split()
    part, dev = dev_split(train)
    log = lambda m: print(m, file=sys.stderr)  # noqa: E731
    t0 = time.time()
    with tempfile.TemporaryDirectory(prefix="marsad-ner-dev-") as tmp:
        model = Path(tmp) / "dev.crfsuite"
        if args.make_silver:
            groups = tuple(sorted(DEFAULT_GROUPS - {"silver"}))
            fit(part, model, TrainOptions(groups=groups), log=log, context_only=args.context_only)
            kind = "context-only" if args.context_only else "sentence-level"
            n = silver.write(silver.build(model, groups, log=log, context_only=args.context_only), args.make_silver,
                             note=f"projected by a {kind} tagger trained on the dev-train part only (bench/ner_dev.py)")
            log(f"wrote {args.make_silver}: {n:,} words")
            return 0
        opts = TrainOptions(c1=args.c1, c2=args.c2, max_iterations=args.max_iterations, groups=_groups(args.groups))
        if args.fold_silver:
            xs = _jackknifed_features(part, opts, args.fold_silver, args.folds, Path(tmp), log)
            fit_features(xs, tags_of(part), model, opts)
            if args.silver:  # the dev slice reads the lexicon of the whole dev-train part
                _use_silver(args.silver)
        else:
            if args.silver:
                _use_silver(args.silver)
            fit(part, model, opts, log=log)
        fz = Featurizer(frozenset(opts.groups))
        pred = _crf_tags(model, [fz.sentence(w) for w in words_of(dev)])
        s = score(tags_of(dev), pred)
        size = model.stat().st_size
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            for sent, tags in zip(dev, pred):
                fh.writelines(f"{w} {g} {t}\n" for (w, g), t in zip(sent, tags))
                fh.write("\n")
    result = {"label": args.label or args.groups or "default", "c1": args.c1, "c2": args.c2,
              "iters": args.max_iterations, "silver": args.silver or "shipped",
              "dev_micro_f1": round(s.micro.f1, 4), "P": round(s.micro.precision, 4), "R": round(s.micro.recall, 4),
              **{t: round(s.by_type[t].f1, 4) for t in sorted(s.by_type)},
              "model_mb": round(size / 1e6, 2), "seconds": round(time.time() - t0)}
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
