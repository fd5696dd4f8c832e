"""Entity recognition by gazetteers, role lexicons and title patterns.

Four sources, each recorded in ``Entity.source``:

* ``gazetteer`` — countries, cities, regions, organisations, nationality adjectives;
* ``lexicon`` — roles, titles and group nouns with their sector (وزير الداخلية → GOV);
* ``pattern`` — person names found after a title: TITLE [NATIONALITY] [،] NAME
  (وزير الداخلية الفرنسي، برونو ريتايو);
* ``people`` — famous names with no title before them (ترمب، أفيغدور ليبرمان), from
  ``data/gazetteer/people.tsv``. Other names are what no list holds; a statistical model (a
  later stage) adds the ones that come without a title.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

from ..actors.mentions import PLACE_NOUNS, agent_nouns
from ..doc import Document, Entity, Token
from ..resources import read_tsv
from ..text.matcher import Match, PhraseMatcher
from ..text.normalize import norm
from ..text.tokens import analyses
from ..text.verbs import past_forms, present_forms
from .gazetteer import GazEntry, accepts_reading, entry, phrases
from .people import Person, people_matcher
from .roles import Role, function_words, role_matcher

# Modifiers that may stand between a title and a name (الرئيس الأمريكي السابق باراك أوباما).
_TITLE_MODIFIERS = frozenset(
    "السابق السابقه الاسبق الجديد الجديده الحالي الحاليه المؤقت المكلف المنتدب الراحل "
    "بالنيابه المنتخب المخلوع المستقيل الاول الاولي الدائم التنفيذي المساعد".split()
)
# Name particles that are lower-case-like parts of a name, never its end.
_NAME_PARTICLES = frozenset("بن ابن بنت ابو عبد ال ولد اب ام".split())
_MAX_NAME = 5
# A name word never starts with a preposition or conjunction plus the article (لشؤون الإرهاب
# والاستخبارات): such words continue a title, and the name comes after the next comma.
_NOT_NAME_PREFIXES = ("لل", "بال")
_TITLE_WORDS = frozenset(norm(w) for w in ("شؤون", "لشؤون", "الشؤون", "وشؤون", "مكلف", "المكلف", "لدى", "بالوزارة"))
# Adverbs that follow a title and are never a name (المسؤول الروسي حاليا، الوزير أيضا).
_ADVERBS = frozenset(norm(w) for w in (
    "حاليا", "سابقا", "أيضا", "مجددا", "رسميا", "شخصيا", "فعلا", "مؤخرا", "حينها", "آنذاك", "بدوره", "بدورها",
    "اليوم", "أمس", "غدا", "مساء", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
    "بشدة", "بقوة", "بحدة", "بشكل", "بوضوح", "بصراحة", "بالفعل", "بالقول", "كذلك", "مجددا", "مرة",
))
_TITLE_REACH = 8
_POSSESSIVES = frozenset(norm(w) for w in ("ه", "ها", "هم", "هما"))
_NAME_TAILS = frozenset(norm(w) for w in ("الدين", "الله", "الرحمن", "الرحيم", "الكريم", "العزيز", "الحميد"))  # tokens between a title and a comma that opens the name

# Kinds of gazetteer entries, most specific reading first when one phrase has several.
_LABELS = {"country": "LOC", "city": "LOC", "region": "LOC", "org": "ORG", "nationality": "MISC"}


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    forms: set[str] = set()
    for r in read_tsv("text", "speech_verbs.tsv"):
        forms |= past_forms(r["past"]) | present_forms(r["present"])
    return frozenset(forms)


def _is_speech_verb(token: Token) -> bool:
    verbs = speech_verbs()
    return any(a.stem in verbs for a in analyses(token.norm)[:3])


@lru_cache(maxsize=1)
def gazetteer_matcher() -> PhraseMatcher[tuple[GazEntry, ...]]:
    return PhraseMatcher(phrases(), accept=accepts_reading)


def _gaz_entity(doc: Document, m: Match[tuple[GazEntry, ...]]) -> Entity:
    entry = m.value[0]
    attrs = dict(entry.attrs)
    if len(m.value) > 1:
        attrs["alternatives"] = [e.key for e in m.value[1:]]
    return Entity(m.start, m.end, doc.text[m.start:m.end], entry.label or _LABELS.get(entry.kind, "MISC"),
                  entry.kind, "gazetteer", entry.country, entry.key, list(entry.sector), attrs)


def _person_entity(doc: Document, m: Match[Person]) -> Entity:
    p = m.value
    return Entity(m.start, m.end, doc.text[m.start:m.end], "PERS", "person", "people", p.country, p.code,
                  [p.sector] if p.sector else [])


def _role_entity(doc: Document, m: Match[Role]) -> Entity:
    r = m.value
    attrs = {"head": r.head, "number": r.number, "role_kind": r.kind, "en": r.en}
    if r.portfolio:
        attrs["portfolio"] = r.portfolio
    if m.analysis.suffix:
        attrs["suffix"] = m.analysis.suffix  # نظيره: "his counterpart"
    return Entity(m.start, m.end, doc.text[m.start:m.end], "ROLE", "role", "lexicon",
                  r.country, r.text, [r.sector] if r.sector else [], attrs)


_PLACE_CONTEXT = frozenset(norm(w) for w in (
    "في", "إلى", "الى", "من", "نحو", "قرب", "عند", "داخل", "مدينة", "المدينة", "ولاية", "محافظة", "منطقة",
    "مخيم", "جزيرة", "إقليم", "بلدة", "عاصمة", "العاصمة", "ميناء", "مطار", "حركة", "تنظيم", "جماعة", "قناة",
    "مدينتي", "مدن", "مخيمات", "عبر", "نحو", "باتجاه", "حتى",
))


def _in_context(doc: Document, m: Match, entity: Entity, chosen: list[tuple[Match, Entity]]) -> bool:
    """An ambiguous name (مالي، جدة، حماس، المتوسط) is kept only where the text treats it as a
    name: after a preposition of place or a noun like مدينة/حركة, or next to another place."""
    tokens = doc.tokens
    if m.prefixes and m.prefixes[-1] in ("ب", "ل"):
        return True
    prev = tokens[m.first - 1].norm if m.first > 0 else ""
    if prev in _PLACE_CONTEXT or any(a.stem in _PLACE_CONTEXT for a in analyses(prev)[1:3] if prev):
        return True  # في حماة، بمحافظة حماة
    neighbours = {x.first for x, e in chosen if e.kind in ("country", "city", "region") and e is not entity}
    return (m.first - 2) in {x.last - 1 for x, e in chosen if e.kind in ("country", "city", "region")
                             and e is not entity} or (m.last + 1) in neighbours


def _word_follows(doc: Document, m: Match, entity: Entity) -> bool:
    """Whether the word after an ambiguous name makes it the ordinary word whatever the context
    (ambiguous.tsv's not_before: في مسقط رأسه is "in his birthplace")."""
    words = entity.attrs.get("not_before")
    if not words or m.last >= len(doc.tokens):
        return False
    return any(a.stem in words.split("|") for a in analyses(doc.tokens[m.last].norm)[:3])


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
                is_lexical: Callable[[Token], bool], famous: frozenset[int] | set[int] = frozenset(),
                coordinated: frozenset[int] | set[int] = frozenset()) -> tuple[int, int] | None:
    """Token range of a person name starting at ``j`` or after one comma, or None. Words of a
    famous name (``famous``: people.tsv) never end it, though they may read as verbs (ليبرمان);
    one that starts with و (``coordinated``) does: it is the next person (الملك سلمان وترامب)."""
    apposition = False
    if j < limit and tokens[j].text in ("،", ","):
        apposition = True
        j += 1
    fw = function_words()
    k = j
    while k < limit and k - j < _MAX_NAME:
        t = tokens[k]
        if k > j and t.text in ("-", "‐") and k + 1 < limit and tokens[k - 1].end == t.start \
                and tokens[k + 1].start == t.end and tokens[k + 1].kind == "word":
            k += 1  # جان-إيف لودريان، كيم جونغ-أون: a hyphen inside a name joins its parts
            continue
        if k > j and k in coordinated:
            break  # الملك سلمان وترامب: a famous name after و is the next person
        if k in famous:
            k += 1
            continue
        if t.norm == "علي" and "ى" not in t.text and (k > j or k + 1 < limit and tokens[k + 1].kind == "word"
                                                       and tokens[k + 1].norm not in fw):
            k += 1  # علي (Ali) in a name, not the preposition على
            continue
        if apposition and k > j and t.kind == "word" and is_lexical(t) and k + 1 < limit \
                and tokens[k + 1].text in ("،", ",") and t.norm not in fw and k not in occupied:
            k += 1  # النائب العام المصري، نبيل صادق،: between commas a name's last word, though a verb too
            break
        if any(a.stem in fw for a in analyses(t.norm)[1:3] if set(a.prefixes) <= {"و", "ف"}):
            break  # وعلى، فقد: a conjunction on a function word
        if t.kind not in ("word", "latin") or k in occupied or t.norm in fw or is_lexical(t) \
                or t.norm.startswith(_NOT_NAME_PREFIXES) or t.norm in _TITLE_WORDS or t.norm in PLACE_NOUNS \
                or t.norm in _ADVERBS:
            break
        if k > j and t.norm.startswith("ال") and tokens[k - 1].norm.startswith("ال") \
                and t.norm not in _NAME_TAILS and tokens[k - 1].norm not in _NAME_TAILS:
            break  # العلاقات الثنائية: a noun and its adjective, not a name
        if len(t.norm) > 4 and t.norm[:2] in ("بت", "لت", "تت", "يت"):
            break  # بتطوير، لتعزيز: a preposition and a verbal noun; تتعلق، يتحدث: a verb
        if k > j and len(t.norm) == 6 and t.norm[0] in "بل" and t.norm[1] == "ا" and t.norm[4] == "ا":
            break  # بإيصال، لإجراء: a preposition and a verbal noun of the form إفعال
        if k > j and any(a.prefixes[-1:] in (("ب",), ("ل",)) and a.suffix in _POSSESSIVES and len(a.stem) >= 3
                         for a in analyses(t.norm)):
            break  # هنأ نظيره بوتين بفوزه: a preposition, a noun and its pronoun
        if k > j and "\n" in doc.text[tokens[k - 1].end:t.start]:
            break
        if k > j and _is_speech_verb(t):
            break  # الوزير تارو كونو أبلغ سوه هون: a verb of speech ends the name
        if any(a.prefixes[-1:] == ("ب",) and a.stem in agent_nouns() for a in analyses(t.norm)[1:3]):
            break  # شاب فلسطيني بنيران إسرائيلية: a weapon, not a name
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


_SOME = frozenset(("احد", "احدي"))  # أحد منظمي الوقفة: "one of …" after a name


def _names_before_titles(doc: Document, s, by_first: dict, occupied: set[int],
                         is_lexical: Callable[[Token], bool]) -> list[Entity]:
    """REPORTING-VERB NAME، TITLE: وقال روبرت هالوران، وكيل وزارة الخزانة، إن …"""
    tokens = doc.tokens
    fw = function_words()
    out = []
    for c in range(s.first_token + 1, s.last_token - 1):
        if tokens[c].text not in ("،", ","):
            continue
        nxt = by_first.get(c + 1)
        is_title = nxt is not None and nxt[1].kind == "role" and nxt[1].attrs.get("role_kind") == "person"
        if not is_title and tokens[c + 1].norm not in _SOME:
            continue
        k = c
        while k > s.first_token and c - k < 4:
            t = tokens[k - 1]
            if t.kind != "word" or (k - 1) in occupied or t.norm in fw or is_lexical(t) or _is_speech_verb(t):
                break
            k -= 1
        if k == c or k == s.first_token or not _is_speech_verb(tokens[k - 1]):
            continue
        start, end = tokens[k].start, tokens[c - 1].end
        out.append(Entity(start, end, doc.text[start:end], "PERS", "person", "pattern",
                          attrs={"title": nxt[1].text if is_title else None, "apposition": "after"}))
        occupied |= set(range(k, c))
    return out


def recognize(doc: Document, is_lexical: Callable[[Token], bool] = lambda t: False) -> list[Entity]:
    """Find gazetteer, role and person entities in ``doc`` (sentence by sentence)."""
    gaz = gazetteer_matcher()
    roles = role_matcher()
    tokens = doc.tokens
    out: list[Entity] = []
    seen_keys: set[str] = set()
    for s in doc.sentences:
        found: list[tuple[Match, Entity]] = []
        found += [(m, _gaz_entity(doc, m)) for m in gaz.find_all(tokens, s.first_token, s.last_token)]
        found += [(m, _role_entity(doc, m)) for m in roles.find_all(tokens, s.first_token, s.last_token)]
        chosen = _select(found)
        chosen = [(m, e) for m, e in chosen
                  if "ambiguous" not in e.attrs
                  or not _word_follows(doc, m, e) and (e.key in seen_keys or _in_context(doc, m, e, chosen))]
        seen_keys.update(e.key for _, e in chosen if e.source == "gazetteer")
        occupied = {i for m, _ in chosen for i in range(m.first, m.last)}
        famous = [m for m in people_matcher().find_all(tokens, s.first_token, s.last_token)
                  if not occupied & set(range(m.first, m.last))]
        famous_tokens = {i for m in famous for i in range(m.first, m.last)}
        # a famous name after و (الملك سلمان وترامب) is the next person, never the end of this one
        coordinated = {m.first for m in famous if m.prefixes[:1] == ("و",)}
        by_first = {m.first: (m, e) for m, e in chosen}
        for m, e in chosen:
            if e.attrs.get("role_kind") == "none":
                continue  # الجريمة المنظمة
            out.append(e)
            if e.kind != "role" or e.attrs.get("role_kind") != "person" or e.attrs.get("number") != "sg":
                continue
            j = m.last
            # skip the title's modifiers: nationality, country/org complement, السابق …
            while j < s.last_token:
                nxt = by_first.get(j)
                if nxt and nxt[1].kind in ("nationality", "country", "org"):
                    j = nxt[0].last
                elif tokens[j].norm in _TITLE_MODIFIERS or tokens[j].norm.startswith("ال") \
                        and tokens[j].norm.endswith(("ي", "يه")) and j not in famous_tokens and j + 1 in famous_tokens:
                    j += 1  # نظيره الشمالي كيم جونغ أون: an adjective before a famous name
                else:
                    break
            span = _name_after(doc, tokens, j, s.last_token, occupied, is_lexical, famous_tokens, coordinated)
            if span is None:
                # وكيل وزارة الخزانة لشؤون الإرهاب …، روبرت هالوران، : the title runs on to a comma
                comma = next((c for c in range(j, min(s.last_token, j + _TITLE_REACH))
                              if tokens[c].text in ("،", ",")), None)
                if comma is not None and not any(c in by_first and by_first[c][1].attrs.get("role_kind") == "person"
                                                 for c in range(j, comma)):
                    span = _name_after(doc, tokens, comma, s.last_token, occupied, is_lexical, famous_tokens, coordinated)
                    if span is not None and not (span[1] < s.last_token and tokens[span[1]].text in ("،", ",", ".")):
                        span = None
            if span is None:
                continue
            a, b = span
            start, end = tokens[a].start, tokens[b - 1].end
            out.append(Entity(start, end, doc.text[start:end], "PERS", "person", "pattern",
                              attrs={"title": e.text, "title_at": e.start}))
            occupied |= set(range(a, b))
        out += _names_before_titles(doc, s, by_first, occupied, is_lexical)
        # famous names with no title before them (ترمب، أفيغدور ليبرمان): people.tsv
        out += [_person_entity(doc, m) for m in famous if not occupied & set(range(m.first, m.last))]
    out.sort(key=lambda e: (e.start, -e.end))
    _disambiguate(doc, out)
    return out


def _disambiguate(doc: Document, entities: list[Entity]) -> None:
    """Choose between the readings of an ambiguous name (عمان: Oman or Amman; طرابلس: Libya
    or Lebanon): the reading whose country the article otherwise mentions wins, and a name
    opening a line before a dash or a date (a dateline) is read as a city."""
    mentioned = {e.country for e in entities if e.source == "gazetteer" and e.country
                 and "alternatives" not in e.attrs}
    for e in entities:
        keys = e.attrs.get("alternatives")
        if not keys:
            continue
        options = [x for x in (entry(k) for k in keys) if x is not None]
        line_start = e.start == 0 or doc.text[e.start - 1] == "\n"
        after = doc.text[e.end:e.end + 3].strip()[:1]
        if line_start and (after in "-–—،(" or after.isdigit()):
            options.sort(key=lambda x: x.kind != "city")
        elif e.country in mentioned:
            continue
        better = next((x for x in options if x.country in mentioned or (line_start and x.kind == "city")), None)
        if better is None:
            continue
        e.attrs["alternatives"] = [k for k in keys if k != better.key] + [e.key]
        e.key, e.kind, e.country = better.key, better.kind, better.country
        e.label = better.label or _LABELS.get(better.kind, "MISC")
        e.sector = list(better.sector)
        e.attrs.update(dict(better.attrs))
