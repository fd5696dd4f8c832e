"""Scoring the section classifier on the held-out split (``marsad classify eval``).

Plain Python: accuracy, macro-F1, per-label precision/recall/F1 and the confusion table,
plus the same figures per corpus and per site, because one number hides where the model
is weak (the held-out site, BBC Arabic, is harder than the sites it was trained on).
The scored model is the exported one, loaded as it ships — never the scikit-learn object.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Sequence

from ..errors import InputError
from .corpus import NEWS, Article, available, read_all


@dataclass
class Report:
    """Scores of predictions against gold labels."""

    labels: tuple[str, ...]
    confusion: list[list[int]]  # [gold][predicted], in label order
    groups: dict[str, "Report"] = field(default_factory=dict)  # e.g. "source=BBC"

    @property
    def total(self) -> int:
        return sum(map(sum, self.confusion))

    @property
    def accuracy(self) -> float:
        ok = sum(self.confusion[i][i] for i in range(len(self.labels)))
        return ok / self.total if self.total else 0.0

    def per_label(self) -> dict[str, dict[str, float]]:
        out = {}
        n = len(self.labels)
        for i, lab in enumerate(self.labels):
            tp = self.confusion[i][i]
            gold = sum(self.confusion[i])
            pred = sum(self.confusion[g][i] for g in range(n))
            p = tp / pred if pred else 0.0
            r = tp / gold if gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            out[lab] = {"precision": p, "recall": r, "f1": f, "support": gold}
        return out

    @property
    def macro_f1(self) -> float:
        """Mean F1 over the labels that occur in the gold data (a label absent from a
        subset, e.g. culture on CNN, is not counted as a zero)."""
        rows = [v for v in self.per_label().values() if v["support"]]
        return sum(v["f1"] for v in rows) / len(rows) if rows else 0.0

    def relevance(self, relevant: Iterable[str]) -> dict[str, float]:
        """The figures that matter for event coding, from the confusion table: how often a
        politically relevant article is taken for an off-topic one (its events would be
        suppressed) and the reverse (an off-topic article's events would be coded)."""
        wanted = set(relevant)
        rel = {i for i, lab in enumerate(self.labels) if lab in wanted}
        n = len(self.labels)
        cells = [(g, p, self.confusion[g][p]) for g in range(n) for p in range(n)]
        gold_rel = sum(c for g, _, c in cells if g in rel)
        gold_off = sum(c for g, _, c in cells if g not in rel)
        missed = sum(c for g, p, c in cells if g in rel and p not in rel)
        leaked = sum(c for g, p, c in cells if g not in rel and p in rel)
        return {"accuracy": (self.total - missed - leaked) / self.total if self.total else 0.0,
                "relevant_taken_as_off_topic": missed / gold_rel if gold_rel else 0.0,
                "off_topic_taken_as_relevant": leaked / gold_off if gold_off else 0.0,
                "relevant": gold_rel, "off_topic": gold_off}

    def to_dict(self) -> dict:
        from .labels import relevant_labels

        return {"n": self.total, "accuracy": round(self.accuracy, 4), "macro_f1": round(self.macro_f1, 4),
                "per_label": {k: {m: (round(v, 4) if m != "support" else v) for m, v in d.items()}
                              for k, d in self.per_label().items()},
                "confusion": {"labels": list(self.labels), "rows_gold_cols_predicted": self.confusion},
                "relevance": {k: (round(v, 4) if isinstance(v, float) else v)
                              for k, v in self.relevance(relevant_labels()).items()},
                "groups": {k: {"n": g.total, "accuracy": round(g.accuracy, 4), "macro_f1": round(g.macro_f1, 4)}
                           for k, g in self.groups.items()}}


def score(labels: Sequence[str], gold: Sequence[str], predicted: Sequence[str]) -> Report:
    index = {lab: i for i, lab in enumerate(labels)}
    m = [[0] * len(labels) for _ in labels]
    for g, p in zip(gold, predicted):
        m[index[g]][index[p]] += 1
    return Report(tuple(labels), m)


def evaluate(model, articles: Sequence[Article]) -> Report:
    """Classify every article with ``model`` (a :class:`~marsad.classify.model.SectionModel`)
    and score it, overall, per corpus and per site."""
    labels = model.labels
    predicted = []
    for a in articles:
        probs = model.probabilities(a.title, a.text)
        predicted.append(labels[max(range(len(labels)), key=probs.__getitem__)])
    gold = [a.label for a in articles]
    report = score(labels, gold, predicted)
    from .split import HELD_OUT_SOURCES

    keys: dict[str, list[int]] = {}
    for i, a in enumerate(articles):
        keys.setdefault(f"corpus={a.corpus}", []).append(i)
        keys.setdefault(f"source={a.source}", []).append(i)
        keys.setdefault("site=held out" if a.source in HELD_OUT_SOURCES else "site=trained on", []).append(i)
    for key in sorted(keys):
        idx = keys[key]
        report.groups[key] = score(labels, [gold[i] for i in idx], [predicted[i] for i in idx])
    return report


def format_report(report: Report, title: str = "") -> str:
    """The text ``marsad classify eval`` prints."""
    labels = report.labels
    width = max(12, max(map(len, labels)) + 2)
    lines = []
    if title:
        lines.append(title)
    lines.append(f"articles {report.total:,}   accuracy {report.accuracy:.4f}   macro-F1 {report.macro_f1:.4f}")
    lines.append("")
    lines.append(f"{'label':<{width}}{'precision':>10}{'recall':>10}{'F1':>10}{'support':>10}")
    for lab, d in report.per_label().items():
        lines.append(f"{lab:<{width}}{d['precision']:>10.4f}{d['recall']:>10.4f}{d['f1']:>10.4f}{d['support']:>10,}")
    lines.append("")
    lines.append("confusion (rows: gold, columns: predicted)")
    cw = max(8, max(len(lab) for lab in labels) + 1)
    lines.append(" " * width + "".join(f"{lab:>{cw}}" for lab in labels))
    for lab, row in zip(labels, report.confusion):
        lines.append(f"{lab:<{width}}" + "".join(f"{n:>{cw},}" for n in row))
    from .labels import relevant_labels

    rel = report.relevance(relevant_labels())
    lines.append("")
    lines.append(f"relevance for event coding ({', '.join(sorted(relevant_labels()))} vs the rest): "
                 f"accuracy {rel['accuracy']:.4f}; relevant articles taken as off-topic "
                 f"{rel['relevant_taken_as_off_topic']:.2%} of {rel['relevant']:,}; off-topic taken as "
                 f"relevant {rel['off_topic_taken_as_relevant']:.2%} of {rel['off_topic']:,}")
    if report.groups:
        lines.append("")
        lines.append(f"{'subset':<28}{'articles':>10}{'accuracy':>10}{'macro-F1':>10}")
        for key, g in report.groups.items():
            lines.append(f"{key:<28}{g.total:>10,}{g.accuracy:>10.4f}{g.macro_f1:>10.4f}")
    return "\n".join(lines)


def held_out_articles(news_dir: Optional[Path] = None) -> list[Article]:
    """The test part of the split, read from the shared corpora."""
    from .split import held_out

    news_dir = Path(news_dir) if news_dir else NEWS
    if not available(news_dir):
        raise InputError(f"{news_dir}: evaluation corpora not found (the shared data folder is not part of marsad)")
    return held_out(read_all(news_dir))


def run_eval(news_dir: Optional[Path] = None, out=None) -> int:
    """``marsad classify eval``: score the shipped model on the held-out split and print
    the report (and how it compares with the score recorded at training time)."""
    from .section import get_model

    out = out or sys.stdout
    model = get_model()
    articles = held_out_articles(news_dir)
    t0 = time.perf_counter()
    report = evaluate(model, articles)
    seconds = time.perf_counter() - t0
    print(format_report(report, "section classifier, held-out split (by site and by time; "
                                "see marsad/classify/split.py)"), file=out)
    recorded = (model.meta.get("test") or {}).get("macro_f1")
    if recorded is not None:
        print(f"\nrecorded at training time: macro-F1 {recorded:.4f}", file=out)
    print(f"classified {report.total:,} articles in {seconds:.1f} s ({report.total / seconds:,.0f}/s)", file=out)
    return 0
