"""Who did it and to whom: actor and recipient from Arabic sentence structure.

Rules, in the order they are tried (each documented where it is applied):

* a verb's subject is the first ungoverned actor phrase after it (Arabic is verb-first:
  اعتقلت الشرطة …); if there is none, the phrase just before it (subject-first: الشرطة
  الإسبانية اعتقلت، or after إن/أن in reported speech);
* a verbal noun's actor is its genitive (زيارة برونو ريتايو) or a ل-phrase right after it
  (زيارة لوزير الداخلية), else the subject of a light verb before it (سيعقد الوزير لقاءات);
  for acts done *to* someone (اعتقال، اغتيال، ترحيل …) the genitive is the recipient;
* the recipient is the direct object or the phrase governed by the trigger's preposition
  (إلى، مع، ب، على، ضد …, listed per trigger in triggers.tsv);
* بين X و Y, a dual (الوزيرين) or coordinated subjects make a reciprocal event: everyone is
  actor and there is no recipient (PLOVER's rule for reciprocal events);
* after a passive light verb (تم، يتم، جرى) there is no subject; only an agent phrase
  (على يد، من قبل) or a بين-phrase names the actor.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ..actors.mentions import COMPLEMENTIZERS as _COMPLEMENTIZERS, PLACE_NOUNS, PREPOSITIONS, Mention, \
    agent_nouns, is_count, matter_nouns
from ..doc import Document
from ..resources import read_tsv
from ..text.normalize import norm, unmarked
from .evaluation import evaluative_arguments
from .lexicon import FACING, PASSIVE_LIGHT, RECEIVING, SUBJECTED, TriggerForm, TriggerRow, light_verbs, row_forms
from .modality import KANA_REACH, RELATIVES, is_kana
from ..entities.roles import function_words
from ..text.tokens import PRONOUN_SUFFIXES, analyses
from ..text.verbs import past_forms, present_forms

# Acts done to someone: the genitive of the verbal noun is the recipient (اعتقال المهاجرين).
PATIENT_GENITIVE = {"COERCE", "ASSAULT", "SANCTION", "AID", "RETREAT"}
_DOER_OBJECT_GAP = 3  # words between a doer genitive and the recipient phrase (فرض الصين رسوما جمركية على)
# Acts and steps a party is praised or thanked for: what it said or did (data/events/matter_nouns.txt:
# رحب بقرار، بالخطوات، بجهود), its role, its carrying out (أشاد بدور، بقيام الولايات المتحدة)
_WELCOMED_MORE = frozenset(norm(w) for w in ("دور", "قيام"))
_WELCOMED_REACH = 4  # tokens from the verb of praise to the ب-noun (رحبت مملكة البحرين، الثلاثاء، ب…)
# Types whose acts happen at a place (قصف على الغوطة، اعتقالات في صفاقس): a city there is where
_PLACE_IS_WHERE = frozenset(("ASSAULT", "COERCE", "MOBILIZE", "PROTEST"))
_ENVOY_REACH = 6
_BETWEEN_HIM = frozenset(norm(w) for w in ("بينه", "بينها"))
_PLACE_AIM_REACH = 6  # tokens from an attack to the place it is aimed at (غارات جوية عنيفة على صنعاء)
_CAPITAL = frozenset(norm(w) for w in ("عاصمة", "كعاصمة"))
_PARTY_PREPS = frozenset(norm(w) for w in ("مع", "على", "ضد"))
_ON = frozenset(norm(w) for w in ("على", "علي"))
_PARTICLES = frozenset(norm(w) for w in ("قد", "لقد", "لم", "لن", "سوف", "لا", "ما", "بدوره", "بدورها"))
_CASUALTY = frozenset(norm(w) for w in ("مقتل", "مصرع", "إصابة", "جرح", "سقوط", "وفاة", "قتل"))
# Words that open a new clause: a phrase before them is not the subject of a verb after them.
_CLAUSE_OPENERS = frozenset(norm(w) for w in ("بينما", "فيما", "حيث", "كما", "لكن", "بل", "ثم", "إذ", "حين", "عندما",
                                               "إذا", "لو"))
# A verb phrase that ends in a noun in construct (أطلق سراح): the party right after it is that
# noun's genitive, the one acted on, never the subject (which stands between: أطلقت الشرطة سراحه)
_CONSTRUCT_ENDS = frozenset((norm("سراح"),))
# Nominal triggers whose ل-phrase is their agent (زيارة لوزير، هجمات للميليشيات); for the
# others it is the recipient (تأييدا للكرملين، انتقاد للحكومة); after a verb of directing it is
# the target (توجيه ضربة لقوات النظام).
_LI_AGENT = {"CONSULT", "ASSAULT", "MOBILIZE", "PROTEST"}
_DIRECTING = frozenset(norm(w) for w in ("توجيه", "وجه", "توجه", "يوجه"))
REACH_AFTER_NOUN = 3  # words between a noun and its verb of reaching (عقوبات أميركية جديدة تطال)
REACHING = frozenset(norm(w) for w in (
    "طال", "طالت", "تطال", "يطال", "استهدف", "استهدفت", "تستهدف", "يستهدف", "شمل", "شملت", "تشمل", "يشمل",
))
_COMPANION = frozenset(norm(w) for w in ("رفقة", "برفقة"))
_PACTS = frozenset(norm(w) for w in ("الاتفاق", "الاتفاقية", "المعاهدة", "اتفاق", "اتفاقية", "معاهدة"))
_PACT_REACH = 5  # tokens from the withdrawal to the agreement, and from it to its مع-party
_QAD = norm("قد")
# A conjunction with a pronoun for the subject of the clause before it (لكنه نفى).
_BUT_HE = frozenset(norm(w) for w in ("لكنه", "لكنها", "ولكنه", "ولكنها", "غير أنه", "غير أنها"))
# A complementizer carrying the subject pronoun (قال ترامب إنه سيلتقي بوتين، أكدت أنها
# ستزور): the verb after it has that pronoun for subject, the speaker before it.
_PRONOUN_THAT = frozenset(norm(w) for w in (
    "إنه", "إنها", "أنه", "أنها", "بأنه", "بأنها", "وأنه", "وأنها", "إنهم", "أنهم", "بأنهم", "إنهما", "أنهما",
    "بأنهما", "إننا", "أننا", "بأننا", "إنني", "أنني", "بأنني"))
QUOTES = frozenset('"“”«»\'')
# Conditions a threat sets (هدد بالرد إذا …): the party after them is the one threatened.
_CONDITIONS = frozenset(norm(w) for w in ("إذا", "لو", "حال"))  # not إن: normalised it is أن
_CONDITION_REACH = 4
_MAX_SUBJECT_GAP = 8
# words from a verb (or its subject) to its direct object; further on a party is the content's
# (round 23, tuned batches 1-21: 6 -> 5 words, +1 match, -4 false alarms)
_MAX_OBJECT_GAP = 5
# A preposition between the verb and a name puts the name in its phrase (حذر من خطر تدفق
# مقاتلي تنظيم الدولة): a direct object comes before any
_OBJECT_STOPS = frozenset(norm(w) for w in ("من", "عن", "حول", "بشأن"))
LIGHT_REACH = 20


@dataclass
class Group:
    """Coordinated mentions that fill one slot (فرنسا والمغرب)."""

    members: list[Mention]
    gov: Optional[str]
    first: int
    last: int
    included: list[Mention] = field(default_factory=list)  # من بينهم …

    @property
    def all(self) -> list[Mention]:
        return self.members + self.included

    @property
    def quantified(self) -> bool:
        return self.members[0].quantified

    @property
    def is_place(self) -> bool:
        return all(m.kind == "place" for m in self.members)

    @property
    def is_capital(self) -> bool:
        """A capital city, which may stand for its government (واشنطن تحذر أنقرة)."""
        return all(m.kind == "place" and m.capital for m in self.members)

    @property
    def is_location(self) -> bool:
        """A city, region or country: where something happens when a preposition governs it
        (a nationality adjective is not: في المياه الليبية names no place)."""
        return all(m.kind in ("place", "country") and m.head_at is None for m in self.members)


def build_groups(doc: Document, mentions: list[Mention]) -> list[Group]:
    """Coordination (و, or a dash between two people) and inclusion (من بينهم) merge adjacent
    mentions into groups."""
    groups: list[Group] = []
    for m in mentions:
        if groups:
            g = groups[-1]
            between = tuple(t.norm for t in doc.tokens[g.last:m.first] if t.text not in ("،", ","))
            if (m.conj and between in ((), ("و",)) or _coordinated_nationality(doc, g, m)) and m.gov is None \
                    and (m.kind != "place" and not g.is_place or m.capital and g.is_capital):
                g.members.append(m)
                g.last = m.last
                continue
            if m.head_at is not None and g.members[-1].head_at is not None and m.head_at == g.members[-1].first:
                # الاتفاق الروسي - الإسرائيلي، لقاء إسرائيلي ـ روسي: two nationalities of one noun
                g.members.append(m)
                g.last = m.last
                continue
            if between in (("-",), ("ـ",)) and m.gov is None and m.head_at is None and m.kind == "person" \
                    and len(g.members) == 1 and g.members[0].kind == "person" and g.members[0].head_at is None:
                # قمة ترامب-كيم، لقاء ترامب - كيم: two people joined by a dash meet each other
                g.members.append(m)
                g.last = m.last
                continue
            if m.included:
                g.included.append(m)
                g.last = m.last
                continue
        groups.append(Group([m], m.gov, m.first, m.last))
    starts = {m.first for m in mentions}
    for g in groups:
        while g.last < len(doc.tokens) and g.last not in starts and _trailing_adjective(doc, g.last):
            g.last += 1  # ميليشيا الحوثي اليمنية، القوات الأمنية: an adjective belongs to its phrase
    return groups


def _coordinated_nationality(doc: Document, g: Group, m: Mention) -> bool:
    """الرئيسين الأميركي دونالد ترامب والروسي فلاديمير بوتين: a dual title splits into two people,
    the second's nationality (with و) standing between them."""
    if m.kind != "person" or g.members[-1].number != "du" or m.first - g.last != 1:
        return False
    t = doc.tokens[g.last]
    return t.norm.startswith("و") and any(e.kind == "nationality" and t.start < e.end and e.start < t.end
                                           for e in doc.entities)


_NISBA_ENDINGS = ("يه", "يين", "يون", "يتين", "يتان")


def _trailing_adjective(doc: Document, i: int) -> bool:
    """A definite relational adjective (الأمنية، اليمنية، الحكوميين) right after a phrase."""
    t = doc.tokens[i]
    return t.kind == "word" and t.norm.startswith("ال") and len(t.norm) > 5 and t.norm.endswith(_NISBA_ENDINGS) \
        and t.norm not in function_words()


@dataclass
class Arguments:
    actor: Optional[Group] = None
    recipient: Optional[Group] = None
    reciprocal: list[Group] = field(default_factory=list)  # extra actor groups (بين، مع for clashes)
    how: str = ""  # which rule found the actor, for the confidence score and for audits
    light_verb: Optional[int] = None  # token index of the light verb, if the noun had one
    passive: bool = False
    pact_party: Optional[str] = None  # the other party of a named agreement left (data/events/pacts.tsv)
    place_object: Optional[Group] = None  # a place a verb of attack or arrest takes as object (قصف غزة)


def _ungoverned(g: Group) -> bool:
    return g.gov is None and (not g.is_place or g.members[0].capital)


def in_date(doc: Document, i: int) -> bool:
    """Whether token ``i`` belongs to a date mention (وفي نوفمبر، أمس الأحد): it says when."""
    return any(d.start <= doc.tokens[i].start < d.end for d in doc.dates)


def _is_light(doc: Document, i: int) -> bool:
    """Whether token ``i`` is a light verb or its listed verbal noun; a verb form under the
    article is a noun the table does not list (يأمل في التوصل إلى اتفاق: an aim, no doer's act)."""
    lv = light_verbs()
    return any(a.stem in lv and (lv[a.stem] == "noun" or "ال" not in a.prefixes)
               for a in analyses(doc.tokens[i].norm)[:4])


def _undergoer(doc: Document, groups: list[Group], t0: int, s_first: int) -> Optional[Group]:
    """Who a ل-noun after a verb of undergoing is done to (تعرضت معلمة بالقصرين للاعتداء،
    وتعرضت ميركل لانتقادات): the subject after the verb, else the one before it. A place right
    after the verb is its subject too, also before إلى (تعرضت مدينة بن قردان إلى هجوم)."""
    unto = not _with_li(doc, t0)
    if unto and not (t0 > s_first and doc.tokens[t0 - 1].norm == _UNTO):
        return None
    verb = next((i for i in range(t0 - 1, max(s_first, t0 - _SUBJECTED_REACH) - 1, -1)
                 if any(a.stem in SUBJECTED for a in analyses(doc.tokens[i].norm)[:3])), None)
    if verb is None:
        return None
    inside = [g for g in groups if verb < g.first and g.last <= t0 and g.gov is None
              and (not g.is_place or g.first - verb <= 2)]
    if unto:  # يتعرض ترودو إلى انتقادات is left to the other readings (round 46)
        inside = [g for g in inside if g.is_place]
        return inside[0] if inside else None
    before = [g for g in groups if s_first <= g.first and g.last <= verb and _ungoverned(g) and not g.is_place]
    return inside[0] if inside else before[-1] if before else None


def _definite(doc: Document, i: int) -> bool:
    """Whether the noun at ``i`` carries the article (الهجوم، بالاتفاق، للقاء): a definite noun
    heads no genitive, so the definite word after it describes it (الهجوم المسلح: an armed
    attack, not the gunman's). Read on the surface, where إلغاء keeps its hamza."""
    t = unmarked(doc.tokens[i].text)
    if t[:1] in ("و", "ف") and len(t) > 4:
        t = t[1:]
    return t.startswith(("ال", "بال", "كال", "لل"))


def _cited(doc: Document, t0: int, s_first: int) -> bool:
    """Whether the noun at ``t0`` follows ل or من (لاتفاقية، من اتفاق): something referred to."""
    return t0 > s_first and doc.tokens[t0 - 1].norm == "من" or _with_li(doc, t0)


def _with_li(doc: Document, i: int) -> bool:
    """Whether token ``i`` carries the preposition ل (لانتقادات، لاتفاقية)."""
    return any(a.prefixes[-1:] == ("ل",) for a in analyses(doc.tokens[i].norm)[1:3])


def _possessor(doc: Document, groups: list[Group], t0: int, s_first: int) -> Optional[Group]:
    """The antecedent of a possessive pronoun on a verbal noun (زيارته، لقاؤها، اعتقالهم is
    excluded: for acts done to someone the pronoun is the patient): the nearest party before it
    that no preposition governs, else the nearest one (القاهرة تواصلت مع موسكو للتعبير عن
    استنكارها: Cairo's; round 30, tuning batches 1-38 +2 matches, -3 false alarms)."""
    surface = doc.tokens[t0].text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    suffix = "ها" if surface.endswith("ها") else "ه" if surface.endswith("ه") else None  # not ة
    if suffix is None:
        return None
    kinds = ("person",) if suffix == "ه" else ("person", "body", "country", "org")
    fits = [g for g in reversed(groups) if s_first <= g.first and g.last <= t0
            and (g.members[0].kind in kinds or suffix == "ها" and g.is_capital)]
    return next((g for g in fits if _ungoverned(g)), fits[0] if fits else None)


def _content_words(doc: Document, groups: list[Group], a: int, b: int) -> int:
    """Words in tokens [a, b) that are neither inside an actor phrase nor function words,
    numbers, punctuation, place nouns or accusative adverbs (مجددا، رسميا). A stretch with
    none is only dates, particles and commas; with content words it is another clause."""
    fw = function_words()
    inside = {i for g in groups for i in range(g.first, g.last)}
    dated = [(d.start, d.end) for d in doc.dates]
    return sum(1 for i in range(a, b) if doc.tokens[i].kind in ("word", "latin") and i not in inside
               and doc.tokens[i].norm not in fw and doc.tokens[i].norm not in PLACE_NOUNS
               and not doc.tokens[i].norm.endswith("ا")
               and not any(s <= doc.tokens[i].start < e for s, e in dated))  # في أواخر يونيو الماضي


_VICTIM_SECTORS = {"CVL", "REF", "INS", "UAF", "CRM", "EDU", "MED", "LAB"}


def victims(g: Group) -> bool:
    """People an act is typically done to (civilians, migrants, militants, suspects)."""
    return all(set(m.sector) & _VICTIM_SECTORS and (m.kind == "group" or m.kind == "person" and not m.name)
               for m in g.members)


# Attacks whose owner (genitive or nationality adjective) did a passive act: قتل فلسطيني بقصف إسرائيلي
_ATTACKS = frozenset(norm(w) for w in ("قصف", "غارة", "غارات", "هجوم", "ضربة", "ضربات", "انفجار"))


def _by_attack(doc: Document, after: list[Group]) -> Optional[Group]:
    """The owner of a ب-attack or weapon after a passive-prone verb (قتل فلسطيني بقصف إسرائيلي،
    بغارة للتحالف، بنيران إسرائيلية، بالرصاص الإسرائيلي): the attacker. After other verbs such a
    phrase is what is spoken of."""
    for g in after:
        m = g.members[0]
        if m.head_at is not None:
            head = m.head_at  # بقصف إسرائيلي
        elif g.gov in ("of", "ل"):
            head = g.first - 1 if g.gov == "of" else g.first - 2  # بقصف الجيش، بغارة للتحالف
        else:
            continue
        if head >= 0 and any(a.prefixes[-2:] in (("ب",), ("ب", "ال"))
                             and (a.stem in _ATTACKS or a.stem in agent_nouns())
                             for a in analyses(doc.tokens[head].norm)[:3]):
            return g
    return None


def _requester(doc: Document, after: list[Group], t0: int, t1: int, s_first: int) -> Optional[Group]:
    """The party at whose request something is done: a request noun after ب (بطلب من تونس) or
    after على (بناء على طلب من الحكومة السورية، بناء على طلب المملكة), its من-phrase or
    genitive right after it. The verb طلب من X asks X; the noun in these phrases is X's asking."""
    head = doc.tokens[t0]
    if not (any(a.prefixes[-1:] == ("ب",) for a in analyses(head.norm)[:2])
            or t0 > s_first and doc.tokens[t0 - 1].norm in _ON):
        return None
    first = after[0] if after else None
    if first is None or first.first - t1 > (first.gov == "من") or first.gov not in (None, "من") \
            or first.is_place and not first.is_capital:
        return None
    return first


def _participle(doc: Document, t0: int, t1: int, s_first: int) -> bool:
    """…، متهما، …، منتقدا، …، داعية: an indefinite active participle after a comma (a
    circumstantial clause), or opening a sentence that goes on from the last, governs an
    object; it has no genitive."""
    w = doc.tokens[t0].norm
    shape = w.endswith(("ا", "ه")) and (w.startswith("م") and len(w) >= 5 or len(w) == 5 and w[1] == "ا")
    return t1 - t0 == 1 and shape and (t0 == s_first or doc.tokens[t0 - 1].text in ("،", ","))


def pronoun_clause(doc: Document, t0: int, s_first: int) -> Optional[str]:
    """The إنه/أنها/إننا … the verb at ``t0`` follows (particles and quote marks aside), if any."""
    i = t0 - 1
    while i > s_first and (doc.tokens[i].norm in _PARTICLES or doc.tokens[i].text in QUOTES):
        i -= 1
    return doc.tokens[i].norm if i >= s_first and doc.tokens[i].norm in _PRONOUN_THAT else None


_DAMMA = "\u064f"


def _speaking_country(doc: Document, g: Group) -> bool:
    """A country named as a subject (قالت كوريا الجنوبية إنها اتفقت): no preposition governs it
    and it is no dateline's (دبي، الإمارات العربية المتحدة (CNN)— أعلن أنه …)."""
    return _ungoverned(g) and all(m.kind == "country" for m in g.members) \
        and not (g.last < len(doc.tokens) and doc.tokens[g.last].text == "(")


def _passive_spelling(word: str) -> bool:
    """A past verb spelled as a passive: a damma on its first letters (اعتُقل، قُتل), or ألقي
    for the active ألقى (وألقي القبض على …)."""
    w = word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word
    return _DAMMA in w[:4] or w.startswith(("ألقي", "أُلقي"))


def _charged_with(doc: Document, g: Group, limit: int) -> bool:
    """Whether a ب-phrase follows the group directly (اتهام روسيا بالوقوف وراء الهجوم)."""
    return g.last < limit and any(a.has("ب") for a in analyses(doc.tokens[g.last].norm)[:3])


# Accusations a denial or a refusal answers (نفت الاتهامات، رفضت اتهامات واشنطن).
ACCUSATIONS = frozenset(norm(w) for w in ("الاتهامات", "اتهامات", "الاتهام", "اتهام", "التهم", "التهمة", "المزاعم",
                                          "مزاعم", "الادعاءات", "ادعاءات"))
_RESULTED_REACH = 6  # tokens from أسفر to the عن of what it resulted in (a date between)
_UNTO = norm("إلى")
_SUBJECTED_REACH = 10  # tokens from تعرض to the ل-noun it underwent (its subject, a place, a time between)
_REFUSED_REACH = 10  # tokens from a refusal to the party what is refused concerns
_ACCUSATION_REACH = 4  # words from a refusal to the accusations it names (its subject between)


@lru_cache(maxsize=1)
def _pacts() -> dict[tuple[str, ...], str]:
    return {tuple(norm(w) for w in row["name"].split()): row["party"] for row in read_tsv("events", "pacts.tsv")}


def _pact_at(doc: Document, i: int, limit: int) -> Optional[str]:
    """The other party of the named agreement starting at token ``i`` (من الاتفاق النووي)."""
    for words, party in _pacts().items():
        end = i + len(words)
        if end <= limit and any(a.stem == words[0] for a in analyses(doc.tokens[i].norm)[:3]) \
                and all(doc.tokens[i + k].norm == w for k, w in enumerate(words[1:], start=1)):
            return party
    return None


def _patient_genitive(row: TriggerRow) -> bool:
    """Whether a verbal noun's genitive is who the act is done to (اعتقال المهاجرين) rather
    than who does it (انسحاب أميركا، غارات التحالف: rows flagged agent_genitive). An envoy's
    summons is done to the envoy named after it, whatever its type (استدعاء السفير الروسي)."""
    return (row.event_type in PATIENT_GENITIVE or "envoy" in row.flags) and "agent_genitive" not in row.flags


def _object_after_doer(doc: Document, after: list[Group], genitive: Group, row: TriggerRow) -> Optional[Group]:
    """The patient of a verbal noun whose genitive is its doer: a ل-phrase right after the
    genitive (احتجاز تركيا للقس), or the row's recipient preposition a few tokens on (فرض الصين
    رسوما على …). None where nothing marks the genitive as the doer."""
    nxt = next((g for g in after if g.first >= genitive.last), None)
    if nxt is None:
        return None
    if nxt.gov == "ل" and nxt.first == genitive.last:
        return nxt
    if row.event_type == "SANCTION" and nxt.gov in row.recipient and nxt.gov != "ل" \
            and nxt.first - genitive.last <= _DOER_OBJECT_GAP:
        return nxt
    return None


def _genitive_of(doc: Document, after: list[Group], nouns: frozenset[str], start: int, end: int) -> Optional[Group]:
    """The party right after the first of ``nouns`` in tokens [start, end), as its genitive
    (رفضت موسكو اتهامات واشنطن، قضت محكمة بإعدام عشماوي)."""
    at = next((i for i in range(start, end) if any(a.stem in nouns for a in analyses(doc.tokens[i].norm)[:3])), None)
    if at is None:
        return None
    return next((g for g in after if g.first == at + 1 and g.gov in (None, "of")), None)


def _doer_welcomed(doc: Document, after: list[Group], t1: int, limit: int) -> Optional[Group]:
    """رحبت بالخطوات التي أعلنها الرئيس الأميركي، رحبت بقيام الولايات المتحدة بتصنيف …، أشاد
    بدور المملكة: support for a party's act or step goes to that party — the genitive of the
    ب-noun, or the subject of the relative clause after it."""
    tokens = doc.tokens
    at = next((i for i in range(t1, min(limit, t1 + _WELCOMED_REACH))
               if any(a.prefixes[:1] == ("ب",) and (a.stem in matter_nouns() or a.stem in _WELCOMED_MORE)
                      for a in analyses(tokens[i].norm))), None)
    if at is None:
        return None
    if at + 2 < limit and tokens[at + 1].norm in RELATIVES:
        return next((g for g in after if at + 2 < g.first <= at + 4 and _ungoverned(g) and not g.is_place), None)
    return next((g for g in after if g.first == at + 1 and g.gov in (None, "of", "ب")), None)


# Acts one may receive from no one named (تلقى تهديدات): their receiver is who they are aimed at.
_RECEIVED_UNSIGNED = frozenset(("THREATEN",))


def _is_receiving(doc: Document, i: int) -> bool:
    return any(a.stem in RECEIVING for a in analyses(doc.tokens[i].norm)[:3])


def _is_passive_light(doc: Document, i: int) -> bool:
    return i >= 0 and any(a.stem in PASSIVE_LIGHT for a in analyses(doc.tokens[i].norm)[:3])


_DONE = frozenset(past_forms("تم") | present_forms("تم"))


def _relative_antecedent(doc: Document, groups: list[Group], i: int, s_first: int) -> Optional[Group]:
    """The party a relative pronoun right before light verb ``i`` refers to (مولر الذي يجري):
    the verb is active (أجرى, not the passive جرى), with that party as its subject."""
    if i <= s_first or doc.tokens[i - 1].norm not in RELATIVES or not _is_light(doc, i) \
            or any(a.stem in _DONE for a in analyses(doc.tokens[i].norm)[:3]):
        return None  # التي تم الاتفاق عليها: تم is passive all the same
    return _antecedent(groups, i - 1, s_first)


# What a verb's object pronoun may stand for: ها a state, a body or a capital (اتهمها), هم
# people (حذرهم), ه a person or a state (انتقده)
_PRONOUN_KINDS = {"ها": ("country", "body", "org", "place"), "هم": ("group", "person", "body"),
                  "هما": ("group", "person", "country"), "ه": ("person", "country")}


def _pronoun_object(doc: Document, groups: list[Group], t0: int, s_first: int, row: TriggerRow,
                    actor: Optional[Group]) -> Optional[Group]:
    """The party an object pronoun on a verb that opens a coordinated clause refers to (وأشاد …
    بالموقف الأميركي من إيران، واتهمها بدعم الإرهاب): the nearest fitting party before the
    verb in its sentence that is not its subject. (Not after a relative or a noun, where the
    pronoun is mostly a thing: round 46, 29 false alarms and no match.)"""
    suffix = next((a.suffix for a in analyses(doc.tokens[t0].norm)
                   if a.suffix in _PRONOUN_KINDS and a.stem in row_forms(row.id) and "و" in a.prefixes), None)
    if suffix is None or row.id == "describe":
        return None
    return next((g for g in reversed(groups) if s_first <= g.first and g.last <= t0 and g is not actor
                 and g.members[0].kind in _PRONOUN_KINDS[suffix] and (g.members[0].kind != "place" or g.is_capital)
                 and (suffix in ("هم", "هما")) == (len(g.members) > 1 or g.members[0].number != "sg")
                 and not victims(g)), None)


def _antecedent(groups: list[Group], rel: int, s_first: int) -> Optional[Group]:
    """The party right before the relative pronoun at token ``rel``, governed or not."""
    return next((g for g in reversed(groups) if s_first <= g.first and g.last <= rel
                 and rel - g.last <= 1 and not g.is_location), None)


# A pronoun or particle before a verb is no noun it describes (نحن ندعم، سوف تقدم); a
# preposition with a pronoun right after it points back to the noun, whose verb then has its
# subject after it (وثيقة تعهدت فيها كوريا الشمالية)
_NOT_DESCRIBED = frozenset(norm(w) for w in ("نحن", "ونحن", "أنا", "وأنا", "سوف", "وسوف"))
_RESUMPTIVE = frozenset(norm(p + s) for p in ("في", "ب", "على", "من", "خلال", "مع", "عن")
                        for s in ("ه", "ها", "هم", "هما"))


def _attributive(doc: Document, t0: int, s_first: int, groups: list[Group]) -> bool:
    """A verb directly after a noun that is no actor (شعارات تطالب) describes that noun."""
    if t0 <= s_first:
        return False
    prev = doc.tokens[t0 - 1]
    if prev.kind != "word" or any(g.first <= t0 - 1 < g.last for g in groups):
        return False
    if any(a.stem in function_words() for a in analyses(prev.norm)[:3]) or _is_light(doc, t0 - 1) \
            or prev.norm in _NOT_DESCRIBED or in_date(doc, t0 - 1):
        return False  # nor a date (وفي نوفمبر اعتقلت السلطات): it says when, the subject follows
    if t0 + 1 < len(doc.tokens) and doc.tokens[t0 + 1].norm in _RESUMPTIVE:
        return False  # وثيقة تعهدت فيها كوريا الشمالية: the noun is where, the subject follows
    return not prev.norm.endswith("ا")  # accusative adverbs (مجددا، رسميا) modify the verb


def _kana_subject(doc: Document, groups: list[Group], t0: int, lo: int) -> Optional[Group]:
    """The subject a كان clause puts before its verb: وكان رئيس الجمعية، فلان، قد دعا (any
    distance up to KANA_REACH when قد stands before the verb), وكانت القوات الأمنية في المحافظة
    تصدت (a subject and at most a short prepositional phrase); a country there is the subject
    too (وكانت الولايات المتحدة حذرت سوريا), other places are where."""
    tokens = doc.tokens
    qad = t0 > lo and tokens[t0 - 1].norm == _QAD
    k = next((i for i in range(t0 - 1, max(lo, t0 - KANA_REACH) - 1, -1) if is_kana(doc, i)), None)
    if k is None:
        return None
    g = next((g for g in groups if k < g.first <= k + 2 and g.last <= t0), None)
    if g is None or not _ungoverned(g) or g.is_location and not _speaking_country(doc, g):
        return None
    stretch = tokens[g.last:t0]
    if qad or len(stretch) <= 5 and _content_words(doc, groups, g.last, t0) <= 2 \
            and not any(t.kind == "punct" for t in stretch) \
            and (not stretch or any(t.norm in PREPOSITIONS for t in stretch)):
        return g
    return None


_GATHERING = frozenset(norm(w) for w in ("يضم", "تضم", "ضم", "ضمت", "يجمع", "تجمع", "جمع", "جمعت"))
_GATHERING_REACH = 3  # tokens from a meeting's noun to its verb of bringing together (اجتماعا رباعيا يضم)


def _gathered(doc: Document, after: list[Group], t1: int, limit: int) -> Optional[Group]:
    """The list of parties a meeting brings together (قمة تجمع مصر والسودان وإثيوبيا)."""
    at = next((i for i in range(t1, min(limit, t1 + _GATHERING_REACH)) if doc.tokens[i].norm in _GATHERING), None)
    if at is None:
        return None
    return next((g for g in after if g.first == at + 1 and _ungoverned(g) and len(g.members) > 1), None)


def _after(groups: list[Group], pos: int, limit: int) -> list[Group]:
    return [g for g in groups if pos <= g.first < limit]


def _renames(a: Group, b: Group) -> bool:
    """Whether ``b`` may be an apposition of ``a``: a person of a person, a body or
    organisation of a body or organisation."""
    ka, kb = a.members[-1].kind, b.members[0].kind
    return ka == kb == "person" or ka in ("body", "org") and kb in ("body", "org")


def _recipient(doc: Document, groups: list[Group], start: int, limit: int, cues: tuple[str, ...],
               exclude: Optional[Group], allow_obj: bool, visit: bool = False,
               party_places: bool = False) -> Optional[Group]:
    """The first group after the trigger governed by one of the trigger's prepositions, or
    (for "obj") the first ungoverned one close after the verb and its subject. With
    ``party_places`` a capital after مع/على/ضد, or as the object right after the verb and its
    subject, is its government (قطعت علاقاتها مع الدوحة، تحذر أنقرة; not اتفاقية باريس)."""
    obj_from = max(start, exclude.last if exclude is not None and exclude.first >= start else start)
    tokens = doc.tokens
    clause_end = next((i for i in range(start, limit) if tokens[i].norm in _COMPLEMENTIZERS), limit)
    for g in _after(groups, start, limit):
        if g is exclude:
            continue
        if exclude is not None and g.gov is None and 0 < g.first - exclude.last <= 2 and all(
                tokens[i].kind == "punct" for i in range(exclude.last, g.first)) and _renames(exclude, g):
            continue  # وكالة الأنباء السورية "سانا": an apposition renames the actor (a person or a
            # ministry is not renamed by a government or a country: اتهمت الخارجية التركية، الولايات المتحدة;
            # nor by a phrase behind a preposition: التقى الوزير، فلان، بوزير الخارجية السعودي)
        if g.first >= clause_end and g.gov not in cues:
            break  # نفى أن تكون الجزائر …: what follows أن is the content, not the party
        if g.gov in cues and (not g.is_place or visit or party_places and g.gov in _PARTY_PREPS and g.is_capital):
            return g
        if g.gov in cues and g.gov != "obj" and g.is_place and not party_places:
            break  # قصف … على الغوطة: a place attacked is where, not whom, and no later party is
        if allow_obj and "obj" in cues and g.gov is None and (not g.is_place or visit or party_places and g.is_capital
                                                             and g.first == obj_from) \
                and not any(tokens[i].norm in _OBJECT_STOPS  # not a count's من/عن: أكثر من 40
                            and not (i + 1 < len(tokens) and is_count(tokens[i + 1]))
                            for i in range(obj_from, g.first)) \
                and (g.first - obj_from <= _MAX_OBJECT_GAP or g.members[0].owner
                     or g.first - obj_from <= 2 * _MAX_OBJECT_GAP
                     and _content_words(doc, groups, obj_from, g.first) <= 2):
            return g  # a direct object (a place only for visits: زار الرباط)
        if allow_obj and "obj" in cues and g.gov == "ل" and g.first == obj_from + 1 and not g.is_place \
                and tokens[obj_from].kind == "word" and not tokens[obj_from].norm.startswith(("ال", "وال")) \
                and tokens[obj_from].norm not in PREPOSITIONS and tokens[obj_from].norm not in _OBJECT_STOPS:
            return g  # قصفت فرنسا مواقع للحكومة السورية: what was acted on is the party's
    return None


def find_arguments(doc: Document, groups: list[Group], t0: int, t1: int, form: TriggerForm,
                   s_first: int, s_last: int, next_trigger: int, prev_trigger: int = 0) -> Arguments:
    """Actor and recipient groups for the trigger at tokens [t0, t1) of one sentence."""
    row = form.row
    args = Arguments()
    limit = min(s_last, max(next_trigger, t1 + 1))
    verb = form.pos in ("past", "present")
    party_places = row.event_type not in _PLACE_IS_WHERE
    passive = form.passive \
        or _is_passive_light(doc, t0 - 1) and _relative_antecedent(doc, groups, t0 - 1, s_first) is None \
        or form.pos == "past" and _passive_spelling(doc.tokens[t0].text) \
        or form.pos == "noun" and t0 > s_first and doc.tokens[t0 - 1].norm == "عن" and any(
            _is_passive_light(doc, k) for k in range(t0 - 2, max(s_first, t0 - _RESULTED_REACH) - 1, -1))
    # أسفرت الحملة، أمس الأحد، عن إيقاف 8 أشخاص: what a campaign resulted in was done by no one named
    args.passive = passive
    after = _after(groups, t1, limit)
    between_group = next((g for g in after if g.gov == "بين"), None)
    if between_group is not None and between_group.first >= t1 + 2 \
            and doc.tokens[between_group.first - 2].norm in _BETWEEN_HIM:
        # قمة بينه وبين نظيره الأميركي: the pronoun's antecedent is the other party
        owner = _possessor(doc, groups, between_group.first - 2, s_first)
        if owner is not None and owner is not between_group:
            between_group = Group(owner.members + between_group.members, "بين", owner.first, between_group.last)
    agent = next((g for g in after if g.gov == "agent"), None)

    if "evaluative" in row.flags:
        return evaluative_arguments(doc, groups, t0, t1, s_first, s_last, "deontic" in row.flags, args, _ungoverned,
                                    "described" in row.flags)
    if "reverse" in row.flags:
        # مثل الموقوفون أمام قاضي التحقيق: the subject undergoes, the أمام-phrase acts
        actor = next((g for g in after if g.gov in row.actor_prep), None)
        if actor is not None:
            subj = next((g for g in after if _ungoverned(g) and g.first < actor.first), None)
            args.actor, args.recipient, args.how = actor, subj, "reverse"
        return args
    kana = _kana_subject(doc, groups, t0, s_first) if verb and not passive else None
    if verb and not passive and kana is None and _attributive(doc, t0, s_first, groups):
        # شعارات تطالب الحكومة، تقارير تتهم …: the verb's subject is the noun before it,
        # which is no actor; what follows is the object, not the subject
        args.how = "attributive"
        return args
    if _first_person(doc, t0, form):
        # الكويت: نقف إلى جانب الأردن وندعم اقتصاده، قالت الخارجية الروسية "نطالب السلطات
        # الأوكرانية": the speaker acts; what follows the verb is its object, never its subject
        args.actor = next((g for g in groups if s_first <= g.first and g.last <= t0 and _ungoverned(g)
                           and not (g.is_place and not g.is_capital)), None)
        args.how = "first-person"
        if args.actor is not None:
            args.recipient = _recipient(doc, groups, t1, limit, row.recipient, args.actor, allow_obj=True,
                                        party_places=party_places)
    elif verb and not passive:
        subj = None
        before = [g for g in groups if s_first <= g.first and g.last <= t0 and _ungoverned(g)]
        last = before[-1] if before else None
        between = {t.norm for t in doc.tokens[last.last:t0]} if last is not None else set()
        right_after = next((g for g in after if _ungoverned(g) and g.first - t1 <= 1 and not g.quantified), None)
        if last is not None and last.quantified and "passive_prone" in row.flags and not between - _PARTICLES:
            # 77 معتقلا منهم قتلوا: a count of people before قتلوا is who was killed
            args.recipient, args.how = last, "passive"
            last = None
        opener = last.first - 1 if last is not None else s_first
        while opener > s_first and doc.tokens[opener].text == "#":
            opener -= 1  # إن #موسكو حثت: a hashtag mark is no word
        first_after = next((g for g in after if _ungoverned(g) and g.first - t1 <= 1), None)
        that = pronoun_clause(doc, t0, s_first)
        pronoun = that and not (
            "passive_prone" in row.flags and first_after is not None
            and (first_after.quantified or victims(first_after)))  # ذكرت أنه قتل 5 أشخاص: impersonal
        if pronoun:
            # قال ترامب إنه سيلتقي بوتين: the pronoun is the speaker, the nearest subject before
            # it (not the outlet of a dateline: دبي (CNN)— أعلن رئيس الوزراء اليمني أنه بحث …);
            # what follows the verb is its object
            args.actor = next((g for g in reversed(before) if not g.is_location or _speaking_country(doc, g)), None)
            args.how = "pronoun" if args.actor is not None else args.how
            if "passive_prone" in row.flags and (t1 >= s_last or doc.tokens[t1].kind == "punct"
                                                  or doc.tokens[t1].norm in PREPOSITIONS):
                # ذكروا أنه قتل في جبهة الساحل: with no object the verb is passive, he was killed
                args.actor, args.recipient, args.how = None, args.actor, "passive"
        elif kana is not None:
            args.actor, args.how = kana, "kana"
        elif t0 > s_first and (doc.tokens[t0 - 1].norm in _BUT_HE or t0 - 1 > s_first and
                               f"{doc.tokens[t0 - 2].norm} {doc.tokens[t0 - 1].norm}" in _BUT_HE):
            # ويواجه المسؤول تهما، لكنه نفى: the pronoun is the sentence's subject
            args.actor, args.how = hal_subject(groups, s_first, t0), "but-he"
        elif last is not None and (
                t0 - last.last <= 3 and last.first > s_first
                and doc.tokens[opener].norm in _COMPLEMENTIZERS
                and not any(t.norm in _CLAUSE_OPENERS for t in doc.tokens[last.last:t0])
                or between and between <= _PARTICLES
                or not between and (right_after is None or last.first == s_first)):
            # أن وفدا عراقيا سيزور أنقرة، وكانت السلطات قد احتجزت، الشرطة اعتقلت:
            # a subject right before the verb (after أن/إن, or with only قد/لم between)
            args.actor, args.how = last, "subject-first"
        elif t0 > s_first and doc.tokens[t0 - 1].norm in RELATIVES:
            # هافانا التي تتهم الولايات المتحدة: the antecedent is the subject, what follows the object
            ante = next((g for g in reversed(before) if t0 - 1 - g.last <= 1), None) if before else None
            if any(a.suffix in PRONOUN_SUFFIXES and a.stem in row_forms(row.id) for a in analyses(doc.tokens[t0].norm)):
                # الجنديين اللذين تحتجزهما تركيا: the antecedent is the object, the subject follows;
                # the object may stand behind a preposition (بينه وبين بوتين الذي تتهمه وكالات …)
                args.actor = next((g for g in after if _ungoverned(g) and g.first - t1 <= 2), None)
                args.recipient, args.how = _antecedent(groups, t0 - 1, s_first), "relative"
                if args.actor is None:
                    return args
            elif ante is not None:
                args.actor, args.how = ante, "relative"
            else:
                return args
        else:
            visit = row.event_type == "CONSULT" and row.mode == "visit"
            subj = next((g for g in after if _ungoverned(g) and g.first - t1 <= _MAX_SUBJECT_GAP
                         and not _content_words(doc, groups, t1, g.first)
                         and not (visit and g.is_location)), None)  # يزور إسرائيل: where, not who
        lone_victim = subj is not None and "passive_prone" in row.flags and victims(subj) and not any(
            _ungoverned(g) for g in after if g.first >= subj.last and g.first - subj.last <= _MAX_OBJECT_GAP)
        if subj is not None and (subj.quantified or lone_victim) and "passive_prone" in row.flags:
            # قتل 20 شخصا / اعتقل ثلاثة أشخاص: read as passive, the count is the patient
            args.recipient = subj
            subj = None
            args.how = "passive"
        elif subj is not None and subj.first == t1 and doc.tokens[t1 - 1].norm in _CONSTRUCT_ENDS:
            # وأطلق سراح إبراهيم: the genitive right after أطلق سراح was released; no doer is named
            args.recipient, args.passive, args.how = subj, True, "passive"
            subj = None
        if subj is not None:
            args.actor, args.how = subj, "subject"
        elif args.actor is None and not that:
            if before:
                g = before[-1]
                stretch = doc.tokens[g.last:t0]
                pre = doc.tokens[g.first - 1].norm if g.first > s_first else ""
                plain = len(stretch) <= 3 and all(
                    t.kind in ("num", "punct") or t.norm in function_words() and t.norm not in _CLAUSE_OPENERS
                    for t in stretch) and sum(t.text in ("،", ",") for t in stretch) <= 1
                if plain or pre in _COMPLEMENTIZERS or g.first == s_first:
                    args.actor, args.how = g, "subject-first"
        by = (agent or _by_attack(doc, after)) if "passive_prone" in row.flags else None
        if by is not None and (args.actor is None or victims(args.actor) or args.actor.members[0].kind == "country"):
            # قتل فلسطيني وأصيب العشرات برصاص الجيش الإسرائيلي، طفل فلسطيني قتل بقصف إسرائيلي،
            # قتل 132 فلسطينيا على أيدي قوات الاحتلال: an agent phrase makes the verb passive;
            # the subject it seemed to have was killed
            args.recipient = args.actor or args.recipient
            args.actor, args.how = by, "agent"
        if args.recipient is None:
            args.recipient = _recipient(doc, groups, t1, limit, row.recipient, args.actor, allow_obj=True,
                                        visit=row.event_type == "CONSULT",
                                        party_places=party_places)
        if args.recipient is None and "obj" in row.recipient:
            args.recipient = _pronoun_object(doc, groups, t0, s_first, row, args.actor)
        if args.recipient is None and not party_places and "obj" in row.recipient:
            # قصف الجيش الإسرائيلي غزة: the place acted on, where it happened
            obj_from = args.actor.last if args.actor is not None and args.actor.first >= t1 else t1
            args.place_object = next((g for g in after if g.gov is None and g.is_place
                                      and 0 <= g.first - obj_from <= _MAX_OBJECT_GAP), None)
    else:
        # verbal noun: genitive, ل-phrase, actor preposition, or a light verb's subject
        first_after = after[0] if after else None
        # the genitive follows the noun directly, or after one adjective (زيارة رسمية لوزير)
        # (no bare genitive after an indefinite adjective ending the trigger: في اتصال هاتفي نظيره —
        # نظيره is the main verb's object, as a genitive would stand before the adjective; a
        # ل-phrase still follows it: غارة جوية لمقاتلات التحالف)
        last_word = doc.tokens[t1 - 1].norm
        described = t1 - t0 > 1 and not last_word.startswith("ال") and last_word.endswith(("ي", "يه"))
        adjacent = first_after is not None and not (described and first_after.gov is None) and (
            first_after.first == t1 or first_after.first - t1 == 1 and doc.tokens[t1].kind == "word"
            and doc.tokens[t1].norm not in PREPOSITIONS and doc.tokens[t1].norm not in _COMPLEMENTIZERS
            and not _is_light(doc, t1))  # هجوم شنه الحوثيون: the light verb's subject, no genitive
        patient = _patient_genitive(row)
        # a possessive pronoun is the doer, but not on acts done to someone, agent_genitive or not
        # (اعتقالهم; عقوباتها is too often misread)
        owner = _possessor(doc, groups, t0, s_first) if row.event_type not in PATIENT_GENITIVE else None
        # عقوبات أميركية، تحركات عسكرية إيرانية: the noun's nationality adjective is its actor
        nisba = next((g for g in after[:1] if g.members[0].head_at is not None
                      and t0 <= g.members[0].head_at < t1), None)
        undergoer = _undergoer(doc, groups, t0, s_first)
        requester = _requester(doc, after, t0, t1, s_first) if row.event_type == "REQUEST" else None
        if requester is not None:
            # بطلب من أنقرة، بناء على طلب من الحكومة السورية: whoever asked; what was asked is
            # the main clause's act, asked of the nearest party before (لقاء أميركي تركي)
            args.actor, args.how = requester, "requested-by"
            args.recipient = next((g for g in reversed(groups) if s_first <= g.first and g.last <= t0
                                   and (not g.is_location or g.is_capital) and not g.quantified
                                   and not victims(g)), None)
        elif undergoer is not None:
            # تعرضت معلمة للاعتداء من طرف ولي، تعرضت ميركل لانتقادات: the subject underwent it;
            # the doer is the agent phrase, if any
            args.recipient, args.actor, args.how = undergoer, agent, "agent" if agent is not None else "subjected"
        elif agent is not None:
            args.actor, args.how = agent, "agent"
            if patient and first_after is not agent and first_after.gov is None and not first_after.is_place \
                    and any(m.country for m in first_after.members) and (
                    adjacent or doc.tokens[t1].kind == "num" and first_after.first - t1 <= 2):
                # مقتل 60 فلسطينيا برصاص القوات الإسرائيلية: the agent phrase did it, the genitive
                # underwent it (one of no stated country is left to the place: اعتقال الصحفي من طرف
                # الشرطة المغربية is done to Morocco's people)
                args.recipient = first_after
        elif nisba is not None:
            args.actor, args.how = nisba, "nisba"
        elif owner is not None:
            # زيارته للقنصلية: the pronoun is the actor; it refers to the last person before it
            args.actor, args.how = owner, "possessive"
        elif row.event_type == "CONSULT" and (gathered := _gathered(doc, after, t1, limit)) is not None:
            # اجتماعا رباعيا يضم السعودية والأردن والإمارات والكويت: the parties it brings together
            args.actor, args.how = gathered, "between"
        elif between_group is not None and (between_group.first - t1 <= 3 or (
                row.event_type == "CONSULT" and between_group.first - t1 <= 6
                and not any(g.first < between_group.first for g in after)
                and not any(t.norm in PREPOSITIONS for t in doc.tokens[t1:between_group.first - 1]))):
            # قمة ومؤتمر صحفي مثيرين للجدل بين ترامب وبوتين: words that describe a meeting may
            # stand between it and its parties; a phrase of its own (اللقاء عن اتفاق على التعاون
            # بين الجانبين) or other parties may not
            args.actor, args.how = between_group, "between"
        elif patient and first_after is not None and first_after.gov is None \
                and not first_after.is_place and doc.tokens[t1].kind == "num" and first_after.first - t1 <= 2:
            args.recipient = first_after  # طرد 23 دبلوماسيا روسيا، اعتقال 5 أتراك: the counted are the patient
        elif adjacent and first_after.gov is None and row.mode == "visit" and first_after.members[0].kind == "country":
            args.recipient = first_after  # يعتزم لافروف زيارة كوريا الشمالية: the country visited
        elif adjacent and first_after.gov is None and not first_after.is_place and not _definite(doc, t0):
            if patient and (undergoes := _object_after_doer(doc, after, first_after, row)) is not None:
                # احتجاز تركيا للقس، فرض الصين رسوما على الواردات الأميركية: with the act's
                # object or addressee named after it, the genitive is the doer
                args.actor, args.recipient, args.how = first_after, undergoes, "genitive"
            elif patient or _participle(doc, t0, t1, s_first) \
                    or row.mode == "allege" and _charged_with(doc, first_after, limit):
                # …، متهما الولايات المتحدة: a participle's object, its actor the clause's subject (hal);
                # اتهام روسيا بالوقوف وراء الهجوم: whoever is charged with something is the accused
                args.recipient = first_after
            else:
                args.actor, args.how = first_after, "genitive"
        elif adjacent and first_after.gov == "ل" and not first_after.is_place and row.event_type in _LI_AGENT \
                and first_after.members[0].kind in ("person", "body", "group", "org") \
                and not (t0 > s_first and any(a.stem in _DIRECTING for a in analyses(doc.tokens[t0 - 1].norm)[:3])):
            # غارة للتحالف; not توجيه ضربة لقوات النظام (a strike directed at them)
            args.actor, args.how = first_after, "li-agent"
        if args.actor is None and row.actor_prep:
            g = next((g for g in after if g.gov in row.actor_prep and not g.is_place and g.first - t1 <= 3), None)
            if g is not None:
                args.actor, args.how = g, "actor-prep"
        if args.actor is None:
            # تفجير … تبنّته حركة الشباب، هجوم نفذه مسلحون: a light verb after the noun, with
            # a pronoun for it, names the actor as its subject
            for i in range(t1, min(limit, t1 + 5)):
                if _is_light(doc, i) and any(a.suffix in ("ه", "ها") for a in analyses(doc.tokens[i].norm)):
                    g = next((g for g in after if g.first > i and g.first - i <= 2 and _ungoverned(g)), None)
                    if g is not None:
                        args.actor, args.how = g, "claimed-by"
                    break
        if args.actor is None and "passive_prone" in row.flags:
            # مقتل مزارع برصاص الاحتلال: the owner of the fire that killed
            args.actor = _by_attack(doc, after)
            args.how = "agent" if args.actor is not None else args.how
        if args.actor is None and not passive:
            # the light verb may stand before a long subject (تلقى نائب رئيس الوزراء وزير
            # الخارجية … فارس العدوان، اليوم الاثنين، اتصالا هاتفيا): look back to the
            # previous trigger, at most LIGHT_REACH tokens
            lo = max(s_first, prev_trigger, t0 - LIGHT_REACH)
            lv = next((i for i in range(t0 - 1, lo - 1, -1) if _is_light(doc, i)), None)
            # between a light verb and its noun: its subject, dates, adverbs, commas
            if lv is not None and _content_words(doc, groups, lv + 1, t0) > 1:
                lv = None
            inside = [g for g in groups if lv < g.first and g.last <= t0 and _ungoverned(g)] if lv is not None else []
            if lv is not None and (not _is_passive_light(doc, lv) or inside and inside[0].first == lv + 1):
                # تجري الشرطة الفرنسية تحقيقا: with its subject after it, جرى is active (أجرى)
                args.light_verb = lv
                before = [g for g in groups if s_first <= g.first and g.last <= lv and _ungoverned(g)]
                subject = inside[0] if inside else (
                    before[-1] if before and lv - before[-1].last <= 3 else None)
                if subject is not None and "not_light" in row.flags \
                        and not all(set(m.sector) & {"MIL", "COP"} for m in subject.members):
                    subject = None  # أعلنت وزارة الصحة مقتل مزارع: who reports it (an army that announces a killing did it)
                if subject is not None and _is_receiving(doc, lv):
                    # تلقى X اتصالا/دعوة/مساعدات من Y: Y is the actor, X the recipient
                    giver = next((g for g in after if g.gov == "من"), None)
                    if giver is not None:
                        args.actor, args.recipient, args.how = giver, subject, "received-from"
                    elif row.event_type in _RECEIVED_UNSIGNED:
                        # تلقت الصحفية تهديدات بالقتل: from no one named, made all the same
                        args.recipient, args.how = subject, "subjected"
                elif subject is not None:
                    args.actor, args.how = subject, "light-verb"
            elif lv is not None and (ante := _relative_antecedent(doc, groups, lv, s_first)) is not None:
                # مولر الذي يجري تحقيقا: after a relative the light verb is active, its antecedent the doer
                args.light_verb = lv
                args.actor, args.how = ante, "relative"
            elif lv is not None:
                args.passive = True
        if args.recipient is None:
            args.recipient = _recipient(doc, groups, t1, limit, tuple(c for c in row.recipient if c != "obj"),
                                        args.actor, allow_obj=False, visit=row.event_type == "CONSULT",
                                        party_places=party_places)
        if "document" in row.flags and args.how in ("nisba", "genitive") and len(args.actor.members) == 1 \
                and not (args.actor.last < len(doc.tokens) and doc.tokens[args.actor.last].norm in _ON):
            # الاتفاق النووي الإيراني، اتفاق إيران النووي: a standing document's name, not the act
            # of agreeing (اتفاق الطرفين على وقف النار، الاتفاق الروسي - الإسرائيلي are)
            args.actor, args.how = None, "document"
        elif "document" in row.flags and args.how == "between" and _cited(doc, t0, s_first):
            # بالخرق لاتفاقية فك الاشتباك بين سوريا وإسرائيل، من اتفاق التبادل الحر بين …: an
            # agreement referred to, between its parties, is a document, not the act of agreeing
            args.actor, args.how = None, "document"
    if args.recipient is None and args.place_object is None and not party_places:
        # الهجوم الإسرائيلي على غزة، غارات على صنعاء: the place the act is aimed at is where it happened
        args.place_object = next((g for g in after if g.is_place and g.gov in row.recipient and g.gov != "obj"
                                  and g.first - t1 <= _PLACE_AIM_REACH), None)
    if args.actor is None and not verb and t0 > s_first and doc.tokens[t0 - 1].text in ("،", ",") \
            and not doc.tokens[t0].norm.startswith("ال") and args.how != "subjected" \
            and "not_light" not in row.flags:
        # …، مطالبة بإصدار تصاريح / …، داعيا إلى: a circumstantial participle after a comma
        # shares the subject of the main clause (the coder fills it in: see hal_subject)
        args.how = "hal"
        if args.recipient is None:
            args.recipient = next((g for g in reversed(groups) if s_first <= g.first and g.last <= t0
                                   and (g.gov in row.recipient or g.gov in ("الي", "ل"))), None)
    if not verb and args.recipient is None:
        # عقوبات أميركية جديدة تطال حسن نصر الله، حملة اعتقالات طالت العديد من الشباب: a verb
        # of reaching right after the noun takes its recipient as object
        reach = next((i for i in range(t1, min(limit, t1 + REACH_AFTER_NOUN + 1)) if doc.tokens[i].norm in REACHING),
                     None)
        if reach is not None:
            args.recipient = next((g for g in after if g.first > reach and g.first - reach <= 4
                                   and _ungoverned(g) and not g.is_location), None)
    if verb and args.recipient is None and row.requires and row.event_type in PATIENT_GENITIVE:
        # قضت محكمة بإعدام عشماوي: the genitive of the required noun is who it is done to
        args.recipient = _genitive_of(doc, after, row.requires, t1, limit)
    if row.event_type == "THREATEN" and args.recipient is None:
        # هدد بإغلاق المطارات إذا أصرت ألمانيا على …: a threat is made to whoever the condition
        # it sets is about
        cond = next((i for i in range(t1, s_last) if doc.tokens[i].norm in _CONDITIONS), None)
        if cond is not None:
            args.recipient = next((g for g in groups if cond < g.first <= cond + _CONDITION_REACH
                                   and _ungoverned(g) and not g.is_place and g is not args.actor), None)
    if row.event_type == "SUPPORT" and args.recipient is None:
        args.recipient = _doer_welcomed(doc, after, t1, limit)
    if row.event_type == "REJECT" and args.recipient is None:
        # رفضت موسكو اتهامات واشنطن: the genitive of the accusations refused is the accuser
        args.recipient = _genitive_of(doc, after, ACCUSATIONS, t1, min(limit, t1 + _ACCUSATION_REACH))
        if args.recipient is None and verb and "claim" not in row.flags:
            # رفض فكرة التفاوض مع الولايات المتحدة: the party the refused thing concerns (what
            # is denied, نفت موسكو ضلوعها في الهجوم، is a claim, and its parties are no addressee)
            args.recipient = next((g for g in after if not g.is_place and g is not args.actor
                                   and g.first - t1 <= _REFUSED_REACH and g.gov != "agent"), None)
    if row.event_type == "RETREAT" and args.recipient is None:
        # انسحبت من الاتفاق النووي المبرم مع إيران: the agreement's other party is the recipient
        pact = next((i for i in range(t1, min(limit, t1 + _PACT_REACH)) if doc.tokens[i].norm in _PACTS), None)
        if pact is not None:
            args.recipient = next((g for g in after if g.gov == "مع" and 0 < g.first - pact <= _PACT_REACH), None)
        if args.recipient is None:
            # انسحاب أميركا من الاتفاق النووي: a known agreement names its other party
            args.pact_party = next((p for i in range(t1, min(limit, t1 + _PACT_REACH))
                                    if (p := _pact_at(doc, i, limit)) is not None), None)
    if "envoy" in row.flags and args.recipient is None:
        # أغلقت سفارة إيران، سحبت سفيرها في برلين: the embassy's or envoy's country is the recipient
        at = next((i for i in range(t1, min(limit, t1 + _ENVOY_REACH))
                   if any(a.stem in row.requires for a in analyses(doc.tokens[i].norm))), None)
        if at is not None:
            args.recipient = next((g for g in after if g.first - at in (1, 2) and g.gov in (None, "في", "لدي")
                                   and g is not args.actor), None)
    if "capital_of" in row.flags and args.recipient is None:
        # اعترف بالقدس عاصمة لإسرائيل: the state whose capital it is recognised as
        at = next((i for i in range(t1, limit) if doc.tokens[i].norm in _CAPITAL), None)
        if at is not None:
            args.recipient = next((g for g in after if g.gov == "ل" and g.first - at == 1), None)
    if ("host" in row.flags or row.event_type == "REJECT") and args.recipient is not None and (
            args.recipient.quantified or all(set(m.sector) & {"CVL", "REF"} for m in args.recipient.members)):
        # نستقبل أفضل المهاجرين (people taken in, no visitors), رفض قائمة تضم 45 مواطنا (the people
        # are the matter): counted people or civilians are no party to these
        args.recipient = None
    if row.event_type == "ASSAULT" and args.recipient is None:
        # أسفر عن مقتل 120 شخصا: the casualties are the recipient
        for g in after:
            if g.quantified and any(doc.tokens[i].norm in _CASUALTY for i in range(max(t1, g.first - 5), g.first)):
                args.recipient = g
                break
    if args.actor is not None:
        # يزور الأمير، رفقة رئيس الوزراء، …: the companion is a co-actor
        args.reciprocal += [g for g in after if g.gov in _COMPANION and g.first - args.actor.last <= 3]
        if args.recipient is not None and args.recipient.gov in _COMPANION:
            args.recipient = None
    if "host" in row.flags and args.recipient is not None and args.actor is not None:
        # استقبل الوزير نظيره: PLOVER codes the visitor as actor and the host as recipient
        args.actor, args.recipient = args.recipient, args.actor
        args.how = "host"
    join_reciprocal(args, row)
    if row.event_type == "ASSAULT" and "reciprocal" in row.flags and form.pos == "noun" and args.actor is None \
            and args.recipient is not None and args.recipient.gov == "مع":
        # قتلوا في اشتباكات مع قوات الأمن: a clash is mutual; its مع-party is a side of it
        args.actor, args.recipient, args.how = args.recipient, None, "companion"
    if args.actor is not None and args.actor is args.recipient and "passive_prone" in row.flags:
        # كان على متنها 110 أشخاص قتل 107 منهم: one phrase cannot be both sides; the count is who was killed
        args.actor, args.passive, args.how = None, True, "passive"
    return args


def join_reciprocal(args: Arguments, row: TriggerRow) -> None:
    """A reciprocal row's other party (اشتبك مع، قمة مع، مفاوضات مع) is a co-actor once the doer is
    known, with no recipient: PLOVER's rule for mutual acts. Called where the argument rules
    find the doer and again where the coder's later rules (the speaker, the decider) do."""
    if "reciprocal" in row.flags and args.recipient is not None and args.actor is not None:
        args.reciprocal.append(args.recipient)
        args.recipient = None


def _first_person(doc: Document, t0: int, form: TriggerForm) -> bool:
    """نطالب، ندعم، أطالب: a present form whose person prefix is ن or أ (the generated present
    forms always begin with their person prefix). A past form in ـنا is left alone: it reads as
    well as a verb with the object «us» (هاجمنا)."""
    return form.pos == "present" and any(
        a.stem in row_forms(form.row.id) and not a.suffix and a.stem[:1] in ("ن", "ا")
        for a in analyses(doc.tokens[t0].norm))


def hal_subject(groups: list[Group], s_first: int, t0: int) -> Optional[Group]:
    """The main clause's subject when no earlier trigger gave one: the first ungoverned
    actor phrase of the sentence that is not a place."""
    return next((g for g in groups if s_first <= g.first and g.last <= t0 and _ungoverned(g)
                 and not g.is_location), None)


_RELATIVE_OPENERS = RELATIVES | {norm("ما")}


def nearest_subject(doc: Document, groups: list[Group], s_first: int, t0: int) -> Optional[Group]:
    """The last ungoverned actor phrase before token ``t0`` (no place) as the doer of the act
    named there, unless a relative pronoun or ما stands between them (ما تواجهه المنطقة من
    تهديدات: the phrase is outside the clause) or a verb of undergoing, facing or receiving (لاقى
    انتقادات، يواجه اتهامات: the phrase is who the act is aimed at)."""
    before = [g for g in groups if s_first <= g.first and g.last <= t0 and _ungoverned(g) and not g.is_location]
    if not before:
        return None
    between = doc.tokens[before[-1].last:t0]
    if any(t.norm in _RELATIVE_OPENERS for t in between) or any(
            a.stem in FACING or a.stem in SUBJECTED or a.stem in RECEIVING for t in between for a in analyses(t.norm)[:3]):
        return None
    return before[-1]


# Words that make a meeting the circumstance of the sentence's main act (قالت ماي بعد اجتماع مع
# ميركل، وأضاف لافروف في مؤتمر صحافي مع نظيره).
CIRCUMSTANCE = frozenset(norm(w) for w in ("في", "خلال", "بعد", "عقب", "إثر", "أثناء", "لدى", "قبل"))


def sentence_subject(groups: list[Group], s_first: int, s_last: int, exclude: Optional[Group],
                     trigger: tuple[int, int]) -> Optional[Group]:
    """The sentence's main actor: its first ungoverned actor phrase that is no place, not
    ``exclude`` and not inside the trigger (مؤتمر صحفي is no journalist), wherever it stands."""
    return next((g for g in groups if s_first <= g.first < s_last and _ungoverned(g) and not g.is_location
                 and g is not exclude and not trigger[0] <= g.first < trigger[1]), None)
