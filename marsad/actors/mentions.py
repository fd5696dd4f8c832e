"""Actor mentions: entities grouped into the noun phrases that can do or undergo things.

An Arabic actor phrase is a head (a title, a body, a group noun, a country, an organisation)
followed by its modifiers: a nationality adjective (الشرطة الإسبانية), a country or an
organisation in construct or with ل (وزير خارجية المغرب، الأمين العام للأمم المتحدة),
and for persons a name, directly or after a comma (وزير الداخلية الفرنسي، برونو ريتايو).
Each mention also records what governs it — a preposition or a clitic (إلى، مع، ب، ل …)
— and whether it is coordinated (و) with the one before: that is what event coding reads.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ..doc import Document, Entity, Token
from ..entities.people import lookup as lookup_person
from ..entities.roles import function_words
from ..resources import read_list
from ..text.normalize import norm
from ..text.tokens import analyses

PREPOSITIONS = frozenset(norm(p) for p in (
    "إلى", "الى", "مع", "على", "ضد", "عن", "من", "في", "بين", "لدى", "أمام", "حول", "نحو", "صوب", "عبر",
    "تجاه", "بحق", "إزاء", "لصالح", "بشأن", "قرب", "داخل", "خارج", "عند", "مثل", "برفقة", "رفقة", "بحضور",
    "قبالة", "أنحاء", "شمال", "جنوب", "شرق", "غرب", "وسط",
    "يد", "أيدي", "قبل", "جانب", "طرف",
))
# Words that open a complement clause (قال إن، أكد أن): what follows is its own clause.
COMPLEMENTIZERS = frozenset(norm(w) for w in ("أن", "إن", "بأن", "وأن", "وإن", "لأن", "كون"))
# Nouns that introduce a place name (إلى العاصمة المغربية الرباط): skipped when looking for
# the preposition that governs the place.
PLACE_NOUNS = frozenset(norm(p) for p in (
    "العاصمة", "عاصمة", "مدينة", "المدينة", "منطقة", "المنطقة", "ولاية", "محافظة", "إقليم", "بلدة",
    "قرية", "مخيم", "ميناء", "مطار", "جزيرة", "حي", "مدينتي", "مدينتا", "مدن", "مخيمات", "قرى", "بلدات",
    "محافظات", "ولايات", "مناطق", "موانئ", "منفذ", "منطقتي", "شمال", "جنوب", "شرق", "غرب", "وسط", "ضواحي",
    "شمالي", "جنوبي", "شرقي", "غربي", "سواحل", "ساحل", "سواحل", "مياه", "حدود", "الحدود", "معبر",
))
_DIRECTIONS = frozenset(norm(p) for p in ("شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"))
_IN = norm("في")
NUMBER_WORDS = frozenset(norm(w) for w in (
    "أكثر", "أقل", "قرابة", "زهاء", "اثنين", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "ثلاث", "أربع",
    "خمس", "ست", "سبع", "ثماني", "تسع", "عشر", "عشرات", "مئات", "آلاف", "ألف", "مائة", "مئة", "نحو", "حوالي",
    "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين",
    "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون", "مئات", "ملايين", "مليون",
    "إحدى", "أحد", "اثنا", "اثني", "ثلاثمائة", "مائتي", "مئتي",
))


def is_count(t: Token) -> bool:
    """A count before a noun, or standing for one (5 أشخاص، عشرات المحتجين، أكثر من 40)."""
    return t.kind == "num" or t.norm in NUMBER_WORDS


# Hedges in front of a count («ما لا يقل عن 136»، «ما يزيد على 20»): skipped like the count.
_APPROX = tuple(tuple(norm(w) for w in p.split()) for p in (
    "ما لا يقل عن", "ما لا يقل على", "ما يزيد عن", "ما يزيد على", "ما يربو على", "ما يقارب", "ما يقرب من",
))
_ABOUT = frozenset(norm(w) for w in ("نحو", "حوالي", "حوالى", "قرابة", "زهاء"))
_HEDGES = frozenset(norm(w) for w in ("على", "الأقل", "تقريبا", "فقط", "آخرون"))
_JOINT = frozenset(norm(w) for w in ("مشتركة", "المشتركة", "مشترك", "المشترك", "مشتركا"))
_OWNED_BY = frozenset(norm(w) for w in ("التابعة", "التابع", "التابعين", "التابعتين", "المملوكة", "المملوك",
                                          "تابعة", "تابع", "تابعين", "مملوكة", "مملوك"))
_OWNED_REACH = 3  # tokens from the owned party to the owner (طائرات هليكوبتر تابعة ل…)
# Quantifiers between a preposition and its noun (مع عدد من كبار المسؤولين).
QUANTIFIERS = frozenset(norm(w) for w in (
    "أكثر", "أقل", "نحو", "حوالي", "قرابة", "عدد", "العديد", "مجموعة", "بعض", "جملة", "كل", "عشرات", "مئات", "آلاف", "كبار", "أحد", "إحدى",
    "ممثلي", "ممثلين", "وفد", "وفدا",
))
# Phrases that introduce members of the group before them (المسؤولين المغاربة، من بينهم …).
INCLUDING = {tuple(norm(w) for w in p.split()) for p in (
    "من بينهم", "من بينها", "منهم", "منها", "بينهم", "ومنهم", "ومن بينهم", "على رأسهم", "وعلى رأسهم",
    "في مقدمتهم", "بمن فيهم", "بما فيها", "ومنها", "هم", "وهم", "هما", "وهما", "وهي", "هي",
)}
_TITLE_GAP = frozenset(norm(w) for w in (
    "،", ",", "السابق", "السابقة", "الأسبق", "الجديد", "الجديدة", "الحالي", "المؤقت", "المكلف",
    "المنتدب", "الراحل", "بالنيابة", "المنتخب", "المخلوع", "المستقيل", "التنفيذي", "المساعد",
))


@dataclass
class Mention:
    first: int  # token range [first, last)
    last: int
    start: int  # character span in Document.text
    end: int
    kind: str  # person | country | org | group | body | place
    country: Optional[str] = None
    sector: list[str] = field(default_factory=list)
    role: Optional[str] = None
    head: Optional[str] = None
    portfolio: Optional[str] = None
    name: Optional[str] = None
    number: str = "sg"
    gov: Optional[str] = None  # governing preposition or clitic (normalised)
    conj: bool = False  # coordinated with the previous mention (و)
    quantified: bool = False  # a count of people (20 شخصا): usually who an act is done to
    included: bool = False  # من بينهم X: X is one of the group just before
    joint: bool = False  # لجنة مشتركة: a body of the two parties
    owner: bool = False  # … التابعة لمنظمة ألمانية: stands for the thing it owns
    capital: bool = False  # a capital city: may stand for its government (واشنطن)
    counterpart: bool = False  # نظيره: same role as the other party, other country
    actor_ids: list[str] = field(default_factory=list)
    affiliation: Optional[Entity] = None  # a body named inside the title (… بالوزارة، NAME)
    key: Optional[str] = None  # gazetteer key of an organisation
    head_at: Optional[int] = None  # adjectival: token of the noun the nationality describes

    def text(self, doc: Document) -> str:
        return doc.text[self.start:self.end]


def _token_index(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    return frozenset(norm(w) for w in read_list("actors", "honorifics.txt"))


@lru_cache(maxsize=1)
def agent_nouns() -> frozenset[str]:
    return frozenset(norm(w) for w in read_list("actors", "agent_nouns.txt"))


def _clitics(doc: Document, ent: Entity, tok_start: int) -> tuple[bool, Optional[str]]:
    """(coordinated?, governing clitic) from the letters cut off the entity's first token."""
    prefix = norm(doc.text[tok_start:ent.start])
    conj = prefix[:1] in ("و", "ف")
    rest = prefix[1:] if conj else prefix
    gov = {"ب": "ب", "ل": "ل", "لل": "ل", "ك": "ك", "بال": "ب", "كال": "ك"}.get(rest)
    return conj, gov


_ANY = norm("أي")


_EXPRESSED_REACH = 10  # tokens from the subject of عبّر to its عن


def _governor(doc: Document, first: int, place: bool, adjectives: set[int],
              named: frozenset[int] = frozenset(), state: bool = False) -> Optional[str]:
    """The preposition word before token ``first``; for a place, skipping the nouns and
    adjectives that introduce it (إلى العاصمة المغربية الرباط)."""
    tokens = doc.tokens
    i = first - 1
    while place and i >= 0 and (tokens[i].norm in PLACE_NOUNS or i in adjectives):
        i -= 1
    if place and 1 <= i < first - 1 and tokens[i + 1].norm in _DIRECTIONS and tokens[i].kind == "word" \
            and tokens[i - 1].norm == _IN:
        return _IN  # في صولي شمال بوركينا فاسو: a place the gazetteer does not know, in the country
    if place and i >= 0:
        # بمحافظة حماة، لمدينة مصراتة: the place noun carries the preposition
        noun = next((a for a in analyses(tokens[i].norm)[1:3] if a.stem in PLACE_NOUNS and not a.suffix
                     and a.prefixes[-1:] in (("ب",), ("ل",))), None)
        if noun is not None:
            return noun.prefixes[-1]
    while i >= 0 and (is_count(tokens[i]) or tokens[i].norm == _ANY):
        i -= 1  # على ثلاثة قادة، على 20 شخصا، على أي عقوبات: the preposition before the count governs
    for hedge in _APPROX:  # قتلت ما لا يقل عن 136 فلسطينيا: the count's hedge is no preposition
        if i + 1 >= len(hedge) and tuple(t.norm for t in tokens[i + 1 - len(hedge):i + 1]) == hedge:
            i -= len(hedge)
            break
    if i >= 0 and i + 1 < first and tokens[i + 1].kind == "num":
        # مساعدات لنحو 50 ألف أسرة، على حوالي 20 شخصا: «about» before a count is no preposition;
        # the clitic on it, or the word before it, governs
        about = next((a for a in analyses(tokens[i].norm)[:3] if a.stem in _ABOUT and not a.suffix), None)
        if about is not None:
            if about.prefixes[-1:] in (("ب",), ("ل",)):
                return about.prefixes[-1]
            i -= 1
    while i >= 1 and tokens[i].norm == "من" and tokens[i - 1].norm in QUANTIFIERS:
        i -= 2  # مع عدد من …: the preposition before the quantifier governs
        while i >= 0 and is_count(tokens[i]):
            i -= 1
    if i < 0:
        return None
    # a country is a party after a matter noun too (اعترف باستقلال الكويت، بسيادة إسرائيل)
    matter = _matter_reading(tokens[i].norm) if not place or state else None
    if matter is not None:
        # بقرار الرئيس، على تصريحات الوزير: the preposition before what the party said or
        # did governs the party (data/events/matter_nouns.txt)
        if matter.prefixes[-1:] in (("ب",), ("ل",)):
            return matter.prefixes[-1]
        i -= 1
        if i < 0:
            return None
    prev = tokens[i]
    if prev.kind == "word" and i not in named and any(
            a.prefixes[-1:] == ("ب",) and a.stem in agent_nouns() and not a.suffix for a in analyses(prev.norm)[:3]):
        return "agent"  # برصاص الجيش الإسرائيلي، بنيران مسلحين: the weapon's owner acts
    if prev.kind == "word" and not place and i not in named and prev.norm not in PREPOSITIONS and any(
            a.prefixes[-1:] in (("ب",), ("ل",)) and len(a.stem) >= 3 and a.stem not in PREPOSITIONS
            for a in analyses(prev.norm)[1:3]):
        return "of"  # بمقر الوزارة، لرئيس الحكومة: the genitive of a noun with a preposition
    for a in analyses(tokens[i].norm):
        if a.stem in PREPOSITIONS and not a.suffix:
            if a.stem == "عبر" and (a.prefixes in (("و",), ("ف",)) or i == 0 or tokens[i - 1].kind == "punct") \
                    and any(t.norm == "عن" for t in tokens[first:first + _EXPRESSED_REACH]):
                return None  # وعبر الوزير عن …: the verb عبّر (expressed), not the preposition
            if a.stem in ("يد", "ايدي", "قبل", "جانب", "طرف"):
                # على يد، على أيدي، من قبل، من جانب، من طرف (Maghrebi): the agent
                prev = tokens[i - 1].norm if i > 0 else ""
                if a.stem == "جانب" and prev in ("الي", "إلى"):
                    return "جانب"  # تقف إلى جانب السعودية: the side taken
                return "agent" if prev in ("علي", "من") else None
            return a.stem
    return None


@lru_cache(maxsize=1)
def matter_nouns() -> frozenset[str]:
    return frozenset(norm(w) for w in read_list("events", "matter_nouns.txt"))


def _matter_reading(word: str):
    """The reading of ``word`` as a matter noun (قرار، بقرار، وعلى تصريحات …), if it is one."""
    nouns = matter_nouns()
    return next((a for a in analyses(word) if a.stem in nouns and not a.suffix and "ال" not in a.prefixes), None)


def build_mentions(doc: Document) -> list[Mention]:
    """Group the document's entities into actor mentions, sentence by sentence."""
    starts = [t.start for t in doc.tokens]
    adjectives = {_token_index(starts, e.start) for e in doc.entities if e.kind == "nationality"}
    entity_tokens = frozenset(i for e in doc.entities
                              for i in range(_token_index(starts, e.start), _token_index(starts, e.end - 1) + 1))
    mentions: list[Mention] = []
    ents = sorted(doc.entities, key=lambda e: e.start)
    i = 0
    while i < len(ents):
        e = ents[i]
        first = _token_index(starts, e.start)
        last = _token_index(starts, e.end - 1) + 1
        m = _head_mention(e, first, last)
        if m is None and e.kind == "nationality" and first > 0 and is_count(doc.tokens[first - 1]):
            # 136 فلسطينيا، 15 مغربيا: a count of people of that nationality
            m = Mention(first, last, e.start, e.end, "group", e.country, ["CVL"], number="pl")
        if m is None and e.kind == "nationality":
            m = _second_nationality(doc, e, first, last, adjectives) \
                or _adjectival(doc, e, first, last, entity_tokens, adjectives)
        if m is None and e.kind == "nationality" and first - 1 in entity_tokens and _nisba_noun(doc, e, first - 1):
            # قتل الجيش الإسرائيلي فلسطينيا: a person of that nationality (see _absorb)
            m = Mention(first, last, e.start, e.end, "group", e.country, ["CVL"], number=e.attrs.get("number", "sg"))
        if m is None:
            i += 1
            continue
        conj, gov = _clitics(doc, e, doc.tokens[first].start)
        conj = conj or m.conj
        if gov == "ل" and first > 0 and doc.tokens[first - 1].norm in _OWNED_BY:
            gov = None  # سفينة الإنقاذ التابعة لمنظمة ألمانية: the owner stands for its ship
            m.owner = True
        m.conj = conj
        m.gov = gov or _governor(doc, first, m.kind in ("place", "country"), adjectives, entity_tokens,
                                 state=m.kind == "country")
        if m.head_at is not None:
            # رجل بلغاري، على رجل بلغاري، وبالصحفية البلغارية: the noun's clitics and preposition
            h = m.head_at
            if h > 0 and doc.tokens[h].norm.startswith("ال") and doc.tokens[h - 1].kind == "word" \
                    and h - 1 not in entity_tokens and not doc.tokens[h - 1].norm.startswith("ال") \
                    and doc.tokens[h - 1].norm not in PREPOSITIONS:
                h -= 1  # على مطار الشعيرات السوري: the construct's first noun carries the preposition
            m.conj, gov = _head_clitics(doc.tokens[h].norm)
            m.gov = gov or _governor(doc, h, False, adjectives, entity_tokens)
        prev = doc.tokens[first - 1] if first > 0 else None
        # 20 شخصا; or the mention is the count itself (المئات من أفراد الجيش)
        m.quantified = prev is not None and is_count(prev) \
            or e.kind == "role" and norm(e.key or "") in NUMBER_WORDS
        if m.kind == "body" and any(t.norm in _JOINT for t in doc.tokens[m.last:m.last + 3]):
            m.joint = True
        if m.quantified and m.kind == "country":
            m.kind, m.number, m.sector = "group", "pl", ["CVL"]  # 38 سوريا: 38 Syrians
        i += 1
        # absorb modifiers: nationality, construct/ل complement, the name
        while i < len(ents):
            nxt = ents[i]
            nfirst = _token_index(starts, nxt.start)
            gap = [t.norm for t in doc.tokens[m.last:nfirst]]
            named = _titled_name(m, ents, i) if m.kind == "person" and m.name is None else None
            if named is not None and named >= i:
                # the name recognize() found for this title after a complement and a comma
                # (المدير العام للشؤون القنصلية بالوزارة، رشيد بوعلام): the complement's body
                # is the person's affiliation, its nationality the person's country
                between = ents[i:named]
                m.affiliation = next((x for x in between if x.kind == "org"), None) or next(
                    (x for x in between if x.kind == "role" and x.attrs.get("role_kind") == "body"
                     and norm(doc.text[_tok_start(doc, starts, x):x.start]).endswith("ب")), None)
                nat = next((x for x in between if x.kind == "nationality" or x.kind == "country"
                            and not _governor(doc, _token_index(starts, x.start), True, adjectives)), None)
                if nat is not None and m.country is None:
                    m.country = nat.country  # أمير قطر السابق حمد بن خليفة
                i = named
                nxt = ents[i]
                gap = []
            elif any(g not in _TITLE_GAP for g in gap) and not _adjective_gap(doc, m, nxt, m.last, nfirst) \
                    and not _construct_gap(doc, m, nxt, m.last, nfirst):
                break
            if not _absorb(doc, m, nxt, gap, starts):
                break
            m.last = _token_index(starts, nxt.end - 1) + 1
            m.end = nxt.end
            i += 1
        if m.owner and mentions and mentions[-1].country is None and mentions[-1].kind in ("body", "group") \
                and m.first - mentions[-1].last <= _OWNED_REACH:
            mentions[-1].country = m.country  # طائرات هليكوبتر تابعة للحكومة الأفغانية: Afghan helicopters
        if mentions:
            prev = mentions[-1]
            between = tuple(t.norm for t in doc.tokens[prev.last:m.first]
                            if t.text not in ("،", ",") and not is_count(t))
            if between[-1:] == ("من",):
                between = between[:-1]  # بينهم أربعة من عناصر الشرطة
            if any(between[-len(p):] == p and set(between[:-len(p)]) <= _HEDGES for p in INCLUDING):
                m.included = True
                m.country = m.country or prev.country
        mentions.append(m)
    _known_people(mentions)
    return _homelands(doc, mentions, entity_tokens)


_HOMELAND = frozenset(norm(w) for w in ("بلاد", "بلد"))
_OWNER_PRONOUNS = frozenset(norm(w) for w in ("ه", "ها", "هم", "هما", "نا"))
HOMELAND_REACH = 40  # tokens back to the party whose country بلاده is


def _named_country(m: Mention, mentions: list[Mention]) -> Optional[str]:
    """The country of a person named by surname (وقال الأسد إن بلاده …) that an earlier mention
    of the same name gave (الرئيس السوري بشار الأسد), else the mention's own."""
    if m.country or m.kind != "person" or not m.name:
        return m.country
    last = norm(m.name.split()[-1])
    return next((x.country for x in mentions if x.first < m.first and x.kind == "person" and x.country
                 and x.name and norm(x.name.split()[-1]) == last), None)


def _homelands(doc: Document, mentions: list[Mention], entity_tokens: frozenset[int]) -> list[Mention]:
    """بلاده، بلادها، بلادنا (his/her/our country) as the subject of a clause after أن/إن: the
    country of the nearest party before it that has one (قال وزير الخارجية الإيراني إن بلاده
    سترد …: IRN), within HOMELAND_REACH tokens. Elsewhere بلاده is mostly the same party as the
    clause's actor (انسحاب بلاده، نزاع بلادها مع السعودية، بفرض بلاده عقوبات), which as a
    second party would make an event against itself; and without a party before it, no guess."""
    out = list(mentions)
    for i, t in enumerate(doc.tokens):
        if t.kind != "word" or i in entity_tokens or i == 0 or doc.tokens[i - 1].norm not in COMPLEMENTIZERS:
            continue
        a = next((a for a in analyses(t.norm) if a.stem in _HOMELAND and a.suffix in _OWNER_PRONOUNS
                  and not a.prefixes), None)
        if a is None:
            continue
        before = [m for m in mentions if m.last <= i and i - m.last <= HOMELAND_REACH
                  and m.kind in ("person", "body", "group", "country", "org")]
        country = _named_country(before[-1], mentions) if before else None
        if country is None:
            country = next((m.country for m in reversed(before) if m.country), None)
        if country is None:
            continue
        out.append(Mention(i, i + 1, t.start, t.end, "country", country))
    return sorted(out, key=lambda m: m.first)


def _known_people(mentions: list[Mention]) -> None:
    """A named person with no nationality in the text takes the country (and, when no title
    gave one, the sector) of the well-known figure of that name (people.tsv); an international
    official (sector IGO) takes that sector, so that no article's country is given to him."""
    for m in mentions:
        if m.kind != "person" or m.country is not None or not m.name:
            continue
        p = lookup_person(m.name) or (lookup_person(f"{m.role} {m.name}") if m.role else None)  # الملك سلمان
        if p is not None and p.sector == "IGO":
            m.sector = ["IGO"]  # الأمين العام أنطونيو غوتيريس: an international official, of no country
        elif p is not None and p.country:
            m.country = p.country
            if not m.sector and p.sector:
                m.sector = [p.sector]


_DASHES = frozenset(("-", "ـ", "–", "—"))


def _head_clitics(word: str) -> tuple[bool, Optional[str]]:
    """(coordinated?, governing clitic) of a definite noun (والصحفية، بالسفينة، للقوات), read
    by the clitic analyser; an indefinite noun's first letters are too often its own."""
    a = next((a for a in analyses(word) if "ال" in a.prefixes), None)
    if a is None:
        return False, None
    return a.prefixes[0] in ("و", "ف"), next((p for p in a.prefixes if p in ("ب", "ل", "ك")), None)


def _adjectival(doc: Document, e: Entity, first: int, last: int, entity_tokens: frozenset[int],
                adjectives: set[int]) -> Optional[Mention]:
    """A nationality adjective on a noun that is no actor phrase stands for that country:
    عقوبات أميركية (the actor of the sanctions), القبض على رجل بلغاري (the man arrested),
    الاتفاق النووي الإيراني. The noun it describes is the word before it, or before one
    more adjective (تحركات عسكرية إيرانية); its clitics and preposition govern the mention."""
    tokens = doc.tokens
    head = first - 1
    if head >= 1 and tokens[head].text in _DASHES and head - 1 in entity_tokens:
        # الاتفاق الروسي - الإسرائيلي: the second of two nationalities of one noun
        return Mention(first, last, e.start, e.end, "country", e.country, head_at=head - 1)
    if head >= 1 and head in adjectives and tokens[head].norm.startswith("ال") == tokens[first].norm.startswith("ال"):
        # لقاء أميركي تركي، الاتفاق الروسي التركي: two nationalities of one noun without a dash
        return Mention(first, last, e.start, e.end, "country", e.country, head_at=head)
    if head < 0 or tokens[head].kind != "word" or head in entity_tokens or tokens[head].norm in PLACE_NOUNS:
        return None  # العاصمة المغربية الرباط: the adjective introduces a place
    if head > 0 and tokens[head].norm.endswith(("ي", "يه")) and tokens[head - 1].kind == "word" \
            and head - 1 not in entity_tokens and not tokens[head - 1].norm.endswith(("ي", "يه")):
        head -= 1  # الاتفاق النووي الإيراني: the adjective before this one is no head
    return Mention(first, last, e.start, e.end, "country", e.country, head_at=head)


def _second_nationality(doc: Document, e: Entity, first: int, last: int, adjectives: set[int]) -> Optional[Mention]:
    """الطائرات الحربية السورية والروسية، الطيران الروسي و السوري: a nationality coordinated
    with the one before it describes the same noun; it is a second country of the phrase,
    coordinated with it (``build_groups``), not an adjective of the first."""
    start = doc.tokens[first].start
    if e.start > start and norm(doc.text[start:e.start]) in ("و", "وال") and first - 1 in adjectives:
        return Mention(first, last, e.start, e.end, "country", e.country, conj=True)
    if first > 1 and doc.tokens[first - 1].norm == "و" and first - 2 in adjectives:
        return Mention(first, last, e.start, e.end, "country", e.country, conj=True)
    return None


def _tok_start(doc: Document, starts: list[int], e: Entity) -> int:
    return doc.tokens[_token_index(starts, e.start)].start


def _titled_name(m: Mention, ents: list[Entity], i: int) -> Optional[int]:
    """Index in ``ents`` of the person entity that recognize() named after this title."""
    for k in range(i, min(len(ents), i + 8)):
        e = ents[k]
        if e.kind == "person" and m.start <= e.attrs.get("title_at", -1) < m.end:
            return k
    return None


def _adjective_gap(doc: Document, m: Mention, nxt: Entity, a: int, b: int) -> bool:
    """One plain adjective may stand between a group noun and its nationality
    (وفدا فنيا عراقيا، قوات خاصة أمريكية)."""
    return (b - a == 1 and nxt.kind == "nationality" and m.kind in ("group", "body")
            and doc.tokens[a].kind == "word" and doc.tokens[a].norm.endswith(("ي", "يه", "يا", "ه"))
            and doc.tokens[a].norm not in NUMBER_WORDS)  # قتل الجيش الإسرائيلي ثلاثة فلسطينيين: a count


def _nisba_noun(doc: Document, nat: Entity, before: int) -> bool:
    """An indefinite nisba after a definite word (token ``before``) is no adjective of it, since
    an adjective agrees in definiteness, but a noun: a person of that nationality."""
    return not nat.attrs.get("definite") and any("ال" in a.prefixes for a in analyses(doc.tokens[before].norm)[:2])


def _construct_gap(doc: Document, m: Mention, nxt: Entity, a: int, b: int) -> bool:
    """A title's genitive of one to three definite words may stand before the nationality that
    belongs to the title (قائد القيادة المركزية الأمريكية، رئيس هيئة الأركان الإسرائيلي); so may
    a body's, ending on a definite word, when the nationality agrees with the body in gender
    (لجنة حقوق الإنسان البريطانية، جمعية المحامين البريطانية; not قوات الدفاع الجوي السعودي,
    where the nationality is the air defence's)."""
    if m.role is None or m.country is not None or nxt.kind != "nationality" or not nxt.attrs.get("definite") \
            or not 1 <= b - a <= 3:
        return False  # الشرطة الإسرائيلية متاريس ومنعت المركبات الفلسطينية: a body has one nationality
    words = doc.tokens[a:b]
    if not all(t.kind == "word" and t.norm not in function_words() for t in words):
        return False
    if m.kind == "person":
        return (m.name is None or doc.text[m.start:m.end].endswith(m.role)) \
            and all(t.norm.startswith("ال") for t in words)  # سوه هون، مدير المخابرات …
    head = doc.tokens[m.last - 1].text
    return m.kind == "body" and m.name is None and words[-1].norm.startswith("ال") \
        and head.endswith(("ة", "ات")) == nxt.text.endswith("ة")


def _head_mention(e: Entity, first: int, last: int) -> Optional[Mention]:
    if e.kind == "role":
        kind = {"person": "person", "body": "body", "group": "group"}[e.attrs.get("role_kind", "body")]
        return Mention(first, last, e.start, e.end, kind, e.country, list(e.sector), role=e.text,
                       head=e.attrs.get("head"), portfolio=e.attrs.get("portfolio"),
                       number=e.attrs.get("number", "sg"),
                       counterpart=e.attrs.get("head") == "نظير")
    if e.kind == "person":
        return Mention(first, last, e.start, e.end, "person", name=e.text)
    if e.kind == "country":
        return Mention(first, last, e.start, e.end, "country", e.country)
    if e.kind == "org":
        return Mention(first, last, e.start, e.end, "org", e.country, list(e.sector), name=e.text, key=e.key)
    if e.kind == "nationality" and e.attrs.get("number") in ("pl", "du"):
        return Mention(first, last, e.start, e.end, "group", e.country, number=e.attrs["number"])
    if e.kind == "location":  # a place the model found and no gazetteer knows: no country
        return Mention(first, last, e.start, e.end, "place")
    if e.kind in ("city", "region"):
        return Mention(first, last, e.start, e.end, "place", e.country,  # None for أوروبا، الخليج
                       capital=e.attrs.get("capital") in ("1", "yes", "true", True))
    return None


def _absorb(doc: Document, m: Mention, nxt: Entity, gap: list[str], starts: list[int]) -> bool:
    """Attach entity ``nxt`` to mention ``m`` if it modifies it; say whether it did."""
    nxt_first = _token_index(starts, nxt.start)
    conj, gov = _clitics(doc, nxt, doc.tokens[nxt_first].start)
    if m.kind in ("person", "body", "group") and m.role is not None:
        if nxt.kind == "nationality" and m.country is not None and conj:
            return False  # الطائرات السورية والروسية: a second country (_second_nationality)
        if nxt.kind == "nationality" and m.kind == "person" and len((m.name or "").split()) > 1 \
                and nxt.attrs.get("number") in ("pl", "du"):
            # دعا الأمين العام أنطونيو غوتيريش الفلسطينيين: after a person's full name a plural
            # is people, not his adjective (وزير العدل والداخلية التركيين keeps it)
            return False
        if nxt.kind == "nationality" and (not gap or len(gap) == 1 and m.kind in ("group", "body")
                                          or _construct_gap(doc, m, nxt, m.last, nxt_first)):
            if _nisba_noun(doc, nxt, m.last - 1):
                return False  # قتلت الشرطة فلسطينيا، الجيش الإسرائيلي فلسطينيين
            if m.country is None:
                m.country = nxt.country
            return True
        if nxt.kind in ("country", "org") and not gap and (m.name is None or doc.text[m.start:m.end].endswith(m.role)):
            # مبعوث السويد yes; الرئيس دونالد ترامب روسيا: no construct after a name
            last_word = doc.tokens[m.last - 1].norm
            construct = not last_word.startswith("ال") and not conj
            # الحكومة السعودية: a country name spelled as a feminine nisba is the adjective, of a
            # title with no nationality yet (هاجم الرئيس التركي السعودية: the object)
            nisba = nxt.kind == "country" and m.country is None and last_word.startswith("ال") and not gov \
                and norm(nxt.text).startswith("ال") and norm(nxt.text).endswith(("يه", "ية"))
            if conj or not (construct or gov == "ل" or nisba):
                return False
            if nxt.kind == "org":
                m.country = nxt.country
                if nxt.sector and (not m.sector or m.sector == ["GOV"]):
                    m.sector = list(nxt.sector)
            elif m.country is None:
                m.country = nxt.country
            return True
        if nxt.kind == "role" and not gap and m.kind == "person" and m.name is None \
                and norm(nxt.text) in honorifics():
            # ولي العهد السعودي الأمير محمد بن سلمان: the honorific leads to the same person's name
            m.role = f"{m.role} {nxt.text}"
            return True
        if nxt.kind == "role" and not gap and (m.name is None or doc.text[m.start:m.end].endswith(m.role)):
            # قادة ميليشيات، وكيل وزارة الخزانة، نائب رئيس الوزراء وزير الخارجية: a chain of
            # titles in construct (or with ل) is one actor; the last title is its role
            head_word, next_word = doc.tokens[m.last - 1].norm, doc.tokens[nxt_first].norm
            # قادة ميليشيات yes; مسلحون طفلا no: a plural in ـون is no construct head, and an
            # indefinite accusative (طفلا، شخصا) is no genitive
            construct = not head_word.startswith("ال") and not head_word.endswith("ون") \
                and not next_word.endswith("ا")
            # نائب رئيس الوزراء وزير الخارجية: titles stack; الرئيس الجزائري الوزير التونسي: two people
            stacked = m.kind == "person" and nxt.attrs.get("role_kind") == "person" and m.country is None \
                and not norm(nxt.text).startswith("ال")
            if conj or not (construct or gov == "ل" or stacked):
                return False
            m.role = f"{m.role} {nxt.text}"
            if nxt.attrs.get("role_kind") == "person" and m.kind == "person":
                m.head, m.portfolio = nxt.attrs.get("head"), nxt.attrs.get("portfolio")
            if nxt.sector and (not m.sector or m.sector == ["GOV"] and nxt.sector != ["GOV"]):
                m.sector = list(nxt.sector)
            m.country = m.country or nxt.country
            return True
        if nxt.kind == "person" and m.kind == "person" and m.name is None:
            m.name = nxt.text
            return True
        if nxt.kind == "role" and gap == ["،"] and m.kind == "person" and m.name is None \
                and nxt.attrs.get("role_kind") == "person":
            # المتحدث باسم الشرطة الصومالية، العقيد عبد الله …: a second title in apposition
            m.role = f"{m.role}، {nxt.text}"
            return True
    if m.kind == "person" and m.role is None and nxt.kind == "role" and nxt.attrs.get("role_kind") == "person" \
            and (gap == ["،"] or not gap and m.name and not norm(nxt.text).startswith("ال")
                 and (conj, gov) == (False, None)
                 and lookup_person(m.name) is None):
        # NAME، TITLE (روبرت هالوران، وكيل وزارة الخزانة): the title describes the name; without
        # the comma only an indefinite title in construct (أولوف سكوغ مبعوث السويد), as a
        # second person would come with a definite title (بوتين الرئيسَ الأسد is rare, و is not),
        # and a title behind a preposition is another person (جمعت ترمب بزعيم كوريا الشمالية);
        # nor after a well-known figure, whose title is known (يستقبل ترامب رئيسَ كوريا الجنوبية)
        m.role, m.head, m.portfolio = nxt.text, nxt.attrs.get("head"), nxt.attrs.get("portfolio")
        m.sector, m.country = list(nxt.sector), m.country or nxt.country
        return True
    if m.kind == "org" and nxt.kind == "nationality" and not gap and m.country is None:
        m.country = nxt.country
        return True
    return False
