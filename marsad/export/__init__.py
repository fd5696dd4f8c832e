"""Writing an event dataset in the formats analysts load.

    >>> from marsad.export import export, rows_from_document
    >>> rows = rows_from_document(marsad.analyze(text, published="2025-03-10").to_dict())
    >>> export(rows, "csv", "events.csv")          # -> number of events written

The input is an iterable of export rows (:mod:`marsad.export.rows`: the event record plus
``doc`` and ``merged``), consumed once and validated as it streams. ``out`` is a path, a text
stream or a binary stream; a path is replaced only when the export succeeds.

Formats (:data:`FORMATS`):

* ``plover`` — PLOVER JSON Lines, lossless (:mod:`.plover`)
* ``csv`` — one row per event, lists joined with ";", UTF-8 with BOM by default (:mod:`.csv`)
* ``parquet`` — the csv columns with types and list columns, zstd (:mod:`.parquet`)
* ``cameo`` — GDELT-style tab-separated CAMEO dyads, one line per actor × recipient (:mod:`.cameo`)

Every writer returns the number of *events* written (for ``cameo`` the number of lines can be
larger).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..errors import MarsadError
from .cameo import write_cameo
from .csv import write_csv
from .parquet import write_parquet
from .plover import write_plover
from .rows import ExportRow, RowError, check_row, rows_from_document
from .sink import Out


@dataclass(frozen=True)
class Format:
    name: str
    write: Callable[..., int]
    suffix: str       # the usual file name ending
    binary: bool      # needs a path or a binary stream
    description: str


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("plover", write_plover, ".jsonl", False, "PLOVER JSON Lines, one event per line, lossless"),
    Format("csv", write_csv, ".csv", False, "one row per event, lists joined with ';', UTF-8 with BOM"),
    Format("parquet", write_parquet, ".parquet", True, "typed columns, list columns, zstd (needs pyarrow)"),
    Format("cameo", write_cameo, ".tsv", False, "GDELT-style CAMEO dyads, tab-separated, with header"),
)}


def export(rows: Iterable[Any], fmt: str, out: Out, **options: Any) -> int:
    """Write ``rows`` to ``out`` in format ``fmt``; ``options`` go to the writer (``bom`` for
    csv and cameo, ``compression`` and ``batch_size`` for parquet). Returns events written."""
    try:
        spec = FORMATS[fmt]
    except KeyError:
        raise MarsadError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}") from None
    return spec.write(rows, out, **options)


__all__ = ["FORMATS", "ExportRow", "Format", "RowError", "check_row", "export", "rows_from_document",
           "write_cameo", "write_csv", "write_parquet", "write_plover"]
