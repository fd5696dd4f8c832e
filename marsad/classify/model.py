"""The shipped section model: its file format and its arithmetic, in plain Python.

The model is a multinomial logistic regression over TF-IDF features (raw term counts,
smoothed IDF, L2-normalised rows: the scikit-learn recipe it was trained with).
Prediction needs no scikit-learn and no numpy: with raw counts, a document's score is a sum
of per-word scores, each computed once per distinct word and cached.

Two files in ``data/classify``:

* ``section-model.bin.gz`` — one JSON header line (labels, feature spec, per-label bias and
  weight scale, temperature, block sizes), then three binary blocks: the feature strings
  (UTF-8, newline-separated), IDF values (float32, for the norm) and, label by label, each
  feature's idf × weight as int16 (= int16 × the label's scale: a 0.003 % quantisation
  step, invisible in the scores and half the size of float32).
* ``section-model.json`` — what a reader wants without unpacking: how the model was
  trained, the split counts and the held-out scores, and the SHA-256 of the binary file.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import math
import sys
from array import array
from collections import Counter
from dataclasses import dataclass, field
from operator import itemgetter, mul
from pathlib import Path
from typing import Sequence

from ..errors import MarsadError
from ..resources import data_path
from .features import FeatureSpec, article_words, word_ids

FORMAT = "marsad-section-model/1"
MODEL_BIN = "section-model.bin.gz"
MODEL_META = "section-model.json"
WORD_CACHE_LIMIT = 100_000  # distinct words kept with their scores (about 55 MB when full)


def default_paths() -> tuple[Path, Path]:
    return data_path("classify", MODEL_BIN), data_path("classify", MODEL_META)


@dataclass
class SectionModel:
    """Weights and vocabulary of the classifier; :meth:`decision` is the whole arithmetic."""

    labels: tuple[str, ...]
    spec: FeatureSpec
    features: list[str]            # feature strings, id = position
    idf: array                     # float32, one per feature
    weights: list[array]           # int16 per label, one per feature: idf × weight, quantised
    scales: list[float]            # idf × weight = int16 * scale, per label
    bias: list[float]
    temperature: float = 1.0       # probabilities are softmax(decision / temperature)
    meta: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.vocabulary = {f: i for i, f in enumerate(self.features)}
        # word -> (feature ids, per-label score of one occurrence): see decision(). News
        # repeats its words, so after a few hundred articles nearly every word is a hit.
        # Bounded: when full it is simply emptied (rare, and cheaper than LRU bookkeeping).
        self._words: dict[str, tuple[tuple[int, ...], tuple[float, ...]]] = {}

    # ---- arithmetic -------------------------------------------------------------------
    def _word(self, word: str) -> tuple[tuple[int, ...], tuple[float, ...]]:
        """Feature ids of a word and what one occurrence adds to each label's score
        before normalisation: sum over its features of idf × weight (stored folded, as
        integers: an exact integer sum, scaled once)."""
        if len(self._words) >= WORD_CACHE_LIMIT:
            self._words.clear()
        ids = word_ids(word, self.vocabulary, self.spec)
        if len(ids) > 1:
            pick = itemgetter(*ids)
            scores = tuple([s * sum(pick(w)) for w, s in zip(self.weights, self.scales)])
        elif ids:
            scores = tuple([s * w[ids[0]] for w, s in zip(self.weights, self.scales)])
        else:
            scores = ()
        got = self._words[word] = (ids, scores)
        return got

    def decision(self, words: Sequence[str]) -> list[float]:
        """Per-label linear scores (before the softmax): bias + w · x, where x is the
        L2-normalised vector of term frequency × idf.

        Term frequencies are raw counts, so x is a sum over word occurrences and w · x is
        the sum of per-word scores (cached per distinct word) divided by the norm of x; only
        the norm needs the features themselves, counted by :class:`collections.Counter`
        (a C loop). Per token the Python work is one dictionary look-up."""
        get = self._words.get
        flat: list[int] = []
        extend = flat.extend
        rows: list[tuple[float, ...]] = []
        append = rows.append
        for w in words:
            entry = get(w)
            if entry is None:
                entry = self._word(w)
            if entry[0]:
                extend(entry[0])
                append(entry[1])
        if not flat:
            return list(self.bias)
        tf = Counter(flat)
        ids = list(tf)
        if len(ids) == 1:
            norm = tf[ids[0]] * self.idf[ids[0]]
        else:
            vals = list(map(mul, tf.values(), itemgetter(*ids)(self.idf)))
            norm = math.sqrt(sum(map(mul, vals, vals)))
        return [b + x / norm for b, x in zip(self.bias, map(sum, zip(*rows)))]

    def probabilities(self, title: str, text: str) -> list[float]:
        """Calibrated probabilities of each label, in :attr:`labels` order."""
        return softmax(self.decision(article_words(title, text, self.spec)), self.temperature)

    # ---- file format ------------------------------------------------------------------
    def save(self, bin_path: Path, meta_path: Path) -> None:
        vocab = "\n".join(self.features).encode("utf-8")
        idf = _le(self.idf).tobytes()
        weights = b"".join(_le(w).tobytes() for w in self.weights)
        header = {"format": FORMAT, "labels": list(self.labels), "spec": self.spec.to_dict(),
                  "bias": self.bias, "scales": self.scales, "temperature": self.temperature,
                  "n_features": len(self.features), "vocab_bytes": len(vocab)}
        raw = json.dumps(header, ensure_ascii=False).encode("utf-8") + b"\n" + vocab + idf + weights
        # mtime=0: the same model gives the same bytes (a deterministic rebuild is checkable).
        data = gzip.compress(raw, compresslevel=9, mtime=0)
        bin_path.write_bytes(data)
        meta = dict(self.meta)
        meta.update({"format": FORMAT, "model_file": bin_path.name,
                     "sha256": hashlib.sha256(data).hexdigest(), "labels": list(self.labels),
                     "spec": self.spec.to_dict(), "temperature": self.temperature,
                     "n_features": len(self.features)})
        meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, bin_path: Path, meta_path: Path | None = None) -> "SectionModel":
        try:
            raw = gzip.decompress(bin_path.read_bytes())
        except (OSError, EOFError) as exc:
            raise MarsadError(f"{bin_path}: cannot read the section model: {exc}") from None
        nl = raw.index(b"\n")
        header = json.loads(raw[:nl])
        if header.get("format") != FORMAT:
            raise MarsadError(f"{bin_path}: not a {FORMAT} file")
        n = header["n_features"]
        pos = nl + 1
        vocab = raw[pos:pos + header["vocab_bytes"]].decode("utf-8").split("\n")
        pos += header["vocab_bytes"]
        idf = _from_le("f", raw[pos:pos + 4 * n])
        pos += 4 * n
        weights = []
        for _ in header["labels"]:
            weights.append(_from_le("h", raw[pos:pos + 2 * n]))
            pos += 2 * n
        if len(vocab) != n or pos != len(raw):
            raise MarsadError(f"{bin_path}: truncated or inconsistent section model")
        meta = {}
        if meta_path is not None and meta_path.is_file():
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        return cls(labels=tuple(header["labels"]), spec=FeatureSpec.from_dict(header["spec"]),
                   features=vocab, idf=idf, weights=weights, scales=list(header["scales"]),
                   bias=list(header["bias"]), temperature=float(header["temperature"]), meta=meta)


def quantize(values: Sequence[float]) -> tuple[array, float]:
    """int16 weights and the scale that restores them (max |w| maps to 32767)."""
    top = max((abs(v) for v in values), default=0.0) or 1.0
    scale = top / 32767.0
    return array("h", (int(round(v / scale)) for v in values)), scale


def _le(a: array) -> array:
    """A little-endian copy (the file format) on any machine."""
    if sys.byteorder == "big":
        a = array(a.typecode, a)
        a.byteswap()
    return a


def _from_le(typecode: str, data: bytes) -> array:
    a = array(typecode)
    a.frombytes(data)
    if sys.byteorder == "big":
        a.byteswap()
    return a


def softmax(d: Sequence[float], temperature: float = 1.0) -> list[float]:
    top = max(d)
    e = [math.exp((x - top) / temperature) for x in d]
    z = sum(e)
    return [x / z for x in e]


def check_labels(model: SectionModel, expected: Sequence[str]) -> None:
    """The model must predict the labels of labels.tsv (retrain after changing them)."""
    if tuple(model.labels) != tuple(expected):
        raise MarsadError("the section model's labels (" + ", ".join(model.labels) + ") differ from "
                          "classify/labels.tsv (" + ", ".join(expected) + "): run `marsad classify train`")


def load_default() -> SectionModel:
    bin_path, meta_path = default_paths()
    if not bin_path.is_file():
        raise MarsadError(f"{bin_path}: section model missing: run `marsad classify train`")
    return SectionModel.load(bin_path, meta_path)
