"""Article text and metadata out of a saved news page.

trafilatura finds the main content and the metadata (title, publication date, site name,
author) better than anything we would write. It is not perfect on Arabic sites: comment
headings («اترك رد»), «شاهد أيضا» links and comment-policy paragraphs slip through. Two
independent checks catch them:

* justext, with its Arabic stoplist, classifies every paragraph of the page on its own terms
  (link density, share of stopwords); a line that trafilatura kept but justext calls link
  or stopword-poor boilerplate, and that is not a real sentence, is dropped;
* the line cleaner (:mod:`marsad.clean.boilerplate`) that all formats go through.

Nothing in a broken page may surface as a traceback: parser failures become "no article
text" (:class:`marsad.errors.InputError`) for this input only.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..clean.boilerplate import classify_line, clean_text, is_blank
from ..doc import Removed
from ..errors import InputError
from ..text.normalize import arabic_ratio, norm
from .article import RawArticle
from .encoding import decode_html

# Pages this large are not articles (archives, dumps); trafilatura would take seconds.
MAX_HTML_CHARS = 20_000_000
# A page fetched or archived from the web: a news page is well under 1 MB; 10 MB is a dump.
MAX_PAGE_BYTES = 10 * 1024 * 1024
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# An article is Arabic when at least half its letters are (the pipeline's own threshold).
MIN_ARABIC = 0.5
_TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)

for _name in ("trafilatura", "htmldate", "justext", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)  # their warnings are not ours to show


@dataclass
class _JustextView:
    """What justext thinks of the page's paragraphs."""

    bad: dict[str, str]  # normalised text → reason, for paragraphs it calls boilerplate alone
    good: list[str]  # the paragraphs it keeps, in order: the fallback article


def extract_html(html: str, url: str | None = None, origin: str = "",
                 title: str | None = None) -> RawArticle:
    """Extract one article from an HTML page (already decoded to text).

    ``title`` is the title known from elsewhere (a feed item), for a page that has none:
    without one, the first line of the text would be taken for the title."""
    where = origin or url or "<html>"
    if len(html) > MAX_HTML_CHARS:
        raise InputError(f"{where}: HTML page too large: {len(html):,} characters")
    doc = _trafilatura(html, url)
    text = (doc.get("text") or "").strip() if doc else ""
    view = _justext(html)
    removed: list[Removed] = []
    if text:
        text, removed = _drop_justext_bad(text, view)
    if not text.strip():
        text = "\n".join(view.good)  # trafilatura found nothing: justext's paragraphs
    if not text.strip():
        raise InputError(f"{where}: no article text found in the HTML page")
    title = (doc.get("title") if doc else None) or _html_title(html) or title
    cleaned = clean_text(text, title=title or None)
    if not cleaned.body.strip():
        raise InputError(f"{where}: no article text found in the HTML page (only boilerplate)")
    return RawArticle(
        text=cleaned.body,
        title=cleaned.title or None,
        published=_published(doc.get("date") if doc else None, html),
        url=(doc.get("url") if doc else None) or url,
        site_name=(doc.get("sitename") if doc else None) or None,
        author=(doc.get("author") if doc else None) or None,
        origin=origin,
        format="html",
        removed=removed + cleaned.removed,
    )


def extract_page(data: bytes, content_type: str | None, url: str | None,
                 origin: str, title: str | None = None) -> RawArticle:
    """One article from a page as the web delivered it (bytes and HTTP Content-Type), for
    web archives and feed links; raise :class:`InputError` when it is not an Arabic article.

    Unlike a file the user chose, a crawled page is as likely to be an English mirror or a
    tag index as news, so the Arabic check happens here, where the URL is still known."""
    if len(data) > MAX_PAGE_BYTES:
        raise InputError(f"{origin}: page too large: {len(data):,} bytes; the limit is "
                         f"{MAX_PAGE_BYTES // (1024 * 1024)} MB")
    article = extract_html(decode_html(data, content_type, origin), url=url, origin=origin,
                           title=title)
    ratio = arabic_ratio(f"{article.title or ''} {article.text}")
    if ratio == 0:
        raise InputError(f"{origin}: no Arabic text in the page")
    if ratio < MIN_ARABIC:
        raise InputError(f"{origin}: not Arabic text ({ratio:.0%} of letters are Arabic script)")
    return article


def is_html_type(content_type: str | None) -> bool:
    """Whether an HTTP Content-Type (parameters and all) names an HTML page."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    return media in HTML_TYPES


def _trafilatura(html: str, url: str | None) -> dict | None:
    """Main text + metadata, or None. Tables are left out first: old Arabic sites lay the
    whole page out in a table, and trafilatura then returns the cell — article, comment
    form and all — as one line. Only when that finds nothing are tables let in."""
    from trafilatura import bare_extraction

    for include_tables in (False, True):
        try:
            result = bare_extraction(html, url=url, include_comments=False, with_metadata=True,
                                     include_tables=include_tables)
            # trafilatura 2 returns a Document, 1.x a dict.
            doc = result.as_dict() if hasattr(result, "as_dict") else result
        except Exception:  # noqa: BLE001 — a third-party parser on hostile input
            doc = None
        if doc and (doc.get("text") or "").strip():
            return doc
    return doc


@lru_cache(maxsize=1)
def _stoplist() -> frozenset[str]:
    import justext

    return frozenset(justext.get_stoplist("Arabic"))


def _justext(html: str) -> _JustextView:
    try:
        import justext

        paragraphs = justext.justext(html, _stoplist())
    except Exception:  # noqa: BLE001 — justext raises lxml errors on empty/odd documents
        return _JustextView({}, [])
    bad: dict[str, str] = {}
    good: list[str] = []
    for p in paragraphs:
        if p.class_type == "good":
            good.append(p.text)
        links = p.links_density()
        if getattr(p, "cf_class", "") == "bad" or links > 0.5:
            bad[_key(p.text)] = "justext: link text" if links > 0.5 else "justext: boilerplate"
    return _JustextView(bad, good)


def _drop_justext_bad(text: str, view: _JustextView) -> tuple[str, list[Removed]]:
    """Drop trafilatura lines that justext calls boilerplate — unless they read as prose:
    justext judges short Arabic paragraphs harshly, and a real sentence must stay."""
    if not view.bad:
        return text, []
    kept, removed = [], []
    for line in text.split("\n"):
        reason = view.bad.get(_key(line)) if not is_blank(line) else None
        if reason and not classify_line(line).prose:
            removed.append(Removed(text=line.strip(), reason=reason))
        else:
            kept.append(line)
    return "\n".join(kept), removed


def _html_title(html: str) -> str:
    m = _TITLE_RE.search(html[:200_000])
    if not m:
        return ""
    import html as html_lib

    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", m.group(1))).split())


def _published(value: str | None, html: str) -> date | None:
    """trafilatura's date, unless it is a bare-year guess: with only a year to go on (in a
    URL such as /2013/…) htmldate answers 1 January of that year, which would then pass
    for a real publication date."""
    if not value:
        return None
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    if (day.month, day.day) == (1, 1):
        if value[:10] not in html and f"01/01/{day.year}" not in html:
            return None
    return day


def _key(text: str) -> str:
    return " ".join(norm(text).split())
