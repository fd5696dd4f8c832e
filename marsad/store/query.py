"""Querying stored events: the filters analysts ask for, as one parameterised SQL query.

`marsad events` and `marsad export` share :class:`EventQuery`, so what a user sees in the
table is exactly what the export writes. Rows come back as *export rows*: the event record as
the pipeline wrote it, plus ``doc`` (id, url, source, published, title) and ``merged`` (the
merged event it belongs to: id, how many articles report it, their ids). With
``merged=True`` one row stands for each real-world event — the first report's record, with
the evidence of every report in ``mentions``.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Optional

from ..errors import InputError


@dataclass
class EventQuery:
    types: list[str] = field(default_factory=list)            # PLOVER event types (CONSULT …) or CAMEO codes
    modalities: list[str] = field(default_factory=list)       # actual, future … (default: all)
    actor_country: Optional[str] = None
    recipient_country: Optional[str] = None
    between: tuple[str, ...] = ()                             # two countries, one on each side, either way
    country: Optional[str] = None                             # on either side
    actor_sector: Optional[str] = None
    recipient_sector: Optional[str] = None
    context: Optional[str] = None
    since: Optional[str] = None                               # event date, ISO, inclusive
    until: Optional[str] = None
    source: Optional[str] = None
    relevant_only: bool = False                               # leave out events marked doubtful
    merged: bool = False
    limit: Optional[int] = None
    reason: Optional[str] = None                              # readings not coded: words of the reason

    def check(self) -> "EventQuery":
        for name in ("actor_country", "recipient_country", "country"):
            v = getattr(self, name)
            if v is not None and (len(v) != 3 or not v.isalpha()):
                raise InputError(f"--{name.replace('_', '-')} {v!r}: give an ISO 3166 alpha-3 code (FRA, MAR …)")
        if self.between and (len(self.between) != 2 or any(len(c) != 3 or not c.isalpha() for c in self.between)):
            raise InputError("--between takes two ISO alpha-3 codes (e.g. --between FRA MAR)")
        for name in ("since", "until"):
            v = getattr(self, name)
            if v is not None and not _iso_prefix(v):
                raise InputError(f"--{name} {v!r}: give a date as YYYY, YYYY-MM or YYYY-MM-DD")
        return self


def _iso_prefix(v: str) -> bool:
    parts = v.split("-")
    return 1 <= len(parts) <= 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4


def _upper(v: Optional[str]) -> Optional[str]:
    return v.upper() if v else v


def build_sql(q: EventQuery) -> tuple[str, list]:
    """The SELECT of the matching events (with their document), and its parameters."""
    if q.reason:
        raise InputError("a reason filters the readings not coded (suppressed), not the events")
    where, args = ["1 = 1"], []
    if q.types:
        codes = [t for t in q.types if t.isdigit()]
        names = [t.upper() for t in q.types if not t.isdigit()]
        parts = []
        if names:
            parts.append(f"e.event_type IN ({','.join('?' * len(names))})")
            args += names
        for code in codes:  # a CAMEO code selects itself and its children (04 → 040, 042 …)
            parts.append("e.cameo LIKE ?")
            args.append(code + "%")
        where.append("(" + " OR ".join(parts) + ")")
    if q.modalities:
        where.append(f"e.modality IN ({','.join('?' * len(q.modalities))})")
        args += [m.lower() for m in q.modalities]
    # uncorrelated IN (…): SQLite computes each set once (a correlated EXISTS per event took seconds)
    party = "e.id IN (SELECT p.event_id FROM event_parties p WHERE {})"
    if q.actor_country:
        where.append(party.format("p.role = 'actor' AND p.country = ?"))
        args.append(_upper(q.actor_country))
    if q.recipient_country:
        where.append(party.format("p.role = 'recipient' AND p.country = ?"))
        args.append(_upper(q.recipient_country))
    if q.country:
        where.append(party.format("p.country = ?"))
        args.append(_upper(q.country))
    if q.between:
        a, b = (_upper(c) for c in q.between)
        where.append(party.format("p.country = ?") + " AND " + party.format("p.country = ?"))
        args += [a, b]
    if q.actor_sector:
        where.append(party.format("p.role = 'actor' AND (';' || p.sectors || ';') LIKE ?"))
        args.append(f"%;{q.actor_sector.upper()};%")
    if q.recipient_sector:
        where.append(party.format("p.role = 'recipient' AND (';' || p.sectors || ';') LIKE ?"))
        args.append(f"%;{q.recipient_sector.upper()};%")
    if q.context:
        where.append("e.id IN (SELECT x.event_id FROM contexts x WHERE x.context = ?)")
        args.append(q.context.lower())
    dated, dated_args = _period_and_source(q, "e.date", "d.source")
    where += dated
    args += dated_args
    if q.relevant_only:
        where.append("coalesce(e.relevance, 'relevant') = 'relevant'")
    sql = ("SELECT e.record, e.merged_id, d.id AS doc_id, d.url, d.source, d.published, d.title "
           "FROM events e JOIN documents d ON d.id = e.doc_id WHERE " + " AND ".join(where) +
           " ORDER BY e.date IS NULL, e.date, d.n, e.id")
    return sql, args


def _period_and_source(q: EventQuery, date: str, source: str) -> tuple[list[str], list]:
    """The --since/--until conditions on the ``date`` column and the --source one on ``source``."""
    where, args = [], []
    if q.since:
        where.append(f"{date} >= ?")
        args.append(q.since)
    if q.until:
        where.append(f"{date} < ?")
        args.append(_period_end(q.until))
    if q.source:
        where.append(f"lower({source}) = lower(?)")
        args.append(q.source)
    return where, args


def _period_end(until: str) -> str:
    """The first ISO string after every date in the period ``until`` (inclusive bound)."""
    return until + "\uffff"


# What a suppressed reading keeps (coder.suppressed_record): its type, trigger, sentence and
# actors — no recipient, date or modality — so only these filters apply to it.
_SUPPRESSED_FILTERS = ("types", "country", "actor_country", "source", "since", "until", "limit", "reason")


def suppressed_sql(q: EventQuery) -> tuple[str, list]:
    """The SELECT of the suppressed readings ``q`` matches, with their articles (by type and
    actor country, and by source and publication date: a reading has no date of its own), and
    its parameters."""
    q.check()
    unused = [name for name, value in vars(q).items()
              if name not in _SUPPRESSED_FILTERS and value not in (None, False, (), [])]
    if unused:
        raise InputError("--suppressed takes --type, --country/--actor-country, --reason, --source, --since and "
                         f"--until (on the publication date), not --{unused[0].replace('_', '-')}")
    where, args = _period_and_source(q, "d.published", "d.source")
    if q.types:
        types = sorted({t.upper() for t in q.types})
        where.append(f"s.event_type IN ({','.join('?' * len(types))})")
        args += types
    country = _upper(q.actor_country or q.country)
    if country:
        where.append("s.actor_countries LIKE ?")
        args.append(f"%;{country};%")
    if q.reason:  # no recipient found, no other side found, no party of a known country, sport article …
        where.append("instr(lower(json_extract(s.record, '$.reason')), lower(?)) > 0")
        args.append(q.reason)
    sql = ("SELECT d.id, d.url, d.source, d.published, d.title, s.record FROM suppressed s "
           "JOIN documents d ON d.id = s.doc_id WHERE " + " AND ".join(["1 = 1", *where]) +
           " ORDER BY d.published IS NULL, d.published, d.n, s.k")
    if q.limit:
        sql += " LIMIT ?"
        args.append(q.limit)
    return sql, args


def event_rows(conn: sqlite3.Connection, q: EventQuery) -> list[dict]:
    q.check()
    sql, args = build_sql(q)
    rows = []
    for r in conn.execute(sql, args):
        e = json.loads(r[0])
        e["doc"] = {"id": r[2], "url": r[3], "source": r[4], "published": r[5], "title": r[6]}
        e["merged"] = {"id": r[1], "mentions": 1, "doc_ids": [r[2]]} if r[1] else None
        rows.append(e)
    _fill_merged(conn, rows)
    if q.merged:
        rows = _one_per_event(rows)
    return rows[:q.limit] if q.limit else rows


def _fill_merged(conn: sqlite3.Connection, rows: list[dict]) -> None:
    """Mention counts and article ids of the merged events these rows belong to (all
    articles, not only those the filters kept)."""
    ids = sorted({r["merged"]["id"] for r in rows if r["merged"]})
    info: dict[str, dict] = {}
    for k in range(0, len(ids), 500):
        chunk = ids[k:k + 500]
        marks = ",".join("?" * len(chunk))
        for mid, mentions in conn.execute(f"SELECT id, mentions FROM merged_events WHERE id IN ({marks})", chunk):
            info[mid] = {"id": mid, "mentions": mentions, "doc_ids": []}
        for mid, did in conn.execute(f"SELECT DISTINCT merged_id, doc_id FROM events WHERE merged_id IN ({marks}) "
                                     "ORDER BY merged_id, doc_id", chunk):
            info[mid]["doc_ids"].append(did)
    for r in rows:
        if r["merged"]:
            r["merged"] = info.get(r["merged"]["id"], r["merged"])


def _one_per_event(rows: list[dict]) -> list[dict]:
    """Merged view: the first row of each merged event carries every report's evidence."""
    out: list[dict] = []
    first: dict[str, dict] = {}
    for r in rows:
        mid = r["merged"]["id"] if r["merged"] else None
        if mid is None:
            out.append(r)
            continue
        evidence = [dict(m, doc_id=r["doc"]["id"]) for m in r.get("mentions") or [r["evidence"]]]
        if mid in first:
            first[mid]["mentions"].extend(evidence)
            continue
        r = dict(r, mentions=evidence)
        first[mid] = r
        out.append(r)
    return out
