"""The corpus commands — ``marsad ingest | search | events | export | status`` — as thin
shells over :mod:`marsad.corpus.ingest`, :mod:`marsad.search`, :mod:`marsad.store` and
:mod:`marsad.export`. Each returns an exit status; errors are raised as MarsadError and
printed in one line by :mod:`marsad.cli`.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Optional

from ..errors import InputError
from ..ingest.article import FORMATS
from ..store import DEFAULT_DB, EventQuery, open_store


def add_parsers(sub) -> None:
    i = sub.add_parser("ingest", help="analyse sources into a database (idempotent, resumable, all cores)",
                       description="Read articles (files, directories, JSONL(.gz), TREC, WARC, RSS/Atom files or "
                                   "URLs), analyse the new ones on all cores and store them in a SQLite database.")
    i.add_argument("sources", nargs="+", metavar="SOURCE")
    _db(i)
    i.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                   help="worker processes (default: all cores, %(default)s here)")
    i.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for records that carry none")
    i.add_argument("--all-sections", action="store_true", help="code events of sport/culture/technology articles too")
    i.add_argument("--input-format", choices=("auto",) + FORMATS, default="auto",
                   help="force a reader (default: guess per file)")
    i.add_argument("--no-fetch", action="store_true",
                   help="feeds: read each item's own text instead of fetching its page (no network)")
    i.add_argument("--batch", type=int, default=200, help="articles per transaction (default: %(default)s)")

    s = sub.add_parser("search", help="full-text search in Arabic over a database",
                       description="Search the stored articles: words match through clitics, diacritics and "
                                   "spelling variants (هجرة finds الهجرة، والهجرة، للهجرة). \"phrases\", OR, -word, prefix*.")
    s.add_argument("query", metavar="QUERY")
    _db(s)
    s.add_argument("--since", metavar="DATE", help="published on or after (YYYY[-MM[-DD]])")
    s.add_argument("--until", metavar="DATE", help="published on or before")
    s.add_argument("--source", help="source name as stored (e.g. bbc, cnn)")
    s.add_argument("--section", help="politics, economy, sport, culture, technology")
    s.add_argument("--entity", help="articles that name this entity (e.g. ماكرون)")
    s.add_argument("--country", metavar="ISO3", help="articles that mention this country")
    s.add_argument("--limit", type=int, default=10)
    s.add_argument("--format", choices=("text", "json"), default="text")

    e = sub.add_parser("events", help="query the stored events",
                       description="Events by type, countries, sectors, modality, context and date.")
    _db(e)
    _event_filters(e)
    e.add_argument("--limit", type=int, default=50, help="rows to show (0: all; default %(default)s)")
    e.add_argument("--format", choices=("table", "json", "jsonl"), default="table")
    e.add_argument("--suppressed", action="store_true",
                   help="list the readings not coded instead, with why (no recipient found, no other side found, "
                        "no party of a known country, sport or culture article); filters: --type, --country, "
                        "--reason, --source, --since/--until (publication date)")
    e.add_argument("--reason", metavar="WORDS",
                   help="with --suppressed: only readings whose reason contains these words (e.g. 'no recipient')")

    x = sub.add_parser("export", help="write the event dataset: PLOVER JSONL, CSV, Parquet, CAMEO/GDELT TSV")
    _db(x)
    x.add_argument("--to", dest="fmt", required=True, choices=("plover", "csv", "parquet", "cameo"),
                   help="output format")
    x.add_argument("--out", default="-", help="output file (default: stdout; required for parquet)")
    _event_filters(x)

    st = sub.add_parser("status", help="what a database holds: documents, stories, events, runs")
    _db(st)


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=os.environ.get("MARSAD_DB", DEFAULT_DB),
                   help="the database file (default: $MARSAD_DB or ./%(default)s)")


def _event_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--type", action="append", default=[], metavar="TYPE",
                   help="PLOVER type (CONSULT, PROTEST …) or CAMEO code prefix (04); repeatable")
    p.add_argument("--between", nargs=2, metavar=("ISO3", "ISO3"), help="one country on each side, either way")
    p.add_argument("--country", metavar="ISO3", help="a party of this country, on either side")
    p.add_argument("--actor-country", metavar="ISO3")
    p.add_argument("--recipient-country", metavar="ISO3")
    p.add_argument("--actor-sector", metavar="CODE", help="GOV, MIL, COP, JUD, OPP, REB, CVL, MED, BUS …")
    p.add_argument("--recipient-sector", metavar="CODE")
    p.add_argument("--modality", action="append", default=[],
                   help="actual, future, historical, negated, hypothetical; repeatable (default: all)")
    p.add_argument("--context", help="PLOVER context (migration, security, terrorism …)")
    p.add_argument("--since", metavar="DATE", help="event date on or after (YYYY[-MM[-DD]])")
    p.add_argument("--until", metavar="DATE", help="event date on or before")
    p.add_argument("--source", help="only articles of this source")
    p.add_argument("--relevant-only", action="store_true", help="leave out events of doubtful sections")
    p.add_argument("--merged", action="store_true",
                   help="one row per real-world event (reports from several articles merged)")


def _query(args, limit: Optional[int] = None) -> EventQuery:
    return EventQuery(types=args.type, modalities=args.modality, actor_country=args.actor_country,
                      recipient_country=args.recipient_country, between=tuple(args.between or ()),
                      country=args.country, actor_sector=args.actor_sector, recipient_sector=args.recipient_sector,
                      context=args.context, since=args.since, until=args.until, source=args.source,
                      relevant_only=args.relevant_only, merged=args.merged, limit=limit,
                      reason=getattr(args, "reason", None)).check()


def run(args) -> int:
    return {"ingest": _ingest, "search": _search, "events": _events, "export": _export, "status": _status}[
        args.command](args)


# ------------------------------------------------------------------ ingest

def _ingest(args) -> int:
    from ..pipeline import as_date
    from .ingest import IngestOptions, count_records, ingest
    from .progress import Progress

    published = as_date(args.published)
    if args.batch < 1:
        raise InputError("--batch must be at least 1")
    options = IngestOptions(jobs=args.jobs, published=published, all_sections=args.all_sections,
                            input_format=args.input_format, batch=args.batch, fetch=not args.no_fetch)
    with open_store(args.db) as store:
        progress = Progress()
        if progress.enabled:
            progress.total = count_records(args.sources)
        try:
            report = ingest(args.sources, store, options, progress)
        except KeyboardInterrupt:
            print(f"marsad: interrupted; what was analysed is stored, run the same command to resume ({args.db})",
                  file=sys.stderr)
            return 130
        print(f"marsad: {report.summary()} → {args.db}", file=sys.stderr)
        stats = store.stats()
    print(f"marsad: {args.db}: {stats['documents']:,} articles in {stats['stories']:,} stories; "
          f"{stats['events']:,} events, {stats['events_after_merging']:,} after merging reports of the same event",
          file=sys.stderr)
    return 1 if report.bad else 0


# ------------------------------------------------------------------ search

def _search(args) -> int:
    from dataclasses import asdict

    from ..search.index import search

    bold = args.format == "text" and sys.stdout.isatty()
    marks = ("\033[1m", "\033[0m") if bold else ("«", "»")
    with open_store(args.db, readonly=True) as store:
        hits = search(store.conn, args.query, since=args.since, until=args.until, source=args.source,
                      section=args.section, entity=args.entity, country=args.country, limit=args.limit,
                      marks=marks)
    if args.format == "json":
        print(json.dumps([asdict(h) for h in hits], ensure_ascii=False, indent=2))
        return 0
    for k, h in enumerate(hits, 1):
        print(f"{k}. {h.title}")
        print(f"   {h.published or '—'} · {h.source or '—'} · {h.section or '—'} · {h.url or h.doc_id}")
        print(f"   {h.snippet}")
    if not hits:
        print("no match", file=sys.stderr)
    return 0


# ------------------------------------------------------------------ events and export

def _events(args) -> int:
    if args.reason and not args.suppressed:
        raise InputError("--reason filters the readings not coded: add --suppressed")
    with open_store(args.db, readonly=True) as store:
        query = _query(args, args.limit or None)
        rows = store.suppressed(query) if args.suppressed else store.events(query)
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif args.format == "jsonl":
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
    else:
        print(suppressed_table(rows) if args.suppressed else event_table(rows))
    return 0


def _party(p: dict) -> str:
    who = p.get("name") or p.get("text") or ""
    code = "/".join(x for x in (p.get("country") or "—", ",".join(p.get("sector") or [])) if x)
    return f"{code} {who}".strip()


def event_table(rows: list[dict]) -> str:
    """A readable table: one line per event (per merged event with --merged)."""
    lines = []
    for r in rows:
        date = (r.get("date") or {}).get("value") or "—"
        kind = r["event_type"] + (f"/{r['mode']}" if r.get("mode") else "")
        actor = " + ".join(_party(p) for p in r["actor"]) or "—"
        recip = " + ".join(_party(p) for p in r["recipient"]) or "—"
        loc = (r.get("location") or {}).get("text") or "—"
        mentions = (r.get("merged") or {}).get("mentions", 1)
        lines.append(f"{date}  {kind:<18} {r.get('modality', ''):<12} {actor}  →  {recip}  @ {loc}  "
                     f"[{mentions} article(s); {r['doc'].get('source') or r['doc']['id']}]")
    lines.append(f"({len(rows)} event(s))")
    return "\n".join(lines)


def suppressed_table(rows: list[dict]) -> str:
    """One line per reading not coded: its article's date, type, actors, why, and trigger."""
    lines = []
    for r in rows:
        actor = " + ".join(_party(p) for p in r["actor"]) or "—"
        recip = " + ".join(_party(p) for p in r.get("recipient", [])) or "—"  # stored before round 47: none
        lines.append(f"{r['doc'].get('published') or '—'}  {r['event_type']:<10} {actor}  →  {recip}  «{r['trigger']}»  "
                     f"({r['reason']}) [{r['doc'].get('source') or r['doc']['id']}]")
    lines.append(f"({len(rows)} reading(s) not coded)")
    return "\n".join(lines)


def _export(args) -> int:
    from ..export import export

    if args.fmt == "parquet" and args.out == "-":
        raise InputError("--to parquet needs --out FILE (Parquet is a binary file format)")
    with open_store(args.db, readonly=True) as store:
        rows = store.events(_query(args))
    if args.out == "-":
        n = export(rows, args.fmt, sys.stdout)
    else:
        n = export(rows, args.fmt, args.out)
    print(f"marsad: {n:,} event(s) written" + ("" if args.out == "-" else f" to {args.out}"), file=sys.stderr)
    return 0


def _status(args) -> int:
    with open_store(args.db, readonly=True) as store:
        stats = store.stats()
        runs = store.runs()
    for k, v in stats.items():
        print(f"{k:<38} {v:,}" if isinstance(v, int) else f"{k:<38} {v}")
    for r in runs:
        print(f"run {r['id']}: {r['status']:<11} {r['started']} → {r['finished'] or '…'}  records {r['records']:,}, "
              f"new {r['added']:,}, skipped {r['skipped']:,}, refused {r['bad']:,}, events {r['events']:,}")
    return 0
