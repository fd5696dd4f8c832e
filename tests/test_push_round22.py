"""The twenty-second round of the event-coding push, on sentences the team wrote. Tuned on
tuning batches 1-20; batches 21, 22, 23 and 24 stay out (see the README)."""
from datetime import date

import pytest

import marsad
from marsad.ingest.article import RawArticle


def _events(text: str, published: str):
    article = RawArticle(text="عنوان\n\n" + text, published=date.fromisoformat(published))
    return marsad.analyze(article, all_sections=True).events


@pytest.mark.parametrize("text, event_type, actor, recipient", [
    # officials who attack, as a group or with a light verb and a noun, attack in words
    ("هاجم مسؤولون في ميليشيات الحوثي مبعوث الأمم المتحدة لليمن، مارتن غريفيث، مع وصوله إلى صنعاء.",
     "ACCUSE", ["YEM"], ["YEM"]),
    ("وشن الرئيس الفلبيني رودريغو دوتيرتي، هجوماً على الكويت بعد الإعلان عن مقتل عاملة فلبينية.",
     "ACCUSE", ["PHL"], ["KWT"]),
    # نائب الوزير is a deputy minister: the title is the subject, not a word between
    ("وهاجم نائب الوزير الكوري الشمالي بعنف مستشار الأمن القومي الأميركي، جون بولتون.",
     "ACCUSE", ["PRK"], ["USA"]),
    # an invasion is an armed assault (CAMEO 192 under PLOVER's ASSAULT)
    ("وأضاف أن الذكرى 28 لغزو العراق لدولة الكويت ذكرى أليمة وحزينة.", "ASSAULT", ["IRQ"], ["KWT"]),
])
def test_the_type_and_parties(text, event_type, actor, recipient):
    events = _events(text, "2018-06-16")
    assert [(e.event_type, sorted(r["country"] or "?" for r in e.actor), sorted(r["country"] or "?" for r in e.recipient))
            for e in events if e.event_type in ("ACCUSE", "ASSAULT", "COERCE")] == [(event_type, actor, recipient)]


def test_a_source_asking_not_to_be_named_makes_no_demand():
    for text in ("وقال مسؤول أميركي طالبا عدم نشر اسمه، إن إحدى القاعدتين ستكون في سوريا.",
                 "وطلب المسؤول الأميركي عدم الكشف عن اسمه لأنه غير مخول بالحديث إلى الصحافة."):
        doc = marsad.analyze(RawArticle(text="عنوان\n\n" + text, published=date(2018, 6, 26)), all_sections=True)
        # not even read as a request left out for want of a recipient
        assert not [e for e in doc.events if e.event_type == "REQUEST"], text
        assert not [x for x in doc.suppressed if x["event_type"] == "REQUEST"], text
    # a demand not to do something is one
    text = "وطلبت الحكومة الأميركية من الحكومة التركية عدم شراء منظومة الصواريخ الروسية."
    assert [e.event_type for e in _events(text, "2018-06-26")] == ["REQUEST"]
