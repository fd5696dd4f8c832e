"""Loading the language data that lives in ``marsad/data``.

Lexicons, gazetteers and code tables are TSV files so that a linguist can extend them in a
spreadsheet or a text editor without touching Python. Conventions for every TSV here:
UTF-8, a header row naming the columns, ``#`` starts a comment line, empty cells are
empty strings, and a cell may hold several values separated by ``|``.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = Path(__file__).resolve().parent / "examples"


def data_path(*parts: str) -> Path:
    return DATA.joinpath(*parts)


@lru_cache(maxsize=None)
def read_tsv(*parts: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV data file as dicts keyed by the header. Cached: data files are read once."""
    path = data_path(*parts)
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.lstrip().startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for n, row in enumerate(reader, start=2):
        if None in row:
            raise ValueError(f"{path}: row {n} has more cells than the header: {row[None]!r}")
        rows.append({k: (v or "").strip() for k, v in row.items()})
    return tuple(rows)


@lru_cache(maxsize=None)
def read_list(*parts: str) -> tuple[str, ...]:
    """A one-item-per-line data file (comments and blank lines skipped)."""
    path = data_path(*parts)
    with path.open(encoding="utf-8") as fh:
        return tuple(s for s in (ln.strip() for ln in fh) if s and not s.startswith("#"))


def multi(cell: str) -> list[str]:
    """Split a ``a|b|c`` cell."""
    return [p.strip() for p in cell.split("|") if p.strip()]
