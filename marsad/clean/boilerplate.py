"""Remove web boilerplate from article text by classifying its lines.

Scraped Arabic news carries page furniture along with the story: «شاهد أيضا» and «اقرأ أيضا:
<headline>» links, comment forms («اترك رد»، «لن يتم نشر عنوان بريدك الإلكتروني»), share
and follow prompts, newsletter boxes, copyright lines, tags, navigation, disclaimers. They
pollute everything downstream (a «اقرأ أيضا» headline is another story's event), so they go
before analysis.

No list of exact strings can keep up with every site, so each line is scored on general
features, and cue phrases from a data file (:mod:`marsad.clean.cues`) are one feature among
them:

* length in words, and whether the line ends like a sentence — a long sentence is prose and
  is kept even when it contains a cue word («لن تترك رد الفعل…»);
* where a cue stands: the whole line («شاهد أيضا»), a label before content («اقرأ أيضا:
  <headline>»), the start of the line, or inside it (counts only for unambiguous cues);
* links, e-mail addresses, @handles and hashtags; menu separators (``|`` ``»``); lines with
  no words at all (``-----``); short Latin fragments on an Arabic page;
* position: after the last line of real prose (the trailer), the bar is lower, and a
  related-links or comments heading takes the short lines under it along.

Every removed line is kept as :class:`marsad.doc.Removed` with the reason, so the cleaning
can be audited.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

from ..doc import Removed
from ..text.normalize import arabic_ratio, norm
from .cues import SEPARATORS, Cue, Word, find_cues, split_words

# Score at or above which a line is boilerplate, in the body and in the trailer.
THRESHOLD = 3.0
TRAILER_THRESHOLD = 2.0
PROSE_WORDS = 10  # a line ending like a sentence with this many words is prose
LONG_WORDS = 25  # … and one this long is prose whatever its punctuation
HEADLINE_WORDS = 20  # the most words of a headline that a related-links heading takes along
BLOCK_LINES = 6  # the most lines a related-links heading takes along

_SENTENCE_END = re.compile(r"[.!?؟…۔:؛][\s\"'»”’)\]]*$")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
_HASHTAG = re.compile(r"(?<![\w&])#\w+")
_MENU_SEP = re.compile(r"[|»›•·]")
_MENU_CHARS = "|»›•·"
_HAS_ALNUM = re.compile(r"\w")
_BLANK_CHARS = (" \t\xa0\u200b\u200c\u200d\u200e\u200f\ufeff\u2028\u2029"
                "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@dataclass
class Cleaned:
    title: str  # first non-empty, non-boilerplate line ("" if none)
    body: str  # the rest, boilerplate removed, paragraph breaks (blank lines) kept
    removed: list[Removed] = field(default_factory=list)


@dataclass
class LineInfo:
    """One line with the features the decision is made on (kept for tests and debugging)."""

    text: str
    words: int = 0
    ends_sentence: bool = False
    prose: bool = False
    score: float = 0.0  # boilerplate score of the line on its own
    label: str = ""  # what the line looks like: the category of its strongest feature
    heading: Optional[Cue] = None  # the line is (nearly) only this cue
    blank: bool = False
    removed: bool = False
    reason: str = ""  # why it was removed (recorded in marsad.doc.Removed)


def is_blank(line: str) -> bool:
    return not line.strip(_BLANK_CHARS)


def classify_line(line: str) -> LineInfo:
    """Score one line on its own (position is applied later by :func:`clean_lines`)."""
    text = line.strip(_BLANK_CHARS)
    info = LineInfo(text=text)
    if not text:
        info.blank = True
        return info
    pieces = split_words(text)
    flags = [p.is_word for p in pieces]
    words = flags.count(True)
    if not words and not any(p.core for p in pieces):
        info.score, info.label = 10.0, "decoration"  # «-----»، «* * *»، «|»
        return info
    info.words = words
    info.ends_sentence = bool(_SENTENCE_END.search(text[-6:]))
    info.prose = (words >= PROSE_WORDS and info.ends_sentence) or words >= LONG_WORDS

    score = 0.0
    if words <= 3:
        score += 1.0
    elif words <= 8:
        score += 0.5
    if not info.ends_sentence:
        score += 0.5

    best: tuple[float, str] = (0.0, "")
    prose_penalty = 3.0
    hits = find_cues(pieces, text)
    covered = [False] * len(pieces)
    for hit in hits:
        covered[hit.first:hit.end] = [True] * (hit.end - hit.first)
    seen: set[str] = set()
    for hit in hits:
        cue = hit.cue
        if cue.text in seen:
            continue  # a cue repeated inside one long line is still one hint
        seen.add(cue.text)
        # Words of the line that no cue accounts for, before and after this one.
        before = sum(1 for k in range(hit.first) if flags[k] and not covered[k])
        after = sum(1 for k in range(hit.end, len(pieces)) if flags[k] and not covered[k])
        labelled = _separator_after(pieces, hit.end)
        # A one-word cue is a heading only alone («شارك»، «التعليقات (3)»): with other words
        # it is usually a title («منع تلغرام»، «إعلان الرياض»).
        slack = 2 if cue.words > 1 else 0
        if before + after <= slack and after <= 1 and not labelled:
            points = cue.weight + 2.0  # the line is the cue: «شاهد أيضا»، «أخبار ذات صلة»
            if before + after == 0 or cue.extent != "rest":
                if info.heading is None or cue.weight > info.heading.weight:
                    info.heading = cue
            if cue.weight >= 3:
                prose_penalty = 0.0
        elif before == 0 and labelled:
            # A label: «اقرأ أيضا: …»، «الوسوم: …». Weak or one-word labels («الموقع: …»)
            # also introduce facts, so they count less.
            points = cue.weight + (0.0 if cue.weight < 2 else 1.0 if cue.words > 1 else 0.5)
            if cue.weight >= 3:
                prose_penalty = 0.0
        elif cue.anywhere:
            points = float(cue.weight)
        elif before == 0:
            # A line that merely starts with a cue word may be a sentence («شارك الوزير في…»):
            # count it less, and less again for one-word cues.
            points = max(0.0, cue.weight - (1.0 if cue.words > 1 else 2.0))
            prose_penalty = min(prose_penalty, 1.0)
        else:
            continue
        score += points
        if points > best[0]:
            best = (points, cue.category)

    links = _link_share(text, words)
    if links >= 0.5:
        score += 3.0
        best = max(best, (3.0, "links"))
    elif links >= 0.2:
        score += 1.5
    elif links > 0:
        score += 0.5
    if any(c in text for c in _MENU_CHARS) and _is_menu(text):
        score += 2.0
        best = max(best, (2.0, "navigation"))
    if 0 < words <= 6 and arabic_ratio(text) < 0.3:
        score += 1.0  # a short Latin fragment on an Arabic page: «Tweet», «Feb.», «CNNi»
        best = max(best, (1.0, "non-Arabic fragment"))
    if info.prose:
        # The longer the prose, the less likely boilerplate: page furniture is short.
        score -= prose_penalty * (1.0 + min(1.0, max(0, words - LONG_WORDS) / 30))
    info.score = score
    info.label = best[1] or "short fragment"
    return info


def _is_menu(text: str) -> bool:
    """«الرئيسية | أخبار | رياضة»، «الرئيسية » سياسة » دولي»: three or more short items
    without digits (a list of scores or times is content)."""
    items = [i for i in _MENU_SEP.split(text) if i.strip()]
    if len(items) < 3 or any(c.isdigit() for c in text):
        return False
    return sum(len(i.split()) for i in items) <= 4 * len(items)


def _separator_after(pieces: list[Word], end: int) -> bool:
    """Is the cue that ends before piece ``end`` a label: followed by : - | » and content?"""
    if not any(p.is_word for p in pieces[end:]):
        return False
    trail = pieces[end - 1].trail
    lead = pieces[end].lead
    return bool(trail and trail[0] in SEPARATORS) or bool(lead and lead[0] in SEPARATORS)


def _link_share(text: str, words: int) -> float:
    """Share of the line's words that are links, e-mail addresses or @handles (hashtags
    only when they are most of the line: Arabic news writes #هاشتاغ inside sentences)."""
    at, web = "@" in text, "http" in text or "www." in text
    n = len(_URL.findall(text)) if web else 0
    if at:
        n += len(_EMAIL.findall(text)) + len(_HANDLE.findall(text))
    if "#" in text:
        tags = len(_HASHTAG.findall(text))
        if tags * 2 >= max(1, words):
            n += tags
    if not n:
        return 0.0
    return n / max(1, words)


def _headline_like(info: LineInfo) -> bool:
    """A line a related-links heading can take along: short, not a sentence."""
    return not info.blank and not info.prose and info.words <= HEADLINE_WORDS


def clean_lines(lines: Iterable[str]) -> list[LineInfo]:
    """Classify lines and decide which are boilerplate, in context."""
    infos = [classify_line(line) for line in lines]
    for info in infos:
        if not info.blank and info.score >= THRESHOLD:
            info.removed, info.reason = True, info.label

    # The trailer: everything after the last line of undoubted prose (one that would pass
    # even the trailer's bar). Only when there is prose, so that a short list or a one-line
    # text is never judged as all trailer.
    last_prose = max(
        (k for k, i in enumerate(infos) if i.prose and i.score < TRAILER_THRESHOLD), default=-1)
    trailer_start = last_prose + 1 if last_prose >= 0 else len(infos)
    for info in infos[trailer_start:]:
        if not info.blank and not info.removed and info.score >= TRAILER_THRESHOLD:
            info.removed, info.reason = True, info.label

    # Removed headings take the lines under them along.
    starts, total = [], 0
    for info in infos:
        starts.append(total)
        total += len(info.text) + 1
    k = 0
    while k < len(infos):
        info = infos[k]
        if info.removed and info.heading and info.heading.extent != "line":
            extent = info.heading.extent
            if extent == "next" and k >= trailer_start:
                extent = "block"  # in the trailer a heading takes all the short lines below it
            if extent == "rest" and k < trailer_start and starts[k] * 2 < total:
                extent = "block"  # a comments heading in the first half: not the page's end
            k = _take_along(infos, k, extent)
        else:
            k += 1
    return infos


def _take_along(infos: list[LineInfo], k: int, extent: str) -> int:
    """Remove what heading ``k`` carries (see the cue file's ``extent``); return the index
    of the first line after them."""
    heading = infos[k]
    assert heading.heading is not None
    limit = {"next": 1, "block": BLOCK_LINES}.get(extent)
    taken = 0
    j = k + 1
    while j < len(infos):
        line = infos[j]
        if not line.blank:
            if limit is not None and (taken >= limit or not _headline_like(line)):
                break
            if not line.removed:
                line.removed = True
                line.reason = f"{heading.heading.category} (under «{heading.text}»)"
            taken += 1
        j += 1
    return j


def clean_text(text: str, title: str | None = None) -> Cleaned:
    """Split an article into title and body and take out its boilerplate lines.

    With ``title=None`` (plain text) the title is the first non-empty line that is not
    boilerplate. With a known title (HTML, JSONL, TREC) the whole text is body, and a
    first body line that only repeats the title is dropped.
    """
    removed: list[Removed] = []
    kept: list[str] = []
    found_title = title.strip() if title else ""
    repeated_title = _key(found_title) if found_title else ""  # to drop from the body start
    for info in clean_lines(text.split("\n")):
        if info.blank:
            kept.append("")
        elif info.removed:
            removed.append(Removed(text=info.text, reason=info.reason))
        elif not found_title:
            found_title = info.text
        elif repeated_title and _key(info.text) == repeated_title:
            removed.append(Removed(text=info.text, reason="title repeated"))
            repeated_title = ""
        else:
            kept.append(info.text)
            repeated_title = ""  # only the first body line can repeat the title
    return Cleaned(title=found_title, body=_join(kept), removed=removed)


def _key(text: str) -> str:
    return " ".join(norm(text).split())


def _join(lines: list[str]) -> str:
    """Lines back to text: runs of blank lines (some left by removed lines) become one."""
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)
