"""The twenty-third round of the event-coding push, on sentences the team wrote. Tuned on
tuning batches 1-21; batches 22 to 26 stay out (see the README)."""
from datetime import date

import pytest

import marsad
from marsad.ingest.article import RawArticle


def _analyze(text: str):
    return marsad.analyze(RawArticle(text="عنوان\n\n" + text, published=date(2018, 5, 13)), all_sections=True)


def _assaults(text: str):
    return [(e.coding["actor_rule"], sorted(r["country"] or "?" for r in e.actor),
             sorted(r["country"] or "?" for r in e.recipient))
            for e in _analyze(text).events if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text, recipient", [
    ("وقالت الشرطة الفرنسية إن الهجوم على المسجد في مدينة ليون وقع فجر اليوم.", ["FRA"]),
    ("وقالت الشرطة الإندونيسية إن ثلاثة تفجيرات انتحارية استهدفت كنائس في جاكرتا.", ["IDN"]),
])
def test_the_speaker_of_a_clause_is_not_its_attacker(text, recipient):
    # the police tell of an attack by someone the sentence does not name
    assert _assaults(text) == [("unattributed", ["?"], recipient)]


def test_armed_forces_announcing_their_own_attack_still_do_it():
    # no إن/أن between them: the army announces what it did
    text = "أعلن الجيش المصري مقتل 19 إرهابيا في هجوم على مخابئهم في شمال سيناء."
    assert [a for a in _assaults(text) if a[0] != "unattributed"][0][1] == ["EGY"]


def test_a_nationality_far_after_a_verb_is_not_its_object():
    # six words on, الليبية describes the crisis the call is about, not whom it is made to
    doc = _analyze("ودعت الرئاسة التونسية جميع المتدخلين في هذا ملف الأزمة الليبية إلى ضرورة التنسيق "
                   "مع المؤسسات الرسمية في الدولة.")
    assert not [e for e in doc.events if any(r["country"] == "LBY" for r in e.recipient)]
