"""Writing documents into ``doc_fts`` and searching it with the store's filters.

``doc_fts`` is contentless (``content=''``): it keeps only the index of the stemmed terms,
so the store does not hold every article twice. Two consequences shape this module:

* removing a row needs the values it was indexed with, which :func:`remove` recomputes
  from the original title and text (the analyzer is deterministic). After a change to the
  analyzer (:data:`marsad.search.analyzer.VERSION`) the index must be rebuilt
  (:func:`rebuild`): queries would miss old forms, and a removal with other values than
  those indexed silently corrupts a contentless FTS5 table;
* FTS5's snippet() and highlight() have nothing to cut from, so snippets come from
  ``documents.text`` (:mod:`marsad.search.snippet`), which is better anyway: the reader
  sees the article as written, not stems.

Ranking is bm25 with the title weighing :data:`TITLE_WEIGHT` times the body. A
:class:`Hit`'s ``score`` is the negated bm25: higher is better.

Filters are SQL on the store's tables, always with bound parameters; ``documents`` is joined
only when a filter needs it, and the entity and country filters are uncorrelated subqueries,
which SQLite runs once per search (a correlated EXISTS per match took seconds on 27,000
articles); the country filter reads ``doc_countries`` (schema version 2), keyed by country:

* ``since`` / ``until``: ISO dates (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), inclusive, compared
  on ``documents.published`` at the precision given (``until="2025-04"`` keeps all of April);
  documents without a date are left out when either is given;
* ``source``, ``section``: equal, ignoring ASCII case;
* ``entity``: a name, normalised like ``entities.norm``. It matches a mention equal to it, the
  same with a leading clitic or article form (ماكرون → وماكرون، لماكرون; المغرب → بالمغرب،
  للمغرب, in case a recogniser kept the clitic in the span), or a longer name that starts
  with it as whole words (برونو → برونو ريتايو). It does not match a name that merely ends
  with it (ريتايو ↛ برونو ريتايو): that would scan every mention, and a surname used alone
  later in an article is a mention of its own;
* ``country``: an ISO 3166 alpha-3 code; documents with an entity of that country, or an
  event with a party (actor or recipient) of that country.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from datetime import date

from ..errors import InputError
from ..text.normalize import norm
from .analyzer import index_terms, strip_article
from .query import Query, parse
from .snippet import DEFAULT_MARKS, highlight, snippet

TITLE_WEIGHT = 4.0
BODY_WEIGHT = 1.0
MAX_LIMIT = 1000
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_ISO3 = re.compile(r"[A-Za-z]{3}")
_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل")
_ARTICLE_FORMS = ("ال", "وال", "فال", "بال", "كال", "لل", "وبال", "ولل", "فبال", "فلل")


@dataclass
class Hit:
    """One search result. ``spans`` are offsets into the document's text, ``title_spans`` into
    its title: the words that matched, as written."""

    doc_id: str
    n: int
    title: str
    url: str | None
    source: str | None
    published: str | None
    section: str | None
    score: float
    snippet: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    title_spans: list[tuple[int, int]] = field(default_factory=list)


def add(conn: sqlite3.Connection, n: int, title: str, text: str) -> None:
    """Index document ``n`` (its ``documents.n``). The caller owns the transaction."""
    conn.execute("INSERT INTO doc_fts(rowid, title, body) VALUES (?, ?, ?)",
                 (n, index_terms(title or ""), index_terms(text or "")))


def remove(conn: sqlite3.Connection, n: int, title: str, text: str) -> None:
    """Take document ``n`` out of the index; ``title`` and ``text`` must be those it was added with."""
    conn.execute("INSERT INTO doc_fts(doc_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
                 (n, index_terms(title or ""), index_terms(text or "")))


def rebuild(conn: sqlite3.Connection, batch: int = 500) -> int:
    """Empty the index and add every document again (after a change to the analyzer)."""
    conn.execute("INSERT INTO doc_fts(doc_fts) VALUES ('delete-all')")
    count = 0
    cur = conn.execute("SELECT n, title, text FROM documents ORDER BY n")
    while rows := cur.fetchmany(batch):
        conn.executemany("INSERT INTO doc_fts(rowid, title, body) VALUES (?, ?, ?)",
                         [(n, index_terms(t or ""), index_terms(x or "")) for n, t, x in rows])
        count += len(rows)
    return count


def search(conn: sqlite3.Connection, query: str | Query, *, since: str | date | None = None,
           until: str | date | None = None, source: str | None = None,
           section: str | None = None, entity: str | None = None,
           country: str | None = None, limit: int = 20, offset: int = 0,
           marks: tuple[str, str] = DEFAULT_MARKS, snippet_words: int = 30) -> list[Hit]:
    """The best ``limit`` documents for ``query`` (after ``offset``), best first.

    Raises :class:`InputError` for a query with nothing to search for or a malformed filter."""
    q = query if isinstance(query, Query) else parse(query)
    where, params, docs = _filters(since, until, source, section, entity, country)
    if limit <= 0:
        return []
    rows = conn.execute(
        f"SELECT doc_fts.rowid, bm25(doc_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS rank "
        f"FROM {_source(docs)} WHERE doc_fts MATCH ?{where} ORDER BY rank, doc_fts.rowid LIMIT ? OFFSET ?",
        [q.match, *params, min(limit, MAX_LIMIT), max(0, offset)],
    ).fetchall()
    return _hits(conn, q, rows, marks, snippet_words)


def count(conn: sqlite3.Connection, query: str | Query, *, since: str | date | None = None,
          until: str | date | None = None, source: str | None = None,
          section: str | None = None, entity: str | None = None,
          country: str | None = None) -> int:
    """How many documents match (what a result page's "N results" needs)."""
    q = query if isinstance(query, Query) else parse(query)
    where, params, docs = _filters(since, until, source, section, entity, country)
    return conn.execute(
        f"SELECT count(*) FROM {_source(docs)} WHERE doc_fts MATCH ?{where}",
        [q.match, *params]).fetchone()[0]


def _source(docs: bool) -> str:
    """The FROM clause: the documents are joined only when a filter needs their columns.

    CROSS JOIN keeps doc_fts as the outer loop: the other order would run the full-text
    match once per document of, say, a large source."""
    return "doc_fts CROSS JOIN documents d ON d.n = doc_fts.rowid" if docs else "doc_fts"


def _hits(conn: sqlite3.Connection, q: Query, rows: list, marks: tuple[str, str],
          words: int) -> list[Hit]:
    """Hits for ranked (rowid, bm25) rows; the texts are read only for these few rows,
    not carried through the sort of every match."""
    if not rows:
        return []
    placeholders = ",".join("?" * len(rows))
    docs = {r[0]: r for r in conn.execute(
        f"SELECT n, id, title, url, source, published, section, text FROM documents "
        f"WHERE n IN ({placeholders})", [n for n, _ in rows])}
    terms, prefixes = q.terms, q.prefixes
    hits = []
    for n, rank in rows:
        if n not in docs:  # an index row whose document is gone: skipped, not fatal
            continue
        _, doc_id, title, url, source, published, section, text = docs[n]
        snip = snippet(text or "", terms, prefixes, words=words, marks=marks)
        hits.append(Hit(doc_id, n, title, url, source, published, section, -rank, snip.text,
                        snip.spans, highlight(title or "", terms, prefixes, marks=marks).spans))
    return hits


def _filters(since, until, source, section, entity, country) -> tuple[str, list, bool]:
    """SQL conditions (each starting with ' AND '), their parameters, and whether they read
    ``documents d`` (the country filter reads only ``doc_countries``, by rowid)."""
    sql: list[str] = []
    params: list = []
    lo, hi = _iso(since, "since"), _iso(until, "until")
    if lo and hi and lo[: len(hi)] > hi:
        raise InputError(f"date range is empty: since {lo} is after until {hi}")
    if lo:
        sql.append("d.published >= ?")
        params.append(lo)
    if hi:
        sql.append("substr(d.published, 1, ?) <= ?")
        params += [len(hi), hi]
    if source:
        sql.append("d.source = ? COLLATE NOCASE")
        params.append(source.strip())
    if section:
        sql.append("d.section = ? COLLATE NOCASE")
        params.append(section.strip())
    if entity:
        cond, args = _entity(entity)
        sql.append(f"d.id IN (SELECT doc_id FROM entities WHERE {cond})")
        params += args
    docs = bool(sql)  # every condition so far reads documents d
    if country:
        code = country.strip()
        if not _ISO3.fullmatch(code):
            raise InputError(f"country must be an ISO 3166 alpha-3 code (e.g. MAR), not {country!r}")
        # the unary + keeps the rowid list out of FTS5's xBestIndex: given it, FTS5 would run
        # the full-text match once per listed rowid (0.5 s for a common country, not 8 ms)
        sql.append("+doc_fts.rowid IN (SELECT n FROM doc_countries WHERE country = ?)")
        params.append(code.upper())
    return "".join(f" AND {s}" for s in sql), params, docs


def _iso(value: str | date | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    s = value.isoformat()[:10] if isinstance(value, date) else str(value).strip()
    if not _DATE.fullmatch(s):
        raise InputError(f"{name} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not {value!r}")
    return s


def _entity(name: str) -> tuple[str, list[str]]:
    """Condition on ``entities`` for a name: its clitic forms, or a longer name it starts."""
    n = " ".join(norm(name).split())
    if not n:
        raise InputError("entity name is empty")
    forms = entity_forms(n)
    ranges = " OR ".join(["(norm >= ? AND norm < ?)"] * len(forms))
    args = list(forms) + [x for f in forms for x in (f + " ", f + "!")]
    return f"norm IN ({','.join('?' * len(forms))}) OR {ranges}", args


def entity_forms(n: str) -> tuple[str, ...]:
    """The normalised name with the clitics and article forms a mention could carry."""
    forms = dict.fromkeys(p + n for p in _CLITICS)
    bare = strip_article(n) if n.startswith("ال") else None
    if bare and bare != n:
        forms.update(dict.fromkeys(a + bare for a in _ARTICLE_FORMS))
    return tuple(forms)
