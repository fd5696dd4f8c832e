"""PLOVER contexts by lexicon (data/topics/contexts.tsv), per sentence and per article.

Contexts say *why* an event matters (a meeting about migration vs one about trade). PLOVER
expects them at paragraph or document level; marsad gives both: each event carries the
contexts of its own sentences (plus what its trigger implies), and the article carries every
context its text signals, strongest first.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ..doc import Document, Sentence
from ..resources import multi, read_tsv
from ..text.matcher import PhraseMatcher
from ..text.tokens import tokenize


@lru_cache(maxsize=1)
def context_matcher() -> PhraseMatcher[tuple[str, ...]]:
    table: dict[tuple[str, ...], list[str]] = {}
    for row in read_tsv("topics", "contexts.tsv"):
        for kw in multi(row["keywords"]):
            key = tuple(t.norm for t in tokenize(kw))
            if row["context"] not in table.setdefault(key, []):
                table[key].append(row["context"])
    return PhraseMatcher({k: tuple(v) for k, v in table.items()})


def sentence_contexts(doc: Document, s: Sentence) -> Counter[str]:
    counts: Counter[str] = Counter()
    for m in context_matcher().find_all(doc.tokens, s.first_token, s.last_token):
        counts.update(m.value)
    return counts


def document_contexts(doc: Document, per_sentence: list[Counter[str]]) -> list[str]:
    """All contexts signalled in the article, by weight (a hit in the title counts double)."""
    total: Counter[str] = Counter()
    title_end = len(doc.title)
    for s, counts in zip(doc.sentences, per_sentence):
        weight = 2 if s.start < title_end else 1
        for c, n in counts.items():
            total[c] += n * weight
    return [c for c, _ in sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))]
