"""News feeds (RSS 2.0, RSS 1.0/RDF, Atom): one article per item, from the page it links to.

A feed item carries a link, a title, a date and — depending on the site — nothing, a teaser
or the whole story. The linked page is the article, so each item's page is fetched and
extracted like a saved page (:func:`marsad.ingest.html.extract_page`). The item's own text
stands in only when the page cannot be had *and* the item holds a real article (about 200
Arabic letters or more) rather than a teaser that would yield a one-sentence "article".
The page's title and date win; the feed's fill in what the page lacks (feed dates are often
the time of the last edit, and feed titles are sometimes shortened).

feedparser parses: it copes with the broken XML, odd dates and mislabelled encodings that
real feeds have. It is always handed bytes, never a string, so that it cannot go to the
network or the disk by itself. Fetching is a parameter (``fetch``) so that tests, a cache
or an offline mode (:func:`no_fetch`) can stand in for the network.

Each item is located by its link (the feed's position is meaningless for a live feed an
hour later), or ``feed#N`` when it has none.
"""
from __future__ import annotations

import codecs
import html as html_lib
import io
import re
import urllib.error
import urllib.request
import zlib
from datetime import date
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import urljoin, urlsplit

from .. import __version__
from ..errors import InputError
from .article import BadRecord, RawArticle
from .dates import parse_published
from .readers import Item, _reason, _sized, read_path

Fetch = Callable[[str], tuple[bytes, str | None]]  # url → (body, Content-Type)

FETCH_TIMEOUT_S = 20
MAX_FETCH_BYTES = 10 * 1024 * 1024
# An item's own text is used as the article only from this many Arabic letters (about 40
# words): less is a teaser, and a teaser coded as an article loses the who/whom/where.
MIN_FEED_ARABIC = 200
USER_AGENT = f"marsad/{__version__} (Arabic news event observatory; feed reader)"

_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_BLOCK = re.compile(
    r"<br\s*/?>|</?(?:p|div|li|ul|ol|h[1-6]|blockquote|tr|table|section|article)(?:\s[^>]*)?>",
    re.I)
_TAG = re.compile(r"<[^>]*>")
_XML_ENCODING = re.compile(r"""(<\?xml[^>]*?\bencoding\s*=\s*)(["'])[^"']*\2""")
_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
              (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class FetchError(OSError):
    """A page could not be fetched; the message says why, in a few words."""


def is_url(s: str) -> bool:
    """Whether an argument is a web address (http or https) rather than a local path."""
    try:
        parts = urlsplit(s.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def read_feed(source: str, fetch: Fetch | None = None) -> Iterator[Item]:
    """Articles of a feed at an http(s) URL or in a local file.

    A local path is checked at once, like :func:`read_path` does (:class:`InputError`); a
    feed that cannot be downloaded or parsed is one :class:`BadRecord`, as is each item
    that yields no article."""
    if is_url(source):
        return _url_feed(source, fetch or fetch_url)
    if Path(source).is_dir():
        raise InputError(f"{source}: a directory, not a feed")
    return read_path(source, "feed", fetch=fetch)


def read_feed_bytes(data: bytes, origin: str, fetch: Fetch | None = None,
                    content_type: str | None = None) -> Iterator[Item]:
    """Articles of a feed already read into memory (a file, stdin, a download)."""
    for bom, codec in _WIDE_BOMS:
        if data.startswith(bom):  # feedparser believes the declaration ("utf-8") over the BOM
            yield from read_feed_text(data.decode(codec, errors="replace"), origin, fetch)
            return
    parsed = _parse(data, origin, content_type)
    if isinstance(parsed, BadRecord):
        yield parsed
        return
    site = _one_line(parsed.feed.get("title"))
    base = parsed.feed.get("link") or (origin if is_url(origin) else None)
    for n, entry in enumerate(parsed.entries, start=1):
        yield _item(entry, f"{origin}#{n}", site, base, fetch or fetch_url)


def read_feed_text(text: str, origin: str, fetch: Fetch | None = None) -> Iterator[Item]:
    """Articles of a feed already decoded: handed on as UTF-8, and declared so."""
    text = _XML_ENCODING.sub(r"\1\2utf-8\2", text.lstrip("\ufeff"), count=1)
    yield from read_feed_bytes(text.encode("utf-8"), origin, fetch)


def fetch_url(url: str) -> tuple[bytes, str | None]:
    """GET a page: (body, Content-Type). At most 10 MB, 20 s per network wait, http(s)
    only — redirects included, so that a feed cannot point us at ``file://`` or FTP."""
    if not is_url(url):
        raise FetchError("not an http(s) address")
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                  "application/xml;q=0.9,*/*;q=0.5"})
    opener = urllib.request.build_opener(_HttpOnlyRedirects)
    with opener.open(request, timeout=FETCH_TIMEOUT_S) as response:
        data = response.read(MAX_FETCH_BYTES + 1)
        if len(data) > MAX_FETCH_BYTES:
            raise FetchError(f"larger than {MAX_FETCH_BYTES // (1024 * 1024)} MB")
        if (response.headers.get("Content-Encoding") or "").lower() in ("gzip", "x-gzip"):
            data = _gunzip(data)
        return data, response.headers.get("Content-Type")


def no_fetch(url: str) -> tuple[bytes, str | None]:
    """A fetcher for offline runs: every page is unavailable, so items are read from the
    text the feed itself carries (when there is enough of it)."""
    raise FetchError("fetching is turned off")


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[override]
        if not is_url(newurl):
            raise FetchError(f"redirected to a non-web address: {newurl[:80]}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _gunzip(data: bytes) -> bytes:
    """Some servers gzip although we did not ask; bounded, so a small bomb stays small."""
    try:
        out = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, MAX_FETCH_BYTES + 1)
    except zlib.error as exc:
        raise FetchError(f"corrupt gzip body ({exc})") from None
    if len(out) > MAX_FETCH_BYTES:
        raise FetchError(f"larger than {MAX_FETCH_BYTES // (1024 * 1024)} MB uncompressed")
    return out


# --- the feed -----------------------------------------------------------------------------


def _url_feed(url: str, fetch: Fetch) -> Iterator[Item]:
    try:
        data, content_type = fetch(url)
    except Exception as exc:  # noqa: BLE001 — urllib and injected fetchers fail in many ways
        yield BadRecord(url, f"{url}: could not fetch ({_fetch_reason(exc)})")
        return
    yield from read_feed_bytes(data, url, fetch, content_type)


def _parse(data: bytes, origin: str, content_type: str | None):
    """feedparser's result, or one BadRecord when there is no feed to read.

    A feed with items is read even when feedparser calls it malformed ("bozo"): an
    unescaped ``&`` or an ``&nbsp;`` is what real feeds contain, and its loose parser
    recovers them."""
    import feedparser

    headers = {"content-type": content_type or "application/xml"}
    if is_url(origin):
        headers["content-location"] = origin  # base for relative links
    try:
        parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    except Exception as exc:  # noqa: BLE001 — a third-party parser on hostile input
        return BadRecord(origin, f"{origin}: not a readable feed ({_reason(exc)})")
    if parsed.entries:
        return parsed
    why = f" ({_reason(parsed.bozo_exception)})" if parsed.get("bozo_exception") else ""
    if not parsed.version:
        return BadRecord(origin, f"{origin}: not an RSS or Atom feed{why}")
    if parsed.bozo:
        return BadRecord(origin, f"{origin}: malformed feed{why}")
    return BadRecord(origin, f"{origin}: the feed has no items")


# --- one item -----------------------------------------------------------------------------


def _item(entry, position: str, site: str | None, base: str | None, fetch: Fetch) -> Item:
    link = _link(entry, base)
    where = link or position
    text = _entry_text(entry)
    if link and is_url(link):
        try:
            page = _page(link, fetch, _entry_title(entry))
        except InputError as exc:
            problem = str(exc)
        else:
            return _sized(_fill(page, entry, site, where))
    elif link:
        problem = f"{where}: not a web address, cannot fetch the page"
    else:
        problem = f"{where}: the item has no link, and too little text of its own"
    if len(_ARABIC_LETTER.findall(text)) >= MIN_FEED_ARABIC:
        article = RawArticle(text=text, url=link, origin=where, format="feed")
        return _sized(_fill(article, entry, site, where))
    return BadRecord(where, problem)


def _page(link: str, fetch: Fetch, title: str | None) -> RawArticle:
    """The article on the page an item links to; :class:`InputError` when there is none.
    ``title`` (the item's) stands in for a page without one."""
    from .html import extract_page, is_html_type

    try:
        data, content_type = fetch(link)
    except Exception as exc:  # noqa: BLE001 — urllib and injected fetchers fail in many ways
        raise InputError(f"{link}: could not fetch ({_fetch_reason(exc)})") from None
    if content_type and not is_html_type(content_type):
        media = content_type.split(";", 1)[0].strip()
        raise InputError(f"{link}: could not fetch (not an HTML page: {media})")
    return extract_page(data, content_type, link, link, title=title)


def _fill(article: RawArticle, entry, site: str | None, where: str) -> RawArticle:
    """The item's metadata where the article has none of its own."""
    article.title = article.title or _entry_title(entry)
    article.published = article.published or _entry_date(entry)
    article.id = article.id or _one_line(entry.get("id"))
    article.author = article.author or _one_line(entry.get("author"))
    article.site_name = article.site_name or site
    article.origin = where
    article.format = "feed"
    return article


def _link(entry, base: str | None) -> str | None:
    link = (entry.get("link") or "").strip()
    if not link:
        return None
    return urljoin(base, link) if base and not urlsplit(link).scheme else link


def _entry_title(entry) -> str | None:
    detail = entry.get("title_detail") or {}
    title = entry.get("title")
    if title and "html" in (detail.get("type") or ""):
        title = _plain_html(title)
    return _one_line(title)


def _entry_date(entry) -> date | None:
    """The date as the feed wrote it: "Mon, 14 Apr 2025 23:30:00 -0500" is 14 April. The
    feedparser ``*_parsed`` values are in UTC (15 April here), so they only back up the
    strings that :func:`parse_published` cannot read."""
    for key in ("published", "updated", "created"):
        day = parse_published(entry.get(key))
        if day:
            return day
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except ValueError:
                continue
    return None


def _entry_text(entry) -> str:
    """The fullest text the item carries: its content (Atom <content>, RSS
    <content:encoded>) or else its summary/description, as plain text."""
    candidates = [(c.get("value") or "", c.get("type") or "") for c in entry.get("content") or []]
    detail = entry.get("summary_detail") or {}
    candidates.append((entry.get("summary") or "", detail.get("type") or "text/html"))
    value, kind = max(candidates, key=lambda c: len(c[0]))
    return _plain_html(value) if "html" in kind else _tidy(value)


def _plain_html(value: str) -> str:
    """Sanitised feed HTML (feedparser has removed scripts and styles) → paragraphs."""
    return _tidy(html_lib.unescape(_TAG.sub(" ", _BLOCK.sub("\n", value))))


def _tidy(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _one_line(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _fetch_reason(exc: BaseException) -> str:
    """urllib's errors in a few words: "HTTP 404 Not Found", "timed out", the DNS error."""
    if isinstance(exc, urllib.error.HTTPError):
        return f"HTTP {exc.code} {exc.reason}".strip()
    if isinstance(exc, urllib.error.URLError):
        return _reason(exc.reason) if isinstance(exc.reason, BaseException) else str(exc.reason)
    return _reason(exc)
