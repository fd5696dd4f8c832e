"""The one document model that flows through the pipeline.

A :class:`Document` owns the article text; every stage adds spans to it, and every span
is a pair of character offsets into ``Document.text`` — never into a normalised copy — so
that evidence can always be shown exactly as the source wrote it. Normalised forms are
computed for matching only (see :mod:`marsad.text.normalize`).

Everything here is plain dataclasses so that ``Document.to_dict()`` is the JSON record
that the CLI prints and that later stores persist.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from datetime import date
from typing import Any, Optional


@dataclass
class Token:
    """A word, number or punctuation mark, with its normalised form for matching."""

    i: int
    start: int
    end: int
    text: str
    norm: str
    kind: str  # "word" | "num" | "latin" | "punct"


@dataclass
class Sentence:
    start: int
    end: int
    first_token: int  # index of the first token in Document.tokens
    last_token: int  # index one past the last token


@dataclass
class Entity:
    """A mention of a named thing (or a role/group noun) found in the text.

    ``label`` follows the ANERcorp tag set (PERS, LOC, ORG, MISC); ``kind`` is finer
    (country, city, region, nationality, org, person, role, group); ``source`` records
    which component found it, so that rules and models can be audited separately.
    """

    start: int
    end: int
    text: str
    label: str
    kind: str
    source: str
    country: Optional[str] = None
    key: Optional[str] = None  # canonical name / code in the gazetteer
    sector: list[str] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class Actor:
    """An entity that can do something: a person, a government, a group, an organisation.

    One actor gathers all its mentions (light coreference); ``text`` is the fullest mention.
    """

    id: str
    text: str
    kind: str  # "person" | "country" | "org" | "group"
    country: Optional[str] = None
    sector: list[str] = field(default_factory=list)
    name: Optional[str] = None
    role: Optional[str] = None
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class DateMention:
    """A date expression with its resolved value and how it was resolved."""

    start: int
    end: int
    text: str
    value: Optional[str]  # ISO: YYYY-MM-DD, YYYY-MM or YYYY (per granularity); None if unresolved
    granularity: str  # "day" | "week" | "month" | "year"
    reason: str
    calendar: str = "gregorian"  # or "hijri" (value is always Gregorian)
    kind: str = "explicit"  # "explicit" | "relative" | "weekday" | "interval" (بعد يومين من X: X's date)


@dataclass
class Place:
    text: str
    start: int
    end: int
    country: Optional[str]
    kind: str  # "country" | "city" | "region" | ...


@dataclass
class Evidence:
    sentence: str
    start: int
    end: int
    trigger: str = ""
    trigger_start: int = 0
    trigger_end: int = 0


@dataclass
class Event:
    id: str
    event_type: str
    mode: str
    cameo: str
    actor: list[dict]
    recipient: list[dict]
    modality: str
    evidence: Evidence
    confidence: float
    context: list[str] = field(default_factory=list)
    date: Optional[dict] = None
    location: Optional[dict] = None
    mentions: list[Evidence] = field(default_factory=list)
    doc_id: str = ""
    relevance: str = "relevant"  # or "doubtful": the article's section may not be political news
    coding: dict[str, Any] = field(default_factory=dict)  # which rules decided it, for audits


@dataclass
class Removed:
    """A line taken out of the article (boilerplate), kept so cleaning can be audited."""

    text: str
    reason: str


@dataclass
class Document:
    text: str
    title: str = ""
    id: str = ""
    url: Optional[str] = None
    published: Optional[date] = None
    source: Optional[str] = None
    site_name: Optional[str] = None
    author: Optional[str] = None
    lang: str = "ar"
    origin: Optional[str] = None  # where it was read from (path:line), for error messages
    removed: list[Removed] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)
    section: Optional[dict[str, Any]] = None  # label, probability, relevant, scores
    suppressed: list[dict[str, Any]] = field(default_factory=list)  # events not coded, and why (off-topic section, no recipient)
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text)

    def sentence_of(self, offset: int) -> Optional[Sentence]:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    def to_dict(self, with_tokens: bool = False) -> dict[str, Any]:
        """The JSON record. Tokens and sentences are left out unless asked for: they are
        derivable, and they would triple the size of every stored record."""
        skip = set() if with_tokens else {"tokens", "sentences"}
        out: dict[str, Any] = {}
        for f in fields(self):
            if f.name in skip:
                continue
            out[f.name] = _plain(getattr(self, f.name))
        return out


def content_id(text: str) -> str:
    """Stable id from content, so re-analysing the same article gives the same ids."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _plain(value: Any) -> Any:
    if is_dataclass(value):
        return {k: _plain(v) for k, v in asdict(value).items()}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
