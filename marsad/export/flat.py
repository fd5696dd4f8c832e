"""One flat record per event: the columns shared by the csv and parquet formats.

A spreadsheet or a data frame wants one row per event and one value per cell. Events have
several actors and recipients, so each party attribute becomes a *list column*, and the lists
of one side are aligned: the i-th element of ``actor_names``, ``actor_texts``, ``actor_roles``,
``actor_countries`` and ``actor_sectors`` describe the same actor (unknown values are null, or
empty in csv, rather than dropped, which would shift the alignment). An actor's several sectors
are concatenated the CAMEO/PLOVER way ("GOV", "GOVMIL": 3-letter codes, so unambiguous).

Parquet keeps list columns as ``list<string>``; csv joins them with ";" (see
:mod:`marsad.export.csv`). ``quad_class`` and ``goldstein`` are CAMEO's (see
:mod:`marsad.export.codes`); ``mentions`` counts the articles reporting the event.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Optional

from .codes import cameo_facts
from .rows import ExportRow, Party, article_count, doc_ids, merged_id


@dataclass(frozen=True)
class Column:
    name: str
    type: str          # "string" | "int8" | "int32" | "float64" | "list<string>"
    get: Callable[[ExportRow], Any]
    doc: str


def party_sectors(party: Party) -> str:
    """An actor's sector codes as one CAMEO-style string: ["GOV", "MIL"] → "GOVMIL"."""
    return "".join(party.get("sector") or [])


def _date(field: str) -> Callable[[ExportRow], Optional[str]]:
    return lambda r: r["date"][field] if r["date"] else None


def _location(field: str) -> Callable[[ExportRow], Optional[str]]:
    return lambda r: r["location"].get(field) if r["location"] else None


def _parties(side: str, attr: Callable[[Party], Optional[str]]) -> Callable[[ExportRow], list[Optional[str]]]:
    return lambda r: [attr(p) for p in r[side]]  # type: ignore[literal-required]


def _party_columns(side: str) -> list[Column]:
    return [
        Column(f"{side}_names", "list<string>", _parties(side, lambda p: p.get("name")),
               f"{side}s' names (persons named in the text; null otherwise)"),
        Column(f"{side}_texts", "list<string>", _parties(side, lambda p: p["text"]),
               f"{side}s as written in the article"),
        Column(f"{side}_roles", "list<string>", _parties(side, lambda p: p.get("role")),
               f"{side}s' roles or titles"),
        Column(f"{side}_countries", "list<string>", _parties(side, lambda p: p.get("country")),
               f"{side}s' ISO 3166 alpha-3 countries (null: the text does not say)"),
        Column(f"{side}_sectors", "list<string>", _parties(side, party_sectors),
               f"{side}s' sector codes, concatenated per party (GOV, GOVMIL; empty: none)"),
    ]


COLUMNS: tuple[Column, ...] = (
    Column("id", "string", lambda r: r["id"], "event id (document id + -E + number)"),
    Column("doc_id", "string", lambda r: r["doc_id"], "the article the event was read in"),
    Column("merged_id", "string", merged_id, "the cross-article event it was merged into (null: not merged)"),
    Column("date", "string", _date("value"), "ISO date; YYYY-MM or YYYY at coarser granularity"),
    Column("date_granularity", "string", _date("granularity"), "day, week, month or year"),
    Column("date_text", "string", _date("text"), "the date expression as written (empty: publication date)"),
    Column("event_type", "string", lambda r: r["event_type"], "PLOVER event type"),
    Column("mode", "string", lambda r: r["mode"], "PLOVER mode (empty: none)"),
    Column("cameo", "string", lambda r: r["cameo"], "CAMEO event code (a string: leading zero)"),
    Column("quad_class", "int8", lambda r: cameo_facts(r["cameo"]).quad_class, "CAMEO QuadClass 1-4"),
    Column("goldstein", "float64", lambda r: cameo_facts(r["cameo"]).goldstein, "Goldstein scale of the CAMEO code"),
    Column("modality", "string", lambda r: r["modality"], "actual, future, historical, negated, hypothetical"),
    Column("relevance", "string", lambda r: r["relevance"], "relevant or doubtful"),
    Column("confidence", "float64", lambda r: float(r["confidence"]), "marsad's coding confidence 0-1"),
    *_party_columns("actor"),
    *_party_columns("recipient"),
    Column("location", "string", _location("text"), "the event's place as written"),
    Column("location_country", "string", _location("country"), "its ISO 3166 alpha-3 country"),
    Column("location_kind", "string", _location("kind"), "country, city, region …"),
    Column("context", "list<string>", lambda r: list(r["context"]), "PLOVER contexts"),
    Column("mentions", "int32", article_count, "number of articles reporting the event"),
    Column("doc_ids", "list<string>", doc_ids, "the articles reporting the event"),
    Column("trigger", "string", lambda r: r["evidence"]["trigger"], "the word that triggered the event"),
    Column("sentence", "string", lambda r: r["evidence"]["sentence"], "the evidence sentence"),
    Column("url", "string", lambda r: r["doc"]["url"], "the article's URL"),
    Column("source", "string", lambda r: r["doc"]["source"], "the article's outlet"),
    Column("published", "string", lambda r: r["doc"]["published"], "the article's publication date"),
    Column("title", "string", lambda r: r["doc"]["title"], "the article's title"),
)

COLUMN_NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)


def flat_record(row: ExportRow) -> dict[str, Any]:
    """The row's value for every column, as Python values (None for null, lists for lists)."""
    return {c.name: c.get(row) for c in COLUMNS}
