"""Read articles from files, directories and streams, in the formats news arrives in.

* plain text (``.txt``): one article, title on the first line;
* HTML (``.html``, ``.htm``): one page, extracted by :func:`marsad.ingest.html.extract_html`;
* JSONL (``.jsonl``, ``.jsonl.gz``): one article per line, ``text`` required, ``title,
  published, url, source, id, author`` optional, anything else ignored;
* JSON (``.json``): an array of such objects, or one object;
* TREC/SGML (``.xml``, ``.sgml``, ``.trec``, and ``.txt`` or extension-less files that start
  with ``<DOC>``): ``<DOC><DOCNO>…<TITLE>…<TIME>…<TEXT>…</TEXT></DOC>`` records, as corpora
  such as ANT and Arabic Gigaword ship them;
* WARC web archives (``.warc``, ``.warc.gz``, and any file that starts with ``WARC/1.``,
  gzipped or not): one article per archived HTML page (:mod:`marsad.ingest.warc`);
* RSS and Atom feeds (``.rss``, ``.atom``, and ``.xml`` files whose root element is
  ``<rss>``, an Atom ``<feed>`` or ``<rdf:RDF>``): one article per item, from the page it
  links to, fetched with ``fetch`` (:mod:`marsad.ingest.feeds`).

The extension says what a file probably is; its first bytes say what it is (a ``.txt`` from
the ANT corpus is TREC), so content decides. Problems with the path itself raise
:class:`InputError`; a bad file or record yields a :class:`BadRecord` and reading goes on —
one broken line must not cost a 30,000-article run.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import re
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Iterable, Iterator, Union

from ..errors import InputError
from .article import FORMATS, BadRecord, RawArticle
from .dates import parse_published
from .encoding import decode_bytes

if TYPE_CHECKING:
    from .feeds import Fetch

Item = Union[RawArticle, BadRecord]

MAX_ARTICLE_CHARS = 2_000_000
MAX_FILE_BYTES = 200 * 1024 * 1024
SUFFIXES = {
    ".txt": "auto", ".text": "auto",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".xml": "auto", ".sgml": "auto", ".sgm": "auto", ".trec": "trec",
    ".warc": "warc", ".rss": "feed", ".atom": "feed",
}
_SNIFF_BYTES = 64 * 1024
_SNIFF_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_HTML_START = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|span|a|table|!--)[\s>/]",
    re.I)
_HTML_ANYWHERE = re.compile(r"<(?:html|body|head)[\s>]|<p>|<br\s*/?>", re.I)
_TREC_START = re.compile(r"<DOC[\s>]", re.I)
# A feed is told by its root element, not by a tag anywhere: news pages and TREC records
# quote "<rss" and feeds carry <p> and <DOC in their CDATA.
_XML_PROLOG = re.compile(r"(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*", re.S)
_FEED_ROOT = re.compile(
    r"<(?:rss|rdf:RDF)[\s>]"
    r"|<(?:[\w.-]+:)?feed\s[^>]*\bxmlns(?::[\w.-]+)?\s*=\s*[\"']"
    r"http://(?:www\.w3\.org/2005/Atom|purl\.org/atom/ns#)[\"']")
_WARC_MAGIC = b"WARC/1."
_GZIP_MAGIC = b"\x1f\x8b"
_DOC_RE = re.compile(r"<DOC(?:\s[^>]*)?>(.*?)(?:</DOC>|(?=<DOC[\s>])|\Z)", re.I | re.S)
_DOC_ID_ATTR = re.compile(r"""<DOC\s[^>]*\bid\s*=\s*["']?([^"'\s>]+)""", re.I)
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'"}
_ENTITY_RE = re.compile("|".join(map(re.escape, _ENTITIES)))


def read_path(path: str | Path, fmt: str = "auto", fetch: Fetch | None = None) -> Iterator[Item]:
    """Articles in a file or (recursively, sorted, hidden files skipped) a directory.

    Raises :class:`InputError` at once for a missing or unreadable path, an unknown format,
    or a directory without article files; everything else is reported per record.
    ``fetch`` gets the pages that feed items link to (default: over the network, see
    :func:`marsad.ingest.feeds.fetch_url`); no other format goes to the network.
    """
    fmt = _check_format(fmt)
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file or directory")
    if not os.access(p, os.R_OK):
        raise InputError(f"{path}: permission denied")
    if p.is_dir():
        files = list(walk(p))
        if not any(isinstance(f, Path) for f in files):
            raise InputError(
                f"{path}: no article files in this directory "
                "(looked for .txt, .html, .htm, .jsonl, .jsonl.gz, .json, .xml, .sgml, .trec, "
                ".warc, .warc.gz, .rss, .atom, TREC <DOC> and WARC files)")
        return _read_many(files, fmt, fetch)
    if not p.is_file():
        raise InputError(f"{path}: not a regular file")
    return _read_file(p, fmt, fetch)


def read_stream(stream: BinaryIO, origin: str = "<stdin>", fmt: str = "auto",
                fetch: Fetch | None = None) -> Iterator[Item]:
    """Articles from a byte stream (stdin), the format sniffed from its first bytes.

    A text stream such as ``sys.stdin`` is read through its byte buffer: the encoding is
    ours to detect, not the terminal's to impose."""
    fmt = _check_format(fmt)
    if isinstance(stream, io.TextIOBase):
        stream = stream.buffer  # type: ignore[attr-defined]
    return _read_stream(stream, origin, fmt, fetch)


def _check_format(fmt: str) -> str:
    fmt = (fmt or "auto").lower()
    if fmt not in FORMATS + ("auto", "json"):
        raise InputError(f"unknown input format {fmt!r}: expected auto, {', '.join(FORMATS)}")
    return fmt


# --- walking ------------------------------------------------------------------------------


def walk(root: Path) -> Iterator[Union[Path, BadRecord]]:
    """The article files under ``root`` (sorted, hidden ones skipped), and the folders that
    could not be read as BadRecords."""
    def on_error(err: OSError) -> None:
        problems.append(BadRecord(str(err.filename), f"{err.filename}: cannot read directory: "
                                  f"{err.strerror or err}"))

    problems: list[BadRecord] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        yield from problems
        problems.clear()
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            f = Path(dirpath) / name
            if _is_article_file(f):
                yield f
    yield from problems


def _is_article_file(f: Path) -> bool:
    """Known article extensions, and any other file (no extension, or one such as the
    .0001 of corpus files, gzipped or not) whose first bytes open a TREC <DOC> or a WARC
    (crawlers name their output crawl-00001.gz, or not at all)."""
    if _kind_from_name(f) is not None or _is_warc_file(f):
        return True
    try:
        with (gzip.open if f.name.lower().endswith(".gz") else open)(f, "rb") as fh:
            head = fh.read(512)
    except (OSError, EOFError, zlib.error):
        return False
    return bool(_TREC_START.match(head.lstrip(b"\xef\xbb\xbf \t\r\n").decode("latin-1")))


def _kind_from_name(f: Path) -> str | None:
    name = f.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    suffix = os.path.splitext(name)[1]
    return SUFFIXES.get(suffix)


def _read_many(files: Iterable[Union[Path, BadRecord]], fmt: str,
               fetch: Fetch | None) -> Iterator[Item]:
    for f in files:
        if isinstance(f, BadRecord):
            yield f
        else:
            yield from _read_file(f, fmt, fetch)


# --- files --------------------------------------------------------------------------------


def _read_file(path: Path, fmt: str, fetch: Fetch | None = None) -> Iterator[Item]:
    origin = str(path)
    gz = path.name.lower().endswith(".gz")
    kind = fmt if fmt != "auto" else (_kind_from_name(path) or "auto")
    if kind == "warc" or (kind == "auto" and _is_warc_file(path)):
        from .warc import read_warc  # warcio is imported only when a WARC is read

        yield from read_warc(path)  # streamed record by record: no file-size limit
        return
    try:
        if kind == "jsonl" or (kind == "auto" and gz and _sniff_file(path, gz) == "jsonl"):
            yield from _read_jsonl_file(path, gz)
            return
        size = path.stat().st_size
        if size > MAX_FILE_BYTES and not gz:
            yield BadRecord(origin, f"{origin}: too large: {size:,} bytes; the limit is "
                                    f"{_mb(MAX_FILE_BYTES)} MB for files that are not JSONL")
            return
        opener = gzip.open if gz else open
        with opener(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except PermissionError:
        yield BadRecord(origin, f"{origin}: permission denied")
        return
    except (OSError, EOFError, zlib.error) as exc:
        yield BadRecord(origin, f"{origin}: cannot read: {_reason(exc)}")
        return
    if len(data) > MAX_FILE_BYTES:
        yield BadRecord(origin, f"{origin}: too large: over {_mb(MAX_FILE_BYTES)} MB "
                                "uncompressed; the limit for files that are not JSONL")
        return
    yield from _from_bytes(data, origin, kind, fetch)


def _sniff_file(path: Path, gz: bool) -> str:
    try:
        with (gzip.open if gz else open)(path, "rb") as fh:
            return _sniff(fh.read(_SNIFF_BYTES))
    except (OSError, EOFError, zlib.error):
        return "text"


def _read_jsonl_file(path: Path, gz: bool) -> Iterator[Item]:
    origin = str(path)
    with (gzip.open if gz else open)(path, "rb") as fh:
        yield from _jsonl_lines(fh, origin)


def _read_stream(stream: BinaryIO, origin: str, fmt: str,
                 fetch: Fetch | None = None) -> Iterator[Item]:
    try:
        head = stream.read(_SNIFF_BYTES)
    except OSError as exc:
        yield BadRecord(origin, f"{origin}: cannot read: {_reason(exc)}")
        return
    if fmt == "warc" or (fmt == "auto" and _is_warc_head(head)):
        from .warc import read_warc_stream

        yield from read_warc_stream(io.BufferedReader(_Prepended(head, stream)), origin)
        return
    kind = fmt if fmt != "auto" else _sniff(head)
    if kind == "jsonl":
        yield from _jsonl_lines(io.BufferedReader(_Prepended(head, stream)), origin)
        return
    data = head + stream.read(MAX_FILE_BYTES + 1 - len(head))
    if len(data) > MAX_FILE_BYTES:
        yield BadRecord(origin, f"{origin}: too large: over {_mb(MAX_FILE_BYTES)} MB; "
                                "the limit for input that is not JSONL")
        return
    yield from _from_bytes(data, origin, kind, fetch)


class _Prepended(io.RawIOBase):
    """A stream with its already-read first bytes put back, for line-by-line reading."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        chunk = self._rest.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


# --- formats ------------------------------------------------------------------------------


def _is_warc_file(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return _is_warc_head(fh.read(1024))
    except OSError:
        return False


def _is_warc_head(head: bytes) -> bool:
    """A WARC starts with its version line, ``WARC/1.0`` or ``WARC/1.1`` — in the clear, or
    inside the first gzip member (a .warc.gz compresses record by record). Deflate may need
    a few hundred bytes before it gives out the first ones: pass a head of 1 KB or so."""
    if head.startswith(_GZIP_MAGIC):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.startswith(_WARC_MAGIC)


def _is_feed(start: str) -> bool:
    """Whether a document's root element, after the XML declaration, comments and DOCTYPE,
    is an RSS, RDF or Atom feed."""
    return bool(_FEED_ROOT.match(start, _XML_PROLOG.match(start).end()))


def _sniff(head: bytes) -> str:
    """What the first bytes of an input look like: feed, trec, html, jsonl, json or text."""
    for bom, codec in _SNIFF_BOMS:
        if head.startswith(bom):
            text = head[len(bom):].decode(codec, errors="ignore")
            break
    else:
        text = head.decode("utf-8", errors="ignore")
    start = text.lstrip()[:4096]
    if start.startswith("<") and _is_feed(start):
        return "feed"
    if _TREC_START.match(start) or (start.startswith("<?xml") and _TREC_START.search(start)):
        return "trec"
    if start.startswith("<") and (_HTML_START.match(start) or _HTML_ANYWHERE.search(start)
                                  or start.lower().startswith("<?xml")):
        return "html"
    if start.startswith("{"):
        first_line = start.split("\n", 1)[0].strip()
        try:
            json.loads(first_line)
            return "jsonl"
        except ValueError:
            return "json" if "\n" in start else "jsonl"
    if start.startswith("["):
        return "json"
    return "text"


def _from_bytes(data: bytes, origin: str, kind: str,
                fetch: Fetch | None = None) -> Iterator[Item]:
    if kind == "jsonl":
        yield from _jsonl_lines(io.BytesIO(data), origin)
        return
    if kind == "feed" or (kind == "auto" and _sniff(data[:_SNIFF_BYTES]) == "feed"):
        from .feeds import read_feed_bytes

        yield from read_feed_bytes(data, origin, fetch)  # raw: the XML declaration names the encoding
        return
    try:
        text = decode_bytes(data, origin)
    except InputError as exc:
        yield BadRecord(origin, str(exc))
        return
    if kind == "auto":
        kind = _sniff(text[:_SNIFF_BYTES].encode("utf-8"))
    if kind == "jsonl":
        yield from _jsonl_text(text, origin)
    elif kind == "json":
        yield from _json_document(text, origin)
    elif kind == "trec":
        yield from _trec_documents(text, origin)
    elif kind == "feed":  # only seen once decoded (UTF-16 without a BOM)
        from .feeds import read_feed_text

        yield from read_feed_text(text, origin, fetch)
    elif kind == "html":
        yield _html(text, origin)
    else:
        yield _sized(RawArticle(text=text, origin=origin, format="text"))


def _html(text: str, origin: str) -> Item:
    from .html import extract_html  # trafilatura is slow to import; only HTML needs it

    try:
        return _sized(extract_html(text, origin=origin))
    except InputError as exc:
        return BadRecord(origin, str(exc))


def _sized(article: RawArticle) -> Item:
    n = len(article.text)
    if n > MAX_ARTICLE_CHARS:
        return BadRecord(article.origin, f"{article.origin}: too large: {n:,} characters; "
                                         f"the limit is {MAX_ARTICLE_CHARS:,} per article")
    return article


# JSON and JSONL ---------------------------------------------------------------------------


def _jsonl_lines(fh: BinaryIO, origin: str) -> Iterator[Item]:
    """One record per line; a broken line is reported and skipped, a corrupt gzip ends the
    file with one report (nothing after the damage can be trusted)."""
    n = 0
    try:
        for n, raw in enumerate(fh, start=1):
            if n == 1:
                if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 JSONL: decode it whole
                    rest = raw + fh.read(MAX_FILE_BYTES)
                    try:
                        yield from _jsonl_text(decode_bytes(rest, origin), origin)
                    except InputError as exc:
                        yield BadRecord(origin, str(exc))
                    return
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if not raw.strip():
                continue
            where = f"{origin}:{n}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                yield BadRecord(where, f"{where}: not UTF-8 text")
                continue
            yield _json_line(line, where)
    except (OSError, EOFError, zlib.error) as exc:
        where = f"{origin}:{n + 1}"
        yield BadRecord(where, f"{where}: corrupt compressed data ({_reason(exc)}); "
                               "the rest of the file is skipped")


def _jsonl_text(text: str, origin: str) -> Iterator[Item]:
    for n, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield _json_line(line, f"{origin}:{n}")


def _json_line(line: str, where: str) -> Item:
    try:
        obj = json.loads(line.strip())
    except ValueError as exc:
        return BadRecord(where, f"{where}: not valid JSON ({_json_error(exc, 'column')})")
    return _record(obj, where, "jsonl")


def _json_document(text: str, origin: str) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        yield BadRecord(origin, f"{origin}: not valid JSON ({_json_error(exc, 'line')})")
        return
    if isinstance(data, dict):
        yield _record(data, origin, "jsonl")
    elif isinstance(data, list):
        if not data:
            yield BadRecord(origin, f"{origin}: empty JSON array")
        for i, obj in enumerate(data, start=1):
            yield _record(obj, f"{origin}#{i}", "jsonl")
    else:
        yield BadRecord(origin, f"{origin}: JSON is neither an object nor an array of objects")


def _json_error(exc: ValueError, unit: str) -> str:
    """json's message in one line: "Expecting value at column 1"."""
    msg = getattr(exc, "msg", None)
    if msg is None:
        return str(exc).splitlines()[0]
    msg = msg[:-3] if msg.endswith(" at") else msg
    where = getattr(exc, "colno" if unit == "column" else "lineno", None)
    return f"{msg} at {unit} {where}" if where else msg


def _record(obj: object, where: str, fmt: str) -> Item:
    if not isinstance(obj, dict):
        return BadRecord(where, f"{where}: not a JSON object")
    text = obj.get("text")
    if text is None:
        return BadRecord(where, f"{where}: no 'text' field")
    if not isinstance(text, str):
        return BadRecord(where, f"{where}: 'text' is not a string")
    if not text.strip():
        return BadRecord(where, f"{where}: 'text' is empty")
    return _sized(RawArticle(
        text=text.replace("\r\n", "\n").replace("\r", "\n"),
        title=_str(obj.get("title")),
        published=parse_published(obj.get("published") or obj.get("date")),
        url=_str(obj.get("url")),
        source=_str(obj.get("source")),
        id=_str(obj.get("id")),
        site_name=_str(obj.get("site_name") or obj.get("sitename")),
        author=_str(obj.get("author")),
        origin=where,
        format=fmt,
    ))


def _str(value: object) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


# TREC / SGML ------------------------------------------------------------------------------


def _trec_documents(text: str, origin: str) -> Iterator[Item]:
    matches = list(_DOC_RE.finditer(text))
    if not matches:
        yield BadRecord(origin, f"{origin}: no <DOC> records found")
        return
    single = len(matches) == 1
    for m in matches:
        line = text.count("\n", 0, m.start()) + 1
        where = origin if single else f"{origin}:{line}"
        closed = m.group(0).rstrip().lower().endswith("</doc>")
        if not closed:
            yield BadRecord(where, f"{where}: <DOC> without </DOC>")
            continue
        yield _trec_record(m.group(0), m.group(1), where)


def _trec_record(whole: str, body: str, where: str) -> Item:
    def field(*tags: str) -> str | None:
        for tag in tags:
            fm = re.search(rf"<{tag}(?:\s[^>]*)?>(.*?)</{tag}>", body, re.I | re.S)
            if fm and fm.group(1).strip():
                return _unescape(fm.group(1).strip())
        return None

    text = field("TEXT", "BODY")
    docno = field("DOCNO")
    if docno is None:
        attr = _DOC_ID_ATTR.match(whole)
        docno = attr.group(1) if attr else None
    if not text:
        label = f" {docno}" if docno else ""
        return BadRecord(where, f"{where}: <DOC>{label} has no <TEXT>")
    text = re.sub(r"</?P(?:\s[^>]*)?>", "\n", text, flags=re.I)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return _sized(RawArticle(
        text=text,
        title=_one_line(field("TITLE", "HEADLINE", "HEADER")),
        published=parse_published(field("TIME", "DATE", "DATE_TIME", "PUBDATE")),
        url=field("URL"),
        source=field("SRC", "SOURCE"),
        id=docno,
        author=_one_line(field("AUTHOR", "BYLINE")),
        origin=where,
        format="trec",
    ))


def _unescape(text: str) -> str:
    return _ENTITY_RE.sub(lambda m: _ENTITIES[m.group()], text) if "&" in text else text


def _one_line(text: str | None) -> str | None:
    return " ".join(text.split()) if text else None


def _mb(n: int) -> int:
    return n // (1024 * 1024)


def _reason(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
