"""Web archives (WARC, ``.warc`` and ``.warc.gz``): one article per archived news page.

Crawlers (Heritrix, wget ``--warc-file``, Browsertrix, Common Crawl) store every exchange
with a site: requests, responses, redirects, images, revisits, metadata. Only a
``response`` record for an HTML page fetched with status 200 is an article; everything else
is skipped without a word, since a crawl is mostly not news. Each page goes through the same
extraction as a saved HTML file (:func:`marsad.ingest.html.extract_page`).

A record is located as ``path#offset``: the byte offset of the record in the file — for a
``.warc.gz``, of its gzip member — which is what ``warcio extract`` and CDX indexes take.
The WARC-Date is when the page was *crawled*, not published: it is never used as a date.

A damaged or truncated archive yields one :class:`BadRecord` for the rest of the file (no
record after the damage can be trusted); reading never ends in a traceback. warcio is
imported only when a WARC is read.
"""
from __future__ import annotations

import io
import re
import zlib
from contextlib import contextmanager, redirect_stderr
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO, Iterator

from ..errors import InputError
from .article import BadRecord
from .html import MAX_PAGE_BYTES, extract_page, is_html_type
from .readers import Item, _reason, _sized

_DRAIN = 64 * 1024
_WARC_TYPES = frozenset({"warcinfo", "response", "resource", "request", "metadata", "revisit",
                         "conversion", "continuation"})
_PRINTABLE = re.compile(r"[^\x20-\x7e\u0600-\u06ff]+")


class _NotChunked(Exception):
    """The file is gzipped as a whole, not record by record (``gzip file.warc``)."""


class _Tally:
    """The stream warcio reads, counting the bytes it hands out.

    warcio ends quietly when a file stops inside a record header, as if the archive were
    complete; comparing where the last whole record ended with how much there was to read
    shows the cut. Its ``tell`` is the position, from which warcio takes record offsets."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self.count = 0
        self.cut = False  # the decompressor found the gzip stream cut short

    def read(self, size: int = -1) -> bytes:
        try:
            data = self._stream.read(size)
        except EOFError:
            self.cut = True
            raise
        self.count += len(data)
        return data

    def tell(self) -> int:
        return self.count

    @property
    def ended_early(self) -> bool:
        return self.cut or getattr(self._stream, "cut", False)


class _Gunzip:
    """A gzip file as a stream that, unlike :class:`gzip.GzipFile`, hands out what it could
    decompress when the file is cut short (and then sets ``cut``) instead of raising."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._buffer = b""
        self._pending = b""
        self._end = False
        self.cut = False

    def read(self, size: int = -1) -> bytes:
        while not self._end and (size < 0 or len(self._buffer) < size):
            self._fill()
        n = len(self._buffer) if size < 0 else size
        data, self._buffer = self._buffer[:n], self._buffer[n:]
        return data

    def _fill(self) -> None:
        chunk, self._pending = self._pending or self._raw.read(_DRAIN), b""
        if not chunk:
            self._end = True
            self.cut = not self._inflate.eof
            return
        if self._inflate.eof:  # another gzip member follows
            self._inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            self._buffer += self._inflate.decompress(chunk)
        except zlib.error:
            self._end = self.cut = True
            return
        self._pending = self._inflate.unused_data


def read_warc(path: Path) -> Iterator[Item]:
    """Articles in a WARC file, gzipped or not.

    A ``.warc.gz`` should hold one gzip member per record; one gzipped as a whole (``gzip
    crawl.warc``) is still read, through a decompressing stream, and its offsets then count
    uncompressed bytes."""
    origin = str(path)
    try:
        with open(path, "rb") as fh:
            yield from _records(fh, origin)
        return
    except _NotChunked:
        pass
    except PermissionError:
        yield BadRecord(origin, f"{origin}: permission denied")
        return
    except OSError as exc:
        yield BadRecord(origin, f"{origin}: cannot read: {_reason(exc)}")
        return
    with open(path, "rb") as fh:
        yield from _records(_Gunzip(fh), origin, skip=1, whole_gzip=True)


def read_warc_stream(stream: BinaryIO, origin: str) -> Iterator[Item]:
    """Articles in a WARC read from a stream (stdin); a stream cannot be re-read, so a
    WARC gzipped as a whole is reported rather than read."""
    try:
        yield from _records(stream, origin)
    except _NotChunked:
        yield BadRecord(origin, f"{origin}: the WARC is gzipped as a whole, not record by "
                                "record; read it from a file, or gunzip it first")


def _records(stream: BinaryIO, origin: str, skip: int = 0,
             whole_gzip: bool = False) -> Iterator[Item]:
    """Walk the records; the first ``skip`` were already read (before a whole-file gzip
    was noticed). Raise :class:`_NotChunked` when the stream turns out to be one."""
    from warcio.exceptions import ArchiveLoadFailed

    tally = _Tally(stream)
    records = _archive_iterator()(tally)
    seen = 0
    last = 0  # where the last record began
    while True:
        start = records.offset  # where the next record begins, for a damaged header
        try:
            with _quiet():
                record = next(records)
        except StopIteration:
            if seen == 0:  # an empty file, or a gzip cut inside its first member
                yield BadRecord(origin, f"{origin}: no WARC records (empty or cut-off file)")
            elif records.offset < tally.count or records.member_cut or tally.ended_early:
                # bytes after the last whole record, or a gzip member cut in its trailer
                # (its record, whole, was read): the damage is there
                trailer = records.member_cut and records.offset >= tally.count
                where = f"{origin}#{last if trailer else records.offset}"
                yield BadRecord(where, f"{where}: truncated or damaged WARC record; "
                                       "the rest of the file is skipped")
            return
        except ArchiveLoadFailed as exc:
            if "non-chunked gzip" in str(exc) and not whole_gzip:
                raise _NotChunked() from None
            yield _damaged(origin, start, _reason_line(exc), not_warc=seen + skip == 0)
            return
        except Exception as exc:  # noqa: BLE001 — warcio on a damaged file fails in many ways
            yield _damaged(origin, start, _reason_line(exc))
            return
        if _header_cut(record):
            yield _damaged(origin, start, "incomplete record header")
            return
        seen += 1
        last = start
        if seen <= skip:
            continue
        item, truncated = _record(record, records, origin)
        if item is not None:
            yield item
        if truncated:
            return


@lru_cache(maxsize=1)
def _archive_iterator() -> type:
    """warcio's ArchiveIterator, noting whether the last gzip member was whole: warcio
    stops without a word at a member cut short, and reading a .warc.gz that was still
    being written (or copied) is common."""
    from warcio.archiveiterator import ArchiveIterator

    class Records(ArchiveIterator):
        member_cut = False

        def close(self) -> None:
            inflate = self.reader.decompressor if self.reader else None
            self.member_cut = inflate is not None and not getattr(inflate, "eof", True)
            super().close()

    return Records


def _header_cut(record) -> bool:
    """A record whose header stops short: warcio hands it out all the same, with a cut-off
    WARC-Type ("respo") or Content-Length ("" for "1432"), or none at all."""
    if record.format != "warc":
        return not record.rec_type
    length = record.rec_headers.get_header("Content-Length") or ""
    return record.rec_type not in _WARC_TYPES or not length.strip().isdigit()


def _damaged(origin: str, offset: int, reason: str, not_warc: bool = False) -> BadRecord:
    """What cannot be read from here on: warcio refusing the very first record means the
    input is something else; anything later is damage, or the end of a cut-off file."""
    where = f"{origin}#{offset}"
    if not_warc:
        return BadRecord(where, f"{where}: not a WARC file ({reason})")
    return BadRecord(where, f"{where}: damaged or truncated WARC record ({reason}); "
                            "the rest of the file is skipped")


def _record(record, records, origin: str) -> tuple[Item | None, bool]:
    """One record → an article, a bad record or nothing (not an HTML page); and whether the
    file ends here because the record is cut short."""
    page = _is_page(record)
    data: bytes | None = None
    problem: str | None = None
    with _quiet() as complaints:
        if page:
            try:
                data = record.content_stream().read(MAX_PAGE_BYTES + 1)
            except Exception as exc:  # noqa: BLE001 — a broken gzip/chunked payload
                problem = f"cannot decode the HTTP payload ({_reason_line(exc)})"
        truncated = _drain(record)
        where = f"{origin}#{records.get_record_offset()}"  # reads on to the next record
    if "Content-Length" in complaints.getvalue():  # warcio found no blank line after it
        problem = "damaged WARC record (its Content-Length is wrong)"
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    if truncated:
        label = f" ({url})" if url else ""
        return BadRecord(where, f"{where}: truncated WARC record{label}; the rest of the file "
                                "is skipped"), True
    if not page:
        return None, False
    if problem is not None:
        return BadRecord(where, f"{where}: {url}: {problem}"), False
    return _article(data or b"", record, url, where), False


@contextmanager
def _quiet() -> Iterator[io.StringIO]:
    """Catch what warcio prints on stderr — a wrong Content-Length, a zlib error — several
    lines each and bytes quoted: marsad reports in one line, as a BadRecord. Only ever
    around a call, never across a ``yield``."""
    buffer = io.StringIO()
    with redirect_stderr(buffer):
        yield buffer


def _is_page(record) -> bool:
    """A response with HTTP status 200 and an HTML content type: an archived web page."""
    if record.rec_type != "response" or not record.http_headers:
        return False
    if record.http_headers.get_statuscode() != "200":
        return False
    return is_html_type(record.http_headers.get_header("Content-Type"))


def _drain(record) -> bool:
    """Read the record to its end; True when the file ends before the record does."""
    raw = record.raw_stream
    try:
        while raw.read(_DRAIN):
            pass
    except Exception:  # noqa: BLE001 — corrupt compressed data is a cut record too
        return True
    return getattr(raw, "limit", 0) > 0


def _article(data: bytes, record, url: str | None, where: str) -> Item:
    try:
        article = extract_page(data, record.http_headers.get_header("Content-Type"), url, where)
    except InputError as exc:
        return BadRecord(where, _with_url(str(exc), where, url))
    article.format = "warc"
    article.id = _record_id(record)
    return _sized(article)


def _record_id(record) -> str | None:
    value = record.rec_headers.get_header("WARC-Record-ID")
    return (value.strip("<> ") or None) if value else None


def _with_url(message: str, where: str, url: str | None) -> str:
    """"path#123: no article text …" → "path#123: http://…: no article text …": the offset
    locates the record, the URL says which page it was."""
    if url and message.startswith(f"{where}: "):
        return f"{where}: {url}: {message[len(where) + 2:]}"
    return message


def _reason_line(exc: BaseException) -> str:
    """An exception in one short printable line: warcio quotes the damaged bytes, which
    say nothing to a reader."""
    text = " ".join(_PRINTABLE.sub(" ", str(exc).split(", first line:")[0]).split())
    if not text or isinstance(exc, (AttributeError, TypeError, IndexError, KeyError)):
        return "incomplete record header"
    return text if len(text) <= 100 else text[:97] + "..."
