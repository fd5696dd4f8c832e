"""Word clusters learned without labels from the news corpora: the tagger's window on words
that ANERcorp never labels.

ANERcorp has 125,000 training tokens; most names in tomorrow's news are not among them.
Words that occur in the same contexts (after قال, after الرئيس, before بن, after في …) fall
into the same cluster, so a name unseen in training still shares a feature with the names
that were seen. The clusters are built once from ``../shared/data/news/`` (and the raw
tokens of ANERcorp's *training* part — never its test part), shipped as a small gzipped TSV,
and read at run time by :func:`lookup`.

Recipe (deterministic: fixed seeds):

1. tokenize and normalise every title and text (:func:`marsad.text.tokens.tokenize`,
   :func:`marsad.text.normalize.norm`); lines are sequences, with a boundary marker;
2. count, for the ``vocab`` most frequent words, their left and right neighbours at
   distances 1 and 2 among the ``contexts`` most frequent words (one column per
   direction × distance × context word: direction matters for names, which precede
   بن/قال and follow titles);
3. positive PMI with context-distribution smoothing (α = 0.75), truncated SVD, unit rows;
4. k-means at several granularities (``ks``), k-means on the left-context and the
   right-context columns alone (``side_k``: what precedes a name — titles, في — and what
   follows it — قال, بن — are different clues), and a binary tree over the finest
   clusters' centroids (Ward) whose root-to-leaf paths give Brown-style bit strings.

The file ``marsad/data/ner/clusters.tsv.gz`` has one line per word:
``word<TAB>id<TAB>id<TAB>…<TAB>bitpath``, preceded by ``#`` comment lines that record the
parameters and name the columns (``# columns=k64,k256,k1024,L256,R256``). Rebuild with ``python -m marsad.ner.clusters`` (a few minutes on one core).
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from ..resources import data_path
from ..text.normalize import norm
from ..text.tokens import tokenize

CLUSTERS_FILE = data_path("ner", "clusters.tsv.gz")
NEWS_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "news"
NEWS_FILES = ("ant-multisource-2018.jsonl.gz", "ant-jawharafm.jsonl.gz")


@dataclass(frozen=True)
class ClusterParams:
    """Everything that determines the clusters (recorded in the file's header)."""

    vocab: int = 50_000
    contexts: int = 10_000
    dims: int = 200
    ks: tuple[int, ...] = (64, 256, 1024)
    side_k: int = 256  # k-means on left-only and right-only contexts (0: none)
    seed: int = 0
    min_count: int = 3
    with_anercorp_train: bool = True


@dataclass
class WordClusters:
    """Word → cluster ids, one per clustering (``columns``: k64, k256, k1024 on both sides'
    contexts, L256/R256 on left/right contexts only), plus the bit-string path of the finest."""

    columns: tuple[str, ...] = ()
    ids: dict[str, tuple[str, ...]] = field(default_factory=dict)
    paths: dict[str, str] = field(default_factory=dict)

    def get(self, word: str) -> tuple[str, ...] | None:
        return self.ids.get(word)


# ---------------------------------------------------------------- reading the shipped file


def read(path: Path | str = CLUSTERS_FILE) -> WordClusters:
    """Parse a clusters file (see the module docstring for its format)."""
    columns: tuple[str, ...] = ()
    ids: dict[str, tuple[str, ...]] = {}
    paths: dict[str, str] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                if line.startswith("# columns="):
                    columns = tuple(line[10:].strip().split(","))
                continue
            parts = line.rstrip("\n").split("\t")
            n = len(columns)
            ids[parts[0]] = tuple(parts[1:1 + n])
            if len(parts) > n + 1 and parts[n + 1]:
                paths[parts[0]] = parts[n + 1]
    return WordClusters(columns, ids, paths)


@lru_cache(maxsize=1)
def shipped() -> WordClusters:
    """The clusters that ship with marsad (empty when the file is missing, e.g. mid-rebuild)."""
    if not CLUSTERS_FILE.is_file():
        return WordClusters()
    return read(CLUSTERS_FILE)


# ---------------------------------------------------------------- building


def _news_lines(news_dir: Path) -> Iterator[str]:
    for name in NEWS_FILES:
        path = news_dir / name
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for raw in fh:
                rec = json.loads(raw)
                for part in (rec.get("title"), rec.get("text")):
                    if part:
                        yield from part.splitlines()


def corpus(news_dir: Path = NEWS_DIR, with_anercorp_train: bool = True) -> Iterator[list[str]]:
    """Sequences of normalised tokens: every line of every news text, then ANERcorp's
    training sentences (raw tokens only, no tags)."""
    for line in _news_lines(news_dir):
        toks = [t.norm for t in tokenize(line)]
        if toks:
            yield toks
    if with_anercorp_train:
        from .camel_split import available, load_split

        if available():
            train, _ = load_split()
            for sent in train:
                yield [norm(tok) for tok, _ in sent]


def build(params: ClusterParams = ClusterParams(), news_dir: Path = NEWS_DIR,
          log=lambda msg: print(msg, file=sys.stderr)) -> tuple[list[str], list[tuple[str, tuple[int, ...], str]]]:
    """Column names and rows (word, cluster id per column, bit path) for the ``params.vocab``
    most frequent words."""
    import numpy as np
    from scipy import sparse
    from scipy.cluster.hierarchy import linkage, to_tree
    from sklearn.cluster import KMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize as l2

    t0 = time.time()
    seqs: list[list[str]] = list(corpus(news_dir, params.with_anercorp_train))
    counts: dict[str, int] = {}
    for s in seqs:
        for w in s:
            counts[w] = counts.get(w, 0) + 1
    ranked = sorted((w for w, c in counts.items() if c >= params.min_count), key=lambda w: (-counts[w], w))
    vocab = ranked[: params.vocab]
    index = {w: i for i, w in enumerate(vocab)}
    V, C = len(vocab), min(params.contexts, len(vocab))
    rare, bound = V, V + 1
    log(f"clusters: {len(seqs):,} sequences, {sum(counts.values()):,} tokens, {len(counts):,} types, "
        f"vocab {V:,} ({time.time() - t0:.0f} s)")

    ids: list[int] = [bound, bound]
    for s in seqs:
        ids.extend(index.get(w, rare) for w in s)
        ids.extend((bound, bound))
    del seqs
    a = np.asarray(ids, dtype=np.int64)
    del ids
    # context column of each position: the word when among the C most frequent, else rare/boundary
    ctx = np.where(a < C, a, np.where(a == bound, C + 1, C))
    width = C + 2
    offsets = (-2, -1, 1, 2)
    mat = None
    for k, d in enumerate(offsets):
        if d > 0:
            tgt, cc = a[:-d], ctx[d:]
        else:
            tgt, cc = a[-d:], ctx[:d]
        keep = tgt < V
        m = sparse.coo_matrix((np.ones(int(keep.sum()), dtype=np.float64), (tgt[keep], cc[keep] + k * width)),
                              shape=(V, width * len(offsets))).tocsr()
        m.sum_duplicates()
        mat = m if mat is None else mat + m
    assert mat is not None
    log(f"clusters: co-occurrence matrix {mat.shape}, {mat.nnz:,} cells ({time.time() - t0:.0f} s)")

    # PPMI with context-distribution smoothing
    total = mat.sum()
    row = np.asarray(mat.sum(axis=1)).ravel()
    col = np.asarray(mat.sum(axis=0)).ravel() ** 0.75
    col_p = col / col.sum()
    coo = mat.tocoo()
    pmi = np.log(coo.data / total) - np.log(row[coo.row] / total) - np.log(col_p[coo.col])
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=mat.shape)
    del mat, coo, pmi

    def embed(m):
        svd = TruncatedSVD(n_components=params.dims, algorithm="randomized", n_iter=7, random_state=params.seed)
        e = svd.fit_transform(m)  # U * S
        e = e / np.sqrt(svd.singular_values_)  # U * S^0.5: the usual weighting for similarity
        return l2(e)

    def kmeans(e, k):
        km = KMeans(n_clusters=k, n_init=1, max_iter=100, random_state=params.seed, algorithm="lloyd")
        return km.fit_predict(e), km.cluster_centers_

    emb = embed(ppmi)
    log(f"clusters: SVD {emb.shape} ({time.time() - t0:.0f} s)")
    columns: list[str] = []
    labels: list[np.ndarray] = []
    centroids = None
    for k in params.ks:
        lab, cent = kmeans(emb, k)
        columns.append(f"k{k}")
        labels.append(lab)
        if k == max(params.ks):
            centroids, finest = cent, lab
        log(f"clusters: k-means k={k} ({time.time() - t0:.0f} s)")
    if params.side_k:
        half = ppmi.shape[1] // 2  # columns: offsets -2, -1 | +1, +2
        for side, block in (("L", ppmi[:, :half]), ("R", ppmi[:, half:])):
            lab, _ = kmeans(embed(block), params.side_k)
            columns.append(f"{side}{params.side_k}")
            labels.append(lab)
            log(f"clusters: {side} contexts, k-means k={params.side_k} ({time.time() - t0:.0f} s)")

    # Brown-style bit strings: a Ward tree over the finest centroids
    paths: dict[int, str] = {}
    if centroids is not None and len(centroids) > 1:
        root = to_tree(linkage(centroids, method="ward"))
        stack = [(root, "")]
        while stack:
            node, path = stack.pop()
            if node.is_leaf():
                paths[node.id] = path or "0"
            else:
                stack.append((node.get_right(), path + "1"))
                stack.append((node.get_left(), path + "0"))
    rows = []
    for i, w in enumerate(vocab):
        rows.append((w, tuple(int(lab[i]) for lab in labels), paths.get(int(finest[i]), "")))
    log(f"clusters: done ({time.time() - t0:.0f} s)")
    return columns, rows


def write(columns: list[str], rows: Iterable[tuple[str, tuple[int, ...], str]], params: ClusterParams,
          path: Path | str = CLUSTERS_FILE) -> None:
    """Gzipped TSV with a header recording the parameters (mtime 0: byte-identical rebuilds)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        head = [
            "# marsad word clusters: word, one k-means id per column, Ward bit path of the finest cluster",
            f"# built by: python -m marsad.ner.clusters (params {params})",
            f"# columns={','.join(columns)}",
        ]
        gz.write(("\n".join(head) + "\n").encode("utf-8"))
        for w, ids, bits in rows:
            gz.write(("\t".join([w, *map(str, ids), bits]) + "\n").encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m marsad.ner.clusters", description=__doc__.split("\n\n")[0])
    p.add_argument("--out", default=str(CLUSTERS_FILE))
    p.add_argument("--vocab", type=int, default=ClusterParams.vocab)
    p.add_argument("--contexts", type=int, default=ClusterParams.contexts)
    p.add_argument("--dims", type=int, default=ClusterParams.dims)
    p.add_argument("--ks", default=",".join(map(str, ClusterParams.ks)))
    p.add_argument("--side-k", type=int, default=ClusterParams.side_k)
    p.add_argument("--seed", type=int, default=ClusterParams.seed)
    p.add_argument("--no-anercorp", action="store_true", help="news corpora only")
    args = p.parse_args(argv)
    params = ClusterParams(vocab=args.vocab, contexts=args.contexts, dims=args.dims,
                           ks=tuple(int(k) for k in args.ks.split(",")), side_k=args.side_k, seed=args.seed,
                           with_anercorp_train=not args.no_anercorp)
    columns, rows = build(params)
    write(columns, rows, params, args.out)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
