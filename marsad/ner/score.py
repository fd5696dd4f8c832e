"""CoNLL entity-level scoring, as ``conlleval`` does it.

Published Arabic NER numbers (CAMeLBERT, AraBERT via seqeval) count an entity as right only
when its span and its type both match the gold one exactly. Chunks are decoded the way
conlleval decodes them, so that an ill-formed sequence a model may emit is scored the same
way here as in the papers: an ``I-X`` after ``O`` or after another type starts a new entity,
and a ``B-X`` always does.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence

Span = tuple[int, int, str]  # [start, end) token range and its type


def chunks(tags: Sequence[str]) -> list[Span]:
    """Entities of one tag sequence as (start, end, type), conlleval-style."""
    out: list[Span] = []
    start: int | None = None
    kind = ""
    for i, tag in enumerate(tags):
        prefix, _, t = tag.partition("-")
        if prefix not in ("B", "I") or not t:
            prefix, t = "O", ""
        begins = prefix == "B" or (prefix == "I" and (start is None or t != kind))
        if start is not None and (prefix == "O" or begins):
            out.append((start, i, kind))
            start = None
        if begins:
            start, kind = i, t
    if start is not None:
        out.append((start, len(tags), kind))
    return out


@dataclass
class Counts:
    """True positives, predicted and gold entity counts for one type (or all)."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "tp": self.tp, "pred": self.pred, "gold": self.gold}


@dataclass
class Scores:
    """Per-type counts and their micro-average (the number papers report as F1)."""

    by_type: dict[str, Counts] = field(default_factory=dict)
    micro: Counts = field(default_factory=Counts)
    tokens: int = 0
    token_correct: int = 0

    @property
    def accuracy(self) -> float:
        return self.token_correct / self.tokens if self.tokens else 0.0

    def as_dict(self) -> dict:
        out = {t: c.as_dict() for t, c in sorted(self.by_type.items())}
        out["micro"] = self.micro.as_dict()
        out["accuracy"] = self.accuracy
        return out


def score(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> Scores:
    """Entity-level scores of predicted tag sequences against gold ones (sentence by sentence,
    so that no entity runs across a sentence boundary)."""
    s = Scores()
    for g, p in zip(gold, pred, strict=True):
        if len(g) != len(p):
            raise ValueError(f"gold and predicted sequences differ in length ({len(g)} vs {len(p)})")
        s.tokens += len(g)
        s.token_correct += sum(1 for a, b in zip(g, p) if a == b)
        gs, ps = set(chunks(g)), set(chunks(p))
        for span in gs:
            s.by_type.setdefault(span[2], Counts()).gold += 1
        for span in ps:
            s.by_type.setdefault(span[2], Counts()).pred += 1
        for span in gs & ps:
            s.by_type[span[2]].tp += 1
    for c in s.by_type.values():
        s.micro.tp += c.tp
        s.micro.pred += c.pred
        s.micro.gold += c.gold
    return s


def report(s: Scores) -> str:
    """A small table: precision, recall, F1 and counts per type, then the micro-average."""
    lines = [f"{'type':<6} {'prec':>7} {'recall':>7} {'F1':>7} {'gold':>6} {'pred':>6} {'tp':>6}"]
    rows = [(t, s.by_type[t]) for t in sorted(s.by_type)] + [("micro", s.micro)]
    for name, c in rows:
        lines.append(f"{name:<6} {c.precision:>7.4f} {c.recall:>7.4f} {c.f1:>7.4f} {c.gold:>6} {c.pred:>6} {c.tp:>6}")
    lines.append(f"token accuracy {s.accuracy:.4f} over {s.tokens} tokens")
    return "\n".join(lines)
