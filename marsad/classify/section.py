"""Classifying an article's section: ``classify(title, text) -> Section``.

The section says whether event coding belongs in an article at all: «هاجم اللاعب» in a match
report is not an ASSAULT, and a film festival's «اغتيال» is a plot. The model
(``data/classify/section-model.bin.gz``) is loaded once per process, on first use, and is
pure Python at run time (no scikit-learn, no numpy).
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Optional

from .labels import is_relevant, labels
from .model import SectionModel, check_labels, load_default

_lock = threading.Lock()
_model: Optional[SectionModel] = None


@dataclass(frozen=True)
class Section:
    """The predicted section of one article.

    ``probability`` is the calibrated probability of ``label``; ``scores`` gives every
    label's probability (they sum to 1), in the order of ``data/classify/labels.tsv``;
    ``relevant`` is whether events should be coded (``labels.tsv``)."""

    label: str
    probability: float
    scores: dict[str, float]
    relevant: bool

    def to_dict(self) -> dict:
        return {"label": self.label, "probability": round(self.probability, 4),
                "relevant": self.relevant, "scores": {k: round(v, 4) for k, v in self.scores.items()}}


def get_model() -> SectionModel:
    """The shipped model, loaded on first call and kept for the life of the process."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                model = load_default()
                check_labels(model, labels())
                _model = model
    return _model


def classify(title: str, text: str) -> Section:
    """The section of an article from its title and body (either may be empty)."""
    model = get_model()
    probs = model.probabilities(title or "", text or "")
    best = max(range(len(probs)), key=probs.__getitem__)
    label = model.labels[best]
    return Section(label=label, probability=probs[best], scores=dict(zip(model.labels, probs)),
                   relevant=is_relevant(label))
