"""The standard CAMeL Lab train/test split of ANERcorp, rebuilt from the raw corpus file.

Published Arabic NER scores (AraBERT, CAMeLBERT) are measured on one agreed split of
ANERcorp; comparing with them means rebuilding exactly that split, not a random one. The
corpus is not shipped with marsad (see ``../shared/data/README.md``): this module reads it
in place and applies the CAMeL Lab's published recipe:

1. tokens that are only the right-to-left mark U+200F (and, in this copy, five empty tokens)
   are dropped; the bullets ``·`` and ``•`` become ``.``;
2. misspelt tags are mapped onto O and B-/I- × PERS, LOC, ORG, MISC;
3. a sentence ends after each run of ``.`` tokens;
4. whole sentences are taken for training until they hold 5/6 of the words; the rest is test.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError

Sentence = list[tuple[str, str]]

TYPES = ("PERS", "LOC", "ORG", "MISC")
TAGS = ("O",) + tuple(f"{p}-{t}" for t in TYPES for p in ("B", "I"))

# Where the corpus lives in a development checkout: <repo>/../shared/data/ner/anercorp/ANERCorp.
DEFAULT_PATH = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ner" / "anercorp" / "ANERCorp"

_RLM = "\u200f"
_BULLETS = {"·", "•"}
_TYPE_ALIASES = {"PER": "PERS", "PERSON": "PERS", "PERS": "PERS", "LOC": "LOC", "LOCATION": "LOC",
                 "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG", "MISC": "MISC", "MIS": "MISC"}
_TAG_RE = re.compile(r"^([BI])[-_]?([A-Z]+)$")


def fix_tag(tag: str) -> str:
    """A tag as one of :data:`TAGS`: ``B-PER`` → ``B-PERS``, ``I-MIS`` → ``I-MISC``, ``o`` → ``O``.

    Anything that cannot be read as a typed B-/I- tag is O (the corpus marks no other thing)."""
    t = tag.strip().upper()
    if t in TAGS:
        return t
    m = _TAG_RE.match(t)
    if m and m.group(2) in _TYPE_ALIASES:
        return f"{m.group(1)}-{_TYPE_ALIASES[m.group(2)]}"
    return "O"


def read_tokens(path: Path | str | None = None) -> list[tuple[str, str]]:
    """The corpus as one list of (token, tag), cleaned as steps 1–2 of the recipe say."""
    p = Path(path) if path is not None else DEFAULT_PATH
    if not p.is_file():
        raise InputError(f"{p}: ANERcorp not found (expected the file from ../shared/data/ner/anercorp)")
    out: list[tuple[str, str]] = []
    with p.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                continue
            token, _, tag = line.rpartition(" ")
            if not token.strip(_RLM + " "):  # RLM-only (186 in this copy) or empty (5)
                continue
            token = token.strip(" ")
            if token in _BULLETS:
                token = "."
            out.append((token, fix_tag(tag)))
    return out


def sentences(tokens: list[tuple[str, str]]) -> list[Sentence]:
    """Sentences: each ends after a run of ``.`` tokens (``. . .`` stays in one sentence)."""
    out: list[Sentence] = []
    cur: Sentence = []
    for k, (tok, tag) in enumerate(tokens):
        cur.append((tok, tag))
        if tok == "." and (k + 1 == len(tokens) or tokens[k + 1][0] != "."):
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def split(sents: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """Train = whole sentences up to and including the one that reaches 5/6 of the words."""
    total = sum(len(s) for s in sents)
    limit = total * 5 / 6
    seen = 0
    for i, s in enumerate(sents):
        if seen >= limit:
            return sents[:i], sents[i:]
        seen += len(s)
    return sents, []


def load_split(path: Path | str | None = None) -> tuple[list[Sentence], list[Sentence]]:
    """(train, test) sentences of the CAMeL Lab split, each sentence a list of (token, tag)."""
    return split(sentences(read_tokens(path)))


def available(path: Path | str | None = None) -> bool:
    """Whether the corpus file is there (tests and commands skip or fail cleanly without it)."""
    return (Path(path) if path is not None else DEFAULT_PATH).is_file()
