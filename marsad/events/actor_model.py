"""A learned chooser of the doer when the argument rules find none.

The rules drop an act whose doer they cannot find (وحذر الكرملين … is found; ودعا الجميع إلى …
with its subject two sentences back is not). On the team's tuning gold, such triggers are
the largest share of the missed events. This model scores each party of the sentence, and the
previous sentence's subject, as the doer, from where it stands (before or after the trigger,
how far, behind which preposition, whether it opens the sentence), what it is (person, body,
country; its sector) and the trigger's type and form; the best one is taken when its score
reaches the model's threshold (``actor_rule: learned``).

The weights are a logistic regression trained on the gold set's tuning batches by
``eval/train_actor_model.py`` and stored in ``data/events/actor_model.json`` with the batches it
was trained on, the threshold and the scores it reached; scoring is plain Python, so nothing
but the standard library runs at analysis time.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from typing import Any, Callable, Optional

from ..resources import data_path
from .arguments import Arguments, Group
from .lexicon import TriggerForm

MODEL_FILE = ("events", "actor_model.json")
_COMMAS = ("،", ",")
_HOMED = ("body", "group", "person")  # kinds the coder gives the home country when none is stated


def _bucket(d: int) -> str:
    d = abs(d)
    return "0-1" if d <= 1 else "2-3" if d <= 3 else "4-6" if d <= 6 else "7-12" if d <= 12 else "13+"


def candidates(doc, s, si: int, t0: int, t1: int, form: TriggerForm, args: Arguments, groups: list[Group],
               last_speaker: Optional[Group], home: Optional[str] = None
               ) -> list[tuple[Group, dict[str, float], frozenset]]:
    """The parties that could be the doer of the trigger at tokens ``t0:t1`` of sentence ``s``,
    each with its features and the countries it would be coded with: the sentence's parties
    (not the recipient, not a place unless a capital) and the previous sentence's subject. A
    body, group or person of no stated country stands for ``home`` (the country the article is
    about, else a national outlet's), as the coder will code it (للحرس الوطني in a Tunisian
    radio's local news); with no home, it is left out: it could not be told apart from an
    unattributed act."""
    T = form.row.event_type
    pool = [(g, False) for g in groups if s.first_token <= g.first < s.last_token and g is not args.recipient
            and not (g.is_place and not g.is_capital)]
    if last_speaker is not None:
        pool.append((last_speaker, True))
    before = sorted((g for g, prev in pool if not prev and g.last <= t0), key=lambda g: t0 - g.last)
    out = []
    for g, prev in pool:
        countries = frozenset(x.country for x in g.members)
        homeless = countries == {None}
        if homeless:
            if home is None or not all(x.kind in _HOMED and not (x.kind == "group" and set(x.sector) <= {"CVL"})
                                       for x in g.members):
                continue
            countries = frozenset((home,))
        first = g.members[0]
        f: dict[str, float] = {"T=" + T: 1, "row=" + form.row.id: 1, "pos=" + form.pos: 1,
                               f"T_pos={T}_{form.pos}": 1}
        if prev:
            f["last_speaker"] = 1
            f[f"T_ls={T}"] = 1
        else:
            side = "b" if g.last <= t0 else "a"
            dist = t0 - g.last if side == "b" else g.first - t1
            rank = min(before.index(g), 3) if side == "b" else 9
            f.update({"side=" + side: 1, f"T_side={T}_{side}": 1, "dist=" + _bucket(dist): 1,
                      f"rank={rank}": 1, f"T_rank={T}_{min(rank, 2)}": 1, "gov=" + str(g.gov): 1,
                      f"side_gov={side}_{g.gov}": 1, "opens": int(g.first <= s.first_token + 1),
                      "comma_between": int(any(t.text in _COMMAS
                                               for t in doc.tokens[min(g.last, t0):max(g.first, t1)]))})
        if homeless:
            f["homeless"] = 1
            f[f"T_homeless={T}"] = 1
        f["kind=" + str(first.kind)] = 1
        f[f"T_kind={T}_{first.kind}"] = 1
        for sector in first.sector[:2]:
            f["sec=" + sector] = 1
            f[f"T_sec={T}_{sector}"] = 1
        f["rec_found"] = int(args.recipient is not None)
        if args.recipient is not None:
            theirs = {x.country for x in args.recipient.members} - {None}
            f["same_as_rec"] = int(bool(countries & theirs))
        f["si"] = min(si, 15) / 15
        out.append((g, f, countries))
    if any("homeless" not in f for _, f, _ in out):
        # a party of a stated country outranks one of none: let the home country stand in only
        # where no other party could be the doer (five-fold on batches 1-22: competing, the
        # stand-ins won 38 right doers for 69 false alarms; held out 3 for 22)
        out = [c for c in out if "homeless" not in c[1]]
    return out


def read_model(*path: str) -> dict[str, Any]:
    """A learned model's file under ``data/``: ``weights`` (feature → weight), ``intercept``,
    ``threshold``, and how it was trained and scored."""
    with open(data_path(*path), encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def load() -> dict[str, Any]:
    return read_model(*MODEL_FILE)


def probability(features: dict[str, float], model: Optional[dict[str, Any]] = None) -> float:
    model = model or load()
    w = model["weights"]
    z = model["intercept"] + sum(w.get(k, 0.0) * v for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


# Set by eval/train_actor_model.py to collect the candidates the rules leave, instead of choosing:
# called with the document, the trigger's first token, its form and the candidates.
collector: Optional[Callable[[Any, int, TriggerForm, list[tuple[Group, dict[str, float], frozenset]]], None]] = None


def choose(doc, s, si: int, t0: int, t1: int, form: TriggerForm, args: Arguments, groups: list[Group],
           last_speaker: Optional[Group], home: Optional[str] = None) -> Optional[Group]:
    """The likeliest doer, if its probability reaches the model's threshold."""
    cands = candidates(doc, s, si, t0, t1, form, args, groups, last_speaker, home)
    if collector is not None:
        collector(doc, t0, form, cands)
        return None
    if not cands:
        return None
    model = load()
    p, g = max(((probability(f, model), g) for g, f, _ in cands), key=lambda x: x[0])
    return g if p >= model["threshold"] else None
