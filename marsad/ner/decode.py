"""A CRF decoder in numpy, compiled from the crfsuite models for speed.

python-crfsuite trains the models (:mod:`marsad.ner.train`) and can tag with them, but it
looks up every feature string of every token in the model file, twice (two stages): about
60 µs a token, a third of the 20,000 tokens/s the pipeline needs. Most features depend on
the word form alone, and news repeats word forms, so marsad sums their weights once per word
form and stage and caches the score vectors; a document is then a few array additions (the
word vectors, the neighbours' window vectors, the weights of the features made for this
sentence) and one Viterbi pass over all its sentences at once. The weights are those of the
crfsuite models, exported by :func:`export` into ``crf-compiled.json.gz``; decoding gives the
same tags as crfsuite (checked by the tests).

The file holds, per stage, the labels, the transition matrix and, for every attribute with a
non-zero weight, its weights by label.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Sequence

import numpy as np


_BATCH = 64  # sentences decoded together


class CompiledCRF:
    """The stages of the tagger (linear-chain CRFs over the same labels): per stage the
    transitions, and one weight table for all stages — row = attribute, then [stage, label] —
    so that each feature string is looked up once however many stages read it."""

    def __init__(self, stages: Sequence[dict]):
        self.labels = tuple(stages[0]["labels"])
        if any(tuple(s["labels"]) != self.labels for s in stages):
            raise ValueError("the stages of a compiled CRF must share their labels")
        self.n = len(self.labels)
        self.stages = len(stages)
        self.trans = [np.asarray(s["transitions"], dtype=np.float64) for s in stages]  # [i, j]: j after i
        attrs = sorted({a for s in stages for a in s["weights"]})
        self.index = {a: k for k, a in enumerate(attrs)}
        self.zero_row = len(attrs)  # unknown attributes read this all-zero row
        self.weights = np.zeros((len(attrs) + 1, self.stages, self.n))
        for k, s in enumerate(stages):
            cells = [(self.index[a], label, w) for a, pairs in s["weights"].items() for label, w in pairs]
            if cells:
                rows, cols, values = zip(*cells)
                self.weights[list(rows), k, list(cols)] = values

    def scores(self, bags: Sequence[Sequence[str]]) -> np.ndarray:
        """[bag, stage, label]: the summed weights of each bag of attributes."""
        out = np.zeros((len(bags), self.stages, self.n))
        self.add_features(out, bags)
        return out

    def add_features(self, emissions: np.ndarray, features: Sequence[Sequence[str]],
                     stage: int | None = None) -> None:
        """Add to each token's scores (row ``i`` of ``emissions``: [stage, label], or
        [label] of one ``stage``) the weights of its features ``features[i]``."""
        get, zero = self.index.get, self.zero_row
        rows = np.array([get(a, zero) for attrs in features for a in attrs], dtype=np.intp)
        owners = np.repeat(np.arange(len(features)), [len(attrs) for attrs in features])
        known = rows != zero
        w = self.weights[rows[known]]
        np.add.at(emissions, owners[known], w if stage is None else w[:, stage])

    def viterbi(self, stage: int, emissions: np.ndarray, bounds: Sequence[tuple[int, int]]) -> list[list[str]]:
        """The best label sequence of every sentence at ``stage``; ``emissions`` holds the label
        scores of all tokens, sentence ``k`` being rows ``bounds[k]`` = [start, end). Sentences
        of similar length are decoded together (:meth:`_viterbi_batch`), so that padding
        stays short."""
        order = sorted(range(len(bounds)), key=lambda k: bounds[k][1] - bounds[k][0])
        out: list[list[str]] = [[] for _ in bounds]
        for i in range(0, len(order), _BATCH):
            chunk = order[i:i + _BATCH]
            for k, tags in zip(chunk, self._viterbi_batch(stage, emissions, [bounds[k] for k in chunk])):
                out[k] = tags
        return out

    def _viterbi_batch(self, stage: int, emissions: np.ndarray,
                       bounds: Sequence[tuple[int, int]]) -> list[list[str]]:
        """Viterbi over several sentences at once, one array step per token position. Ties go
        to the lower label index, as in crfsuite."""
        starts = np.array([a for a, _ in bounds])
        lens = np.array([b - a for a, b in bounds])
        longest = int(lens.max())
        if longest == 0:
            return [[] for _ in bounds]
        steps = np.arange(longest)
        em = emissions[starts[:, None] + np.minimum(steps[None, :], np.maximum(lens, 1)[:, None] - 1)]
        score = em[:, 0].copy()
        history = np.empty((longest, len(bounds), self.n))  # best score ending in each label
        history[0] = score
        back = np.zeros((longest, len(bounds), self.n), dtype=np.int8)
        trans = self.trans[stage][None]
        for t in range(1, longest):
            cand = score[:, :, None] + trans  # [sentence, previous label, label]
            back[t] = cand.argmax(axis=1)
            score = history[t] = cand.max(axis=1) + em[:, t]
        # a sentence ends at its own length: its best last label, then back through ``back``
        ends = history[np.maximum(lens, 1) - 1, np.arange(len(bounds))].argmax(axis=1).tolist()
        labels = self.labels
        out = []
        for k, n in enumerate(lens.tolist()):
            path = [ends[k]]
            rows = back[:n, k].tolist()  # only this sentence's steps: the padding is never read
            for t in range(n - 1, 0, -1):
                path.append(rows[t][path[-1]])
            path.reverse()
            out.append([labels[j] for j in path[:n]])
        return out


def export(model_paths: Sequence[Path | str], out_path: Path | str) -> Path:
    """Write the weights of crfsuite models (stage 1, stage 2 …) into one compiled file.

    Weights are rounded to 7 significant digits (enough for identical decoding) and written
    in a fixed order with a zero gzip time stamp, so that a rebuild is byte-identical."""
    import pycrfsuite

    stages = []
    for path in model_paths:
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        info = tagger.info()
        labels = sorted(tagger.labels())
        index = {label: i for i, label in enumerate(labels)}
        trans = [[0.0] * len(labels) for _ in labels]
        for (a, b), w in info.transitions.items():
            trans[index[a]][index[b]] = float(f"{w:.7g}")
        weights: dict[str, list[list[float]]] = {}
        for (attr, label), w in sorted(info.state_features.items()):
            if w != 0.0:
                weights.setdefault(attr, []).append([index[label], float(f"{w:.7g}")])
        stages.append({"labels": labels, "transitions": trans, "weights": weights})
    out = Path(out_path)
    data = json.dumps({"format": "marsad-crf-1", "stages": stages}, ensure_ascii=False,
                      separators=(",", ":"), sort_keys=True).encode("utf-8")
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(data)
    return out


def load(path: Path | str, stages: int = 2) -> CompiledCRF:
    """The first ``stages`` stages of a compiled file."""
    with gzip.open(path, "rb") as fh:
        data = json.loads(fh.read())
    if data.get("format") != "marsad-crf-1":
        raise ValueError(f"{path}: not a compiled marsad CRF")
    return CompiledCRF(data["stages"][:stages])
