"""`marsad ingest`: read sources, analyse every new article on all cores, store the results.

One process reads (cheap) and writes (SQLite has one writer); worker processes analyse (the
costly part: cleaning, NER, coding, MinHash, search terms). Records keep their input order, so
story clusters and merged events come out the same whatever the number of workers.

Idempotent and resumable by construction: every record is hashed *before* analysis and
skipped if its hash is in the store's ``seen`` table; a document whose cleaned text is
already stored (the same article from another file) is not stored twice. Each batch is one
transaction holding the documents and their ``seen`` hashes, so a run killed at any point
leaves a consistent database and the next run picks up after the last committed batch.
"""
from __future__ import annotations

import gzip
import hashlib
import multiprocessing as mp
import signal
import threading
import time
from collections import deque
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from ..dedup.events import EventMerger
from ..dedup.minhash import signature, to_bytes
from ..dedup.stories import StoryClusterer
from ..errors import InputError, MarsadError
from ..ingest import BadRecord, RawArticle, read_path
from ..ingest.readers import walk
from ..ingest.feeds import is_url, no_fetch, read_feed
from ..pipeline import analyze
from ..search.analyzer import index_terms
from ..store import StoredItem
from ..store.sqlite import SQLiteStore
from .progress import Progress

CHUNK = 16  # records per worker task


@dataclass
class IngestOptions:
    jobs: int = 1
    published: Optional[date] = None       # for records that carry no date of their own
    all_sections: bool = False
    input_format: str = "auto"
    fetch: bool = True                     # feeds: fetch each item's page (False: the feed's own text)
    batch: int = 200                       # documents per transaction


@dataclass
class IngestReport:
    run_id: int
    status: str = "done"                   # done | interrupted
    records: int = 0                       # records read
    added: int = 0
    skipped: int = 0                       # already stored (same record, or same cleaned text)
    bad: int = 0
    events: int = 0
    seconds: float = 0.0

    def as_counts(self) -> dict[str, int]:
        return {"records": self.records, "added": self.added, "skipped": self.skipped, "bad": self.bad,
                "events": self.events}

    def summary(self) -> str:
        rate = self.records / self.seconds if self.seconds else 0.0
        return (f"run {self.run_id} {self.status}: {self.records:,} records in {self.seconds:.1f} s ({rate:,.1f}/s); "
                f"{self.added:,} new articles, {self.skipped:,} already stored, {self.bad:,} refused; "
                f"{self.events:,} events")


def raw_hash(raw: RawArticle) -> str:
    """What identifies a record before analysis: its text and the metadata that changes the
    analysis (a re-dated copy is analysed again)."""
    h = hashlib.sha1()
    for part in (raw.title or "", raw.text, raw.url or "", str(raw.published or ""), raw.source or ""):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


def _bad_hash(bad: BadRecord) -> str:
    return hashlib.sha1(f"bad\x1f{bad.origin}\x1f{bad.message}".encode("utf-8", "surrogatepass")).hexdigest()


def read_sources(sources: Iterable[str], fmt: str = "auto",
                 fetch: bool = True) -> Iterator[Union[RawArticle, BadRecord]]:
    """Every record of every source: files, directories, feed files or feed URLs. Feeds
    fetch each item's page unless ``fetch`` is false (then the item's own text is read)."""
    fetcher = None if fetch else no_fetch
    for src in sources:
        if is_url(src):
            yield from read_feed(src, fetch=fetcher)
        else:
            yield from read_path(src, fmt, fetch=fetcher)


def count_records(sources: Iterable[str]) -> Optional[int]:
    """A quick count of the records to read, for the ETA: the article files a directory
    holds (as the readers choose them) and the lines of JSONL files; None when a source
    cannot be counted cheaply (feeds, WARC, TREC bundles, JSON arrays)."""
    total = 0
    for src in sources:
        p = Path(src)
        if is_url(src) or not p.exists():
            return None
        for f in [p] if p.is_file() else walk(p):
            if isinstance(f, BadRecord):
                continue
            name = f.name.lower()
            if name.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
                with (gzip.open if name.endswith(".gz") else open)(f, "rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            elif name.endswith((".txt", ".html", ".htm")) and not _starts_with_doc(f):
                total += 1
            else:
                return None
    return total


def _starts_with_doc(f: Path) -> bool:
    with open(f, "rb") as fh:
        return fh.read(512).lstrip(b"\xef\xbb\xbf \t\r\n").upper().startswith(b"<DOC")


# ---------------------------------------------------------------- worker side

_OPTIONS: Optional[IngestOptions] = None


def _init_worker(options: IngestOptions) -> None:
    global _OPTIONS
    _OPTIONS = options
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the writer's to handle


def analyse_record(item: tuple[str, Union[RawArticle, BadRecord]], options: Optional[IngestOptions] = None) -> StoredItem:
    """Everything costly about one record, done in a worker: analysis, MinHash, search terms."""
    h, raw = item
    if isinstance(raw, BadRecord):
        return StoredItem(h, raw.origin, problem=raw.message)
    opts = options or _OPTIONS or IngestOptions()
    try:
        doc = analyze(raw, published=raw.published or opts.published, all_sections=opts.all_sections)
    except MarsadError as exc:
        return StoredItem(h, raw.origin, problem=str(exc))
    except RecursionError:
        return StoredItem(h, raw.origin, problem="article too deeply nested to analyse")
    return StoredItem(h, raw.origin, record=doc.to_dict(), minhash=to_bytes(signature(doc.text)),
                      fts_title=index_terms(doc.title), fts_body=index_terms(doc.text))


def _analyse_chunk(chunk: list) -> list[StoredItem]:
    return [analyse_record(x) for x in chunk]


# ---------------------------------------------------------------- writer side


class _Writer:
    """Assigns stories and merged events to new documents, writes batches, keeps counts."""

    def __init__(self, store: SQLiteStore, run_id: int, report: IngestReport, batch: int, progress: Progress):
        self.store = store
        self.run_id = run_id
        self.report = report
        self.batch_size = batch
        self.progress = progress
        self.pending: list[StoredItem] = []
        self.stories = StoryClusterer()
        self.stories.seed(store.signatures())
        self.merger = EventMerger(store.merge_keys())

    def prepare(self, item: StoredItem) -> None:
        doc = item.record
        item.story_id = self.stories.assign_bytes(doc["id"], item.minhash, doc.get("published"), doc.get("source"))
        item.merged = [self.merger.assign(e, doc["id"]) for e in doc["events"]]

    def add(self, item: StoredItem) -> None:
        if item.problem is not None:
            where = "" if item.problem.startswith(item.origin) else f"{item.origin}: "
            self.progress.message(f"marsad: skipped {where}{item.problem}")
        self.pending.append(item)
        if len(self.pending) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        counts = self.store.add_batch(self.pending, self.run_id, self.prepare)
        self.pending = []
        r = self.report
        r.added += counts["added"]
        r.skipped += counts["skipped"]
        r.bad += counts["bad"]
        r.events += counts["events"]


def ingest(sources: list[str], store: SQLiteStore, options: IngestOptions = IngestOptions(),
           progress: Optional[Progress] = None) -> IngestReport:
    """Read, analyse and store every new record of ``sources``. Raises KeyboardInterrupt
    after saving what was analysed when the user interrupts (the report says 'interrupted')."""
    if options.jobs < 1:
        raise InputError("--jobs must be at least 1")
    progress = progress or Progress(enabled=False)
    run_id = store.begin_run(list(sources))
    report = IngestReport(run_id)
    t0 = time.monotonic()
    writer = _Writer(store, run_id, report, options.batch, progress)
    todo = _unseen(read_sources(sources, options.input_format, options.fetch), store, report)
    try:
        with _ctrl_c_remembered() as interrupted, closing(_analysed(todo, options)) as analysed:
            for item in analysed:
                writer.add(item)
                if interrupted.is_set():
                    raise KeyboardInterrupt  # one a finaliser swallowed (see _ctrl_c_remembered)
                if progress.enabled:
                    progress.update(report.records, report.added + sum(1 for i in writer.pending if i.problem is None),
                                    report.bad)
        writer.flush()
    except KeyboardInterrupt:
        report.status = "interrupted"
        writer.flush()
        raise
    except BaseException:
        report.status = "failed"
        raise
    finally:
        progress.close()
        report.seconds = time.monotonic() - t0
        store.finish_run(run_id, report.status, report.as_counts())
    return report


@contextmanager
def _ctrl_c_remembered() -> Iterator[threading.Event]:
    """Python raises a Ctrl-C's KeyboardInterrupt wherever the main thread is; when that is a
    finaliser (a ``__del__`` or weakref callback, as the pool's and SQLite's objects run now and
    then), Python prints "Exception ignored" and carries on, the interrupt lost: the ingest ran
    to its end and exited 0. So the handler also remembers the Ctrl-C, for the loop to honour
    after the record in hand. Installed only over Python's default handler, in the main thread
    (an ignored SIGINT, as in a background job, stays ignored)."""
    seen = threading.Event()
    if threading.current_thread() is not threading.main_thread() \
            or signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        yield seen
        return

    def handler(signum, frame):
        seen.set()
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, handler)
    try:
        yield seen
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def _unseen(records: Iterable[Union[RawArticle, BadRecord]], store: SQLiteStore,
            report: IngestReport) -> Iterator[tuple[str, Union[RawArticle, BadRecord]]]:
    for raw in records:
        report.records += 1
        h = _bad_hash(raw) if isinstance(raw, BadRecord) else raw_hash(raw)
        if store.seen(h):
            report.skipped += 1
            continue
        yield h, raw


def _analysed(todo: Iterator, options: IngestOptions) -> Iterator[StoredItem]:
    """Analysed records in input order: in this process for one job, else in a pool with a
    bounded number of chunks in flight (reading never runs far ahead of analysis)."""
    if options.jobs == 1:
        for x in todo:
            yield analyse_record(x, options)
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    pool = ctx.Pool(options.jobs, initializer=_init_worker, initargs=(options,))
    try:
        inflight: deque = deque()
        for chunk in _chunks(todo, CHUNK):
            inflight.append(pool.apply_async(_analyse_chunk, (chunk,)))
            if len(inflight) >= 2 * options.jobs:
                yield from inflight.popleft().get()
        while inflight:
            yield from inflight.popleft().get()
        pool.close()
    finally:
        pool.terminate()
        pool.join()


def _chunks(items: Iterable, n: int) -> Iterator[list]:
    chunk: list = []
    for x in items:
        chunk.append(x)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
