"""Training the section classifier (``marsad classify train``): scikit-learn, build time only.

Reads the ANT corpora from ``../shared/data/news``, makes the held-out split
(:mod:`marsad.classify.split`), and fits a multinomial logistic regression on TF-IDF
features of the training part (:mod:`marsad.classify.features`). The probabilities are
then calibrated with one temperature fitted on the ``dev`` part (the held-out site before
the cutoff), the weights are exported in the plain-Python format of
:mod:`marsad.classify.model`, and the exported model — exactly what ships — is scored on
the test part; the scores go into ``section-model.json``.

Deterministic: the corpora are read in file order, the vocabulary is sorted, and lbfgs
has no randomness (``random_state`` is fixed anyway). Two runs write identical files.

The document-term matrix is built with two sparse products rather than a Python loop per
document: documents × words (counts) times words × features (what each word contributes,
:func:`marsad.classify.features.word_features`). A document's features are the sum of its
words', so the product is exactly what the plain-Python predictor computes.
"""
from __future__ import annotations

import sys
import time
from array import array
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Optional, Sequence

from ..errors import InputError, MarsadError
from .corpus import NEWS, Article, available, read_all
from .evaluate import evaluate
from .features import FeatureSpec, article_words, word_features
from .labels import labels as label_names
from .model import SectionModel, default_paths, quantize
from .split import CUTOFFS, HELD_OUT_SOURCES, Split, make_split


@dataclass(frozen=True)
class TrainConfig:
    """Hyperparameters, chosen on the dev part (BBC before the cutoff; see
    marsad/classify/README.md for the comparison)."""

    spec: FeatureSpec = field(default_factory=FeatureSpec)
    min_df: int = 3          # a feature must occur in this many training articles
    C: float = 30.0          # inverse L2 regularisation of the logistic regression
    class_weight: str = "balanced"  # sections are unequal (politics 60 %, culture 3 %)
    max_iter: int = 3000
    seed: int = 0

    def to_dict(self) -> dict:
        d = asdict(self)
        d["spec"] = self.spec.to_dict()
        return d


def _need_sklearn():
    try:
        import numpy as np  # noqa: F401
        import scipy.sparse  # noqa: F401
        from sklearn.linear_model import LogisticRegression  # noqa: F401
    except ImportError:
        raise MarsadError("training needs scikit-learn: pip install 'marsad[train]'") from None


@dataclass
class Matrices:
    """The TF-IDF matrices of the parts and the vocabulary they share."""

    features: list[str]
    idf: "object"                  # numpy float64 array
    X: dict[str, "object"]         # part -> csr matrix
    y: dict[str, list[str]]


def build_matrices(parts: dict[str, Sequence[Article]], spec: FeatureSpec, min_df: int,
                   fit_part: str = "train") -> Matrices:
    """TF-IDF (raw counts, smoothed idf, L2 rows) with the vocabulary of ``fit_part``."""
    import numpy as np
    import scipy.sparse as sp

    counts = {name: [Counter(article_words(a.title, a.text, spec)) for a in arts]
              for name, arts in parts.items()}
    vocab_words = sorted({w for docs in counts.values() for c in docs for w in c})
    word_row = {w: i for i, w in enumerate(vocab_words)}

    # words x features (provisional feature ids, in order of first appearance over sorted words)
    feat_col: dict[str, int] = {}
    rows, cols = [], []
    for r, w in enumerate(vocab_words):
        for f in word_features(w, spec):
            c = feat_col.get(f)
            if c is None:
                c = feat_col[f] = len(feat_col)
            rows.append(r)
            cols.append(c)
    F = sp.csr_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)),
                      shape=(len(vocab_words), len(feat_col)))

    def doc_words(docs: list[Counter]):
        indptr, idx, data = [0], [], []
        for c in docs:
            for w, n in c.items():
                idx.append(word_row[w])
                data.append(n)
            indptr.append(len(idx))
        return sp.csr_matrix((np.array(data, dtype=np.float64), idx, indptr),
                             shape=(len(docs), len(vocab_words)))

    tf = {name: (doc_words(docs) @ F).tocsr() for name, docs in counts.items()}
    n_docs = tf[fit_part].shape[0]
    df = np.asarray((tf[fit_part] > 0).sum(axis=0)).ravel()
    names = np.empty(len(feat_col), dtype=object)
    for f, c in feat_col.items():
        names[c] = f
    keep = np.flatnonzero(df >= min_df)
    keep = keep[np.argsort(names[keep].astype(str), kind="stable")]  # canonical order: sorted strings
    features = [str(s) for s in names[keep]]
    idf = np.log((1.0 + n_docs) / (1.0 + df[keep])) + 1.0
    X = {}
    for name, m in tf.items():
        m = m[:, keep].tocsr()
        m = m.multiply(idf[np.newaxis, :]).tocsr()
        norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        X[name] = sp.diags(1.0 / norms) @ m
    y = {name: [a.label for a in arts] for name, arts in parts.items()}
    return Matrices(features, idf, {k: v.tocsr() for k, v in X.items()}, y)


def fit_temperature(decision, y_idx) -> float:
    """The temperature that minimises the log-loss of softmax(decision / T) on held-out
    articles: logistic regression with little regularisation is over-confident, and one
    scalar fixes most of it without changing any prediction."""
    import numpy as np

    def nll(t: float) -> float:
        z = decision / t
        z = z - z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        return float(-logp[np.arange(len(y_idx)), y_idx].mean())

    grid = np.exp(np.linspace(np.log(0.05), np.log(20.0), 241))
    best = min(grid, key=nll)
    return float(round(best, 4))


def train_model(split: Split, config: TrainConfig, log=print) -> SectionModel:
    """Fit on ``split.train``; calibrate on ``split.dev``; return the exportable model."""
    _need_sklearn()
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    labels = label_names()
    t0 = time.perf_counter()
    mats = build_matrices({"train": split.train, "dev": split.dev}, config.spec, config.min_df)
    log(f"features: {len(mats.features):,} ({time.perf_counter() - t0:.0f} s)")
    missing = [lab for lab in labels if lab not in set(mats.y["train"])]
    if missing:
        raise InputError(f"no training articles for label(s) {', '.join(missing)}")
    t0 = time.perf_counter()
    clf = LogisticRegression(C=config.C, class_weight=config.class_weight, max_iter=config.max_iter,
                             random_state=config.seed)
    clf.fit(mats.X["train"], mats.y["train"])
    log(f"fitted in {time.perf_counter() - t0:.0f} s ({int(np.max(clf.n_iter_))} iterations)")
    order = [list(clf.classes_).index(lab) for lab in labels]
    coef = clf.coef_[order]
    bias = clf.intercept_[order]
    dev_decision = mats.X["dev"] @ coef.T + bias
    y_dev = np.array([labels.index(lab) for lab in mats.y["dev"]])
    temperature = fit_temperature(dev_decision, y_dev)
    log(f"temperature (dev): {temperature}")
    weights, scales = [], []
    for row in coef * mats.idf[np.newaxis, :]:  # folded: a word's score is then a plain sum
        q, s = quantize(row.tolist())
        weights.append(q)
        scales.append(s)
    return SectionModel(labels=tuple(labels), spec=config.spec, features=mats.features,
                        idf=array("f", mats.idf.tolist()), weights=weights, scales=scales,
                        bias=[float(b) for b in bias], temperature=temperature)


def split_summary(split: Split) -> dict:
    """Counts per part and label, and the rules, for section-model.json and the report."""
    counts = split.counts()
    return {
        "cutoffs": {k: v.isoformat() for k, v in CUTOFFS.items()},
        "held_out_sources": sorted(HELD_OUT_SOURCES),
        "parts": {k: {"total": sum(v.values()), **dict(sorted(v.items()))} for k, v in counts.items()},
        "near_duplicates_dropped_from_train": len(split.near_duplicates),
        "repeats_dropped_from_test": len(split.test_repeats),
    }


def run_train(news_dir: Optional[Path] = None, out_dir: Optional[Path] = None,
              config: Optional[TrainConfig] = None, quiet: bool = False) -> int:
    """``marsad classify train``: rebuild the shipped model from the shared corpora and
    record its held-out scores. Returns the exit status."""
    news_dir = Path(news_dir) if news_dir else NEWS
    if not available(news_dir):
        raise InputError(f"{news_dir}: training corpora not found (the shared data folder is not part of marsad)")
    _need_sklearn()
    config = config or TrainConfig()
    log = (lambda *a: None) if quiet else (lambda *a: print(*a, file=sys.stderr, flush=True))
    started = time.perf_counter()
    articles = read_all(news_dir)
    split = make_split(articles)
    summary = split_summary(split)
    log("split: " + ", ".join(f"{k} {v['total']:,}" for k, v in summary["parts"].items())
        + f"; {summary['near_duplicates_dropped_from_train']} near-duplicates dropped from train")
    model = train_model(split, config, log)
    report = evaluate(model, split.test)
    log(f"test: accuracy {report.accuracy:.4f}, macro-F1 {report.macro_f1:.4f}")
    # no timings in the metadata: two runs must write identical files
    model.meta = {"trained_with": config.to_dict(), "split": summary, "test": report.to_dict()}
    if out_dir is None:
        bin_path, meta_path = default_paths()
    else:
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        bin_path, meta_path = out_dir / default_paths()[0].name, out_dir / default_paths()[1].name
    model.save(bin_path, meta_path)
    log(f"wrote {bin_path} ({bin_path.stat().st_size / 1e6:.2f} MB) and {meta_path.name} "
        f"in {time.perf_counter() - started:.0f} s")
    return 0
