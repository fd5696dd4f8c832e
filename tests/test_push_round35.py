"""Event push, round 35 (see the README): a bare الاثنين is Monday where the words around it say
so (قال الاثنين إن، أجرى اتصالا الاثنين مع، at a sentence end, beside another weekday) and stays
"the two" where they do not (إن الاثنين يعيشان، على الاثنين المتهمين، بين الاثنين); a body that has
its nationality takes no second one across a clause (الشرطة الإسرائيلية متاريس ومنعت المركبات
الفلسطينية)."""
from datetime import date

import pytest

import marsad
from marsad.dates import find_dates
from marsad.ingest.article import RawArticle

P = date(2018, 2, 20)  # a Tuesday


@pytest.mark.parametrize("text,span", [
    ("وكان أردوغان قد أجرى اتصالا الاثنين مع نظيره الإيراني", "الاثنين"),
    ("وقال وزير خارجية اليابان الاثنين إن الوضع خطير", "الاثنين"),
    ("وغادر الرئيس عباس المستشفى الاثنين.", "الاثنين"),
    ("وكان مجلس الشورى وافق الإثنين على مشروع النظام", "الإثنين"),
    ("تحتضن العاصمة يومي الاثنين والثلاثاء الاجتماع الوزاري", "الاثنين"),
])
def test_a_bare_monday_the_words_around_it_date(text, span):
    found = [(d.text, d.value) for d in find_dates(text, P)]
    assert (span, "2018-02-19") in found, found


@pytest.mark.parametrize("text", [
    "وقال المحامي إن الاثنين يعيشان في الولايات المتحدة",
    "وحكمت المحكمة على الاثنين المتهمين بالسجن",
    "وقال إن أحد المعتقلين الاثنين كان على تواصل مع إرهابي",
    "ولا خلاف بين الاثنين في هذه المسألة",
])
def test_the_two_is_no_monday(text):
    assert find_dates(text, P) == []


def test_a_historical_call_takes_the_monday_it_names():
    doc = marsad.analyze(RawArticle(text="عنوان\n\nوكان الرئيس التركي رجب طيب أردوغان قد أجرى اتصالا الاثنين "
                                         "مع نظيره الإيراني حسن روحاني لبحث الأوضاع في سوريا.", published=P),
                         all_sections=True)
    (e,) = [e for e in doc.events if e.event_type == "CONSULT"]
    assert e.modality == "historical" and e.date["value"] == "2018-02-19", (e.modality, e.date)


def test_a_body_with_its_nationality_takes_no_second_one_across_a_clause():
    doc = marsad.analyze(RawArticle(text="وضعت الشرطة الإسرائيلية متاريس ومنعت المركبات الفلسطينية من الاقتراب.",
                                    published=P))
    police = [a for a in doc.actors if a.text.startswith("الشرطة")]
    assert [(a.text, a.country) for a in police] == [("الشرطة الإسرائيلية", "ISR")]
