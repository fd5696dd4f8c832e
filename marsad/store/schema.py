"""The SQLite schema of a marsad store, as numbered migrations.

A store is one SQLite file. Its schema version is ``PRAGMA user_version``; :func:`migrate`
applies, in order and each in its own transaction, every migration above the file's version,
so that a database written by an older marsad is upgraded in place and a newer one is refused
(its schema may hold things this code would not keep).

Layout (version 1):

* ``meta`` — key/value facts about the file (the search analyzer version the index was built with).
* ``runs`` — one row per ``marsad ingest``: sources, start/end, counts, status.
* ``problems`` — the records a run refused, with where they were and why.
* ``seen`` — hashes of raw inputs already read (what makes re-ingesting free and resuming
  exact: a record is skipped before it is analysed again).
* ``documents`` — one row per distinct cleaned article (``id`` = content hash), with its
  metadata, section, story cluster, MinHash signature and the full JSON record.
* ``entities``, ``actors``, ``dates``, ``contexts``, ``events``, ``event_parties`` — the parts
  of the record that queries filter on, one row each; the JSON record stays the reference.
* ``stories`` — clusters of near-duplicate articles (the same wire story on several sites).
* ``merged_events`` — the same real-world event reported by several articles (same type,
  actors, recipients, date and location: the ACLED rule); ``events.merged_id`` points to it.
* ``doc_fts`` — FTS5 index of the normalised, light-stemmed title and body
  (:mod:`marsad.search`), rowid = ``documents.n``.

Version 2 adds ``doc_countries``: one row per (country, document) that any entity or event
party of the document has. The search's country filter reads the matching rowids straight
from its primary key instead of gathering them from ``entities`` and ``event_parties`` (tens of
thousands of rows for a common country) on every query.

Version 3 adds ``suppressed``: one row per reading the coder did not count (`marsad events
--suppressed`), with its type and actor countries to filter on. Before, the listing unpacked
every document record (seconds on 27,000 articles); the migration fills it from the records.
"""
from __future__ import annotations

import json
import sqlite3
from typing import Callable, Union

from ..errors import MarsadError


def _fill_suppressed(conn: sqlite3.Connection) -> None:
    """Version 3's table, filled from the readings the document records already hold."""
    conn.execute("""
        CREATE TABLE suppressed (
            doc_id TEXT NOT NULL, k INTEGER NOT NULL,  -- its place in the document's list
            event_type TEXT NOT NULL,
            actor_countries TEXT NOT NULL,             -- ;FRA;MAR; (so that LIKE '%;FRA;%' finds one)
            record TEXT NOT NULL,                      -- the reading's JSON (as in the document record)
            PRIMARY KEY (doc_id, k)
        ) WITHOUT ROWID""")
    conn.execute("CREATE INDEX suppressed_type ON suppressed(event_type)")
    from .sqlite import unpack_record  # (the store module imports this one)

    for doc_id, blob in conn.execute("SELECT id, record FROM documents").fetchall():
        conn.executemany(SUPPRESSED_INSERT, suppressed_rows(doc_id, unpack_record(blob, "").get("suppressed") or []))


SUPPRESSED_INSERT = "INSERT INTO suppressed (doc_id, k, event_type, actor_countries, record) VALUES (?,?,?,?,?)"


def suppressed_rows(doc_id: str, readings: list[dict]) -> list[tuple]:
    """The ``suppressed`` rows of one document's readings (coder.suppressed_record)."""
    return [(doc_id, k, r["event_type"],
             ";" + "".join(f"{c};" for c in sorted({a.get("country") for a in r.get("actor") or []} - {None})),
             json.dumps(r, ensure_ascii=False, separators=(",", ":"))) for k, r in enumerate(readings)]


MIGRATIONS: tuple[Union[str, Callable[[sqlite3.Connection], None]], ...] = (
    # 1: the first schema
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL,
        finished TEXT,
        status TEXT NOT NULL DEFAULT 'running',   -- running | done | interrupted | failed
        pid INTEGER,                              -- the ingesting process, to tell a crash from a live run
        sources TEXT NOT NULL,                    -- JSON list of what was asked for
        records INTEGER NOT NULL DEFAULT 0,       -- records read
        added INTEGER NOT NULL DEFAULT 0,         -- new documents stored
        skipped INTEGER NOT NULL DEFAULT 0,       -- already in the store (same raw input or same text)
        bad INTEGER NOT NULL DEFAULT 0,           -- refused records
        events INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE seen (
        hash TEXT PRIMARY KEY,                    -- sha1 of the raw record (text + metadata)
        doc_id TEXT,                              -- NULL when the record was refused
        run_id INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE problems (
        run_id INTEGER NOT NULL, origin TEXT NOT NULL, message TEXT NOT NULL   -- refused records
    );
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,                      -- the id of its first document
        size INTEGER NOT NULL DEFAULT 1,
        first_published TEXT,
        last_published TEXT
    );
    CREATE TABLE documents (
        n INTEGER PRIMARY KEY,                    -- rowid, also the FTS rowid
        id TEXT NOT NULL UNIQUE,                  -- content hash of the cleaned text
        run_id INTEGER NOT NULL,
        origin TEXT, url TEXT, source TEXT, site_name TEXT, author TEXT,
        title TEXT NOT NULL, text TEXT NOT NULL,
        published TEXT,                           -- ISO date or NULL
        section TEXT, section_p REAL, relevant INTEGER,
        story_id TEXT REFERENCES stories(id),
        minhash BLOB,
        record BLOB NOT NULL                      -- Document.to_dict() without text, JSON, zlib
    );
    CREATE INDEX documents_published ON documents(published);
    CREATE INDEX documents_source ON documents(source);
    CREATE INDEX documents_story ON documents(story_id);
    CREATE TABLE entities (
        doc_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, norm TEXT NOT NULL, label TEXT, kind TEXT, source TEXT,
        country TEXT, key TEXT
    );
    CREATE INDEX entities_doc ON entities(doc_id);
    CREATE INDEX entities_norm ON entities(norm);
    CREATE INDEX entities_country ON entities(country);
    CREATE TABLE actors (
        doc_id TEXT NOT NULL, actor_id TEXT NOT NULL, text TEXT, kind TEXT, country TEXT,
        sectors TEXT, name TEXT, role TEXT,
        PRIMARY KEY (doc_id, actor_id)
    ) WITHOUT ROWID;
    CREATE TABLE dates (
        doc_id TEXT NOT NULL, start INTEGER, "end" INTEGER, text TEXT, value TEXT,
        granularity TEXT, kind TEXT
    );
    CREATE INDEX dates_doc ON dates(doc_id);
    CREATE TABLE contexts (
        doc_id TEXT NOT NULL, event_id TEXT, context TEXT NOT NULL   -- event_id NULL: the article's
    );
    CREATE INDEX contexts_doc ON contexts(doc_id);
    CREATE INDEX contexts_event ON contexts(event_id);
    CREATE TABLE merged_events (
        id TEXT PRIMARY KEY,                      -- the id of its first event
        key TEXT NOT NULL UNIQUE,                 -- type|actors|recipients|date|location
        event_type TEXT NOT NULL, mode TEXT, cameo TEXT, modality TEXT,
        date TEXT, location TEXT, location_country TEXT,
        actor_countries TEXT, recipient_countries TEXT,
        mentions INTEGER NOT NULL DEFAULT 1,      -- articles reporting it
        first_doc TEXT NOT NULL
    );
    CREATE TABLE events (
        id TEXT PRIMARY KEY, doc_id TEXT NOT NULL,
        event_type TEXT NOT NULL, mode TEXT, cameo TEXT,
        modality TEXT, relevance TEXT, confidence REAL,
        date TEXT, date_granularity TEXT,
        location TEXT, location_country TEXT,
        sentence TEXT, evidence_start INTEGER, evidence_end INTEGER, trigger TEXT,
        merged_id TEXT REFERENCES merged_events(id),
        record TEXT NOT NULL                      -- the event's JSON (as in the document record)
    ) WITHOUT ROWID;
    CREATE INDEX events_doc ON events(doc_id);
    CREATE INDEX events_type_date ON events(event_type, date);
    CREATE INDEX events_merged ON events(merged_id);
    CREATE TABLE event_parties (
        event_id TEXT NOT NULL, role TEXT NOT NULL,   -- actor | recipient
        country TEXT, sectors TEXT, text TEXT, name TEXT
    );
    CREATE INDEX event_parties_event ON event_parties(event_id);
    CREATE INDEX event_parties_country ON event_parties(country, role);
    CREATE VIRTUAL TABLE doc_fts USING fts5(title, body, content='', tokenize='unicode61 remove_diacritics 2');
    """,
    # 2: each document's countries, for the search's country filter (filled from what version 1 stored)
    """
    CREATE TABLE doc_countries (
        country TEXT NOT NULL, n INTEGER NOT NULL,    -- documents.n, the doc_fts rowid
        PRIMARY KEY (country, n)
    ) WITHOUT ROWID;
    INSERT OR IGNORE INTO doc_countries (country, n)
        SELECT e.country, d.n FROM entities e JOIN documents d ON d.id = e.doc_id WHERE e.country IS NOT NULL;
    INSERT OR IGNORE INTO doc_countries (country, n)
        SELECT p.country, d.n FROM event_parties p JOIN events v ON v.id = p.event_id
        JOIN documents d ON d.id = v.doc_id WHERE p.country IS NOT NULL;
    """,
    # 3: the readings not coded, one row each (filled from the document records)
    _fill_suppressed,
)

VERSION = len(MIGRATIONS)


def version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, path: str = "", to: int = VERSION) -> int:
    """Bring the database up to version ``to`` (:data:`VERSION`: the newest; an older one
    makes the files earlier marsad versions wrote, to test the upgrade); returns the version
    it had."""
    found = version(conn)
    if found > VERSION:
        raise MarsadError(f"{path or 'database'}: schema version {found} is newer than this marsad "
                          f"knows ({VERSION}); upgrade marsad")
    for k in range(found, to):
        with conn:  # one transaction per migration: a crash leaves the old version intact
            conn.execute("BEGIN")
            step = MIGRATIONS[k]
            if callable(step):
                step(conn)
            else:
                for statement in _statements(step):
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {k + 1}")
    return found


def _statements(script: str) -> list[str]:
    """A migration script cut into statements (no statement holds a ';' inside)."""
    return [s.strip() for s in script.split(";") if s.strip() and not _only_comments(s)]


def _only_comments(s: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in s.splitlines())
