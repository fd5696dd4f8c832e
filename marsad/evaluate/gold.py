"""The event gold set: reading and checking annotation files, and finding their articles.

Gold files (``eval/gold/*.jsonl``, format in ``docs/annotation.md``) hold article ids and the
team's annotations only; the texts are read in place from ``../shared/data/news``. A gold line
that breaks the format is refused with its file and line, before anything is scored — a typo
in a country code must not silently become a miss.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from ..errors import InputError
from ..ingest import BadRecord, RawArticle, read_path

NEWS_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "news"
CORPORA = {"ant-multisource-2018": "ant-multisource-2018.jsonl.gz", "ant-jawharafm": "ant-jawharafm.jsonl.gz"}
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
MODALITIES = ("actual", "future", "historical", "negated", "hypothetical")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+|\n+")


@dataclass
class GoldEvent:
    event_type: str
    actor: tuple[Optional[str], ...]        # countries (None: a party with no country)
    recipient: tuple[Optional[str], ...]
    modality: str
    date: Optional[str]
    date_stated: bool
    location: Optional[str]
    location_country: Optional[str]
    trigger: str
    sentence: int
    raw: dict = field(repr=False, default_factory=dict)


@dataclass
class GoldArticle:
    corpus: str
    id: str
    split: str
    negative: bool
    category: str
    events: list[GoldEvent]
    where: str


def load(paths: Iterable[Path | str], split: str = "all") -> list[GoldArticle]:
    """Gold articles of the given split (tune, test or all) from one or more files."""
    out: list[GoldArticle] = []
    for path in paths:
        p = Path(path)
        if not p.is_file():
            raise InputError(f"{p}: no such gold file")
        for k, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            art = _article(line, f"{p}:{k}")
            if split == "all" or art.split == split:
                out.append(art)
    ids = [a.id for a in out]
    if len(set(ids)) != len(ids):
        dup = next(i for i in ids if ids.count(i) > 1)
        raise InputError(f"article {dup} is annotated twice")
    return out


def _article(line: str, where: str) -> GoldArticle:
    try:
        obj = json.loads(line)
    except ValueError as exc:
        raise InputError(f"{where}: not JSON ({exc.msg})") from None
    for key in ("corpus", "id", "split", "events"):
        if key not in obj:
            raise InputError(f"{where}: no {key!r}")
    if obj["corpus"] not in CORPORA:
        raise InputError(f"{where}: unknown corpus {obj['corpus']!r}")
    if obj["split"] not in ("tune", "test"):
        raise InputError(f"{where}: split must be tune or test")
    events = [_event(e, f"{where} event {i + 1}") for i, e in enumerate(obj["events"])]
    return GoldArticle(obj["corpus"], obj["id"], obj["split"], bool(obj.get("negative")), obj.get("category", ""),
                       events, where)


def _event(e: dict, where: str) -> GoldEvent:
    if e.get("event_type") not in TYPES:
        raise InputError(f"{where}: event_type {e.get('event_type')!r} is not a PLOVER type")
    if e.get("modality") not in MODALITIES:
        raise InputError(f"{where}: modality {e.get('modality')!r}")
    date = e.get("date")
    if date is not None and not _DATE.match(str(date)):
        raise InputError(f"{where}: date {date!r} is not YYYY[-MM[-DD]]")
    return GoldEvent(e["event_type"], _parties(e.get("actor"), f"{where} actor"),
                     _parties(e.get("recipient"), f"{where} recipient"), e["modality"], date,
                     bool(e.get("date_stated")), e.get("location"), _country(e.get("location_country"), where),
                     str(e.get("trigger") or ""), int(e.get("sentence") or 0), e)


def _parties(value, where: str) -> tuple[Optional[str], ...]:
    if not isinstance(value, list):
        raise InputError(f"{where}: expected a list of parties")
    return tuple(_country(p.get("country") if isinstance(p, dict) else None, where) for p in value)


def _country(code, where: str) -> Optional[str]:
    if code is None:
        return None
    if not (isinstance(code, str) and len(code) == 3 and code.isalpha() and code.isupper()):
        raise InputError(f"{where}: country {code!r} is not an ISO alpha-3 code")
    return code


def articles(gold: list[GoldArticle], news_dir: Path = NEWS_DIR) -> dict[str, RawArticle]:
    """The corpus records of the gold articles, read in place."""
    wanted: dict[str, set[str]] = {}
    for a in gold:
        wanted.setdefault(a.corpus, set()).add(a.id)
    found: dict[str, RawArticle] = {}
    for corpus, ids in wanted.items():
        path = news_dir / CORPORA[corpus]
        if not path.is_file():
            raise InputError(f"{path}: corpus not found (the gold set reads ../shared/data/news in place)")
        for item in read_path(path):
            if not isinstance(item, BadRecord) and item.id in ids:
                found[item.id] = item
    missing = [a.id for a in gold if a.id not in found]
    if missing:
        raise InputError(f"{len(missing)} gold article(s) not in the corpora, e.g. {missing[0]}")
    return found


def sentences(title: Optional[str], text: Optional[str]) -> list[str]:
    """Title, then the body cut at sentence ends: the numbering of the annotation guide."""
    body = [s.strip() for s in _SENTENCE_END.split(text or "") if s.strip()]
    return [(title or "").strip()] + body
