"""A learned chooser of whom an act was done to, when the rules found no one.

Some acts are coded only with a recipient (data/events/dyadic_types.txt: an attack, an arrest,
an accusation, a call); when the argument rules find none, the event used to be kept out of the
count (``suppressed``: «no recipient found»). On the team's tuning gold, a third of those are a
gold event's type and doer whose recipient the text leaves to the reader: the country the
article is about (ضربة إسرائيلية in an article on Syria), the doer's own people (طالب سكان القرية
بالتدخل), or a country the sentence names. This model scores those countries — the doer's own,
the article's three most named others, and every country the event's sentence names — from
what each is (own, article rank, named in the sentence, its share of the article's mentions)
and the event's type; the best one is taken when its score reaches the model's threshold
(``recipient_rule: learned``, the record's ``country_from: learned``). Since round 27 it also
names whom a denial or refusal read without one answers (نفت موسكو ضلوعها في الهجوم): REJECT is
no type coded only with a recipient, so such a denial is kept either way, but the gold set
addresses most of them, to the doer's own country or one the article is about.

The weights are a logistic regression trained on the gold set's tuning batches by
``eval/train_recipient_model.py`` and stored in ``data/events/recipient_model.json``; scoring is
plain Python (the doer chooser's, :func:`marsad.events.actor_model.probability`).
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Any, Callable, Optional

from ..doc import Event
from .actor_model import probability, read_model

MODEL_FILE = ("events", "recipient_model.json")
ARTICLE_RANKS = 3  # the article's most named countries (other than the doer's) that are candidates


def candidates(e: Event, sentence_counts: Counter, article_counts: Counter) -> list[tuple[str, dict[str, float]]]:
    """The countries the event could have been done to, each with its features. ``sentence_counts``
    and ``article_counts``: how often each country is named in the event's sentence and in the
    article."""
    mine = {r["country"] for r in e.actor}
    pool: dict[str, str] = {}
    if len(mine) == 1 and None not in mine:
        pool[next(iter(mine))] = "self"
    others = [c for c, _ in article_counts.most_common() if c not in mine][:ARTICLE_RANKS]
    for rank, c in enumerate(others, start=1):
        pool.setdefault(c, f"top{rank}")
    for c in sentence_counts:
        pool.setdefault(c, "sentence")
    T = e.event_type
    total = sum(article_counts.values()) or 1
    out = []
    for c, kind in pool.items():
        named = int(sentence_counts.get(c, 0) > 0)
        out.append((c, {"kind=" + kind: 1, "T=" + T: 1, f"T_kind={T}_{kind}": 1, "in_sentence": named,
                        f"T_in_sentence={T}_{named}": 1, f"kind_in_sentence={kind}_{named}": 1,
                        "share": article_counts.get(c, 0) / total,
                        "sentence_countries": min(len(sentence_counts), 4) / 4,
                        "title": int(e.evidence.start == 0)}))
    return out


@lru_cache(maxsize=1)
def load() -> dict[str, Any]:
    return read_model(*MODEL_FILE)


# Set by eval/train_recipient_model.py to collect the candidates instead of choosing: called with
# the event and its candidates.
collector: Optional[Callable[[Event, list[tuple[str, dict[str, float]]]], None]] = None


def choose(e: Event, sentence_counts: Counter, article_counts: Counter) -> Optional[str]:
    """The likeliest recipient country, if its probability reaches the model's threshold."""
    cands = candidates(e, sentence_counts, article_counts)
    if collector is not None:
        collector(e, cands)
        return None
    if not cands:
        return None
    model = load()
    p, code = max(((probability(f, model), c) for c, f in cands), key=lambda x: x[0])
    return code if p >= model["threshold"] else None
