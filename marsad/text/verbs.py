"""Third-person verb forms generated from a lexicon entry.

Lexicons list one past form (زار، التقى، دعا) and one imperfect stem (زور، لتقي، دعو);
news uses the third persons of both, in all numbers and genders, so those are generated
here rather than typed by hand. First and second persons are rare in reporting and left
out on purpose (they would only add ambiguity). Multi-word entries (أطلق سراح، تلقى
اتصالا) inflect their first word only. Everything is normalised (see normalize.norm).
"""
from __future__ import annotations

from .normalize import norm

_WEAK = "ايو"
_HAMZA = "أإءؤئ"  # a final hamza is a consonant (بدأ، هنأ): sound, though norm spells it as a weak letter


def past_forms(entry: str) -> set[str]:
    """زار → زار زارت زارا زارتا زاروا زرن …; التقى → التقى التقت التقيا التقتا التقوا; بدأ → بدأت."""
    first, _, rest = norm(entry).partition(" ")
    forms: set[str] = {first}
    if first[-1] in "اي" and entry.split(" ")[0][-1] not in _HAMZA:  # defective: التقي (التقى)، دعا
        base = first[:-1]
        forms |= {base + "ت", base + "تا", base + "وا"}
        if first[-1] == "ي":  # dual التقيا; for دعا the dual is دعوا, already there
            forms.add(first + "ا")
    else:
        forms |= {first + "ت", first + "تا", first + "ا", first + "وا", first + "ن"}
    return {f"{f} {rest}".strip() for f in forms}


def present_forms(stem: str) -> set[str]:
    """زور → يزور تزور يزوران تزوران يزورون يزوروا يزرن …, and jussive يزر (لم يزر)."""
    first, _, rest = norm(stem).partition(" ")
    weak = first[-1] in _WEAK and stem.split(" ")[0][-1] not in _HAMZA
    forms: set[str] = set()
    for p in ("ي", "ت", "ن"):
        forms.add(p + first)
        forms.add(p + first + "ان")
        if weak:  # defective: يلتقي → يلتقون، يدعو → يدعون
            forms |= {p + first[:-1] + "ون", p + first[:-1] + "وا"}
        else:
            forms |= {p + first + "ون", p + first + "وا", p + first + "ن"}
        if len(first) == 3 and first[1] in _WEAK:  # hollow jussive: لم يزر
            forms.add(p + first[0] + first[2])
        if weak and len(first) > 2:  # defective jussive: لم يلتق
            forms.add(p + first[:-1])
    return {f"{f} {rest}".strip() for f in forms}
