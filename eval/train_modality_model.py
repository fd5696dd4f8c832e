"""Rebuild marsad/data/events/modality_model.json, the learned reader of background acts.

    python eval/train_modality_model.py                       # tuning batches 1-22
    python eval/train_modality_model.py --batches 1-22 --threshold 0.5 --c 2 --folds 5

Needs ../shared/data (the gold set keeps ids only) and scikit-learn (`pip install -e '.[train]'`).
Every event of the chosen tuning batches that the rules leave ``actual`` by default is labelled by
the gold set: background when a gold event of its type, told in its sentence, is ``historical``
(the one with the same trigger word if there are several); events with no gold event of their
type in their sentence are left out. The logistic regression is the doer chooser's
(eval/train_actor_model.py). With ``--folds`` the script also scores the coder's modality
accuracy on the matched events, cross-validated by batch, with and without the model.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from train_actor_model import _batches, fit, tuning_articles

from marsad.evaluate.events import Report, score_article, system_events
from marsad.evaluate.gold import NEWS_DIR, GoldArticle, articles, sentences
from marsad.events import modality_model
from marsad.pipeline import analyze
from marsad.text.normalize import norm

OUT = Path(modality_model.__file__).parent.parent / "data" / "events" / "modality_model.json"


def collect(gold: list[tuple[int, GoldArticle]]) -> list[tuple[int, dict, int]]:
    """(batch, features, label) for every event the rules leave actual by default."""
    raw = articles([a for _, a in gold], NEWS_DIR)
    rows: list[tuple[int, dict, int]] = []
    for batch, art in gold:
        r = raw[art.id]
        found: list[tuple[int, str, dict]] = []
        modality_model.collector = lambda start, event_type, f: found.append((start, event_type, f))
        try:
            doc = analyze(r, published=r.published)
        finally:
            modality_model.collector = None
        gold_sents = sentences(r.title, r.text)
        for start, event_type, f in found:
            told = []
            for ge in art.events:
                if ge.event_type != event_type or ge.sentence >= len(gold_sents):
                    continue
                text = gold_sents[ge.sentence].strip()
                at = doc.text.find(text[:40])
                if 0 <= at <= start < at + len(text) + 5:
                    told.append(ge)
            if not told:
                continue
            word = norm(doc.text[start:].split(maxsplit=1)[0])
            ge = next((g for g in told if g.trigger and norm(g.trigger.split()[0]) == word), told[0])
            rows.append((batch, f, int(ge.modality == "historical")))
    return rows


def modality(gold: list[tuple[int, GoldArticle]], model: dict | None) -> tuple[int, int]:
    """(right, pairs): the coder's modality on its matched events, with this model or without one."""
    raw = articles([a for _, a in gold], NEWS_DIR)
    report = Report("tune")
    saved = modality_model.load
    modality_model.load = lambda: model if model is not None else {"intercept": 0.0, "threshold": 2.0, "weights": {}}
    try:
        for _, art in gold:
            r = raw[art.id]
            score_article(report, art, system_events(analyze(r, published=r.published)), r.title or "", r.text)
    finally:
        modality_model.load = saved
    return report.modality["right"], report.modality["total"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--batches", default="1-22", help="tuning batches to train on (default 1-22)")
    ap.add_argument("--threshold", type=float, default=0.5, help="probability of background needed (default 0.5)")
    ap.add_argument("--c", type=float, default=2.0, help="inverse regularisation strength (default 2)")
    ap.add_argument("--folds", type=int, default=0, help="also score modality accuracy, cross-validated by batch")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
    gold = tuning_articles(_batches(args.batches))
    if not gold:
        print(f"train_modality_model: no gold article in batches {args.batches}", file=sys.stderr)
        return 1
    rows = collect(gold)
    model = fit(rows, args.c, args.threshold)
    model["trained_on"] = {"batches": args.batches, "articles": len(gold), "events": len(rows),
                           "background": sum(y for _, _, y in rows), "c": args.c}
    if args.folds:
        totals = {"rules": [0, 0], "with_model": [0, 0]}
        for k in range(args.folds):
            held = [(b, a) for b, a in gold if b % args.folds == k]
            fold_model = fit([row for row in rows if row[0] % args.folds != k], args.c, args.threshold)
            for key, m in (("rules", None), ("with_model", fold_model)):
                right, pairs = modality(held, m)
                totals[key][0] += right
                totals[key][1] += pairs
        model["cross_validated"] = {"folds": args.folds, **{
            key: {"right": r, "pairs": n, "accuracy": round(r / n, 4) if n else None} for key, (r, n) in totals.items()}}
        cv = model["cross_validated"]
        print(f"{args.folds}-fold by batch: modality accuracy without the model {cv['rules']['accuracy']} "
              f"({cv['rules']['pairs']} pairs), with it {cv['with_model']['accuracy']} ({cv['with_model']['pairs']} pairs)")
    Path(args.out).write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(model['weights'])} weights from {len(rows)} events ({model['trained_on']['background']} background) "
          f"of {len(gold)} articles → {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
