"""The merged section labels, their political relevance, and the corpus category mapping.

Both live in ``data/classify`` as TSV files an editor can change without touching code:
``labels.tsv`` (label, relevant, description) and ``categories.tsv`` (corpus, category,
label, why). Relevance is a property of the label, not of the model, so changing which
sections are coded needs no retraining; changing the mapping does.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..errors import InputError
from ..resources import read_tsv

EXCLUDED = "-"  # label cell of a category that is left out of training and testing


@dataclass(frozen=True)
class Label:
    name: str
    relevant: bool
    description: str


@lru_cache(maxsize=1)
def label_table() -> tuple[Label, ...]:
    """The labels in file order (the order of :attr:`Section.scores` and the reports)."""
    out = []
    for row in read_tsv("classify", "labels.tsv"):
        flag = row["relevant"].lower()
        if flag not in ("yes", "no"):
            raise ValueError(f"classify/labels.tsv: relevant must be yes or no, not {flag!r}")
        out.append(Label(row["label"], flag == "yes", row["description"]))
    return tuple(out)


def labels() -> tuple[str, ...]:
    return tuple(lab.name for lab in label_table())


def relevant_labels() -> frozenset[str]:
    return frozenset(lab.name for lab in label_table() if lab.relevant)


def is_relevant(label: str) -> bool:
    """Whether events should be coded in an article of this section (labels.tsv)."""
    for lab in label_table():
        if lab.name == label:
            return lab.relevant
    raise InputError(f"unknown section label {label!r} (known: {', '.join(labels())})")


@lru_cache(maxsize=1)
def category_map() -> dict[tuple[str, str], str]:
    """(corpus, category) -> merged label, or :data:`EXCLUDED`."""
    known = set(labels())
    table: dict[tuple[str, str], str] = {}
    for row in read_tsv("classify", "categories.tsv"):
        label = row["label"]
        if label != EXCLUDED and label not in known:
            raise ValueError(f"classify/categories.tsv: {row['corpus']}/{row['category']} maps to "
                             f"unknown label {label!r}")
        table[(row["corpus"], row["category"])] = label
    return table


def merged_label(corpus: str, category: str) -> Optional[str]:
    """The merged label of a corpus category; None when the category is excluded.
    An unmapped category is an error: the mapping must say what to do with every one."""
    label = category_map().get((corpus, category))
    if label is None:
        raise InputError(f"{corpus}: category {category!r} is not in classify/categories.tsv")
    return None if label == EXCLUDED else label
