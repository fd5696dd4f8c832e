"""Entities from the trained NER model (marsad.ner), merged with the rule-based ones.

Gazetteers, role lexicons and title patterns know their names precisely and carry codes
(country, sector); the CRF model finds the names they do not know — people quoted without a
title, small towns, new organisations. So the model only adds entities where the rules found
nothing: on any overlap the rule-based entity wins. Each entity keeps ``source="model"``.
"""
from __future__ import annotations

from ..doc import Document, Entity
from ..ner.model import spans, tag_sentences

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
            out.append(Entity(start, end, doc.text[start:end], label, _KINDS[label], "model"))
    return out


def _without_conjunction(start: int, word: str, seen: set[str]) -> int:
    """ANERcorp tags words with their clitics (والمغرب); an entity's text starts after a
    conjunction و/ف that is followed by the article (وال…), which no name begins with, or
    when the word without it stands alone elsewhere in the document (وعشماوي after عشماوي:
    names like وليد keep their و)."""
    if len(word) > 4 and word[0] in "وف" and (word[1:3] == "ال" or word[1:] in seen):
        return start + 1
    return start
