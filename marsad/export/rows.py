"""The export row: what every writer in :mod:`marsad.export` reads.

An export row is one coded event as it stands in the document record (``Document.to_dict()
["events"][i]``, see README "The record"), with two keys added by whoever assembles the
dataset (the store, or :func:`rows_from_document` for a single analysis):

* ``doc`` — the article the event was read in: ``{id, url, source, published, title}``.
  Events carry only ``doc_id``; a dataset row must say where it came from without a join.
* ``merged`` — the real-world event this article's event was merged into across articles:
  ``{id, mentions, doc_ids}``, ``mentions`` being the number of *articles* reporting it.
  Absent or ``null`` when no cross-article merging was done: the event then counts once.

Writers validate each row as they stream it (:func:`checked`), so that a malformed row stops
the export with a message naming the event, instead of a ``KeyError`` deep in a writer or,
worse, a silently empty column. Keys beyond the required ones are allowed and ignored by the
flat formats (PLOVER JSONL keeps them).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Optional, TypedDict

from ..errors import MarsadError


class Party(TypedDict, total=False):
    """One actor or recipient of an event (``text``, ``name``, ``country``, ``sector`` required)."""

    text: str                 # the mention as written: "وزير الشؤون الخارجية الجزائري أحمد بلقاسمي"
    name: Optional[str]       # a person's name when the text gives one
    country: Optional[str]    # ISO 3166 alpha-3, or null when the text does not say
    sector: list[str]         # PLOVER/CAMEO sector codes: ["GOV"], ["MIL"], []
    role: Optional[str]       # "وزير الشؤون الخارجية"
    actor_id: str             # the article-level actor ("A1")
    kind: str                 # person | country | org | group | body
    country_from: str         # "location" when the country was taken from the event's place


class Evidence(TypedDict, total=False):
    sentence: str             # required, with start, end and trigger
    start: int
    end: int
    trigger: str
    trigger_start: int
    trigger_end: int


class DateInfo(TypedDict):
    value: Optional[str]      # ISO: YYYY-MM-DD, YYYY-MM or YYYY per granularity; null if unresolved
    granularity: str          # day | week | month | year
    text: str                 # the expression as written ("" for the publication-date fallback)
    reason: str


class Location(TypedDict, total=False):
    text: str                 # required, with country and kind
    country: Optional[str]
    kind: str                 # country | city | region | location
    reason: str               # "dateline" when the place is the story's dateline


class DocInfo(TypedDict):
    id: str
    url: Optional[str]
    source: Optional[str]
    published: Optional[str]  # ISO date
    title: str


class MergedInfo(TypedDict):
    id: str
    mentions: int             # articles reporting this event
    doc_ids: list[str]


class ExportRow(TypedDict, total=False):
    """The event record plus ``doc`` and ``merged``; every key but ``merged`` is required."""

    id: str
    doc_id: str
    event_type: str
    mode: str
    cameo: str
    actor: list[Party]
    recipient: list[Party]
    modality: str
    evidence: Evidence
    confidence: float
    context: list[str]
    date: Optional[DateInfo]
    location: Optional[Location]
    mentions: list[Evidence]
    relevance: str
    coding: dict[str, Any]
    doc: DocInfo
    merged: Optional[MergedInfo]


class RowError(MarsadError, ValueError):
    """An export row does not have the documented shape; the message names the event."""


# key → the type(s) its value must have; a tuple with None allows null
EVENT_KEYS: dict[str, tuple[type, ...]] = {
    "id": (str,), "doc_id": (str,), "event_type": (str,), "mode": (str,), "cameo": (str,),
    "actor": (list,), "recipient": (list,), "modality": (str,), "evidence": (dict,),
    "confidence": (int, float), "context": (list,), "date": (dict, type(None)),
    "location": (dict, type(None)), "mentions": (list,), "relevance": (str,), "coding": (dict,),
    "doc": (dict,),
}
PARTY_KEYS: dict[str, tuple[type, ...]] = {
    "text": (str,), "name": (str, type(None)), "country": (str, type(None)), "sector": (list,),
}
EVIDENCE_KEYS: dict[str, tuple[type, ...]] = {"sentence": (str,), "start": (int,), "end": (int,), "trigger": (str,)}
DATE_KEYS: dict[str, tuple[type, ...]] = {"value": (str, type(None)), "granularity": (str,), "text": (str,),
                                          "reason": (str,)}
LOCATION_KEYS: dict[str, tuple[type, ...]] = {"text": (str,), "country": (str, type(None)), "kind": (str,)}
DOC_KEYS: dict[str, tuple[type, ...]] = {"id": (str,), "url": (str, type(None)), "source": (str, type(None)),
                                         "published": (str, type(None)), "title": (str,)}
MERGED_KEYS: dict[str, tuple[type, ...]] = {"id": (str,), "mentions": (int,), "doc_ids": (list,)}


def check_row(row: Any, position: int = 0) -> ExportRow:
    """``row`` itself when it has the documented shape, else :class:`RowError` saying which
    event (its id, or its position in the input when it has none) and which key is wrong."""
    if not isinstance(row, Mapping):
        raise RowError(f"export row {position}: expected a dict, got {type(row).__name__}")
    who = _who(row, position)
    _check_keys(row, EVENT_KEYS, who, "")
    for field in ("actor", "recipient"):
        for i, party in enumerate(row[field]):
            _check_mapping(party, PARTY_KEYS, who, f"{field}[{i}].")
    _check_mapping(row["evidence"], EVIDENCE_KEYS, who, "evidence.")
    for i, mention in enumerate(row["mentions"]):
        _check_mapping(mention, EVIDENCE_KEYS, who, f"mentions[{i}].")
    if row["date"] is not None:
        _check_keys(row["date"], DATE_KEYS, who, "date.")
    if row["location"] is not None:
        _check_keys(row["location"], LOCATION_KEYS, who, "location.")
    _check_keys(row["doc"], DOC_KEYS, who, "doc.")
    merged = row.get("merged")
    if merged is not None:
        _check_mapping(merged, MERGED_KEYS, who, "merged.")
        if merged["mentions"] < 1:
            raise RowError(f"{who}: merged.mentions must be at least 1, got {merged['mentions']}")
    if not all(isinstance(c, str) for c in row["context"]):
        raise RowError(f"{who}: context must be a list of strings")
    return row  # type: ignore[return-value]


def checked(rows: Iterable[Any]) -> Iterator[ExportRow]:
    """Validate rows lazily, one at a time: exports stream, whatever the dataset's size."""
    for n, row in enumerate(rows, start=1):
        yield check_row(row, n)


def rows_from_document(record: Mapping[str, Any]) -> list[ExportRow]:
    """Export rows for the events of one document record (``Document.to_dict()``), with no
    cross-article merge: what ``marsad analyze`` output becomes without a store."""
    doc: DocInfo = {"id": record["id"], "url": record.get("url"), "source": record.get("source"),
                    "published": record.get("published"), "title": record.get("title", "")}
    return [{**event, "doc": dict(doc), "merged": None} for event in record.get("events", [])]  # type: ignore[misc]


def article_count(row: Mapping[str, Any]) -> int:
    """How many articles report the event: ``merged.mentions``, or 1 when not merged."""
    merged = row.get("merged")
    return int(merged["mentions"]) if merged else 1


def merged_id(row: Mapping[str, Any]) -> Optional[str]:
    merged = row.get("merged")
    return merged["id"] if merged else None


def doc_ids(row: Mapping[str, Any]) -> list[str]:
    """The articles reporting the event: ``merged.doc_ids``, or the row's own article."""
    merged = row.get("merged")
    return list(merged["doc_ids"]) if merged else [row["doc_id"]]


def _who(row: Mapping[str, Any], position: int) -> str:
    event_id = row.get("id")
    return f"event {event_id}" if isinstance(event_id, str) and event_id else f"export row {position} (no id)"


def _check_mapping(value: Any, keys: dict[str, tuple[type, ...]], who: str, prefix: str) -> None:
    if not isinstance(value, Mapping):
        raise RowError(f"{who}: {prefix.rstrip('.')} must be an object, got {type(value).__name__}")
    _check_keys(value, keys, who, prefix)


def _check_keys(value: Mapping[str, Any], keys: dict[str, tuple[type, ...]], who: str, prefix: str) -> None:
    for key, types in keys.items():
        if key not in value:
            raise RowError(f"{who}: missing key '{prefix}{key}'")
        v = value[key]
        if not isinstance(v, types) or (isinstance(v, bool) and bool not in types):
            allowed = " or ".join("null" if t is type(None) else t.__name__ for t in types)
            raise RowError(f"{who}: '{prefix}{key}' must be {allowed}, got {type(v).__name__}")
