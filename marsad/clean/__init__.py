"""Cleaning: take web boilerplate out of article text, keeping an audit of what went.

    >>> from marsad.clean import clean_text
    >>> cleaned = clean_text(open("article.txt").read())
    >>> cleaned.title, cleaned.body, cleaned.removed
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .boilerplate import Cleaned, clean_lines, clean_text, classify_line

if TYPE_CHECKING:
    from ..ingest.article import RawArticle

__all__ = ["Cleaned", "clean_article", "clean_lines", "clean_text", "classify_line"]


def clean_article(raw: "RawArticle") -> Cleaned:
    """Clean whatever a reader produced, the same way for every format.

    Plain text carries its title as the first line; HTML, JSONL and TREC records know their
    title, and their body is cleaned as body (a first line repeating the title is dropped).
    Lines the reader already removed (HTML extraction) are kept in the audit.
    """
    cleaned = clean_text(raw.text, title=raw.title if raw.format != "text" else None)
    if raw.removed:
        cleaned.removed = list(raw.removed) + cleaned.removed
    return cleaned
