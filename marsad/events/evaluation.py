"""Evaluations and demands in reported speech: «اعتبر الوزير أن انسحاب أميركا خرق للقرارات»,
«وصف X المقترح بأنه خطأ», «قال إنه من المهم أن تلتزم إيران». The gold set codes a party's strongly negative verdict on another party's
act as ACCUSE (disapprove) and a clearly positive one as SUPPORT (praise); the verdict word
is the trigger (data/events/triggers.tsv rows flagged ``evaluative``). A speaker's «must»
(يجب، من المهم أن، من الضروري أن) binding another party is coded REQUEST the same way (rows
flagged ``evaluative`` and ``deontic``).

A verdict counts only when a speech or judgement verb before it in the sentence (قال، اعتبر،
وصف …, or its participle قائلا، معتبرا) gives the speaker, and another party stands between
that verb and the verdict: the one described (وصف ميليشيات الحوثي بـ"المجرمين") or the one
whose act is judged (أن انسحاب أميركا … خرق). Without both there is no event: a verdict with
no speaker is the outlet's own wording, and one with no party judges a thing, not an actor.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from ..doc import Document
from ..text.normalize import norm
from ..text.tokens import analyses
from ..text.verbs import past_forms, present_forms

if TYPE_CHECKING:
    from .arguments import Arguments, Group

SPEECH_REACH = 20  # tokens from the speech verb to the verdict
DEONTIC_REACH = 5  # tokens from a deontic cue to the party it binds
_OPENERS = frozenset(norm(w) for w in ("كما", "ثم", "كذلك"))
_WHERE = frozenset(norm(w) for w in ("في", "ب", "من", "إلى", "الى"))  # a country after these is a place
_SUBJECT_GAP = 6

# past form, imperfect stem, participles
_SPEECH = (
    ("قال", "قول", ("قائلا", "قائلة")),
    ("اعتبر", "عتبر", ("معتبرا", "معتبرة")),
    ("وصف", "صف", ("واصفا", "واصفة")),
    ("رأى", "رى", ()),
    ("أكد", "ؤكد", ("مؤكدا", "مؤكدة")),
    ("أضاف", "ضيف", ("مضيفا", "مضيفة")),
    ("أوضح", "وضح", ()),
    ("شدد", "شدد", ("مشددا", "مشددة")),
)


# the verbs of describing and holding, the only ones a ``described`` verdict follows
_DESCRIBING = frozenset(("وصف", "اعتبر"))


@lru_cache(maxsize=2)
def speech_verbs(describing: bool = False) -> frozenset[str]:
    forms: set[str] = set()
    for past, present, participles in _SPEECH:
        if not describing or past in _DESCRIBING:
            forms |= past_forms(past) | present_forms(present) | {norm(p) for p in participles}
    return frozenset(forms)


def _is_speech(doc: Document, i: int, describing: bool = False) -> bool:
    verbs = speech_verbs(describing)
    return any(a.stem in verbs for a in analyses(doc.tokens[i].norm)[:3])


def evaluative_arguments(doc: Document, groups: list["Group"], t0: int, t1: int, s_first: int, s_last: int,
                         deontic: bool, args: "Arguments", ungoverned, described: bool = False) -> "Arguments":
    """Speaker and judged party for the verdict at token ``t0`` (see the module docstring).
    A ``deontic`` cue (يجب، من المهم أن) is a demand: its party is the one it binds, after it
    (من المهم أن تلتزم إيران، يجب على إسرائيل). A ``described`` verdict (انتقامي، إيجابي) counts
    only after a verb of describing or holding (وصفه بأنه، اعتبره): after قال or أكد such words
    tell of charges and moods (بتهمة ارتكاب جرائم حرب، تشهد تطورا إيجابيا)."""
    v = next((i for i in range(t0 - 1, max(s_first, t0 - SPEECH_REACH) - 1, -1)
              if _is_speech(doc, i, described)), None)
    if v is None:
        return args
    speaker: Optional["Group"] = next(
        (g for g in groups if v < g.first <= v + _SUBJECT_GAP and g.last <= t0 and ungoverned(g)
         and not g.is_location and g.members[0].kind in ("person", "body", "country", "org")), None)
    if speaker is None:
        speaker = next((g for g in reversed(groups) if s_first <= g.first and g.last <= v and ungoverned(g)
                        and not g.is_location), None)
    if speaker is None and not (all(doc.tokens[i].norm in _OPENERS for i in range(s_first, v))
                                and doc.tokens[v + 1].norm.startswith(("ان", "بان"))):
        return args  # وتقول المسودة إن …: a subject that is no party, not the speaker before
    # كما اعتبر أن …: a speech verb opening its sentence with no subject continues the speaker
    # of the sentence before (the coder fills it in: how == "evaluation-continued")
    start = v + 1 if speaker is None or speaker.first < v else speaker.last
    lo, hi = (t1, min(s_last, t1 + DEONTIC_REACH)) if deontic else (start, t0)
    judged = next((g for g in groups if lo <= g.first and g.last <= hi and g is not speaker
                   and not g.is_place and not (g.is_location and g.gov in _WHERE)), None)
    if judged is None and not deontic:
        # «الاستفزاز الإيراني»: a nationality adjective on the verdict names the judged party
        judged = next((g for g in groups if g.first >= t0 and g.members[0].head_at is not None
                       and g.members[0].head_at == t0), None)
    if judged is None:
        return args
    args.actor, args.recipient = speaker, judged
    args.how = "evaluation" if speaker is not None else "evaluation-continued"
    return args
