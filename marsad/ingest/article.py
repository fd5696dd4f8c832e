"""What the readers hand to the pipeline: one article as read, or one record that was not.

Readers never stop a directory walk for one bad file or one bad JSONL line: they yield a
:class:`BadRecord` (where and what) and go on, and the caller decides whether to report,
count or fail. Problems with the path itself (missing, unreadable) are raised instead,
since there is nothing to go on with.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..doc import Removed

FORMATS = ("text", "html", "jsonl", "trec", "warc", "feed")


@dataclass
class RawArticle:
    text: str  # body text as read (for plain text: the whole text incl. title line)
    title: str | None = None  # known title (HTML <title>/trafilatura, JSONL, TREC <TITLE>)
    published: date | None = None
    url: str | None = None
    source: str | None = None
    id: str | None = None
    site_name: str | None = None
    author: str | None = None
    # where it came from: "path", "path:LINE" for JSONL records, "path#OFFSET" for WARC
    # records, the item's link for feed items, "<stdin>"
    origin: str = ""
    format: str = "text"  # one of FORMATS: "text" | "html" | "jsonl" | "trec" | "warc" | "feed"
    # Lines the reader already took out (HTML extraction cleans as it extracts), so that the
    # cleaning stays auditable end to end.
    removed: list[Removed] = field(default_factory=list)


@dataclass
class BadRecord:
    origin: str
    message: str  # one line, says what is wrong

    def __str__(self) -> str:
        if self.message.startswith(self.origin):
            return self.message
        return f"{self.origin}: {self.message}"
