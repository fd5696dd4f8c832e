"""The shipped NER tagger: load once, tag token lists, turn tags into spans.

Two linear-chain CRFs trained with python-crfsuite (:mod:`marsad.ner.train`): stage 1 reads
each sentence alone, stage 2 also reads what stage 1 said about the same word in the
neighbouring sentences. Sentences passed together to :func:`tag_sentences` are one
document — pass an article's sentences in one call.

Two ways to run the same models: ``backend="compiled"`` (the default) sums weights cached per
word form and decodes with numpy (:mod:`marsad.ner.decode`, several times faster);
``backend="crfsuite"`` hands the feature strings to python-crfsuite's Tagger. Both give the
same tags. Loading takes a fraction of a second: the compiled weights, the gazetteer, role
lexicon, word clusters and silver lexicon are each read once per process.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from ..errors import MarsadError
from . import decode
from .clusters import CLUSTERS_FILE
from .document import WINDOW, document_features
from .features import DEFAULT_GROUPS, Featurizer
from .score import chunks
from .silver import SILVER_FILE
from .train import COMPILED_FILE, META_FILE, MODEL_DIR, STAGE1_FILE, STAGE2_FILE

_MAX_CACHE = 150_000  # word forms whose weight vectors are kept (~0.8 kB each)
_OFFSET_SLOTS = ((-2, 1), (-1, 2), (1, 3), (2, 4))  # window offset → slot of _word_vectors


class Tagger:
    """The stage-1 and (when present) stage-2 CRFs with the featurizer they were trained with."""

    def __init__(self, model_dir: Path | str = MODEL_DIR, stages: int = 2, backend: str = "compiled",
                 o_bias: float | None = None):
        """``o_bias``: the decoder's O bias (default: the value recorded at training). The
        crfsuite backend decodes the plain CRF, i.e. with no bias."""
        d = Path(model_dir)
        self.dir = d
        meta_path = d / META_FILE.name
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
        opts = meta.get("options", {})
        self.window = int(opts.get("window", WINDOW))
        self.o_bias = float(meta.get("decode", {}).get("o_bias", 0.0)) if o_bias is None else o_bias
        self.featurizer = Featurizer(frozenset(opts.get("groups", DEFAULT_GROUPS)),
                                     keep_features=backend != "compiled")
        self.backend = backend
        if backend == "compiled":
            path = d / COMPILED_FILE.name
            if not path.is_file():
                raise MarsadError(f"{path}: NER model not found (rebuild it with `marsad ner train`)")
            self._compiled = decode.load(path, stages)
            self.stages = self._compiled.stages
            self._vectors: dict[str, tuple] = {}
        elif backend == "crfsuite":
            import pycrfsuite

            self._crfs = []
            for p in (d / STAGE1_FILE.name, d / STAGE2_FILE.name)[:stages]:
                if not p.is_file():
                    if not self._crfs:
                        raise MarsadError(f"{p}: NER model not found (rebuild it with `marsad ner train`)")
                    break
                t = pycrfsuite.Tagger()
                t.open(str(p))
                self._crfs.append(t)
            self.stages = len(self._crfs)
        else:
            raise ValueError(f"unknown backend {backend!r} (compiled or crfsuite)")

    def files(self) -> list[Path]:
        """The model files this tagger reads, the word clusters and silver lexicon its features
        use included (for size reports)."""
        names = [COMPILED_FILE.name] if self.backend == "compiled" else [STAGE1_FILE.name, STAGE2_FILE.name]
        return [self.dir / n for n in names if (self.dir / n).is_file()] + [
            f for f in (CLUSTERS_FILE, SILVER_FILE) if f.is_file()]

    def clear_cache(self) -> None:
        """Forget cached per-word features and scores (benchmarks measure from scratch)."""
        self.featurizer._cache.clear()
        self.featurizer._heads.clear()
        if self.backend == "compiled":
            self._vectors.clear()

    # ------------------------------------------------------------ compiled backend

    def _word_vectors(self, word: str) -> np.ndarray:
        """[slot, stage, label]: the summed weights of this word form's own features (slot 0)
        and of its window features as seen from offsets -2, -1, +1, +2 (slots 1–4)."""
        got = self._vectors.get(word)
        if got is None:
            if len(self._vectors) > _MAX_CACHE:
                self._vectors.clear()
            entry = self.featurizer.word_features(word)
            got = self._compiled.scores(entry[3:8])
            self._vectors[word] = got
        return got

    def _emissions(self, vectors: np.ndarray, sentence_of: np.ndarray, features: list[list[str]]) -> np.ndarray:
        """Label scores of every token of the document: its word form's vector, its
        neighbours' window vectors (within the sentence), and the weights of the features
        made for this sentence (lexicon marks, edges, bigrams), for every stage at once:
        [token, stage, label]."""
        em = vectors[:, 0].copy()
        for d, slot in _OFFSET_SLOTS:
            if d > 0:
                em[:-d] += vectors[d:, slot] * (sentence_of[:-d] == sentence_of[d:])[:, None, None]
            else:
                em[-d:] += vectors[:d, slot] * (sentence_of[-d:] == sentence_of[:d])[:, None, None]
        self._compiled.add_features(em, features)
        return em

    def _tag_compiled(self, words: list[list[str]], first: list[list[str]] | None = None,
                      o_bias: float | None = None) -> list[list[str]]:
        """Both stages; ``first`` replaces stage 1's tags (training uses jackknifed ones to
        choose ``o_bias``), ``o_bias`` the recorded bias."""
        fz = self.featurizer
        bias = self.o_bias if o_bias is None else o_bias
        crf = self._compiled
        live = [k for k, w in enumerate(words) if w]
        out: list[list[str]] = [[] for _ in words]
        if not live:
            return out
        bounds: list[tuple[int, int]] = []
        rows: list[np.ndarray] = []
        extra: list[list[str]] = []
        for k in live:
            per, _, x = fz.layout(words[k])
            bounds.append((len(rows), len(rows) + len(per)))
            rows.extend(self._word_vectors(w) for w in words[k])
            extra.extend(x)
        vectors = np.stack(rows)
        sentence_of = np.repeat(np.arange(len(bounds)), [b - a for a, b in bounds])
        em = self._emissions(vectors, sentence_of, extra)
        if first is None:
            if crf.stages == 1:
                self._bias(em[:, 0], bias)
            tags = crf.viterbi(0, em[:, 0], bounds)
        else:
            tags = [list(first[k]) for k in live]
        if crf.stages > 1:
            doc = document_features([words[k] for k in live], tags, self.window)
            em1 = em[:, 1].copy()
            crf.add_features(em1, [f for sent in doc for f in sent], stage=1)
            self._bias(em1, bias)
            tags = crf.viterbi(1, em1, bounds)
        for k, t in zip(live, tags):
            out[k] = t
        return out

    def _bias(self, emissions: np.ndarray, bias: float) -> None:
        """Lower the score of O by ``bias`` (chosen on held-out training data; 0 = plain CRF)."""
        if bias:
            emissions[:, self._compiled.labels.index("O")] -= bias

    def tag_with_first_stage(self, sentences: Sequence[Sequence[str]], first: Sequence[Sequence[str]],
                             o_bias: float | None = None) -> list[list[str]]:
        """Stage-2 tags given stage-1 tags (compiled backend; for choosing the bias in training)."""
        return self._tag_compiled([list(s) for s in sentences], [list(t) for t in first], o_bias)

    # ------------------------------------------------------------ crfsuite backend

    def _tag_crfsuite(self, words: list[list[str]]) -> list[list[str]]:
        feats = [self.featurizer.sentence(w) if w else [] for w in words]
        first = [list(self._crfs[0].tag(f)) if f else [] for f in feats]
        if self.stages == 1:
            return first
        for fs, ds in zip(feats, document_features(words, first, self.window)):
            for f, x in zip(fs, ds):
                f.extend(x)
        return [list(self._crfs[1].tag(f)) if f else [] for f in feats]

    # ------------------------------------------------------------ API

    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tags (O, B-/I- × PERS LOC ORG MISC) for every token of every sentence; the
        sentences are read as one document."""
        words = [list(s) for s in sentences]
        if self.backend == "compiled":
            return self._tag_compiled(words)
        return self._tag_crfsuite(words)

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """Tags of one sentence read alone."""
        return self.tag_sentences([tokens])[0]


@lru_cache(maxsize=4)
def load(model_dir: str | None = None, backend: str = "compiled") -> Tagger:
    """The tagger in a model folder (the shipped one by default), loaded once per process."""
    return Tagger(model_dir or MODEL_DIR, backend=backend)


def tag(tokens: Sequence[str]) -> list[str]:
    """Tags of one sentence's tokens with the shipped model."""
    return load().tag(tokens)


def tag_sentences(sentences: Sequence[Sequence[str]]) -> list[list[str]]:
    """Tags of several sentences (one document) with the shipped model."""
    return load().tag_sentences(sentences)


def spans(tokens: Sequence[str], tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entities as token ranges [start, end) with their type, decoded as conlleval does."""
    if len(tokens) != len(tags):
        raise ValueError(f"{len(tokens)} tokens but {len(tags)} tags")
    return chunks(tags)
