"""Entities from the trained NER model (marsad.ner), merged with the rule-based ones.

Gazetteers, role lexicons and title patterns know their names precisely and carry codes
(country, sector); the CRF model finds the names they do not know — people quoted without a
title, small towns, new organisations. So the model only adds entities where the rules found
nothing: on any overlap the rule-based entity wins. Each entity keeps ``source="model"``.

A name the gazetteer knows but leaves to context because it is also a word (حماس
"enthusiasm", دوما "always") is resolved by the model: tagged ORG or LOC as a whole, it takes
the gazetteer's codes (اتهم عباس حركة "حماس": Hamas, Palestinian).
"""
from __future__ import annotations

from ..doc import Document, Entity
from ..ner.model import spans, tag_sentences
from ..text.tokens import analyses
from .gazetteer import GazEntry, accepts_reading, phrase_key, phrases

_KINDS = {"PERS": "person", "LOC": "location", "ORG": "org", "MISC": "misc"}


def model_entities(doc: Document, existing: list[Entity]) -> list[Entity]:
    tokens = doc.tokens
    occupied: set[int] = set()
    starts = {t.start: t.i for t in tokens}
    ends = {t.end: t.i for t in tokens}
    for e in existing:
        a = starts.get(e.start)
        if a is None:  # an entity cut after a clitic starts inside its token
            a = next(t.i for t in tokens if t.start <= e.start < t.end)
        b = ends.get(e.end, a)
        occupied.update(range(a, b + 1))
    sentences = [s for s in doc.sentences if s.last_token > s.first_token]
    tags = tag_sentences([[t.text for t in tokens[s.first_token:s.last_token]] for s in sentences])
    seen = {t.text for t in tokens}
    out: list[Entity] = []
    for s, sentence_tags in zip(sentences, tags):
        words = [t.text for t in tokens[s.first_token:s.last_token]]
        for a, b, label in spans(words, sentence_tags):
            first, last = s.first_token + a, s.first_token + b
            if occupied.intersection(range(first, last)) or label not in _KINDS:
                continue
            start = _without_conjunction(tokens[first].start, tokens[first].text, seen)
            end = tokens[last - 1].end
            text = doc.text[start:end]
            known = _known(text, label)
            if known is None:
                out.append(Entity(start, end, text, label, _KINDS[label], "model"))
            else:
                out.append(Entity(start, end, text, label, known.kind, "model", known.country, known.key,
                                  list(known.sector), {k: v for k, v in known.attrs if k not in ("ambiguous", "not_before")}))
    return out


def _known(text: str, label: str) -> GazEntry | None:
    """The gazetteer entry of that label the span names, its first word read through the
    proclitics the gazetteer itself accepts (لحماس، بدوما)."""
    key = phrase_key(text)
    for a in analyses(key[0]) if key else ():
        if accepts_reading(a):
            entry = next((e for e in phrases().get((a.stem,) + key[1:], ())
                          if e.label == label and e.kind != "nationality"), None)
            if entry is not None:
                return entry
    return None


def _without_conjunction(start: int, word: str, seen: set[str]) -> int:
    """ANERcorp tags words with their clitics (والمغرب); an entity's text starts after a
    conjunction و/ف that is followed by the article (وال…), which no name begins with, or
    when the word without it stands alone elsewhere in the document (وعشماوي after عشماوي:
    names like وليد keep their و)."""
    if len(word) > 4 and word[0] in "وف" and (word[1:3] == "ال" or word[1:] in seen):
        return start + 1
    return start
