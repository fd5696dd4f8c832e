"""Modality: did it happen (actual), is it planned (future), denied (negated), conditional
(hypothetical), or background from the past (historical)?

Event datasets count only actual events unless asked otherwise, so this is what keeps
"من المنتظر أن يصل الوزير" and "لم تعتقل الشرطة أحدا" out of the counts. The decision,
in order of strength:

1. a cue word before the trigger (or before its light verb, or the light verb itself:
   يعتزم زيارة) in the same sentence, within the cue's reach (data/events/modality.tsv):
   من المنتظر، سوف، لم، لن، إذا، كان قد …; failing that, منذ right after the trigger (a
   campaign going on since then: تشن هجوما منذ أسابيع) or «then» within four words after it
   (اتهمت بيونغيانغ وقتها) makes it historical, and an adjective
   of plan, or a relative pronoun and a verb in the future (القمة التي ستعقد), within three
   words after a noun with no verb (القمة المرتقبة) makes it future;
2. the future prefix سـ on the trigger or its light verb (سيزور، سيعقد لقاءات);
3. the event's resolved date against the article's date: later → future, more than five
   days earlier → historical (on the tuned gold batches, an act dated six or seven days back
   is background 7 times in 9, five days back 1 in 3); a week counts from its first day
   (الأسبوع الماضي: background 6 times in 9);
4. otherwise actual — unless (the event coder's rule, which knows the sentence's other acts)
   an act after the lead stands in a sentence that dates another act well before the news:
   then it is background too, with that date; and an act left actual by this default may still
   be read as background by the learned reader (:mod:`marsad.events.modality_model`).

A fifth value, ``generic`` (cues like دورية، بانتظام، عادة: habits, not events), is used
only to drop the event: PLOVER has no modality for it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from ..dates.lexicon import lexicon as date_lexicon
from ..doc import Document
from ..text.normalize import norm
from ..text.tokens import analyses
from .lexicon import light_verbs, modality_cues

HISTORICAL_AFTER = timedelta(days=5)
WEEK = timedelta(days=6)
GENERIC_AFTER = 6
SINCE_AFTER = 3  # tokens after a trigger where منذ makes it a campaign (تشن هجوما منذ أسابيع)
THEN_AFTER = 4  # tokens after a trigger where «then» makes it background (اتهمت بيونغيانغ وقتها)
_TIME_PREPOSITIONS = frozenset(norm(w) for w in ("بعد", "قبل", "منذ", "إثر", "عقب", "خلال", "أثناء"))
FUTURE_VERB_REACH = 6  # tokens before a noun where a light verb's سـ puts it ahead (سيجري … محادثات)
PLANNED_AFTER = 3  # tokens after a noun where an adjective of plan puts it ahead (قمة تاريخية مقررة)
_PLANNED = frozenset(norm(a + w + e) for a in ("", "ال") for w in ("مقرر", "مرتقب", "مزمع", "منتظر", "مقبل", "قادم")
                     for e in ("", "ة"))
KANA_REACH = 25  # tokens from كان to the قد of its pluperfect
_CLAUSE_BREAK = {".", "؛", ";", ":"}
# Relative pronouns: what follows them is a clause about a noun, with acts and dates of its own.
RELATIVES = frozenset(norm(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي"))
_SINCE = frozenset(norm(w) for w in ("منذ", "ومنذ"))
# «then»: an act told as of a time gone by (واتهمت بيونغيانغ وقتها بولتون، قالت حينها)
_THEN = frozenset(norm(w) for w in ("وقتها", "حينها", "آنذاك", "انذاك", "حينذاك", "حينئذ", "وقتئذ", "يومها",
                                    "وقتذاك", "يومئذ"))
# the first or the worst one since: news, not a campaign
_FIRST_OR_MOST = frozenset(norm(w) for w in (
    "أول", "الأول", "الأولى", "لأول", "أكبر", "الأكبر", "أكثر", "الأكثر", "أشد", "الأشد", "أعنف", "الأعنف",
    "أفدح", "الأفدح", "أسوأ", "الأسوأ", "أخطر", "الأخطر", "أعلى", "الأعلى", "أدنى", "الأدنى"))
_KANA = {"كان", "كانت", "كانا", "كانتا", "كانوا"}


@lru_cache(maxsize=1)
def _same_day() -> frozenset[str]:
    """Words that name a day of the news (the date lexicon's weekdays, times of day and today:
    الثلاثاء، صباح، اليوم): right after a background cue they keep the act in the news."""
    lx = date_lexicon()
    return frozenset(lx.weekdays) | frozenset(lx.times_of_day) | {w for w, d in lx.relative_days.items() if d == 0}


def is_kana(doc: Document, i: int) -> bool:
    """كان in any person, with or without و/ف: it opens a clause set in the past."""
    return any(a.stem in _KANA for a in analyses(doc.tokens[i].norm)[:2])


@dataclass
class Modality:
    value: str
    cue: str = ""  # the words that decided it, or "date" / "" for the default
    source: str = "default"  # "cue" | "prefix" | "date" | "context" | "learned" | "default"


_ANY = norm("أي")


def _has_future_prefix(doc: Document, i: int) -> bool:
    tok = doc.tokens[i]
    return any(a.has("س") for a in analyses(tok.norm)[:3] if a.stem[:1] in "يتن")


def _light_tense(doc: Document, i: int) -> str:
    lv = light_verbs()
    return next((lv[a.stem] for a in analyses(doc.tokens[i].norm) if a.stem in lv), "past")


def from_cues(doc: Document, t0: int, s_first: int, verb_pos: Optional[str],
              light_verb: Optional[int]) -> Optional[Modality]:
    """The nearest modality cue before the trigger (or its light verb) in the sentence."""
    anchor = light_verb if light_verb is not None else t0
    window_start = max(s_first, anchor - 14)
    found: Optional[tuple[int, str, str]] = None
    # a light verb may be the cue itself (يعتزم لافروف زيارة بيونغيانغ)
    for m in modality_cues().find_all(doc.tokens, window_start, anchor + (light_verb is not None)):
        value, reach = m.value
        if anchor - m.last > reach:
            continue
        if any(t.text in _CLAUSE_BREAK or t.norm in RELATIVES for t in doc.tokens[m.last:anchor]):
            continue  # لا تعتزم مبادلة الجنديين اللذين تحتجزهما: the cue stops at the relative clause
        cue = doc.text[doc.tokens[m.first].start:doc.tokens[m.last - 1].end]
        head = m.analysis.stem  # وقد، فلم: the cue word without its conjunction
        tense = verb_pos if light_verb is None else _light_tense(doc, light_verb)
        tense = None if tense == "noun" else tense
        if head == "قد" and (tense is None or m.last != anchor):
            continue  # قد governs the verb right after it: in كانت قد أعلنت أنها ستجتمع it is أعلنت's
        if head == "قد" and tense == "past":
            # قد + past is "has already"; كان … قد + past is the pluperfect of background
            # (the subject between them may be long: وكان رئيس الجمعية، فلان الفلاني، قد دعا)
            kana = None
            for k in range(m.first - 1, max(s_first, m.first - KANA_REACH) - 1, -1):
                if doc.tokens[k].text in _CLAUSE_BREAK:
                    break
                if is_kana(doc, k):
                    kana = k
                    break
            if kana is None:
                continue
            value, cue = "historical", doc.text[doc.tokens[kana].start:doc.tokens[m.last - 1].end]
            if found is None or kana > found[0]:
                found = (kana, value, cue)
            continue
        if head in ("لا", "لم", "لن", "لما") and tense is None and doc.tokens[anchor - 1].norm != _ANY \
                and m.last - m.first == 1:
            continue  # verbal negation needs a verb, or «أي» before the noun (لم تسجل أي مواجهات);
            # a negated verb of ability governs the noun (لم يتمكن من تفجيره)
        if head == "لا" and m.last < len(doc.tokens) and doc.tokens[m.last].norm.startswith("سيما"):
            continue
        if value == "historical" and any(t.norm in _same_day() for t in doc.tokens[m.last:min(anchor, m.last + 3)]):
            continue  # في وقت سابق اليوم، في وقت سابق الثلاثاء: earlier in the days of the news
        if found is None or m.first > found[0]:
            found = (m.first, value, cue)
    if found is None and verb_pos is None and anchor > s_first and doc.tokens[anchor - 1].norm == _ANY:
        # سنرد على أي عقوبات أميركية: "any sanctions", none imposed (with لم before it: negated)
        return Modality("hypothetical", doc.tokens[anchor - 1].text, "cue")
    if found is None:
        for m in modality_cues().find_all(doc.tokens, t0, min(len(doc.tokens), t0 + GENERIC_AFTER)):
            if m.value[0] == "generic":  # اجتماعات تنسيقية دورية: the cue follows the noun
                return Modality("generic", doc.text[doc.tokens[m.first].start:doc.tokens[m.last - 1].end], "cue")
        since = _since_after(doc, t0)
        if since is not None:
            return Modality("historical", since, "cue")
        then = _then_after(doc, t0)
        if then is not None:
            return Modality("historical", then, "cue")
        return None
    return Modality(found[1], found[2], "cue")


def _since_after(doc: Document, t0: int) -> Optional[str]:
    """تشن قوات النظام هجوما منذ أسابيع، الاعتصام المتواصل منذ ثلاثة أشهر: an act that has gone
    on since a past time is a campaign, told as background (guide §3); not the first or the
    worst one since then (أول زيارة منذ 2010، التفجير الأفدح منذ يناير), which is news."""
    tokens = doc.tokens
    for k in range(t0 + 1, min(len(tokens), t0 + 1 + SINCE_AFTER)):
        if tokens[k].text in _CLAUSE_BREAK:
            return None
        if tokens[k].norm in _SINCE:
            if any(t.norm in _FIRST_OR_MOST for t in tokens[max(0, t0 - 2):k]):
                return None
            return tokens[k].text
    return None


def _then_after(doc: Document, t0: int) -> Optional[str]:
    """واتهمت بيونغيانغ وقتها مستشار الأمن القومي: «then» right after the act (past its subject)
    sets it in a time gone by."""
    for k in range(t0 + 1, min(len(doc.tokens), t0 + 1 + THEN_AFTER)):
        if doc.tokens[k].text in _CLAUSE_BREAK:
            return None
        if doc.tokens[k].norm in _THEN:
            return doc.tokens[k].text
    return None


def _planned(doc: Document, t0: int) -> Optional[str]:
    """القمة المرتقبة، قمة تاريخية مقررة، القمة التي سيعقدها: a noun with no verb of its own
    whose adjective, or a relative clause in the future tense, puts it ahead (not a future
    prefix right after it: سيارة، سيول are nouns)."""
    tokens = doc.tokens
    for k in range(t0 + 1, min(len(tokens), t0 + 1 + PLANNED_AFTER)):
        if tokens[k].text in _CLAUSE_BREAK or tokens[k].text in ("،", ","):
            return None
        if tokens[k].norm in _PLANNED:
            return tokens[k].text
        if tokens[k].norm in RELATIVES and k + 1 < len(tokens) and _has_future_prefix(doc, k + 1):
            return f"{tokens[k].text} {tokens[k + 1].text}"
    return None


def _future_verb_before(doc: Document, t0: int, s_first: int) -> Optional[str]:
    """وستبدأ الولايات المتحدة فرض عقوبات، سيجري في وقت لاحق محادثات: a light verb in the
    future a few words before a noun the argument rules read without it (its subject, or a
    time, between them) puts the noun ahead, as it does the noun it governs (سيعقد لقاءات); not
    across a clause of time (ستقوم بواجبها بعد خروج المظاهرات)."""
    lv = light_verbs()
    for k in range(t0 - 1, max(s_first, t0 - FUTURE_VERB_REACH) - 1, -1):
        t = doc.tokens[k]
        if t.text in _CLAUSE_BREAK or t.text in ("،", ",") or t.norm in RELATIVES or t.norm in _TIME_PREPOSITIONS:
            return None
        if _has_future_prefix(doc, k) and any(a.stem in lv for a in analyses(t.norm)[:3]):
            return t.text
    return None


def decide(doc: Document, t0: int, s_first: int, verb_pos: Optional[str], light_verb: Optional[int],
           event_date: Optional[tuple[date, date]], anchor: Optional[tuple[date, date]]) -> Modality:
    cue = from_cues(doc, t0, s_first, verb_pos, light_verb)
    if cue is not None:
        return cue
    if verb_pos is None and light_verb is None and (planned := _planned(doc, t0)) is not None:
        return Modality("future", planned, "cue")
    if (verb_pos == "present" and _has_future_prefix(doc, t0)) or (
            light_verb is not None and _has_future_prefix(doc, light_verb)):
        return Modality("future", "سـ", "prefix")
    if verb_pos is None and light_verb is None and (verb := _future_verb_before(doc, t0, s_first)) is not None:
        return Modality("future", verb, "prefix")
    if event_date is not None and anchor is not None:
        first_day, last_day = event_date
        if first_day > anchor[1]:
            return Modality("future", "date", "date")
        # a week (الأسبوع الماضي) counts from its first day: told as last week's, it is background
        if (first_day if last_day - first_day <= WEEK else last_day) < anchor[0] - HISTORICAL_AFTER:
            return Modality("historical", "date", "date")
        return Modality("actual", "date", "date")  # dated within the article's days: it happened
    return Modality("actual")
