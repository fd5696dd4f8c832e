"""The twentieth round of the event-coding push, on sentences the team wrote. Tuned on tuning
batches 1-18; batches 19, 20 and 21 stay out (see the README)."""
from datetime import date

import marsad
from marsad.ingest.article import RawArticle


def _events(text: str, published: str):
    return marsad.analyze(RawArticle(text=text, published=date.fromisoformat(published))).events


def test_an_attack_spoken_of_is_not_told():
    spoken = "عنوان\n\nقال الوزير إن الجماعة هي المسؤولة عن هجوم على سوق في العاصمة الأفغانية كابول."
    assert not [e for e in _events(spoken, "2018-03-26") if e.event_type == "ASSAULT"]
    # told, it is coded, with no doer named
    told = "عنوان\n\nأسفر هجوم على سوق في العاصمة الأفغانية كابول عن مقتل ثلاثة مدنيين."
    attack = next(e for e in _events(told, "2018-03-26") if e.event_type == "ASSAULT")
    assert [r["country"] for r in attack.recipient] == ["AFG"], attack.recipient


def test_the_opening_that_retells_is_the_title_and_one_sentence():
    text = ("الحكومة المصرية تدعو المواطنين إلى ترشيد استهلاك المياه\n\n"
            "دعت الحكومة المصرية المواطنين إلى ترشيد استهلاك المياه خلال الصيف.\n"
            "ودعت الحكومة المصرية المواطنين إلى الإبلاغ عن التسربات.\n"
            "وطالبت الحكومة المصرية المواطنين بعدم غسل السيارات بالخراطيم.")
    calls = [e for e in _events(text, "2018-08-14") if e.event_type == "REQUEST"]
    # the second body sentence is past the opening: its call is an act of its own
    assert len(calls) == 2, [[m.sentence[:20] for m in e.mentions] for e in calls]
