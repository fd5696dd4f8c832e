"""Entity recognition by gazetteers, role lexicons and title patterns.

Three sources, each recorded in ``Entity.source``:

* ``gazetteer`` — countries, cities, regions, organisations, nationality adjectives;
* ``lexicon`` — roles, titles and group nouns with their sector (وزير الداخلية → GOV);
* ``pattern`` — person names found after a title: TITLE [NATIONALITY] [،] NAME
  (وزير الداخلية الفرنسي، برونو ريتايو). Names are what gazetteers cannot list; a
  statistical model (a later stage) adds the names that come without a title.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

from ..doc import Document, Entity, Token
from ..text.matcher import Match, PhraseMatcher
from .gazetteer import GazEntry, phrases
from .roles import Role, function_words, role_matcher

# Modifiers that may stand between a title and a name (الرئيس الأمريكي السابق باراك أوباما).
_TITLE_MODIFIERS = frozenset(
    "السابق السابقه الاسبق الجديد الجديده الحالي الحاليه المؤقت المكلف المنتدب الراحل "
    "بالنيابه المنتخب المخلوع المستقيل الاول الاولي الدائم التنفيذي المساعد".split()
)
# Name particles that are lower-case-like parts of a name, never its end.
_NAME_PARTICLES = frozenset("بن ابن بنت ابو عبد ال ولد اب ام".split())
_MAX_NAME = 5

# Kinds of gazetteer entries, most specific reading first when one phrase has several.
_LABELS = {"country": "LOC", "city": "LOC", "region": "LOC", "org": "ORG", "nationality": "MISC"}


@lru_cache(maxsize=1)
def gazetteer_matcher() -> PhraseMatcher[tuple[GazEntry, ...]]:
    return PhraseMatcher(phrases())


def _gaz_entity(doc: Document, m: Match[tuple[GazEntry, ...]]) -> Entity:
    entry = m.value[0]
    attrs = dict(entry.attrs)
    if len(m.value) > 1:
        attrs["alternatives"] = [e.key for e in m.value[1:]]
    return Entity(m.start, m.end, doc.text[m.start:m.end], entry.label or _LABELS.get(entry.kind, "MISC"),
                  entry.kind, "gazetteer", entry.country, entry.key, list(entry.sector), attrs)


def _role_entity(doc: Document, m: Match[Role]) -> Entity:
    r = m.value
    attrs = {"head": r.head, "number": r.number, "role_kind": r.kind, "en": r.en}
    if r.portfolio:
        attrs["portfolio"] = r.portfolio
    if m.analysis.suffix:
        attrs["suffix"] = m.analysis.suffix  # نظيره: "his counterpart"
    return Entity(m.start, m.end, doc.text[m.start:m.end], "ROLE", "role", "lexicon",
                  r.country, r.text, [r.sector] if r.sector else [], attrs)


def _select(matches: list[tuple[Match, Entity]]) -> list[tuple[Match, Entity]]:
    """Non-overlapping matches: longer spans first, gazetteer before lexicon on ties."""
    ranked = sorted(matches, key=lambda me: (-(me[0].last - me[0].first), me[1].source != "gazetteer", me[0].first))
    taken: set[int] = set()
    chosen = []
    for m, e in ranked:
        span = set(range(m.first, m.last))
        if span & taken:
            continue
        taken |= span
        chosen.append((m, e))
    return sorted(chosen, key=lambda me: me[0].first)


def _name_after(doc: Document, tokens: list[Token], j: int, limit: int, occupied: set[int],
                is_lexical: Callable[[Token], bool]) -> tuple[int, int] | None:
    """Token range of a person name starting at ``j`` or after one comma, or None."""
    apposition = False
    if j < limit and tokens[j].text in ("،", ","):
        apposition = True
        j += 1
    fw = function_words()
    k = j
    while k < limit and k - j < _MAX_NAME:
        t = tokens[k]
        if t.kind not in ("word", "latin") or k in occupied or t.norm in fw or is_lexical(t):
            break
        if k > j and "\n" in doc.text[tokens[k - 1].end:t.start]:
            break
        k += 1
    while k > j and tokens[k - 1].norm in _NAME_PARTICLES:
        k -= 1
    if k == j:
        return None
    first = tokens[j]
    if first.norm.startswith("ال") and not apposition and k - j == 1:
        return None  # الرئيس الفرنسي الجديد: an adjective, not a name
    if apposition and (k >= limit or tokens[k].text not in ("،", ",", ".", ")", "-", "(")):
        # an apposition name is closed by punctuation; otherwise the comma was a clause break
        if k - j > 3:
            return None
    return j, k


def recognize(doc: Document, is_lexical: Callable[[Token], bool] = lambda t: False) -> list[Entity]:
    """Find gazetteer, role and person entities in ``doc`` (sentence by sentence)."""
    gaz = gazetteer_matcher()
    roles = role_matcher()
    tokens = doc.tokens
    out: list[Entity] = []
    for s in doc.sentences:
        found: list[tuple[Match, Entity]] = []
        found += [(m, _gaz_entity(doc, m)) for m in gaz.find_all(tokens, s.first_token, s.last_token)]
        found += [(m, _role_entity(doc, m)) for m in roles.find_all(tokens, s.first_token, s.last_token)]
        chosen = _select(found)
        occupied = {i for m, _ in chosen for i in range(m.first, m.last)}
        by_first = {m.first: (m, e) for m, e in chosen}
        for m, e in chosen:
            out.append(e)
            if e.kind != "role" or e.attrs.get("role_kind") != "person" or e.attrs.get("number") != "sg":
                continue
            j = m.last
            # skip the title's modifiers: nationality, country/org complement, السابق …
            while j < s.last_token:
                nxt = by_first.get(j)
                if nxt and nxt[1].kind in ("nationality", "country", "org"):
                    j = nxt[0].last
                elif tokens[j].norm in _TITLE_MODIFIERS:
                    j += 1
                else:
                    break
            span = _name_after(doc, tokens, j, s.last_token, occupied, is_lexical)
            if span is None:
                continue
            a, b = span
            start, end = tokens[a].start, tokens[b - 1].end
            out.append(Entity(start, end, doc.text[start:end], "PERS", "person", "pattern",
                              attrs={"title": e.text}))
            occupied |= set(range(a, b))
    out.sort(key=lambda e: (e.start, -e.end))
    return out
