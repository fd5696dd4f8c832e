"""PLOVER JSON Lines: one JSON object per event, with the PLOVER manual's field names.

The PLOVER manual (Open Event Data Alliance, draft 0.8, chapter "Data Fields") names the
fields of an event record and recommends newline-delimited JSON. This writer uses those names
wherever marsad has the information, and keeps the rest under one ``marsad`` key, so that a
generic PLOVER reader finds what it expects and nothing of marsad's record is lost
(:func:`from_plover` rebuilds the export row exactly; the tests check it).

PLOVER fields written (all present on every line, null or [] when empty):

* ``id``; ``date`` (YYYY-MM-DD) and ``enddate``: a month, week or year is written as its first
  and last day (``"2025-03-01"``/``"2025-03-31"``), a day as ``date`` with a null ``enddate``,
  an unknown date as null (marsad never guesses one).
* ``source`` and ``recipient``: lists of actor objects. PLOVER calls the doing side
  "source" (marsad's record calls it ``actor``); compound and reciprocal parties stay lists,
  as PLOVER prescribes. Actor object: ``code`` (ISO alpha-3 country), ``sector`` (sector codes
  concatenated, "GOV" or "GOVMIL", the manual's "3- or 6-char sector"), ``actor_text`` (as
  written), ``identifier_text`` (the person's name), ``office`` (role or title), and marsad's
  ``sectors`` (the list), ``actor_id``, ``kind``, ``country_from`` where present.
* ``event`` ([event type]), ``mode`` ([mode] or []), ``context``: marsad's contexts, then the
  PLOVER special context for the event's modality (``future``, ``historical``,
  ``hypothetical``, ``negation``; nothing for actual events), as the manual asks coders to do.
* ``event_loc``: ``{name, cc3, kind}`` (GeoNames field names; ``cc3`` is the manual's
  alpha-3 addition) or null; ``event_text``: the trigger words of the event's mentions.
* ``quad_code`` and ``event_scale``: PLOVER's quad category (1–4) and score for the type and
  mode (data/events/plover.tsv) — not CAMEO's QuadClass/Goldstein, which differ for CONCEDE.
* ``text``: the evidence sentence; ``text_info``: its offsets and the trigger's.
* ``cite_info``: ``citation`` (document id), ``url``, ``title``, ``publication`` (the outlet),
  ``published``, ``language``, ``coder``, ``codebook``; ``coder``: "marsad <version>".

``marsad``: ``doc_id``, ``cameo``, ``modality``, ``confidence``, ``relevance``, ``date`` (value,
granularity, text, reason), ``mentions`` (every sentence of the article reporting the event),
``coding``, ``merged`` (``{id, mentions, doc_ids}`` or null), ``articles`` (number of articles
reporting the event), ``doc_ids``, and any other key the row had.

Output is UTF-8 without BOM (JSON forbids one), one object per ``\\n``-terminated line, Arabic
unescaped; U+2028, U+2029 and U+0085 are written as ``\\u`` escapes so that readers that split
lines on every Unicode line break (Python's ``str.splitlines``) still see one line per event.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, Optional

from ..dates.calendar import period_of
from .codes import plover_quad_and_score
from .rows import ExportRow, Party, article_count, checked, doc_ids
from .sink import Out, text_sink

SPECIAL_CONTEXT = {"future": "future", "historical": "historical", "hypothetical": "hypothetical",
                   "negated": "negation"}
CODEBOOK = "plover-0.8"
_ACTOR_MAP = {"country": "code", "text": "actor_text", "name": "identifier_text", "role": "office"}
_DOC_MAP = {"id": "citation", "source": "publication"}
_CITE_ADDED = ("language", "coder", "codebook")
_EVENT_DONE = frozenset({"id", "doc_id", "event_type", "mode", "cameo", "actor", "recipient", "modality",
                         "evidence", "confidence", "context", "date", "location", "mentions", "relevance",
                         "coding", "doc", "merged"})
_LINE_BREAKS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\u0085": "\\u0085"}


def write_plover(rows: Iterable[Any], out: Out) -> int:
    """Write one PLOVER JSON object per line; returns the number of events written."""
    n = 0
    with text_sink(out) as fh:
        for row in checked(rows):
            fh.write(dumps_line(to_plover(row)))
            n += 1
    return n


def dumps_line(obj: dict[str, Any]) -> str:
    text = json.dumps(obj, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    for ch, escaped in _LINE_BREAKS.items():
        if ch in text:  # only ever inside strings: json.dumps puts no raw whitespace elsewhere
            text = text.replace(ch, escaped)
    return text + "\n"


def to_plover(row: ExportRow) -> dict[str, Any]:
    """The PLOVER record of one export row."""
    start, end = _period(row["date"])
    quad, scale = plover_quad_and_score(row["event_type"], row["mode"])
    special = SPECIAL_CONTEXT.get(row["modality"])
    evidence = dict(row["evidence"])
    return {
        "id": row["id"],
        "date": start,
        "enddate": end,
        "source": [_actor(p) for p in row["actor"]],
        "recipient": [_actor(p) for p in row["recipient"]],
        "event": [row["event_type"]],
        "mode": [row["mode"]] if row["mode"] else [],
        "context": list(row["context"]) + ([special] if special else []),
        "event_loc": _location(row["location"]),
        "event_text": _triggers(row),
        "quad_code": quad,
        "event_scale": scale,
        "text": evidence.pop("sentence"),
        "text_info": evidence,
        "cite_info": _cite(row["doc"]),
        "coder": _coder(),
        "marsad": _extras(row),
    }


def from_plover(obj: dict[str, Any]) -> ExportRow:
    """The export row a :func:`to_plover` record was made from (PLOVER lines written by
    marsad can be read back, merged with others and exported again in any format). A row
    that had no ``merged`` key comes back with ``merged: null``, which means the same."""
    m = dict(obj["marsad"])
    context = list(obj["context"])
    if SPECIAL_CONTEXT.get(m["modality"]):
        context.pop()
    row: dict[str, Any] = {
        "id": obj["id"], "doc_id": m.pop("doc_id"), "event_type": obj["event"][0],
        "mode": obj["mode"][0] if obj["mode"] else "", "cameo": m.pop("cameo"),
        "actor": [_party(a) for a in obj["source"]], "recipient": [_party(a) for a in obj["recipient"]],
        "modality": m.pop("modality"), "evidence": {"sentence": obj["text"], **obj["text_info"]},
        "confidence": m.pop("confidence"), "context": context, "date": m.pop("date"),
        "location": _unlocation(obj["event_loc"]), "mentions": m.pop("mentions"),
        "relevance": m.pop("relevance"), "coding": m.pop("coding"), "doc": _uncite(obj["cite_info"]),
    }
    row["merged"] = m.pop("merged")
    m.pop("articles"), m.pop("doc_ids")
    row.update(m)  # keys the original row had beyond the documented ones
    return row  # type: ignore[return-value]


def _period(date: Optional[dict[str, Any]]) -> tuple[Optional[str], Optional[str]]:
    """(date, enddate): a day alone, or the first and last day of a week, month or year."""
    if not date or not date.get("value"):
        return None, None
    span = period_of(date["value"], date["granularity"])
    if span is None:
        return date["value"], None
    first, last = span
    return first.isoformat(), (last.isoformat() if last != first else None)


def _actor(party: Party) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in party.items():
        if key == "sector":
            out["sector"] = "".join(value) or None
            out["sectors"] = list(value)
        else:
            out[_ACTOR_MAP.get(key, key)] = value
    return out


def _party(actor: dict[str, Any]) -> Party:
    back = {v: k for k, v in _ACTOR_MAP.items()}
    out: dict[str, Any] = {}
    for key, value in actor.items():
        if key == "sector":
            continue
        out["sector" if key == "sectors" else back.get(key, key)] = value
    return out  # type: ignore[return-value]


def _location(location: Optional[dict[str, Any]]) -> Optional[dict[str, Any]]:
    if location is None:
        return None
    rest = {k: v for k, v in location.items() if k not in ("text", "country")}
    return {"name": location["text"], "cc3": location["country"], **rest}


def _unlocation(loc: Optional[dict[str, Any]]) -> Optional[dict[str, Any]]:
    if loc is None:
        return None
    rest = {k: v for k, v in loc.items() if k not in ("name", "cc3")}
    return {"text": loc["name"], "country": loc["cc3"], **rest}


def _triggers(row: ExportRow) -> list[str]:
    seen: list[str] = []
    for m in row["mentions"] or [row["evidence"]]:
        if m["trigger"] and m["trigger"] not in seen:
            seen.append(m["trigger"])
    return seen


def _cite(doc: dict[str, Any]) -> dict[str, Any]:
    out = {_DOC_MAP.get(k, k): v for k, v in doc.items()}
    out.update(language="ar", coder=_coder(), codebook=CODEBOOK)
    return out


def _uncite(cite: dict[str, Any]) -> dict[str, Any]:
    back = {v: k for k, v in _DOC_MAP.items()}
    return {back.get(k, k): v for k, v in cite.items() if k not in _CITE_ADDED}


def _extras(row: ExportRow) -> dict[str, Any]:
    extras: dict[str, Any] = {
        "doc_id": row["doc_id"], "cameo": row["cameo"], "modality": row["modality"],
        "confidence": row["confidence"], "relevance": row["relevance"], "date": row["date"],
        "mentions": row["mentions"], "coding": row["coding"], "merged": row.get("merged"),
        "articles": article_count(row), "doc_ids": doc_ids(row),
    }
    extras.update({k: v for k, v in row.items() if k not in _EVENT_DONE})
    return extras


def _coder() -> str:
    from .. import __version__

    return f"marsad {__version__}"
