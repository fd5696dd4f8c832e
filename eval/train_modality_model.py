"""Rebuild marsad/data/events/modality_model.json, the learned reader of background acts.

    python eval/train_modality_model.py                       # tuning batches 1-66
    python eval/train_modality_model.py --batches 1-66 --threshold 0.7 --c 2 --folds 5

Needs ../shared/data (the gold set keeps ids only) and scikit-learn (`pip install -e '.[train]'`).
Every event of the chosen tuning batches that the rules leave ``actual`` by default is labelled by
the gold set: background when a gold event of its type, told in its sentence, is ``historical``
(the one with the same trigger word if there are several); events with no gold event of their
type in their sentence are left out. Training, the options and the model file are the doer
chooser's (eval/train_actor_model.py); with ``--folds`` the coder is judged by its modality
accuracy on the matched events, cross-validated by batch, with and without the model.
"""
from __future__ import annotations

from pathlib import Path

from train_actor_model import coded, collected, run, told_at

from marsad.evaluate.gold import GoldArticle, sentences
from marsad.events import modality_model
from marsad.text.normalize import norm

OUT = Path(modality_model.__file__).parent.parent / "data" / "events" / "modality_model.json"


def collect(gold: list[tuple[int, GoldArticle]]) -> list[tuple[int, dict, int]]:
    """(batch, features, label) for every event the rules leave actual by default."""
    rows: list[tuple[int, dict, int]] = []
    for batch, art, r, doc, handed in collected(gold, modality_model):
        gold_sents = sentences(r.title, r.text)
        for start, event_type, f in handed:
            told = told_at(art, gold_sents, doc.text, start, event_type)
            if not told:
                continue
            word = norm(doc.text[start:].split(maxsplit=1)[0])
            ge = next((g for g in told if g.trigger and norm(g.trigger.split()[0]) == word), told[0])
            rows.append((batch, f, int(ge.modality == "historical")))
    return rows


def modality_accuracy(folds: list[tuple[list, dict]], module) -> dict:
    """The coder's modality accuracy on its matched events over the held-out folds, with each
    fold's model and without one."""
    totals = {"rules": [0, 0], "with_model": [0, 0]}
    for held, fold_model in folds:
        for key, m in (("rules", None), ("with_model", fold_model)):
            report = coded(held, module, m)
            totals[key][0] += report.modality["right"]
            totals[key][1] += report.modality["total"]
    cv = {key: {"right": r, "pairs": n, "accuracy": round(r / n, 4) if n else None} for key, (r, n) in totals.items()}
    print(f"{len(folds)}-fold by batch: modality accuracy without the model {cv['rules']['accuracy']} "
          f"({cv['rules']['pairs']} pairs), with it {cv['with_model']['accuracy']} ({cv['with_model']['pairs']} pairs)")
    return {"folds": len(folds), **cv}


if __name__ == "__main__":
    raise SystemExit(run(None, __doc__.split("\n")[0], modality_model, collect, OUT, 0.7, c=2.0,
                         counted=("events", "background"), judge=modality_accuracy))
