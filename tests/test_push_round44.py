"""Round 44 (see the README): a country as the subject of a كان clause, the verb of describing
(وصف X بأنه …) as an accusation of the party described, giving way to a verdict word after it,
and warnings whose content is a natural hazard read as advice, not threats."""
from datetime import date

import marsad
from marsad.ingest.article import RawArticle

from coded import coded


def _types(text):
    return [(t, a, r) for t, a, r, *_ in coded("عنوان\n\n" + text)]


def test_a_country_opening_a_kana_clause_is_its_subject():
    assert ("THREATEN", ["USA"], ["SYR"]) in _types(
        "وكانت الولايات المتحدة حذرت سوريا من أنها ستتخذ إجراءات صارمة.")
    assert ("ACCUSE", ["TUR"], ["SYR"]) in _types("وكانت تركيا اتهمت دمشق بالوقوف وراء التفجيرات.")


def test_describing_a_party_is_an_accusation():
    assert ("ACCUSE", ["TUR"], ["ISR"]) in _types('ووصف الرئيس التركي رجب طيب أردوغان رئيس الوزراء الإسرائيلي بنيامين نتنياهو بأنه "إرهابي".')


def test_describing_a_thing_or_half_an_hour_is_no_event():
    assert not _types("ووصف الوزير الوضع بالخطير.")
    assert not [e for e in _types("وقبل ذلك بنصف ساعة قال مسؤول في الشرطة الباكستانية إن الوضع هادئ.")
                if e[0] == "ACCUSE"]


def test_the_verb_of_describing_gives_way_to_the_verdict():
    doc = marsad.analyze(RawArticle(text="عنوان\n\nووصفت موسكو تفتيش الطائرة الروسية في بريطانيا بأنه استفزاز.",
                                    published=date(2018, 5, 15)), all_sections=True)
    # the reading is the verdict's, coded or (since round 50's retrained recipient chooser no
    # longer names Britain here) kept for audit for want of a recipient
    triggers = [e.evidence.trigger for e in doc.events if e.event_type == "ACCUSE"] + [
        r["trigger"] for r in doc.suppressed if r["event_type"] == "ACCUSE"]
    assert triggers == ["استفزاز"], triggers


def test_a_warning_of_floods_is_advice_not_a_threat():
    assert not [e for e in _types("وحذرت السلطات الصينية السكان من الفيضانات في شمال شرقي البلاد.")
                if e[0] == "THREATEN"]
    assert ("THREATEN", ["USA"], ["SYR"]) in _types("حذرت الولايات المتحدة سوريا من أنها ستتخذ إجراءات صارمة.")
