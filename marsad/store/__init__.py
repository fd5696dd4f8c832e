"""The observatory's memory: where analysed articles, their events and story clusters live.

The pipeline never talks SQL: the ingest writer and the query commands use the small
:class:`Store` interface below, so a PostgreSQL backend can be added beside
:class:`~marsad.store.sqlite.SQLiteStore` without touching them. SQLite is the default: one
file, no server, safe to kill.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Protocol

from ..errors import InputError
from .query import EventQuery
from .sqlite import SQLiteStore, StoredItem

DEFAULT_DB = "marsad.db"


class Store(Protocol):
    """What the ingest writer and the query commands need from a database."""

    def begin_run(self, sources: list[str]) -> int: ...
    def finish_run(self, run_id: int, status: str, counts: dict[str, int]) -> None: ...
    def runs(self) -> list[dict]: ...
    def seen(self, raw_hash: str) -> bool: ...
    def has_document(self, doc_id: str) -> bool: ...
    def signatures(self) -> Iterator[tuple[str, str, Optional[bytes], Optional[str], Optional[str]]]: ...
    def merge_keys(self) -> Iterator[tuple[str, str]]: ...
    def add_batch(self, items: Iterable[StoredItem], run_id: int, prepare: Any = None) -> dict[str, int]: ...
    def document(self, doc_id: str) -> Optional[dict]: ...
    def events(self, query: EventQuery) -> list[dict]: ...
    def stats(self) -> dict[str, Any]: ...
    def close(self) -> None: ...


def open_store(location: str | Path = DEFAULT_DB, readonly: bool = False) -> SQLiteStore:
    """The store at ``location``: a SQLite file path (created on first write)."""
    loc = str(location)
    if loc.startswith(("postgres://", "postgresql://")):
        raise InputError(f"{loc}: PostgreSQL is not supported yet; use a SQLite file path")
    if not readonly:
        parent = Path(loc).resolve().parent
        if not parent.is_dir():
            raise InputError(f"{loc}: folder {parent} does not exist")
    return SQLiteStore(loc, readonly=readonly)


__all__ = ["DEFAULT_DB", "EventQuery", "SQLiteStore", "Store", "StoredItem", "open_store"]
