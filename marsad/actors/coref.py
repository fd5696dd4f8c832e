"""Light coreference: which mentions are the same actor.

News names a person once with a title and then calls them by surname (ريتايو), by title
(الوزير الفرنسي), or together with another (الوزيرين، الجانبين، البلدين). The rules here
are deliberately simple and explainable:

1. Named persons are one actor per name; a later mention of the name, or of its last
   word, is the same person (:func:`add_name_mentions` finds the untitled ones).
2. An unnamed title (الوزير الفرنسي، وزير الداخلية الفرنسي) is the named person with the
   same role head and a compatible country and portfolio: the nearest one before it, else
   the nearest after it (headlines name people after the title).
3. A dual (الوزيرين، الحكومتين، البلدين، الجانبين) is the two most recent distinct actors of
   that kind; نظيره (his counterpart) with a nationality is the person of that country.
4. Countries, organisations and groups are one actor per (kind, country, sector, head).
"""
from __future__ import annotations

import bisect

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ..doc import Actor, Document, Entity
from ..entities.gazetteer import country_name
from ..resources import read_tsv
from ..text.normalize import norm
from ..text.tokens import analyses
from .mentions import Mention


_PARTICLES = frozenset(norm(w) for w in ("عبد", "بن", "ابن", "أبو", "آل", "ولد", "بنت", "الدين"))
_LEADERS = "الزعيمين"  # the head roles.tsv gives الزعيمان، القائدان (the two leaders)
# Where the family name comes first (سوه هون … سوه، شي جين بينغ … شي): a later mention of the
# first word alone is the same person
_FAMILY_NAME_FIRST = frozenset(("CHN", "KOR", "PRK", "VNM", "TWN", "HKG", "MAC"))


@dataclass
class _Person:
    actor: Actor
    head: Optional[str]
    portfolio: Optional[str]
    name_norm: tuple[str, ...] = ()
    positions: list[int] = field(default_factory=list)


def add_name_mentions(doc: Document) -> list[Entity]:
    """Person entities for untitled repeats of known names (زيارة برونو ريتايو، قال لفتيت)."""
    known = [e for e in doc.entities if e.kind == "person"]
    out = _org_short_forms(doc) + _state_short_forms(doc)
    if not known:
        return out
    # every tail of a known name (حسام الدين عبد الرؤوف → عبد الرؤوف، الرؤوف) points to it
    tails: dict[tuple[str, ...], str] = {}
    for e in known:
        words = tuple(norm(w) for w in e.text.split())
        for k in range(len(words)):
            tail = words[k:]
            if len(tail) == 1 and (len(tail[0]) < 3 or tail[0] in _PARTICLES):
                continue
            tails.setdefault(tail, e.text)
    taken = {(e.start, e.end) for e in doc.entities}
    tokens = doc.tokens
    starts = [t.start for t in tokens]
    covered = {i for e in doc.entities + out
               for i in range(bisect.bisect_left(starts, e.start), bisect.bisect_left(starts, e.end))}
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, text in sorted(tails.items(), key=lambda kv: -len(kv[0])):
        by_first.setdefault(words[0], []).append((words, text))
    i = 0
    while i < len(tokens):
        if i in covered or tokens[i].norm not in by_first:
            i += 1
            continue
        match = None
        for words, text in by_first[tokens[i].norm]:
            n = len(words)
            if tuple(x.norm for x in tokens[i:i + n]) == words:
                match = (i, i + n, text)
                break
        if match is None:
            i += 1
            continue
        a, b, text = match
        start, end = tokens[a].start, tokens[b - 1].end
        if (start, end) not in taken:
            out.append(Entity(start, end, doc.text[start:end], "PERS", "person", "coref",
                              attrs={"same_as": text}))
        i = b
    return out


def _org_short_forms(doc: Document) -> list[Entity]:
    """«البرنامج»، «المفوضية»، «الحركة» after برنامج الأغذية العالمي، المفوضية السامية …:
    the definite head word of an organisation named earlier refers back to it."""
    orgs = [e for e in doc.entities if e.kind == "org" and len(e.text.split()) > 1]
    if not orgs:
        return []
    heads: dict[str, list[Entity]] = {}
    for e in orgs:
        first = norm(e.text.split()[0])
        heads.setdefault(first if first.startswith("ال") else "ال" + first, []).append(e)
    covered = [(e.start, e.end) for e in doc.entities]
    out = []
    for t in doc.tokens:
        cands = heads.get(t.norm) or next((heads[a.stem] for a in analyses(t.norm)[1:3]
                                           if a.stem in heads and not a.suffix), None)
        if not cands or any(a <= t.start < b for a, b in covered):
            continue
        before = [e for e in cands if e.end <= t.start]
        if not before:
            continue
        e = before[-1]
        start = t.end - len(t.text) + (len(t.text) - len(t.text.lstrip("وفبل")) if t.norm not in heads else 0)
        out.append(Entity(start, t.end, doc.text[start:t.end], e.label, "org", "coref", e.country, e.key,
                          list(e.sector), {"same_as": e.text}))
    return out


@lru_cache(maxsize=1)
def _state_pairs() -> dict[str, tuple[str, ...]]:
    return {r["code"]: tuple(r["states"].split("|")) for r in read_tsv("gazetteer", "state_pairs.tsv")}


@lru_cache(maxsize=1)
def _short_forms() -> dict[str, frozenset[str]]:
    return {norm(r["phrase"]): frozenset(r["states"].split("|")) for r in read_tsv("gazetteer", "short_forms.tsv")}


def _state_short_forms(doc: Document) -> list[Entity]:
    """«المملكة» after السعودية، الرياض: a definite common noun that news uses for a state named
    earlier refers back to the latest such state (data/gazetteer/short_forms.tsv)."""
    forms = _short_forms()
    named = [e for e in doc.entities if e.kind in ("country", "nationality", "city") and e.country]
    covered = [(e.start, e.end) for e in doc.entities]
    out = []
    for t in doc.tokens:
        a = next((a for a in analyses(t.norm)[:3] if a.stem in forms and not a.suffix
                  and set(a.prefixes) <= {"و", "ف", "ب", "ل"}), None)
        if a is None or any(x <= t.start < y for x, y in covered):
            continue
        before = [e for e in named if e.end <= t.start and e.country in forms[a.stem]]
        if not before:
            continue
        country = before[-1].country
        start = t.end - len(a.stem)
        out.append(Entity(start, t.end, doc.text[start:t.end], "LOC", "country", "coref", country, country,
                          [], {"same_as": before[-1].text}))
    return out


def _name_words(name: str) -> tuple[str, ...]:
    """A name's normalised words; a surname that took a preposition or و with it (والإطاحة
    بالأسد in a headline) loses it, so that the full name later (بشار الأسد) is the same person."""
    words = [norm(w) for w in name.split()]
    if len(words) == 1 and len(words[0]) > 4 and words[0][0] in "وفبك" and words[0][1:3] == "ال":
        words[0] = words[0][1:]
    return tuple(words)


class ActorRegistry:
    """Assigns actor ids to mentions and keeps the resulting :class:`Actor` list."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.actors: list[Actor] = []
        self._persons: list[_Person] = []
        self._by_key: dict[tuple, Actor] = {}

    # -- creation -----------------------------------------------------------------
    def _new(self, kind: str, text: str, **kw) -> Actor:
        actor = Actor(id=f"A{len(self.actors) + 1}", text=text, kind=kind, **kw)
        self.actors.append(actor)
        return actor

    def keyed(self, key: tuple, kind: str, text: str, **kw) -> Actor:
        actor = self._by_key.get(key)
        if actor is None:
            actor = self._by_key[key] = self._new(kind, text, **kw)
        return actor

    def country_actor(self, code: str, text: str) -> Actor:
        return self.keyed(("country", code), "country", text, country=code)

    # -- persons --------------------------------------------------------------------
    def _named(self, m: Mention) -> _Person:
        words = _name_words(m.name or "")
        for p in self._persons:
            if p.name_norm and (p.name_norm == words or p.name_norm[-1:] == words[-1:]
                                or len(words) == 1 and p.name_norm[:1] == words
                                and p.actor.country in _FAMILY_NAME_FIRST):
                self._enrich(p, m)
                return p
        actor = self._new("person", m.text(self.doc), name=m.name, country=m.country,
                          sector=list(m.sector), role=m.role)
        p = _Person(actor, m.head, m.portfolio, words)
        self._persons.append(p)
        return p

    def _enrich(self, p: _Person, m: Mention) -> None:
        a = p.actor
        if m.role and not a.role:
            a.role, p.head, p.portfolio = m.role, m.head, m.portfolio
            a.text = m.text(self.doc)
        if m.country and not a.country:
            a.country = m.country
        for s in m.sector:
            if s not in a.sector:
                a.sector.append(s)

    def _last_two_people(self, pos: int) -> list[Actor]:
        """The two named persons mentioned last before ``pos``, of two countries when known: who
        «the two leaders» are (a place named between them, سنغافورة, is no leader)."""
        named = sorted((p for p in self._persons if p.name_norm and any(x <= pos for x in p.positions)),
                       key=lambda p: -max(x for x in p.positions if x <= pos))
        chosen: list[_Person] = []
        for p in named:
            if not chosen or p.actor.country is None or p.actor.country != chosen[0].actor.country:
                chosen.append(p)
            if len(chosen) == 2:
                return [p.actor for p in reversed(chosen)]
        return []

    def _compatible(self, p: _Person, m: Mention) -> bool:
        if p.head != m.head and not (m.counterpart and p.head):
            return False
        if m.country and p.actor.country and m.country != p.actor.country:
            return False
        if m.portfolio and p.portfolio and m.portfolio.split()[0] != p.portfolio.split()[0]:
            return False  # وزير الخارجية is the same office as وزير الخارجية وشؤون المغتربين
        return True

    def _counterpart_role(self, m: Mention, mentions: list[Mention]) -> None:
        """نظيره التونسي محمد علي الزواري: a named counterpart holds the role of the person
        named before him in the sentence (a minister's counterpart is a minister)."""
        s = self.doc.sentence_of(m.start)
        other = next((x for x in reversed(mentions) if x.kind == "person" and x.first < m.first
                      and x.head and not x.counterpart and (s is None or x.start >= s.start)), None)
        if other is not None:
            m.head, m.portfolio = other.head, other.portfolio
            m.role = other.role
            if not m.sector or m.sector == ["GOV"]:
                m.sector = list(other.sector) or m.sector

    def _unnamed_person(self, m: Mention, pos: int, sentence_people: list[_Person]) -> list[Actor]:
        other = None
        if m.counterpart:
            # نظيره الإسباني: same role as the other party in the sentence, the given country
            other = next((p for p in reversed(sentence_people) if p.actor.country != m.country), None)
            if other is not None:
                m.head, m.portfolio = other.head, other.portfolio
                if m.role and other.actor.role:
                    m.role = other.actor.role
                if not m.sector:
                    m.sector = list(other.actor.sector)
        if m.number == "du" and m.head == _LEADERS:
            # الزعيمان، القائدان: the last two named persons, of two countries when known
            return self._last_two_people(pos)
        candidates = [p for p in self._persons if p.name_norm and p is not other and self._compatible(p, m)]
        if m.number == "du":
            chosen = sorted(candidates, key=lambda p: -max((x for x in p.positions if x <= pos), default=-1))[:2]
            if len(chosen) == 2:
                return [p.actor for p in chosen]
            return []
        before = [p for p in candidates if any(x <= pos for x in p.positions)]
        after = [p for p in candidates if p not in before]
        if before:
            best = max(before, key=lambda p: max(x for x in p.positions if x <= pos))
        elif len(after) >= 1:
            best = min(after, key=lambda p: min(p.positions))
        else:
            key = ("person", m.head, m.portfolio, m.country)
            return [self.keyed(key, "person", m.text(self.doc), country=m.country,
                               sector=list(m.sector), role=m.role)]
        self._enrich(best, m)
        best.positions.append(pos)
        return [best.actor]

    def _affiliated(self, e: Entity, before: list[Mention], actors: dict[str, Actor]) -> Optional[Actor]:
        """The actor of a body named inside a title: an organisation by its key, a body
        (الوزارة) by its role head: the last one named before, with a country."""
        if e.kind == "org":
            return next((a for k, a in self._by_key.items() if k[0] == "org" and k[1] == e.key), None)
        head = e.attrs.get("head")
        for x in reversed(before):
            if x.head == head and x.kind in ("body", "group") and x.actor_ids:
                a = actors[x.actor_ids[0]]
                if a.country:
                    return a
        return None

    def _ministries(self, mentions: list[Mention], actors: dict[str, Actor]) -> None:
        """وكيل وزارة الخزانة with no country belongs to the وزارة الخزانة الأمريكية named
        elsewhere in the article: a title's ministry gives its country."""
        ministries = {}
        for m in mentions:
            if m.kind == "body" and m.portfolio and m.actor_ids:
                a = actors[m.actor_ids[0]]
                if a.country:
                    ministries.setdefault(m.portfolio.split()[0], a.country)
        for m in mentions:
            if m.kind == "person" and m.portfolio and m.actor_ids:
                a = actors[m.actor_ids[0]]
                if a.country is None:
                    a.country = ministries.get(m.portfolio.split()[0])

    # -- main -------------------------------------------------------------------------
    def resolve(self, mentions: list[Mention]) -> list[Actor]:
        # pass 1: named persons, so that titles can refer forwards (headlines) as well as back
        for m in mentions:
            if m.kind == "person" and m.name:
                if m.counterpart:
                    self._counterpart_role(m, mentions)
                p = self._named(m)
                p.positions.append(m.first)
                m.actor_ids = [p.actor.id]
        sentence_starts = [s.first_token for s in self.doc.sentences]
        sentence_of = {id(m): bisect.bisect_right(sentence_starts, m.first) - 1 for m in mentions}
        persons_by_actor = {p.actor.id: p for p in self._persons}
        recent_countries: list[str] = []
        recent_parties: list[tuple[str, Optional[str]]] = []
        by_id = {a.id: a for a in self.actors}
        for m in mentions:
            if m.actor_ids:
                recent_parties += [(aid, by_id[aid].country) for aid in m.actor_ids if aid in by_id]
                continue
            if m.kind == "person":
                here = sentence_of[id(m)]
                same_sentence = [persons_by_actor[x.actor_ids[0]] for x in mentions
                                 if x.first < m.first and sentence_of[id(x)] == here and x.kind == "person"
                                 and x.actor_ids and x.actor_ids[0] in persons_by_actor]
                m.actor_ids = [a.id for a in self._unnamed_person(m, m.first, same_sentence)]
            elif m.kind == "country" and m.country:
                m.actor_ids = [self.country_actor(m.country, m.text(self.doc)).id]
                recent_countries.append(m.country)
            elif m.kind == "org":
                key = ("org", m.key or (m.name and norm(m.name)), m.country)
                m.actor_ids = [self.keyed(key, "org", m.text(self.doc), name=m.name, country=m.country,
                                          sector=list(m.sector)).id]
            elif m.kind in ("body", "group"):
                if m.joint and m.country is None:
                    # لجنة متابعة مشتركة: a joint body stands for both parties
                    pair = _last_two(recent_countries)
                    if len(pair) == 2:
                        m.actor_ids = [self.keyed(("body", m.head, tuple(m.sector), c), "group", m.text(self.doc),
                                                  country=c, sector=list(m.sector)).id for c in pair]
                        continue
                if m.number == "du" and m.head is None and m.country in _state_pairs():
                    # الكوريتان: the two Koreas (data/gazetteer/state_pairs.tsv)
                    m.actor_ids = [self.country_actor(c, country_name(c) or c).id for c in _state_pairs()[m.country]]
                    continue
                if m.number == "du" and m.head == "الجانبين":
                    # الجانبين، الطرفين: the last two parties named, of two countries if known
                    m.actor_ids = two_parties(recent_parties)
                    continue
                if m.number == "du" and m.head in ("البلدين", "حكومة", "وزارة"):
                    pair = _last_two(recent_countries)
                    if len(pair) == 2:
                        if m.head == "البلدين":
                            m.actor_ids = [self.country_actor(c, country_name(c) or c).id for c in pair]
                        else:
                            m.actor_ids = [self.keyed(("body", m.head, tuple(m.sector), c), "group",
                                                      m.text(self.doc), country=c, sector=list(m.sector)).id
                                           for c in pair]
                    continue
                key = (m.kind, m.head, tuple(m.sector), m.country)
                if m.country is None:
                    # الصيادين after ٣٢ صيادا مصريا: the same group, whose country is known
                    key = next((k for k in reversed(self._by_key) if k[:3] == key[:3] and k[0] in ("body", "group")),
                               key)
                m.actor_ids = [self.keyed(key, m.kind, m.text(self.doc), country=m.country,
                                          sector=list(m.sector), role=m.role).id]
            if m.country and m.kind != "place":
                recent_countries.append(m.country)
            by_id.update({a.id: a for a in self.actors[len(by_id):]})
            recent_parties += [(aid, by_id[aid].country) for aid in m.actor_ids if aid in by_id
                               and m.number != "du"]
        actors = {a.id: a for a in self.actors}
        for m in mentions:
            if m.affiliation is None or not m.actor_ids:
                continue
            body = self._affiliated(m.affiliation, [x for x in mentions if x.end <= m.start], actors)
            if body is None:
                continue
            person = actors[m.actor_ids[0]]
            person.country = person.country or body.country
            if not person.sector or person.sector == ["GOV"] and body.sector and body.sector != ["GOV"]:
                person.sector = list(body.sector)
        self._ministries(mentions, actors)
        for a in self.actors:
            a.mentions = []
        by_id = {a.id: a for a in self.actors}
        for m in mentions:
            for aid in m.actor_ids:
                by_id[aid].mentions.append((m.start, m.end))
        return self.actors


def two_parties(parties: list[tuple[str, Optional[str]]]) -> list[str]:
    """The last two distinct parties, preferring two different countries."""
    if not parties:
        return []
    first_id, first_country = parties[-1]
    for aid, country in reversed(parties[:-1]):
        if aid != first_id and (country is None or first_country is None or country != first_country):
            return [aid, first_id]
    return []


def _last_two(codes: list[str]) -> list[str]:
    out: list[str] = []
    for c in reversed(codes):
        if c not in out:
            out.append(c)
        if len(out) == 2:
            break
    return list(reversed(out))
