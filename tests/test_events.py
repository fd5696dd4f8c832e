"""Event coding: triggers, argument structure, modality, dates, places — one rule per test."""
import pytest

import marsad

PUB = "2025-03-12"  # a Wednesday


def code(body, published=PUB):
    doc = marsad.analyze("عنوان الخبر\n\n" + body, published=published)
    return doc.events


def one(body, published=PUB):
    events = code(body, published)
    assert len(events) == 1, [(e.event_type, e.modality) for e in events]
    return events[0]


def countries(recs):
    return sorted(r["country"] for r in recs)


@pytest.mark.parametrize("body, event_type, mode, cameo", [
    ("زار الرئيس الفرنسي المغرب أمس.", "CONSULT", "visit", "042"),
    ("أجرى وزير الخارجية المصري اتصالا هاتفيا مع نظيره الأردني أمس.", "CONSULT", "phone", "041"),
    ("اتهم وزير الخارجية الجزائري فرنسا بالتدخل في شؤون بلاده.", "ACCUSE", "allege", "112"),
    ("أدانت وزارة الخارجية التونسية تصريحات الوزير الإسرائيلي.", "ACCUSE", "disapprove", "111"),
    ("اعتقلت الشرطة الإسبانية خمسة مهربين في مليلية أمس.", "COERCE", "arrest", "173"),
    ("فرضت الحكومة الأمريكية عقوبات على روسيا أمس.", "SANCTION", "discontinue", "163"),
    ("هدد الرئيس الإيراني إسرائيل بالرد العسكري.", "THREATEN", "violence", "138"),
    ("طالبت الأمم المتحدة الحكومة الليبية بالإفراج عن المحتجزين.", "REQUEST", "", "100"),
    ("رفضت الحكومة المغربية طلب الحكومة الجزائرية.", "REJECT", "", "120"),
    ("تظاهر آلاف التونسيين أمس في العاصمة تونس.", "PROTEST", "demo", "141"),
    ("أفرجت السلطات الليبية أمس عن عشرين صيادا مصريا.", "RETREAT", "release", "0841"),
    ("قدمت الإمارات مساعدات غذائية إلى السودان أمس.", "AID", "", "070"),
    ("وقع المغرب وإسبانيا اتفاقية للتعاون الأمني أمس.", "SUPPORT", "", "057"),
])
def test_trigger_types(body, event_type, mode, cameo):
    e = one(body)
    assert (e.event_type, e.mode, e.cameo) == (event_type, mode, cameo)
    assert e.evidence.trigger and e.evidence.trigger in e.evidence.sentence


def test_verb_subject_object_order():
    e = one("اتهمت الجزائر المغرب بدعم الانفصاليين.")
    assert countries(e.actor) == ["DZA"] and countries(e.recipient) == ["MAR"]


def test_subject_first_and_reported_speech():
    e = one("قال المتحدث إن الشرطة الفرنسية اعتقلت ثلاثة مهاجرين جزائريين في باريس.")
    assert e.actor[0]["sector"] == ["COP"] and e.actor[0]["country"] == "FRA"
    assert countries(e.recipient) == ["DZA"]


def test_masdar_genitive_and_li_agent():
    e = one("بدأت أمس زيارة الرئيس التونسي إلى الجزائر.")
    assert countries(e.actor) == ["TUN"] and countries(e.recipient) == ["DZA"]
    e = one("زيارة رسمية لوزير الخارجية المصري إلى السودان.")
    assert countries(e.actor) == ["EGY"] and countries(e.recipient) == ["SDN"]


def test_light_verb_and_received_call():
    e = one("تلقى وزير الخارجية القطري اتصالا هاتفيا من نظيره العماني.")
    assert countries(e.actor) == ["OMN"] and countries(e.recipient) == ["QAT"]


def test_reciprocal_between():
    e = one("وجرت محادثات بين المغرب وموريتانيا في نواكشوط أمس.")
    assert countries(e.actor) == ["MAR", "MRT"] and e.recipient == []


def test_host_is_recipient():
    e = one("استقبل الملك المغربي الرئيس الموريتاني أمس في الرباط.")
    assert countries(e.actor) == ["MRT"] and countries(e.recipient) == ["MAR"]
    assert e.location["text"] == "الرباط"


def test_no_actor_no_event():
    assert code("تم اعتقال ثلاثة أشخاص أمس.") == []  # no doer, and no place to take the police from
    assert code("قتل عشرون شخصا في انفجار بالعاصمة أمس.") == []


@pytest.mark.parametrize("body, modality", [
    ("من المقرر أن يزور الرئيس الفرنسي الجزائر الشهر المقبل.", "future"),
    ("سيزور الرئيس الفرنسي الجزائر.", "future"),
    ("لم تعتقل الشرطة المغربية أي مشتبه به.", "negated"),
    ("نفت الحكومة أن تكون الشرطة المغربية قد اعتقلت الصحفيين.", "negated"),
    ("إذا هاجمت إسرائيل لبنان فسترد إيران.", "hypothetical"),
    ("وكان الجيش الإسرائيلي قد قصف غزة في عام 2014.", "historical"),
    ("قصف الجيش الإسرائيلي غزة أمس.", "actual"),
])
def test_modality(body, modality):
    kinds = {e.modality for e in code(body)}
    assert modality in kinds


def test_habits_are_not_events():
    assert code("ويعقد وزيرا خارجية البلدين اجتماعات دورية.") == []


def test_date_from_the_sentence_else_publication_date():
    e = one("زار الرئيس الفرنسي المغرب أمس.")
    assert e.date["value"] == "2025-03-11" and e.date["text"] == "أمس"
    e = one("زار الرئيس الفرنسي المغرب.")
    assert e.date["value"] == PUB and "publication date" in e.date["reason"]


def test_dated_past_event_is_historical():
    e = one("وقع المغرب وإسبانيا اتفاقية للتعاون الأمني في 5 مارس 2019.")
    assert e.modality == "historical" and e.date["value"] == "2019-03-05"


def test_location_governed_by_preposition():
    e = one("اعتقلت الشرطة الإسبانية خمسة مهربين في مليلية أمس.")
    assert e.location == {"text": "مليلية", "country": "ESP", "kind": "city"}


def test_mentions_merge_into_one_event():
    events = code("زار الرئيس الفرنسي المغرب أمس. وتعتبر زيارة الرئيس الفرنسي للمغرب الأولى منذ سنوات.")
    assert len(events) == 1 and len(events[0].mentions) == 2


def test_contexts_per_event():
    e = one("اعتقلت الشرطة المغربية عشرة مهربين للمخدرات على الحدود.")
    assert "illegal_drugs" in e.context


def test_confidence_is_a_score():
    e = one("زار الرئيس الفرنسي المغرب أمس.")
    assert 0.0 < e.confidence <= 0.95
