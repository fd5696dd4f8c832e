"""The SQLite store: one file, WAL mode, one writer.

Why SQLite: an observatory on a laptop needs a database that is a file, needs no server and
survives being killed. WAL mode lets readers (search, the events query) run while an ingest
writes; every batch of articles is one transaction, so a killed ingest loses at most the batch
it was writing, and the ``seen`` hashes written in the same transaction make the next run
skip exactly what was stored.
"""
from __future__ import annotations

import json
import os
import sqlite3
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional

from ..errors import InputError, MarsadError
from ..search.analyzer import VERSION as ANALYZER_VERSION
from ..search.index import rebuild
from ..text.normalize import norm
from . import schema
from .query import EventQuery, event_rows, suppressed_sql


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class SQLiteStore:
    """A marsad database. Open with :func:`marsad.store.open_store`."""

    def __init__(self, path: str | Path, readonly: bool = False):
        self.path = str(path)
        if readonly and not Path(self.path).is_file():
            raise InputError(f"{self.path}: no such database (create it with `marsad ingest SOURCE --db {self.path}`)")
        try:
            uri = f"file:{Path(self.path).resolve()}?mode=ro" if readonly else self.path
            self.conn = sqlite3.connect(uri, uri=readonly, isolation_level=None, timeout=30)
            self.conn.execute("PRAGMA busy_timeout = 30000")
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                schema.migrate(self.conn, self.path)
                self._check_index()
            elif schema.version(self.conn) != schema.VERSION:
                raise MarsadError(f"{self.path}: schema version {schema.version(self.conn)}, this marsad reads "
                                  f"{schema.VERSION} (open it once with `marsad ingest` to migrate)")
        except sqlite3.DatabaseError as exc:
            raise InputError(f"{self.path}: not a marsad database ({exc})") from None
        self.conn.row_factory = sqlite3.Row

    def _check_index(self) -> None:
        """The search index holds terms of one analyzer version: when marsad's stemmer has
        changed since the file was indexed, re-index (queries would miss the old forms)."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'analyzer'").fetchone()
        if row is not None and row[0] == str(ANALYZER_VERSION):
            return
        with self.transaction() as c:
            if row is not None:
                rebuild(c)
            c.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('analyzer', ?)", (str(ANALYZER_VERSION),))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE: the writer lock is taken up front). A Ctrl-C
        that lands right after BEGIN still rolls it back: the next transaction (the interrupted
        ingest saving its batch) must not find one open."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            yield self.conn
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # ------------------------------------------------------------------ runs

    def begin_run(self, sources: list[str]) -> int:
        """A new ingest run; runs left 'running' by a process that no longer exists are marked
        'interrupted' (a kill -9 cannot say so itself)."""
        with self.transaction() as c:
            for row in c.execute("SELECT id, pid FROM runs WHERE status = 'running'").fetchall():
                if not _alive(row["pid"]):
                    c.execute("UPDATE runs SET status = 'interrupted' WHERE id = ?", (row["id"],))
            cur = c.execute("INSERT INTO runs (started, sources, pid) VALUES (?, ?, ?)",
                            (_now(), json.dumps(sources, ensure_ascii=False), os.getpid()))
            return int(cur.lastrowid)

    def finish_run(self, run_id: int, status: str, counts: dict[str, int]) -> None:
        with self.transaction() as c:
            c.execute("UPDATE runs SET finished = ?, status = ?, records = ?, added = ?, skipped = ?, bad = ?, "
                      "events = ? WHERE id = ?",
                      (_now(), status, counts.get("records", 0), counts.get("added", 0), counts.get("skipped", 0),
                       counts.get("bad", 0), counts.get("events", 0), run_id))

    def runs(self) -> list[dict]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM runs ORDER BY id")]

    # ------------------------------------------------------------------ reading what is there

    def seen(self, raw_hash: str) -> bool:
        return self.conn.execute("SELECT 1 FROM seen WHERE hash = ?", (raw_hash,)).fetchone() is not None

    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def signatures(self) -> Iterator[tuple[str, str, Optional[bytes], Optional[str], Optional[str]]]:
        """(document id, story id, MinHash signature, published, source) of every stored
        document, oldest first: what the story clusterer is seeded with."""
        for r in self.conn.execute("SELECT id, story_id, minhash, published, source FROM documents ORDER BY n"):
            yield r[0], r[1], r[2], r[3], r[4]

    def merge_keys(self) -> Iterator[tuple[str, str]]:
        """(merge key, merged event id) of every merged event."""
        for r in self.conn.execute("SELECT key, id FROM merged_events"):
            yield r[0], r[1]

    def suppressed(self, query: EventQuery) -> list[dict]:
        """The readings the coder did not count (an act done to someone with no recipient found,
        a meeting of one country with no other side, a reading with no party of a known country,
        the events of a sport or culture article), each with its article and reason: what
        `marsad events --suppressed [--reason WORDS]` lists."""
        sql, args = suppressed_sql(query)
        return [dict(json.loads(r[5]), doc={"id": r[0], "url": r[1], "source": r[2], "published": r[3], "title": r[4]})
                for r in self.conn.execute(sql, args)]

    def document(self, doc_id: str) -> Optional[dict]:
        """The stored record of a document, as ``marsad analyze`` printed it."""
        r = self.conn.execute("SELECT record, text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return None if r is None else unpack_record(r[0], r[1])

    def stats(self) -> dict[str, Any]:
        one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        events = one("SELECT count(*) FROM events")
        merged = one("SELECT count(*) FROM merged_events")
        unmerged = one("SELECT count(*) FROM events WHERE merged_id IS NULL")
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "stories": one("SELECT count(*) FROM stories"),
            "stories_with_copies": one("SELECT count(*) FROM stories WHERE size > 1"),
            "events": events,
            "events_after_merging": merged + unmerged,
            "merged_events_with_several_articles": one("SELECT count(*) FROM merged_events WHERE mentions > 1"),
            "runs": one("SELECT count(*) FROM runs"),
            "problems": one("SELECT count(*) FROM problems"),
            "bytes": os.path.getsize(self.path) if os.path.exists(self.path) else 0,
        }

    # ------------------------------------------------------------------ writing

    def add_batch(self, items: Iterable["StoredItem"], run_id: int,
                  prepare: Optional[Callable[["StoredItem"], None]] = None) -> dict[str, int]:
        """Store a batch in one transaction: documents with everything the pipeline found,
        the ``seen`` hashes, refused records. ``prepare`` is called on each document that is
        new to the store, right before it is written (the writer assigns its story and merged
        events there, so that a duplicate never joins a cluster twice). Returns counts (added,
        skipped, bad, events)."""
        counts = {"added": 0, "skipped": 0, "bad": 0, "events": 0}
        with self.transaction() as c:
            for item in items:
                if item.problem is not None:
                    c.execute("INSERT INTO problems (run_id, origin, message) VALUES (?, ?, ?)",
                              (run_id, item.origin, item.problem))
                    c.execute("INSERT OR IGNORE INTO seen (hash, doc_id, run_id) VALUES (?, NULL, ?)",
                              (item.raw_hash, run_id))
                    counts["bad"] += 1
                    continue
                doc = item.record
                if self.has_document(doc["id"]):
                    counts["skipped"] += 1
                else:
                    if prepare is not None:
                        prepare(item)
                    self._insert_document(c, item, run_id)
                    counts["added"] += 1
                    counts["events"] += len(doc["events"])
                c.execute("INSERT OR IGNORE INTO seen (hash, doc_id, run_id) VALUES (?, ?, ?)",
                          (item.raw_hash, doc["id"], run_id))
        return counts

    def _insert_document(self, c: sqlite3.Connection, item: "StoredItem", run_id: int) -> None:
        doc = item.record
        section = doc.get("section") or {}
        if item.story_id is None or item.story_id == doc["id"]:
            item.story_id = doc["id"]
            c.execute("INSERT INTO stories (id, size, first_published, last_published) VALUES (?, 1, ?, ?)",
                      (doc["id"], doc.get("published"), doc.get("published")))
        else:
            c.execute("UPDATE stories SET size = size + 1, "
                      "first_published = min(coalesce(first_published, ?), coalesce(?, first_published)), "
                      "last_published = max(coalesce(last_published, ?), coalesce(?, last_published)) WHERE id = ?",
                      (doc.get("published"),) * 4 + (item.story_id,))
        cur = c.execute(
            "INSERT INTO documents (id, run_id, origin, url, source, site_name, author, title, text, published, "
            "section, section_p, relevant, story_id, minhash, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (doc["id"], run_id, doc.get("origin"), doc.get("url"), doc.get("source"), doc.get("site_name"),
             doc.get("author"), doc["title"], doc["text"], doc.get("published"), section.get("label"),
             section.get("probability"), None if not section else int(bool(section.get("relevant"))),
             item.story_id, item.minhash, pack_record(doc)))
        n = cur.lastrowid
        c.execute("INSERT INTO doc_fts (rowid, title, body) VALUES (?, ?, ?)", (n, item.fts_title, item.fts_body))
        did = doc["id"]
        c.executemany('INSERT INTO entities (doc_id, start, "end", text, norm, label, kind, source, country, key) '
                      "VALUES (?,?,?,?,?,?,?,?,?,?)",
                      [(did, e["start"], e["end"], e["text"], norm(e["text"]), e.get("label"), e.get("kind"),
                        e.get("source"), e.get("country"), e.get("key")) for e in doc["entities"]])
        c.executemany("INSERT INTO actors (doc_id, actor_id, text, kind, country, sectors, name, role) "
                      "VALUES (?,?,?,?,?,?,?,?)",
                      [(did, a["id"], a["text"], a.get("kind"), a.get("country"), ";".join(a.get("sector") or []),
                        a.get("name"), a.get("role")) for a in doc["actors"]])
        c.executemany('INSERT INTO dates (doc_id, start, "end", text, value, granularity, kind) VALUES (?,?,?,?,?,?,?)',
                      [(did, d["start"], d["end"], d["text"], d.get("value"), d.get("granularity"), d.get("kind"))
                       for d in doc["dates"]])
        c.executemany("INSERT INTO contexts (doc_id, event_id, context) VALUES (?, NULL, ?)",
                      [(did, x) for x in doc.get("contexts") or []])
        c.executemany(schema.SUPPRESSED_INSERT, schema.suppressed_rows(did, doc.get("suppressed") or []))
        for e, merged in zip(doc["events"], item.merged or [None] * len(doc["events"])):
            self._insert_event(c, did, e, merged)
        countries = {e.get("country") for e in doc["entities"]} | {
            p.get("country") for e in doc["events"] for role in ("actor", "recipient") for p in e[role]}
        c.executemany("INSERT INTO doc_countries (country, n) VALUES (?, ?)",
                      [(cc, n) for cc in sorted(x for x in countries if x)])

    @staticmethod
    def _insert_event(c: sqlite3.Connection, did: str, e: dict, merged: Optional[tuple[str, str]]) -> None:
        date = e.get("date") or {}
        loc = e.get("location") or {}
        ev = e.get("evidence") or {}
        merged_id = None
        if merged is not None:
            key, merged_id = merged
            if merged_id == e["id"]:
                c.execute("INSERT INTO merged_events (id, key, event_type, mode, cameo, modality, date, location, "
                          "location_country, actor_countries, recipient_countries, mentions, first_doc) "
                          "VALUES (?,?,?,?,?,?,?,?,?,?,?,1,?)",
                          (e["id"], key, e["event_type"], e.get("mode"), e.get("cameo"), e.get("modality"),
                           date.get("value"), loc.get("text"), loc.get("country"), _countries(e["actor"]),
                           _countries(e["recipient"]), did))
            else:
                # one more article reports it (two events of one article count once)
                c.execute("UPDATE merged_events SET mentions = mentions + 1 WHERE id = ? AND NOT EXISTS "
                          "(SELECT 1 FROM events WHERE merged_id = ? AND doc_id = ?)", (merged_id, merged_id, did))
        c.execute("INSERT INTO events (id, doc_id, event_type, mode, cameo, modality, relevance, confidence, date, "
                  "date_granularity, location, location_country, sentence, evidence_start, evidence_end, trigger, "
                  "merged_id, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                  (e["id"], did, e["event_type"], e.get("mode"), e.get("cameo"), e.get("modality"), e.get("relevance"),
                   e.get("confidence"), date.get("value"), date.get("granularity"), loc.get("text"), loc.get("country"),
                   ev.get("sentence"), ev.get("start"), ev.get("end"), ev.get("trigger"), merged_id,
                   json.dumps(e, ensure_ascii=False, separators=(",", ":"))))
        c.executemany("INSERT INTO event_parties (event_id, role, country, sectors, text, name) VALUES (?,?,?,?,?,?)",
                      [(e["id"], role, p.get("country"), ";".join(p.get("sector") or []), p.get("text"), p.get("name"))
                       for role in ("actor", "recipient") for p in e[role]])
        c.executemany("INSERT INTO contexts (doc_id, event_id, context) VALUES (?, ?, ?)",
                      [(did, e["id"], x) for x in e.get("context") or []])

    # ------------------------------------------------------------------ queries

    def events(self, query: EventQuery) -> list[dict]:
        """Events matching ``query`` as export rows (the event record + ``doc`` + ``merged``)."""
        return event_rows(self.conn, query)


@dataclass(slots=True)
class StoredItem:
    """One analysed record on its way into the store (built in a worker process)."""

    raw_hash: str
    origin: str
    problem: Optional[str] = None  # a refused record: why
    record: Optional[dict] = None  # Document.to_dict()
    minhash: Optional[bytes] = None
    fts_title: str = ""
    fts_body: str = ""
    story_id: Optional[str] = None  # set by the writer (StoryClusterer)
    merged: list[Optional[tuple[str, str]]] = field(default_factory=list)  # per event: (key, merged id) or None


def pack_record(doc: dict) -> bytes:
    """A document record for storage: JSON without the text (it has its own column),
    zlib-compressed — the record is most of a document's bytes and compresses about 5×."""
    body = {k: v for k, v in doc.items() if k != "text"}
    return zlib.compress(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)


def unpack_record(blob: bytes, text: str) -> dict:
    doc = json.loads(zlib.decompress(blob))
    return {"text": text, **doc}


def _countries(parties: list[dict]) -> str:
    return ";".join(sorted({p.get("country") or "" for p in parties} - {""}))


def _alive(pid: Optional[int]) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return pid != os.getpid()
