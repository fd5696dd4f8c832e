"""CSV: one row per event, the flat columns of :mod:`marsad.export.flat`, for spreadsheets.

Decisions, for the analyst who opens the file:

* UTF-8 **with a byte order mark by default** (``bom=True``). Excel reads a BOM-less CSV in
  the machine's ANSI code page and turns Arabic into mojibake; with the BOM it reads UTF-8.
  pandas (``read_csv``), R (readr) and Python's ``csv`` with ``encoding="utf-8-sig"`` skip the
  BOM. Pass ``bom=False`` for tools that do not (plain ``encoding="utf-8"`` readers see it as
  part of the first header, "\\ufeffid").
* RFC 4180 quoting: fields holding a comma, a quote or a line break are quoted, quotes doubled;
  evidence sentences keep their line breaks and quotes byte for byte. Rows end with CRLF.
* Lists are joined with ";" (no space). An element containing ";" or "\\" has it escaped with
  a backslash, so :func:`split_list` gives back the exact elements. Null elements (an actor
  with no known country) are empty, keeping the party lists aligned. Null scalars are empty.
* Numbers: ``confidence``/``goldstein`` as Python writes floats (0.85, -10.0), ``quad_class``
  and ``mentions`` as integers; ``cameo`` stays text ("042" — tell Excel the column is text
  if it must keep the leading zero).
"""
from __future__ import annotations

import csv as _csv
import re
from collections.abc import Iterable
from typing import Any

from .flat import COLUMN_NAMES, COLUMNS, flat_record
from .rows import checked
from .sink import Out, text_sink

LIST_SEPARATOR = ";"
_NEEDS_ESCAPE = re.compile(r"[;\\]")


def write_csv(rows: Iterable[Any], out: Out, bom: bool = True) -> int:
    """Write one CSV row per event (header first); returns the number of events written."""
    n = 0
    with text_sink(out, bom=bom) as fh:
        writer = _csv.writer(fh, dialect="excel")  # comma, minimal quoting, doubled quotes, CRLF
        writer.writerow(COLUMN_NAMES)
        for row in checked(rows):
            writer.writerow(csv_cells(flat_record(row)))
            n += 1
    return n


def csv_cells(record: dict[str, Any]) -> list[str]:
    """The record's values as CSV cell strings, in column order."""
    return [cell(record[c.name]) for c in COLUMNS]


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return join_list(value)
    if isinstance(value, float):
        return repr(value)
    return str(value)


def join_list(values: list[Any]) -> str:
    """["DZA", None, "a;b"] → "DZA;;a\\;b"."""
    return LIST_SEPARATOR.join(_NEEDS_ESCAPE.sub(lambda m: "\\" + m.group(0), "" if v is None else str(v))
                               for v in values)


def split_list(cell_text: str) -> list[str]:
    """The elements of a list cell written by :func:`join_list` (nulls come back as "").

    "" reads as [] — a list of one null element is written the same way; the ``*_texts``
    column, never empty for a party, tells how many parties there are."""
    if cell_text == "":
        return []
    parts: list[str] = []
    current: list[str] = []
    chars = iter(cell_text)
    for ch in chars:
        if ch == "\\":
            current.append(next(chars, ""))
        elif ch == LIST_SEPARATOR:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts
