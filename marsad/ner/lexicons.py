"""The lexicons the NER features read, frozen beside the model that was trained on them.

The tagger's features mark gazetteer names, role titles, function words, trigger words and
speech verbs (:mod:`marsad.ner.features`). Read live from the project's lexicons, every new
gazetteer entry or trigger changed the features the shipped model saw at run time and what
``marsad ner train`` rebuilt: by round 39, 101 commits had touched those files, the shipped
model no longer scored what ``crf.json`` recorded, and a rebuild gave other files. So the
features read a snapshot that ships with the model, ``marsad/data/ner/lexicons.json.gz``:
the project's lexicons grow freely for the event coder, and the tagger moves only when
someone takes a new snapshot (``python -m marsad.ner.lexicons``) and rebuilds the silver
lexicon and the tagger on it. ``crf.json`` and the silver lexicon record the snapshot's
digest, so a snapshot retaken without the rebuild is caught by the tests.

The snapshot keeps only what the features look at: for each gazetteer phrase (normalised
token tuple) its mark (first entry's kind, ``?`` when ambiguous), for each role phrase its
kind, and three word sets.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import InputError
from ..resources import data_path
from ..text.matcher import PhraseMatcher

LEXICONS_FILE = data_path("ner", "lexicons.json.gz")


@dataclass(frozen=True)
class Lexicons:
    """Matchers and word sets built from one snapshot."""

    gazetteer: PhraseMatcher[str]  # phrase → mark, e.g. "country" or "organization?"
    roles: PhraseMatcher[str]  # phrase → role kind ("person", "body", "group", "none")
    first_words: frozenset[str]  # stems that begin some gazetteer or role phrase
    function_words: frozenset[str]
    lexical_words: frozenset[str]
    speech_verbs: frozenset[str]


def take() -> dict:
    """The snapshot of the project's lexicons as they are now (plain, sorted, JSON-ready)."""
    from ..entities.gazetteer import phrases
    from ..entities.recognize import speech_verbs
    from ..entities.roles import function_words, role_phrases
    from ..events.lexicon import lexical_words

    gaz = {" ".join(k): v[0].kind + ("?" if any(e.attr("ambiguous") for e in v) else "")
           for k, v in phrases().items()}
    roles = {" ".join(k): r.kind for k, r in role_phrases().items()}
    return {
        "gazetteer": dict(sorted(gaz.items())),
        "roles": dict(sorted(roles.items())),
        "function_words": sorted(function_words()),
        "lexical_words": sorted(lexical_words()),
        "speech_verbs": sorted(speech_verbs()),
    }


def write(snapshot: dict, path: Path | str = LEXICONS_FILE) -> str:
    """Write a snapshot (gzip without a time stamp, so equal snapshots give equal bytes);
    return its digest."""
    data = json.dumps(snapshot, ensure_ascii=False, indent=0, sort_keys=True).encode("utf-8")
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(data)
    return digest(path)


def digest(path: Path | str = LEXICONS_FILE) -> str:
    """sha256 of the uncompressed snapshot: what crf.json and the silver lexicon record."""
    with gzip.open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def build(snapshot: dict) -> Lexicons:
    from ..entities.gazetteer import accepts_reading
    from ..entities.roles import accepts_role_reading

    gaz = {tuple(k.split(" ")): v for k, v in snapshot["gazetteer"].items()}
    roles = {tuple(k.split(" ")): v for k, v in snapshot["roles"].items()}
    return Lexicons(
        gazetteer=PhraseMatcher(gaz, accept=accepts_reading),
        roles=PhraseMatcher(roles, accept=accepts_role_reading),
        first_words=frozenset(k[0] for k in gaz) | frozenset(k[0] for k in roles),
        function_words=frozenset(snapshot["function_words"]),
        lexical_words=frozenset(snapshot["lexical_words"]),
        speech_verbs=frozenset(snapshot["speech_verbs"]),
    )


@lru_cache(maxsize=1)
def shipped() -> Lexicons:
    """The snapshot the shipped tagger was trained on."""
    if not LEXICONS_FILE.is_file():
        raise InputError(f"{LEXICONS_FILE} is missing: take it with `python -m marsad.ner.lexicons`, "
                         "then rebuild the silver lexicon and the tagger")
    with gzip.open(LEXICONS_FILE, "rt", encoding="utf-8") as fh:
        return build(json.load(fh))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m marsad.ner.lexicons", description=__doc__.split("\n\n")[0])
    p.add_argument("--out", default=str(LEXICONS_FILE))
    args = p.parse_args(argv)
    snap = take()
    d = write(snap, args.out)
    print(f"wrote {args.out}: {len(snap['gazetteer']):,} gazetteer and {len(snap['roles']):,} role phrases "
          f"(sha256 {d[:12]}); now rebuild `python -m marsad.ner.silver` and `marsad ner train`",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
