"""The twenty-seventh round of the event-coding push, on sentences the team wrote (see the README:
tuned on batches 1-22; batches 23-30 stay out)."""
import marsad


def _events(text: str) -> list[tuple]:
    doc = marsad.analyze("عنوان\n\n" + text, published="2018-05-27")
    return [(e.event_type, e.mode, [a["country"] for a in e.actor], [a["country"] for a in e.recipient])
            for e in doc.events]


def test_evacuating_people_is_aid_to_them():
    # a state moving its people out of harm's way helps them (the gold set: AID, X → X)
    assert _events("وأجلت السلطات العمانية آلاف السكان من المناطق الساحلية جراء الإعصار.") \
        == [("AID", "evacuate", ["OMN"], ["OMN"])]
    assert _events("أوكرانيا تخلي 10 آلاف شخص بعد انفجار ضخم بمستودع ذخيرة.") == [("AID", "evacuate", ["UKR"], ["UKR"])]


def test_postponing_and_releasing_are_no_evacuation():
    # أجّلت is spelled like أجلت; إخلاء سبيل is a release
    assert not [e for e in _events("وأجلت المحكمة التونسية الجلسة إلى الشهر المقبل.") if e[0] == "AID"]
    assert not [e for e in _events("وأخلت النيابة التونسية سبيل 5 أشخاص.") if e[0] == "AID"]
