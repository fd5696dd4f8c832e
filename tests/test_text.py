"""Text layer: normalisation with offsets, tokens and clitics, sentences, verb forms."""
from marsad.text.matcher import PhraseMatcher
from marsad.text.normalize import arabic_ratio, norm, normalize
from marsad.text.sentences import split_sentences
from marsad.text.tokens import analyses, tokenize
from marsad.text.verbs import past_forms, present_forms


def test_norm_folds_spelling_variants():
    assert norm("أحمد") == norm("احمد") == norm("إحمد")
    assert norm("مدرسة") == norm("مدرسه")
    assert norm("على") == norm("علي")
    assert norm("مسؤول") == "مسوول"
    assert norm("رئيس") == "رييس"
    assert norm("كَـــبِيرٌ") == "كبير"  # diacritics and tatweel go
    assert norm("٢٠٢٥") == norm("۲۰۲۵") == "2025"


def test_offsets_map_back_to_original():
    text = "قالَ الوزيـــرُ إنّ ١٤ شخصاً"
    n = normalize(text)
    i = n.text.index("الوزير")
    start, end = n.span(i, i + len("الوزير"))
    assert text[start:end] == "الوزيـــرُ"[:-1]  # the final damma is a mark after the last letter
    j = n.text.index("14")
    assert text[slice(*n.span(j, j + 2))] == "١٤"


def test_arabic_ratio():
    assert arabic_ratio("هذا نص عربي") == 1.0
    assert arabic_ratio("This is English") == 0.0
    assert 0.3 < arabic_ratio("قال Macron إن") < 0.8


def test_tokens_keep_offsets_and_kinds():
    text = "زار الرئيس، يوم 14.04.2025، مدينة Paris!"
    toks = tokenize(text)
    assert [t.text for t in toks] == ["زار", "الرئيس", "،", "يوم", "14.04.2025", "،", "مدينة", "Paris", "!"]
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert [t.kind for t in toks][4] == "num" and toks[7].kind == "latin" and toks[2].kind == "punct"


def test_clitic_readings():
    stems = {a.stem for a in analyses(norm("والمغرب"))}
    assert {"والمغرب", "المغرب", "مغرب"} <= stems
    lil = [a for a in analyses(norm("للمغرب")) if a.stem == "المغرب"]
    assert lil and lil[0].prefixes == ("ل",)
    future = [a for a in analyses(norm("سيزور")) if a.stem == "يزور"]
    assert future and future[0].has("س")
    assert any(a.stem == norm("زيارة") and a.suffix == "ه" for a in analyses(norm("زيارته")))
    assert analyses(norm("فرنسا"))[0].stem == norm("فرنسا")  # the unstripped reading comes first


def test_sentences_do_not_split_on_comma_numbers_abbreviations():
    text = ("قال د. أحمد، وزير المالية، إن النمو بلغ 3.5 في المئة. وأضاف: \"سنواصل الإصلاح.\" "
            "ثم غادر؟ نعم\nسطر جديد بلا نقطة")
    toks = tokenize(text)
    got = [text[s.start:s.end] for s in split_sentences(text, toks)]
    assert got == [
        "قال د. أحمد، وزير المالية، إن النمو بلغ 3.5 في المئة.",
        'وأضاف: "سنواصل الإصلاح."',
        "ثم غادر؟",
        "نعم",
        "سطر جديد بلا نقطة",
    ]


def test_phrase_matcher_through_clitics():
    m = PhraseMatcher({(norm("الولايات"), norm("المتحدة")): "USA", (norm("المغرب"),): "MAR"})
    text = "بين الولايات المتحدة وللمغرب"
    found = m.find_all(tokenize(text))
    assert [(x.value, text[x.start:x.end]) for x in found] == [("USA", "الولايات المتحدة"), ("MAR", "مغرب")]
    assert found[1].prefixes == ("و", "ل")


def test_verb_forms():
    assert {"زار", "زارت", "زاروا", "زارا"} <= past_forms("زار")
    assert {"التقي", "التقت", "التقوا", "التقيا"} <= past_forms("التقى")
    assert {"يزور", "تزور", "يزورون", "يزر"} <= present_forms("زور")
    assert {"يلتقي", "يلتقون", "يلتق"} <= present_forms("لتقي")
    assert "اطلقت سراح" in past_forms("أطلق سراح")
