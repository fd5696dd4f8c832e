"""Loading the event lexicons: triggers, light verbs, modality cues, mode cues, PLOVER/CAMEO
tables (all in data/events/). See the header of each TSV for its columns."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..doc import Token
from ..resources import multi, read_list, read_tsv
from ..text.matcher import PhraseMatcher
from ..text.normalize import norm
from ..text.tokens import analyses, spelled_analyses, tokenize
from ..text.verbs import past_forms, present_forms


@dataclass(frozen=True)
class TriggerRow:
    id: str
    event_type: str
    mode: str
    cameo: str
    recipient: tuple[str, ...]
    actor_prep: tuple[str, ...]
    requires: frozenset[str]
    blocks: frozenset[str]
    flags: frozenset[str]
    context: tuple[str, ...]


@dataclass(frozen=True)
class TriggerForm:
    row: TriggerRow
    pos: str  # "past" | "present" | "noun"
    # the bare past of a noun_like_past row (دعم، طلب), spelled like the far more common noun:
    # a verb only where the word order says so (after قد, or right before its subject)
    bare: bool = False
    # a passive spelled apart from its active (اغتيل، أدين: data/events/passive_pasts.tsv)
    passive: bool = False


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokenize(phrase))


def _norms(cell: str) -> tuple[str, ...]:
    return tuple(norm(x) for x in multi(cell))


@lru_cache(maxsize=1)
def trigger_phrases() -> dict[tuple[str, ...], tuple[TriggerForm, ...]]:
    table: dict[tuple[str, ...], list[TriggerForm]] = {}
    rows: dict[str, TriggerRow] = {}
    for r in read_tsv("events", "triggers.tsv"):
        row = TriggerRow(
            r["id"], r["event_type"], r["mode"], r["cameo"],
            tuple(x if x == "obj" else norm(x) for x in multi(r["recipient"])),
            _norms(r["actor_prep"]), frozenset(_norms(r["requires"])), frozenset(_norms(r["blocks"])),
            frozenset(multi(r["flags"])), tuple(multi(r["context"])),
        )
        rows[row.id] = row
        nouns = {norm(x) for x in multi(r["nouns"])}
        for entry in multi(r["past"]):
            for form in past_forms(entry):
                bare = "noun_like_past" in row.flags and form in (norm(entry), norm(entry) + "ا")
                if bare and (form != norm(entry) or form in nouns):
                    continue  # the dual دعما، حكما is spelled like the accusative noun; a bare past
                    # the row lists as a noun (حكم، طرد) is read as one (the coder turns it into
                    # the verb after قد)
                table.setdefault(_key(form), []).append(TriggerForm(row, "past", bare))
        for entry in multi(r["present"]):
            for form in present_forms(entry):
                table.setdefault(_key(form), []).append(TriggerForm(row, "present"))
        for entry in multi(r["nouns"]):
            table.setdefault(_key(entry), []).append(TriggerForm(row, "noun"))
    for r in read_tsv("events", "passive_pasts.tsv"):
        for form in past_forms(r["past"]):
            table.setdefault(_key(form), []).append(TriggerForm(rows[r["row"]], "past", passive=True))
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def trigger_matcher() -> PhraseMatcher[tuple[TriggerForm, ...]]:
    excluded = {norm(w) for w in read_list("events", "not_triggers.txt")}
    return PhraseMatcher(trigger_phrases(), accept=lambda a: True, exclude=excluded, readings=spelled_analyses)


@lru_cache(maxsize=1)
def light_verbs() -> dict[str, str]:
    """Light verb forms → tense ("past" | "present" | "noun" for their verbal nouns)."""
    forms: dict[str, str] = {}
    rows = list(read_tsv("events", "light_verbs.tsv")) + [{"past": "تم", "present": "تم", "noun": ""},
                                                           {"past": "جرى", "present": "جري", "noun": ""}]
    for r in rows:
        forms.update({f: "past" for f in past_forms(r["past"])})
        forms.update({f: "present" for f in present_forms(r["present"])})
        if r["noun"]:
            forms[norm(r["noun"])] = "noun"
    return forms


# Light verbs that name no doer: تم/جرى اعتقال، and أسفرت المداهمات عن اعتقال (the result of
# something, not of someone).
PASSIVE_LIGHT = frozenset(past_forms("تم") | present_forms("تم") | past_forms("جرى") | present_forms("جري")
                          | past_forms("أسفر") | present_forms("سفر"))
# Verbs of undergoing: their subject is who a ل-noun after them is done to (تعرضت المعلمة للاعتداء).
SUBJECTED = frozenset(past_forms("تعرض") | present_forms("تعرض"))
# Light verbs of receiving: the من-phrase after the noun is the actor (تلقى اتصالا من).
RECEIVING = frozenset(past_forms("تلقى") | present_forms("تلقى") | past_forms("استلم") | present_forms("ستلم"))
# Verbs of facing or drawing: their subject is who the act named after them is aimed at
# (يواجه اتهامات، لاقى انتقادات، أثار انتقادات دولية).
FACING = frozenset(past_forms("واجه") | present_forms("واجه") | past_forms("لاقى") | present_forms("لاقي")
                   | past_forms("أثار") | present_forms("ثير"))


@lru_cache(maxsize=1)
def modality_cues() -> PhraseMatcher[tuple[str, int]]:
    return PhraseMatcher({_key(r["cue"]): (r["modality"], int(r["reach"]))
                          for r in read_tsv("events", "modality.tsv")}, accept=lambda a: not a.suffix)


@lru_cache(maxsize=1)
def mode_cues() -> dict[str, list[tuple[str, tuple[tuple[str, ...], ...]]]]:
    out: dict[str, list[tuple[str, tuple[tuple[str, ...], ...]]]] = {}
    for r in read_tsv("events", "mode_cues.tsv"):
        out.setdefault(r["event_type"], []).append((r["mode"], tuple(_key(c) for c in multi(r["cues"]))))
    return out


@lru_cache(maxsize=1)
def plover_modes() -> dict[tuple[str, str], dict[str, str]]:
    return {(r["event_type"], r["mode"]): r for r in read_tsv("events", "plover.tsv")}


@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, dict[str, str]]:
    return {r["code"]: r for r in read_tsv("events", "cameo.tsv")}


@lru_cache(maxsize=1)
def lexical_words() -> frozenset[str]:
    """Single words that are triggers or light verbs: they end a name after a title."""
    words = {k[0] for k in trigger_phrases()} | set(light_verbs())
    return frozenset(w for w in words if " " not in w)


def is_lexical(token: Token) -> bool:
    words = lexical_words()
    return any(a.stem in words for a in analyses(token.norm)[:4])


@lru_cache(maxsize=None)
def row_forms(row_id: str) -> frozenset[str]:
    """Every single-word form a trigger row generates (to read suffixes off a token)."""
    return frozenset(k[0] for k, forms in trigger_phrases().items() if len(k) == 1
                     and any(f.row.id == row_id for f in forms))
