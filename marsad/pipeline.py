"""``analyze``: one article in, one :class:`~marsad.doc.Document` out.

The stages run in one direction, each adding to the document (see DESIGN.md):
clean → text (tokens, sentences) → entities → actors → dates → contexts → events.
The CLI, the tests and any later API or runner call this one function.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Optional, Union

from .actors.coref import ActorRegistry, add_name_mentions
from .actors.mentions import Mention, build_mentions
from .classify import classify, is_relevant
from .clean import clean_article
from .dates import article_anchor, find_dates
from .doc import Document, Place
from .entities.recognize import recognize
from .entities.statistical import model_entities
from .errors import InputError
from .dates.calendar import period_of
from .events.coder import Anchor, code_events, suppressed_record
from .events.lexicon import is_lexical
from .ingest.article import RawArticle
from .resources import multi, read_tsv
from .text.normalize import arabic_ratio, norm
from .text.sentences import split_sentences
from .text.tokens import tokenize
from .topics.contexts import document_contexts, sentence_contexts

MIN_ARABIC = 0.5  # share of letters that must be Arabic script
SUPPORTED_LANGS = ("ar",)
_DATELINE_MARKS = {"-", "–", "—", "،", ",", "(", ":"}


def as_date(value: Union[str, date, None]) -> Optional[date]:
    """A publication date given as a date or YYYY-MM-DD; a clear InputError otherwise."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(f"bad publication date {value!r}: expected YYYY-MM-DD") from None


def analyze(source: Union[str, RawArticle, Document], published: Union[str, date, None] = None,
            url: Optional[str] = None, lang: str = "ar", all_sections: bool = False) -> Document:
    """Analyse one article: plain text (title on the first line), a reader's RawArticle,
    or a Document built by the caller. ``published`` (YYYY-MM-DD) anchors relative dates.
    Events of sport, culture and technology articles are not coded (they are listed in
    ``Document.suppressed``) unless ``all_sections`` is true, when they are marked instead."""
    if lang not in SUPPORTED_LANGS:
        raise InputError(f"language {lang!r} is not supported: marsad reads Arabic (--lang ar)")
    raw = _raw(source)
    pub = as_date(published) or raw.published
    cleaned = clean_article(raw)
    body = cleaned.body.strip()
    head = cleaned.title.strip()
    if not body and not head:
        raise InputError(f"{raw.origin or 'input'}: no article text left after cleaning")
    ratio = arabic_ratio(head + " " + body)
    if ratio < MIN_ARABIC:
        raise InputError(f"{raw.origin or 'input'}: not Arabic text ({ratio:.0%} of letters are Arabic script)")
    text = f"{head}\n\n{body}" if body else head
    doc = Document(text=text, title=head, url=url or raw.url, published=pub, source=raw.source,
                   site_name=raw.site_name, author=raw.author, lang=lang, origin=raw.origin or None,
                   removed=cleaned.removed)
    if raw.id:
        doc.meta["source_id"] = raw.id
    run(doc, all_sections)
    return doc


def _raw(source: Union[str, RawArticle, Document]) -> RawArticle:
    if isinstance(source, RawArticle):
        return source
    if isinstance(source, Document):
        return RawArticle(text=source.text, title=source.title or None, published=source.published,
                          url=source.url, source=source.source, origin=source.origin or "",
                          format="text" if not source.title else "document")
    if isinstance(source, str):
        return RawArticle(text=source)
    raise TypeError(f"analyze() takes text, a RawArticle or a Document, not {type(source).__name__}")


def run(doc: Document, all_sections: bool = False) -> Document:
    """Run every analysis stage on a Document whose text is already clean."""
    section = classify(doc.title, doc.text[len(doc.title):])
    doc.section = section.to_dict()
    doc.tokens = tokenize(doc.text)
    doc.sentences = split_sentences(doc.text, doc.tokens)
    doc.entities = recognize(doc, is_lexical)
    doc.entities = sorted(doc.entities + model_entities(doc, doc.entities), key=lambda e: (e.start, -e.end))
    doc.entities = sorted(doc.entities + add_name_mentions(doc), key=lambda e: (e.start, -e.end))
    mentions = build_mentions(doc)
    registry = ActorRegistry(doc)
    registry.resolve(mentions)
    dateline = _dateline(doc, mentions)
    doc.dates = find_dates(doc.text, doc.published)
    reference = doc.published or _dateline_date(doc, dateline)
    if reference is not None and doc.published is None:
        # a wire dateline (مقديشو، 20 سبتمبر 2025 -) dates the story: relative dates
        # (صباح اليوم السبت) resolve against it as they would against a publication date
        doc.dates = find_dates(doc.text, reference)
        doc.meta["reference_date"] = {"value": reference.isoformat(), "reason": "dateline date"}
    value, granularity, reason = article_anchor(doc.dates, reference)
    if reference is not None and doc.published is None:
        reason = f"dateline date '{next(d.text for d in doc.dates if d.value == reference.isoformat())}'"
    span = period_of(value.isoformat(), granularity) if value else None
    anchor = Anchor(span[0], span[1], reason) if span else Anchor(None, None, reason)
    doc.meta["anchor"] = {"value": value.isoformat() if value else None, "granularity": granularity,
                          "reason": reason}
    per_sentence = [sentence_contexts(doc, s) for s in doc.sentences]
    doc.contexts = document_contexts(doc, per_sentence)
    doc.places = [Place(e.text, e.start, e.end, e.country, e.kind)
                  for e in doc.entities if e.kind in ("country", "city", "region", "location")]
    doc.events = code_events(doc, mentions, registry, anchor, dateline, per_sentence)
    _relevance(doc, all_sections)
    used = {r["actor_id"] for e in doc.events for r in e.actor + e.recipient}
    doc.actors = [a for a in registry.actors if a.mentions or a.id in used]
    if dateline is not None:
        doc.meta["dateline"] = dateline.text(doc)
    return doc


OFF_TOPIC = 0.3  # below this probability of a political section, an article's events are not coded


def _relevance(doc: Document, all_sections: bool) -> None:
    """«هاجم اللاعب» in a match report is no ASSAULT. When the section classifier gives the
    politically relevant sections (labels.tsv: politics) less than OFF_TOPIC together, the
    article's events are moved to ``suppressed`` (kept for audit, never counted); between
    that and an even chance they stay, marked ``relevance: doubtful``."""
    if not doc.section or doc.section["relevant"]:
        return
    political = sum(p for label, p in doc.section["scores"].items() if is_relevant(label))
    if political < OFF_TOPIC and not all_sections:
        doc.suppressed = [suppressed_record(e, f"{doc.section['label']} article") for e in doc.events] \
            + doc.suppressed
        doc.events = []
        return
    for e in doc.events:
        e.relevance = "doubtful"


def _dateline_date(doc: Document, dateline: Optional[Mention]) -> Optional[date]:
    """A full date right after the dateline city (مقديشو، 20 سبتمبر 2025 (وكالات) -)."""
    if dateline is None:
        return None
    for d in find_dates(doc.text[dateline.end:dateline.end + 40]):
        if d.start <= 3 and d.granularity == "day" and d.value and d.kind == "explicit":
            return date.fromisoformat(d.value)
    return None


def _dateline(doc: Document, mentions: list[Mention]) -> Optional[Mention]:
    """A city opening the first body sentence and followed by a dash, comma or date
    (الرباط - ، عمّان 3 آذار (بترا) -) is the dateline: where the story was filed. It is
    taken out of the sentence's argument slots and used as the fallback location. An outlet's
    desk dateline (data/bureaus.tsv) is no dateline: its words are taken out of the slots and
    no location is returned."""
    if len(doc.sentences) < 2:
        return None
    first_body = next((s for s in doc.sentences if s.start > len(doc.title)), None)
    if first_body is None:
        return None
    for m in mentions:
        if m.first == first_body.first_token and m.kind == "place" and m.country:
            after = doc.tokens[m.last] if m.last < len(doc.tokens) else None
            if after is not None and (after.text in _DATELINE_MARKS or after.kind == "num"):
                m.gov = "dateline"
                desk = _desk_end(doc, m)
                if desk is not None:
                    for x in mentions:
                        if m.first <= x.first < desk:
                            x.gov = "desk"  # دبي، الإمارات العربية المتحدة (CNN): no party, no place
                    return None
                return m
    return None


DESK_REACH = 8  # tokens from the dateline city to the outlet's mark


@lru_cache(maxsize=1)
def _desks() -> dict[str, frozenset[str]]:
    """Outlet mark → its desk cities (data/bureaus.tsv)."""
    out: dict[str, frozenset[str]] = {}
    for row in read_tsv("bureaus.tsv"):
        for mark in multi(row["mark"]):
            out[norm(mark)] = frozenset(norm(c) for c in multi(row["city"]))
    return out


def _desk_end(doc: Document, city: Mention) -> Optional[int]:
    """The token after the outlet's closing mark when the dateline is its desk's (دبي، الإمارات
    العربية المتحدة (CNN)—), else None."""
    tokens = doc.tokens
    for i in range(city.last, min(len(tokens), city.last + DESK_REACH)):
        if tokens[i].text != "(":
            continue
        close = next((j for j in range(i + 1, min(len(tokens), i + 6)) if tokens[j].text == ")"), None)
        if close is None:
            return None
        mark = norm(" ".join(t.text for t in tokens[i + 1:close]))
        cities = _desks().get(mark, frozenset())
        return close + 1 if tokens[city.first].norm in cities else None
    return None
