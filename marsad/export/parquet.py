"""Parquet: the csv columns with real types, for pandas, polars, R (arrow), DuckDB, Spark.

The schema is explicit (:func:`schema`) rather than inferred from the first rows: a batch
with no recipient anywhere would otherwise type ``recipient_countries`` as a list of nulls, and
files written on different days would not concatenate. Lists stay lists (``list<string>``, no
joining or escaping), numbers are numbers, nulls are nulls. Each field carries its description
in the field metadata, and the file says which marsad wrote it.

Rows are written in batches (row groups of ``batch_size`` events) so that memory stays flat
however large the export. Compression is zstd by default (smaller than snappy at similar read
speed, read by every current Parquet reader); ``compression="snappy"`` for older readers.

pyarrow is imported only when this format is used: it is heavy and marsad's other formats
do not need it.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from ..errors import MarsadError
from .flat import COLUMNS, flat_record
from .rows import checked
from .sink import Out, binary_target

FORMAT_TAG = "marsad-events-flat/1"


def write_parquet(rows: Iterable[Any], out: Out, compression: str = "zstd", batch_size: int = 10_000) -> int:
    """Write the events as one Parquet table; returns the number of events written."""
    pa, pq = _pyarrow()
    table_schema = schema()
    n = 0
    with binary_target(out) as target, pq.ParquetWriter(target, table_schema, compression=compression) as writer:
        for batch in _batches(checked(rows), batch_size):
            writer.write_table(pa.Table.from_pylist([flat_record(r) for r in batch], schema=table_schema))
            n += len(batch)
    return n


def schema() -> Any:
    """The ``pyarrow.Schema`` of the file: one field per flat column, all nullable."""
    pa, _ = _pyarrow()
    from .. import __version__

    types = {"string": pa.string(), "int8": pa.int8(), "int32": pa.int32(), "float64": pa.float64(),
             "list<string>": pa.list_(pa.string())}
    fields = [pa.field(c.name, types[c.type], nullable=True, metadata={"description": c.doc}) for c in COLUMNS]
    return pa.schema(fields, metadata={"marsad.format": FORMAT_TAG, "marsad.version": __version__})


def _batches(rows: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(rows)
    while batch := list(islice(it, size)):
        yield batch


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MarsadError("the parquet format needs pyarrow: pip install pyarrow") from exc
    return pa, pq
