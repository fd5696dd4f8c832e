"""Rebuild marsad/data/events/actor_model.json, the learned chooser of a doer the rules do not find.

    python eval/train_actor_model.py                       # tuning batches 1-66, threshold 0.25
    python eval/train_actor_model.py --batches 1-66 --threshold 0.25 --folds 5

Needs ../shared/data (the gold set keeps ids only) and scikit-learn (`pip install -e '.[train]'`).
For every trigger of the chosen tuning batches whose doer the argument rules leave unfound, each
candidate party (marsad.events.actor_model.candidates) is labelled by the gold set: it is right
when a gold event of the trigger's type, told in the trigger's sentence, has the candidate's
countries as its actor. A logistic regression (fixed solver, deterministic) learns the weights.
With ``--folds`` the script also scores the coder itself, batch-wise cross-validated: each fold's
articles are coded with a model trained on the other folds, with and without the chooser, and the
event F1 of both is written into the model file beside the weights.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any, Iterator

from marsad.evaluate.events import Report, score_article, system_events
from marsad.evaluate.gold import NEWS_DIR, GoldArticle, articles, load, sentences
from marsad.events import actor_model
from marsad.pipeline import analyze

GOLD = Path(__file__).parent / "gold"
OUT = Path(actor_model.__file__).parent.parent / "data" / "events" / "actor_model.json"
# The batches the three learned models are trained on; the later ones stay a held-out check
# (since round 50: batches 67 on; rounds 37-49 trained on 1-43, rounds 29-36 on 1-29,
# rounds 24-28 on 1-22).
TRAIN_BATCHES = "1-66"


def _batch(path: Path) -> int:
    m = re.fullmatch(r"tune-(\d+)\.jsonl", path.name)
    return int(m.group(1)) if m else 1


def _batches(spec: str) -> set[int]:
    """Batch numbers from ranges joined by commas: "1-43", "1-43,56-66" (to train on some
    batches and hold out those between)."""
    out: set[int] = set()
    for part in spec.split(","):
        lo, _, hi = part.partition("-")
        out |= set(range(int(lo), int(hi or lo) + 1))
    return out


def tuning_articles(batches: set[int]) -> list[tuple[int, GoldArticle]]:
    paths = [p for p in sorted(GOLD.glob("tune*.jsonl")) if _batch(p) in batches]
    return [(_batch(p), a) for p in paths for a in load([p], "tune")]


def collect(gold: list[tuple[int, GoldArticle]]) -> list[tuple[int, dict, int]]:
    """(batch, features, label) for every candidate of every trigger left without a doer."""
    rows: list[tuple[int, dict, int]] = []
    for batch, art, r, doc, handed in collected(gold, actor_model):
        gold_sents = sentences(r.title, r.text)
        for _, t0, form, cands in handed:
            told = told_at(art, gold_sents, doc.text, doc.tokens[t0].start, form.row.event_type)
            right = {frozenset(ge.actor) for ge in told}
            for _, f, countries in cands:
                rows.append((batch, f, int(countries in right)))
    return rows


def collected(gold: list[tuple[int, GoldArticle]], module) -> Iterator[tuple[int, GoldArticle, Any, Any, list]]:
    """Each gold article (batch, article, raw article, document) analysed with a learned module's
    ``collector`` set, and what the module handed over instead of deciding: the arguments of each
    call of the collector."""
    raw = articles([a for _, a in gold], NEWS_DIR)
    for batch, art in gold:
        r = raw[art.id]
        handed: list[tuple] = []
        module.collector = lambda *call: handed.append(call)
        try:
            doc = analyze(r, published=r.published)
        finally:
            module.collector = None
        yield batch, art, r, doc, handed


def told_at(art: GoldArticle, gold_sents: list[str], text: str, start: int, event_type: str) -> list:
    """The article's gold events of this type told in the sentence of the document ``text`` that
    holds character ``start`` (gold sentences are found in the text by their first 40 characters)."""
    told = []
    for ge in art.events:
        if ge.event_type != event_type or ge.sentence >= len(gold_sents):
            continue
        sent = gold_sents[ge.sentence].strip()
        at = text.find(sent[:40])
        if 0 <= at <= start < at + len(sent) + 5:
            told.append(ge)
    return told


def fit(rows: list[tuple[int, dict, int]], c: float, threshold: float) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    dv = DictVectorizer()
    x = dv.fit_transform([f for _, f, _ in rows])
    lr = LogisticRegression(C=c, max_iter=5000).fit(x, [y for _, _, y in rows])
    weights = {k: round(float(w), 6) for k, w in zip(dv.get_feature_names_out(), lr.coef_[0]) if abs(w) >= 1e-6}
    return {"intercept": round(float(lr.intercept_[0]), 6), "threshold": threshold,
            "weights": dict(sorted(weights.items()))}


def coded(gold: list[tuple[int, GoldArticle]], module, model: dict | None) -> Report:
    """The evaluator's report on these articles, coded with a learned module's model or without
    it (a model that never fires)."""
    raw = articles([a for _, a in gold], NEWS_DIR)
    report = Report("tune")
    saved = module.load
    module.load = lambda: model if model is not None else {"intercept": 0.0, "threshold": 2.0, "weights": {}}
    try:
        for _, art in gold:
            r = raw[art.id]
            score_article(report, art, system_events(analyze(r, published=r.published)), r.title or "", r.text)
    finally:
        module.load = saved
    return report


def _f1(c: dict) -> float:
    return round(2 * c["tp"] / (2 * c["tp"] + c["fp"] + c["fn"]), 4)


def event_f1(folds: list[tuple[list, dict]], module) -> dict:
    """The coder's event F1 over the held-out folds, with each fold's model and without one: how
    the doer and recipient choosers are judged."""
    with_model = {"tp": 0, "fp": 0, "fn": 0}
    without = dict(with_model)
    for held, fold_model in folds:
        for total, m in ((without, None), (with_model, fold_model)):
            o = coded(held, module, m).scores()["overall"]
            for key in total:
                total[key] += o[key]
    print(f"{len(folds)}-fold by batch: without the model F1 {_f1(without)} (tp {without['tp']}, "
          f"fp {without['fp']}), with it {_f1(with_model)} (tp {with_model['tp']}, fp {with_model['fp']})")
    return {"folds": len(folds), "rules": {**without, "f1": _f1(without)},
            "with_chooser": {**with_model, "f1": _f1(with_model)}}


def run(argv: list[str] | None, description: str, module, collect_rows, out: Path, threshold: float,
        c: float = 0.5, counted: tuple[str, str] = ("candidates", "right"), judge=event_f1) -> int:
    """Train a learned module's model on tuning batches (and, with ``--folds``, judge the coder
    with and without it, cross-validated by batch: ``judge``); shared by the doer and recipient
    choosers and the background reader. ``counted`` names the training rows and the positive ones."""
    name = Path(sys.argv[0]).stem
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--batches", default=TRAIN_BATCHES, help=f"tuning batches to train on (default {TRAIN_BATCHES})")
    ap.add_argument("--threshold", type=float, default=threshold,
                    help=f"probability a choice needs (default {threshold})")
    ap.add_argument("--c", type=float, default=c, help=f"inverse regularisation strength (default {c})")
    ap.add_argument("--folds", type=int, default=0, help="also judge the coder, cross-validated by batch")
    ap.add_argument("--out", default=str(out))
    args = ap.parse_args(argv)
    gold = tuning_articles(_batches(args.batches))
    if not gold:
        print(f"{name}: no gold article in batches {args.batches}", file=sys.stderr)
        return 1
    rows = collect_rows(gold)
    model = fit(rows, args.c, args.threshold)
    model["trained_on"] = {"batches": args.batches, "articles": len(gold), counted[0]: len(rows),
                           counted[1]: sum(y for _, _, y in rows), "c": args.c}
    if args.folds:
        folds = [([(b, a) for b, a in gold if b % args.folds == k],
                  fit([row for row in rows if row[0] % args.folds != k], args.c, args.threshold))
                 for k in range(args.folds)]
        model["cross_validated"] = judge(folds, module)
    Path(args.out).write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(model['weights'])} weights from {len(rows)} {counted[0]} ({model['trained_on'][counted[1]]} "
          f"{counted[1]}) of {len(gold)} articles → {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(run(None, __doc__.split("\n")[0], actor_model, collect, OUT, 0.25))
