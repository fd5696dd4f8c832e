"""Training and evaluating the tagger, and the functions behind ``marsad ner train|eval|tag``.

The tagger is two CRFs (python-crfsuite, L-BFGS). Stage 1 reads each sentence alone
(:mod:`marsad.ner.features`); stage 2 reads the same features plus what stage 1 said about
the token, its neighbours and the same word elsewhere in the document
(:mod:`marsad.ner.document`). Stage 2 must learn from stage-1 tags as good — and as bad — as
the ones it will see at run time, so its training tags come from k-fold jackknifing: the
training part is cut into ``folds`` blocks and each block is tagged by a stage-1 model
trained on the other blocks.

Only the training part of the CAMeL Lab split is used for training
(:func:`marsad.ner.camel_split.load_split`); the regularisation (c1, c2) was chosen on a held-out
slice of that training part (:func:`dev_split`), never on the test part, which only
:func:`evaluate` reads. crfsuite's L-BFGS is deterministic for a fixed feature set, order of
sentences and parameters, so a rebuild gives the same models and the same scores.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Callable, Iterable, Sequence

from ..errors import InputError
from ..resources import data_path
from . import camel_split, lexicons
from .camel_split import Sentence
from .document import WINDOW, add_document_features
from .features import DEFAULT_GROUPS, Featurizer
from .score import Scores, report, score

MODEL_DIR = data_path("ner")
STAGE1_FILE = MODEL_DIR / "crf-stage1.crfsuite"
STAGE2_FILE = MODEL_DIR / "crf-stage2.crfsuite"
META_FILE = MODEL_DIR / "crf.json"
COMPILED_FILE = MODEL_DIR / "crf-compiled.json.gz"

Log = Callable[[str], None]


@dataclass(frozen=True)
class TrainOptions:
    """Everything that determines the models besides the data (recorded in crf.json)."""

    c1: float = 0.05
    c2: float = 0.05
    max_iterations: int = 300
    folds: int = 5
    window: int = WINDOW
    stacked: bool = True
    tune_bias: bool = True  # choose the decoder's O bias on held-out training data
    groups: tuple[str, ...] = tuple(sorted(DEFAULT_GROUPS))


DEFAULT_OPTIONS = TrainOptions()


def _quiet(msg: str) -> None:
    pass


def words_of(sents: Iterable[Sentence]) -> list[list[str]]:
    return [[w for w, _ in s] for s in sents]


def tags_of(sents: Iterable[Sentence]) -> list[list[str]]:
    return [[t for _, t in s] for s in sents]


def dev_split(train: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """The last 1/6 of the training words (whole sentences) as a development set for tuning."""
    return camel_split.split(train)


def fit_features(xs: list, ys: list, out_path: Path | str, options: TrainOptions = DEFAULT_OPTIONS) -> Path:
    """Train one CRF on prepared features and write it to ``out_path``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for x, y in zip(xs, ys):
        trainer.append(x, y)
    trainer.set_params({
        "c1": options.c1,
        "c2": options.c2,
        "max_iterations": options.max_iterations,
        "feature.possible_transitions": True,
    })
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return out


def fit(sents: list[Sentence], out_path: Path | str, options: TrainOptions = DEFAULT_OPTIONS,
        log: Log = _quiet, context_only: bool = False) -> Path:
    """Train a sentence-level (stage-1) CRF on ``sents``."""
    t0 = time.time()
    fz = Featurizer(frozenset(options.groups), context_only=context_only)
    xs = [fz.sentence(w) for w in words_of(sents)]
    out = fit_features(xs, tags_of(sents), out_path, options)
    log(f"trained {out.name} on {len(sents):,} sentences in {time.time() - t0:.0f} s "
        f"({out.stat().st_size / 1e6:.1f} MB)")
    return out


def _crf_tags(model_path: Path | str, xs: list) -> list[list[str]]:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    return [list(tagger.tag(x)) for x in xs]


def _fold_job(args: tuple) -> list[list[str]]:
    """Train stage 1 without one block of the training part and tag that block."""
    sents, lo, hi, path, options = args
    fit(sents[:lo] + sents[hi:], path, options)
    fz = Featurizer(frozenset(options.groups))
    return _crf_tags(path, [fz.sentence(w) for w in words_of(sents[lo:hi])])


def jackknife(sents: list[Sentence], options: TrainOptions, workdir: Path, jobs: int = 1,
              log: Log = _quiet) -> list[list[str]]:
    """Stage-1 tags of every training sentence from a model that did not see it."""
    k = options.folds
    bounds = [round(i * len(sents) / k) for i in range(k + 1)]
    work = [(sents, bounds[i], bounds[i + 1], workdir / f"fold{i}.crfsuite", options) for i in range(k)]
    t0 = time.time()
    if jobs > 1:
        from multiprocessing import get_context

        with get_context("fork" if sys.platform != "win32" else "spawn").Pool(min(jobs, k)) as pool:
            parts = pool.map(_fold_job, work)
    else:
        parts = [_fold_job(w) for w in work]
    log(f"jackknife: {k} folds in {time.time() - t0:.0f} s")
    return [tags for part in parts for tags in part]


BIAS_GRID = (0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


def choose_bias(sents: list[Sentence], first: list[list[str]], options: TrainOptions, workdir: Path,
                log: Log = _quiet) -> dict:
    """The O bias of the decoder, chosen on held-out training data.

    A CRF trained for likelihood is conservative about entities (precision ≫ recall here);
    lowering the score of O trades some precision for recall. The bias is chosen by training
    stage 2 without the last jackknife block and decoding that block (whose stage-1 tags come
    from a model that did not see it either) with each value of :data:`BIAS_GRID`."""
    from .decode import export
    from .model import Tagger

    k = options.folds
    lo = round((k - 1) * len(sents) / k)
    part, held = sents[:lo], sents[lo:]
    fz = Featurizer(frozenset(options.groups))
    words = words_of(part)
    xs = [fz.sentence(w) for w in words]
    add_document_features(xs, words, first[:lo], options.window)
    d = workdir / "bias"
    d.mkdir(exist_ok=True)
    s2 = fit_features(xs, tags_of(part), d / STAGE2_FILE.name, options)
    export([workdir / f"fold{k - 1}.crfsuite", s2], d / COMPILED_FILE.name)
    (d / META_FILE.name).write_text(json.dumps({"options": asdict(options)}), encoding="utf-8")
    tagger = Tagger(d, o_bias=0.0)
    grid = {}
    for b in BIAS_GRID:
        grid[str(b)] = round(score(tags_of(held), tagger.tag_with_first_stage(words_of(held), first[lo:], b)).micro.f1, 4)
    best = max(BIAS_GRID, key=lambda b: (grid[str(b)], -b))
    log(f"O bias {best} (held-out micro-F1 by bias: {grid})")
    return {"o_bias": best, "chosen_on": f"last of {k} jackknife blocks of the training part", "held_out_f1": grid}


def train(out_dir: Path | str | None = None, options: TrainOptions = DEFAULT_OPTIONS,
          corpus: Path | str | None = None, jobs: int = 1, log: Log = _quiet) -> Path:
    """Train both stages on the TRAIN part of the CAMeL split; write ``crf-stage1.crfsuite``,
    ``crf-stage2.crfsuite``, their compiled weights ``crf-compiled.json.gz`` and ``crf.json``
    (options, counts, the test scores reached) into ``out_dir`` (default: marsad/data/ner).
    Returns the metadata path."""
    out = Path(out_dir) if out_dir is not None else MODEL_DIR
    out.mkdir(parents=True, exist_ok=True)
    train_sents, _ = camel_split.load_split(corpus)
    t0 = time.time()
    s1 = out / STAGE1_FILE.name
    s2 = out / STAGE2_FILE.name
    decode_meta: dict = {"o_bias": 0.0}
    with tempfile.TemporaryDirectory(prefix="marsad-ner-") as tmp:
        if options.stacked:
            first = jackknife(train_sents, options, Path(tmp), jobs, log)
            jk = score(tags_of(train_sents), first)
            log(f"jackknifed stage 1 on the training part: micro-F1 {jk.micro.f1:.4f}")
            if options.tune_bias:
                decode_meta = choose_bias(train_sents, first, options, Path(tmp), log)
    fit(train_sents, s1, options, log)
    if options.stacked:
        words = words_of(train_sents)
        fz = Featurizer(frozenset(options.groups))
        xs = [fz.sentence(w) for w in words]
        add_document_features(xs, words, first, options.window)
        fit_features(xs, tags_of(train_sents), s2, options)
        log(f"trained {s2.name} ({s2.stat().st_size / 1e6:.1f} MB)")
    elif s2.exists():
        s2.unlink()
    from .decode import export

    export([s1, s2] if options.stacked else [s1], out / COMPILED_FILE.name)
    meta = {
        "decode": decode_meta,
        "options": asdict(options),
        "train": {"sentences": len(train_sents), "tokens": sum(len(s) for s in train_sents)},
        "built_by": "marsad ner train",
        "lexicons_sha256": lexicons.digest(),
        "train_seconds": round(time.time() - t0),
    }
    if options.stacked:
        meta["train"]["jackknife_stage1_micro_f1"] = round(jk.micro.f1, 4)
    meta_path = out / META_FILE.name
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    scores = evaluate(out, corpus)
    stage1 = evaluate_scores(out, corpus, stage=1)
    meta["test"] = {k: _rounded(v) for k, v in scores.items()}
    meta["test_stage1_micro_f1"] = round(stage1.micro.f1, 4)
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    log(f"test micro-F1 {scores['micro']['f1']:.4f} (stage 1 alone {stage1.micro.f1:.4f}); "
        f"{time.time() - t0:.0f} s in all")
    return meta_path


def _rounded(v):
    if isinstance(v, dict):
        return {k: _rounded(x) for k, x in v.items()}
    return round(v, 4) if isinstance(v, float) else v


def evaluate(model_dir: Path | str | None = None, corpus: Path | str | None = None) -> dict:
    """Entity-level scores of the tagger on the TEST part of the CAMeL split, as a dict
    (per type and ``micro``: precision, recall, f1, tp, pred, gold; ``accuracy``)."""
    return evaluate_scores(model_dir, corpus).as_dict()


def evaluate_scores(model_dir: Path | str | None = None, corpus: Path | str | None = None,
                    stage: int = 2, backend: str = "compiled") -> Scores:
    from .model import Tagger

    # stage 1 alone is reported as the plain CRF (the O bias was chosen for the final stage)
    tagger = Tagger(model_dir or MODEL_DIR, stages=stage, backend=backend, o_bias=0.0 if stage == 1 else None)
    _, test = camel_split.load_split(corpus)
    return score(tags_of(test), tagger.tag_sentences(words_of(test)))


# ---------------------------------------------------------------- CLI entry points


def run_train(argv: Sequence[str] = ()) -> int:
    """``marsad ner train [--out DIR] [--corpus PATH] [--c1 X] [--c2 X] [--jobs N]``."""
    p = argparse.ArgumentParser(prog="marsad ner train", description="Train the NER tagger on the CAMeL Lab "
                                "training part of ANERcorp (../shared/data/ner/anercorp) and score it on the test part.")
    p.add_argument("--out", default=None, help=f"model folder (default: {MODEL_DIR})")
    p.add_argument("--corpus", default=None, help="the ANERCorp file (default: ../shared/data/ner/anercorp/ANERCorp)")
    p.add_argument("--c1", type=float, default=DEFAULT_OPTIONS.c1, help="L1 regularisation")
    p.add_argument("--c2", type=float, default=DEFAULT_OPTIONS.c2, help="L2 regularisation")
    p.add_argument("--max-iterations", type=int, default=DEFAULT_OPTIONS.max_iterations)
    p.add_argument("--folds", type=int, default=DEFAULT_OPTIONS.folds, help="jackknife folds for stage 2")
    p.add_argument("--no-stacking", action="store_true", help="stage 1 only (faster, less accurate)")
    p.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="parallel jackknife folds")
    args = p.parse_args(list(argv))
    if not camel_split.available(args.corpus):
        raise InputError(f"{args.corpus or camel_split.DEFAULT_PATH}: ANERcorp not found")
    opts = TrainOptions(c1=args.c1, c2=args.c2, max_iterations=args.max_iterations, folds=args.folds,
                        stacked=not args.no_stacking)
    meta_path = train(args.out, opts, args.corpus, jobs=args.jobs, log=lambda m: print(m, file=sys.stderr))
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    print(f"wrote {meta_path.parent}; test micro-F1 {meta['test']['micro']['f1']:.4f}")
    return 0


def run_eval(model_dir: Path | str | None = None, corpus: Path | str | None = None,
             out: IO[str] | None = None) -> int:
    """``marsad ner eval``: P/R/F1 per type and micro-averaged on the CAMeL test split."""
    out = out or sys.stdout
    if not camel_split.available(corpus):
        raise InputError(f"{corpus or camel_split.DEFAULT_PATH}: ANERcorp not found")
    out.write(report(evaluate_scores(model_dir, corpus)) + "\n")
    return 0


def read_token_lines(text: str, where: str) -> tuple[list[list[str]], list[int | None]]:
    """Sentences of a one-token-per-line text, and its layout: for each run of tokens the
    index of its sentence, None for each blank line (so that output keeps them all). A line
    may carry a tag after the token (``token TAG``); the tag is ignored."""
    sents: list[list[str]] = []
    layout: list[int | None] = []
    cur: list[str] = []
    for n, line in enumerate(text.splitlines(), start=1):
        if "\x00" in line:
            raise InputError(f"{where}: line {n}: binary data, not one token per line")
        parts = line.split()
        if not parts:
            if cur:
                sents.append(cur)
                layout.append(len(sents) - 1)
                cur = []
            layout.append(None)
            continue
        if len(parts) > 2:
            raise InputError(f"{where}: line {n}: expected one token per line (or 'token TAG'), got {len(parts)} fields")
        cur.append(parts[0])
    if cur:
        sents.append(cur)
        layout.append(len(sents) - 1)
    return sents, layout


def run_tag(path_or_dash: str, out: IO[str] | None = None) -> int:
    """``marsad ner tag FILE|-``: one token per line in (blank line between sentences),
    ``token TAG`` per line out, blank lines kept. The sentences of one input are one
    document for stage 2. Bad input raises :class:`marsad.errors.InputError` (one line)."""
    from .model import tag_sentences

    out = out or sys.stdout
    where = "<stdin>" if path_or_dash == "-" else path_or_dash
    try:
        raw = sys.stdin.buffer.read() if path_or_dash == "-" else Path(path_or_dash).read_bytes()
    except OSError as e:
        raise InputError(f"{where}: cannot read ({e.strerror or e})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{where}: not UTF-8 text (byte {e.start})") from None
    sents, layout = read_token_lines(text, where)
    if not sents:
        raise InputError(f"{where}: no tokens (expected one token per line, blank line between sentences)")
    tagged = tag_sentences(sents)
    for item in layout:
        if item is None:
            out.write("\n")
        else:
            out.writelines(f"{tok} {tag}\n" for tok, tag in zip(sents[item], tagged[item]))
    return 0
