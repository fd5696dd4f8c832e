"""Ingest: files, directories, streams and HTML pages → :class:`RawArticle` records.

    >>> from marsad.ingest import read_path
    >>> for item in read_path("news/"):
    ...     if isinstance(item, BadRecord): print(item.message)
    ...     else: analyse(item)

:func:`read_feed` reads an RSS/Atom feed from a URL (:func:`is_url`) or a file; files and
directories holding feeds or WARC archives are read by :func:`read_path` too.

:func:`extract_html` is imported lazily: it pulls in trafilatura, which takes a noticeable
part of a second to import, and plain-text runs should not pay for it.
"""
from __future__ import annotations

from .article import BadRecord, RawArticle
from .dates import parse_published
from .encoding import decode_bytes
from .feeds import is_url, read_feed
from .readers import MAX_ARTICLE_CHARS, MAX_FILE_BYTES, read_path, read_stream

__all__ = [
    "BadRecord", "RawArticle", "decode_bytes", "extract_html", "is_url", "parse_published",
    "read_feed", "read_path", "read_stream", "MAX_ARTICLE_CHARS", "MAX_FILE_BYTES",
]


def __getattr__(name: str):
    if name == "extract_html":
        from .html import extract_html

        return extract_html
    raise AttributeError(name)
