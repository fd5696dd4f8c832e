"""Rebuild marsad/data/events/recipient_model.json, the learned chooser of whom an act was done to.

    python eval/train_recipient_model.py                       # tuning batches 1-66, threshold 0.3
    python eval/train_recipient_model.py --batches 1-66 --threshold 0.3 --folds 5

Needs ../shared/data (the gold set keeps ids only) and scikit-learn (`pip install -e '.[train]'`).
For every event of the chosen tuning batches that the rules read without the recipient its type
needs, each candidate country (marsad.events.recipient_model.candidates) is labelled by the gold
set: it is right when a gold event of the article has the event's type, its doer's countries and
that country alone as the recipient. Training, cross-validation and the model file are the doer
chooser's (eval/train_actor_model.py).
"""
from __future__ import annotations

from pathlib import Path

from train_actor_model import collected, run

from marsad.evaluate.gold import GoldArticle
from marsad.events import recipient_model

OUT = Path(recipient_model.__file__).parent.parent / "data" / "events" / "recipient_model.json"


def collect(gold: list[tuple[int, GoldArticle]]) -> list[tuple[int, dict, int]]:
    """(batch, features, label) for every candidate of every event left without a recipient."""
    rows: list[tuple[int, dict, int]] = []
    for batch, art, _, _, handed in collected(gold, recipient_model):
        for e, cands in handed:
            doers = frozenset(p["country"] for p in e.actor)
            right = {frozenset(g.recipient) for g in art.events if g.event_type == e.event_type
                     and frozenset(g.actor) == doers}
            rows += [(batch, f, int(frozenset((code,)) in right)) for code, f in cands]
    return rows


if __name__ == "__main__":
    raise SystemExit(run(None, __doc__.split("\n")[0], recipient_model, collect, OUT, 0.3))
