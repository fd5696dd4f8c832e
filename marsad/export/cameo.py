"""CAMEO dyads as a GDELT-style tab-separated table, for tools built around GDELT/ICEWS.

**Dyadic rows.** GDELT and every CAMEO-era tool count *dyads*: one source actor, one target,
one code. PLOVER (and marsad) keep compound parties as lists ("Algeria and Tunisia condemned
…" is one event with two actors). This format expands each event the way the PLOVER manual
describes for converting back to CAMEO conventions: **one row per (actor, recipient) pair**;
an event with no recipient gives one row per actor with empty Actor2 columns, and an event
with no actor (possible only in hand-made rows) one row with empty Actor1 columns. Reciprocal
events (a meeting "between X and Y", coded by marsad as actors X and Y with no recipient) are
*not* turned into X→Y and Y→X: marsad does not mark which recipient-less multi-actor events
are reciprocal and which are joint statements, and inventing dyads would double-count.

So that the expansion never inflates event counts unknowingly, every row carries
``MarsadEventId`` (the same for all rows of one event) and ``DyadCount`` (how many rows that
event became): count distinct ``MarsadEventId``, or weight rows by 1/DyadCount.

**Columns** keep GDELT's names where the meaning is the same (header line included):
GLOBALEVENTID (here a string: event id + "-" + dyad number, unique per row), SQLDATE
(YYYYMMDD, only for day/week precision), MonthYear (YYYYMM), Year, Actor{1,2}Code (country +
sectors, "DZAGOV"), Actor{1,2}Name (the name when the text gives one, else the mention as
written — Arabic, not GDELT's upper-case English), Actor{1,2}CountryCode,
Actor{1,2}Type{1,2,3}Code (the first three sectors), EventCode, EventBaseCode, EventRootCode,
QuadClass, GoldsteinScale (from data/events/cameo.tsv), NumMentions, NumArticles,
ActionGeo_FullName, ActionGeo_CountryCode, SOURCEURL; then marsad's: DateGranularity,
Modality, MarsadEventId, MarsadDocId, DyadCount.

Country codes are ISO 3166 alpha-3, which is what CAMEO's 3-letter country codes are for
almost every state (CAMEO predates a few ISO changes and uses its own codes for some
non-states, e.g. "IGO", "NGO"). GDELT's ActionGeo_CountryCode is a FIPS 10-4 2-letter code;
here it is ISO alpha-3 like the actor columns, so the same code means the same country in
every column. NumArticles is the number of articles reporting the event (``merged.mentions``);
marsad does not count mentions inside other articles, so NumMentions repeats NumArticles
(GDELT's own NumMentions ≥ NumArticles).

Cells are quoted (csv module, minimal quoting) only when a name holds a tab, a quote or a line
break; read with ``csv.reader(f, delimiter="\\t")`` or ``pandas.read_csv(sep="\\t",
dtype=str)`` (dtype=str keeps "042" from becoming 42). UTF-8, no BOM unless ``bom=True``.
"""
from __future__ import annotations

import csv as _csv
from collections.abc import Iterable, Iterator
from typing import Any, Optional

from .codes import cameo_facts
from .flat import party_sectors
from .rows import ExportRow, Party, article_count, checked
from .sink import Out, text_sink

_ACTOR_COLUMNS = ("Code", "Name", "CountryCode", "Type1Code", "Type2Code", "Type3Code")

COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
    *(f"Actor1{c}" for c in _ACTOR_COLUMNS),
    *(f"Actor2{c}" for c in _ACTOR_COLUMNS),
    "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumArticles", "ActionGeo_FullName", "ActionGeo_CountryCode", "SOURCEURL",
    "DateGranularity", "Modality", "MarsadEventId", "MarsadDocId", "DyadCount",
)


def write_cameo(rows: Iterable[Any], out: Out, bom: bool = False) -> int:
    """Write one line per (actor, recipient) dyad; returns the number of *events* written
    (the number of lines can be larger: see the module docstring)."""
    n = 0
    with text_sink(out, bom=bom) as fh:
        writer = _csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        for row in checked(rows):
            writer.writerows([_cell(v) for v in d.values()] for d in dyad_records(row))
            n += 1
    return n


def dyad_records(row: ExportRow) -> list[dict[str, Any]]:
    """The GDELT-style records of one event, one per (actor, recipient) pair."""
    pairs = list(_pairs(row["actor"], row["recipient"]))
    shared = _event_columns(row)
    out = []
    for k, (actor, recipient) in enumerate(pairs, start=1):
        record = {"GLOBALEVENTID": f"{row['id']}-{k}", **_date_columns(row)}
        record.update(_actor_columns("Actor1", actor))
        record.update(_actor_columns("Actor2", recipient))
        record.update(shared)
        record["DyadCount"] = len(pairs)
        out.append({c: record[c] for c in COLUMNS})
    return out


def _pairs(actors: list[Party], recipients: list[Party]) -> Iterator[tuple[Optional[Party], Optional[Party]]]:
    for actor in actors or [None]:
        for recipient in recipients or [None]:
            yield actor, recipient


def _date_columns(row: ExportRow) -> dict[str, Any]:
    """SQLDATE only when the date names a day (day or week granularity); a month or a year
    fills MonthYear/Year alone rather than pretending to a first-of-month day."""
    value = (row["date"] or {}).get("value") or ""
    parts = value.split("-")
    return {
        "SQLDATE": "".join(parts) if len(parts) == 3 else None,
        "MonthYear": "".join(parts[:2]) if len(parts) >= 2 else None,
        "Year": parts[0] if parts[0] else None,
    }


def _actor_columns(prefix: str, party: Optional[Party]) -> dict[str, Any]:
    if party is None:
        return {f"{prefix}{c}": None for c in _ACTOR_COLUMNS}
    sectors = list(party.get("sector") or [])[:3]
    sectors += [None] * (3 - len(sectors))
    country = party.get("country")
    return {
        f"{prefix}Code": (country or "") + party_sectors(party) or None,
        f"{prefix}Name": party.get("name") or party["text"],
        f"{prefix}CountryCode": country,
        f"{prefix}Type1Code": sectors[0], f"{prefix}Type2Code": sectors[1], f"{prefix}Type3Code": sectors[2],
    }


def _event_columns(row: ExportRow) -> dict[str, Any]:
    facts = cameo_facts(row["cameo"])
    location = row["location"] or {}
    articles = article_count(row)
    return {
        "EventCode": facts.code, "EventBaseCode": facts.base, "EventRootCode": facts.root,
        "QuadClass": facts.quad_class, "GoldsteinScale": facts.goldstein,
        "NumMentions": articles, "NumArticles": articles,
        "ActionGeo_FullName": location.get("text"), "ActionGeo_CountryCode": location.get("country"),
        "SOURCEURL": row["doc"]["url"],
        "DateGranularity": (row["date"] or {}).get("granularity"),
        "Modality": row["modality"], "MarsadEventId": row["id"], "MarsadDocId": row["doc_id"],
    }


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)
