"""The seventeenth round of the event-coding push, on sentences the team wrote. Tuned on tuning
batches 1-15; batches 16 and 17 stay out (see the README)."""
import marsad


def _events(text: str, published: str):
    return marsad.analyze("عنوان\n\n" + text, published=published).events


def test_nafa_with_a_destination_is_exile_not_denial():
    # نفى means both «denied» and «exiled»: a person sent إلى somewhere was exiled
    ev = _events("وكان الأمير المغربي عبد الكريم الخطابي قاد الثورة، ونفت فرنسا الخطابي إلى جزيرة لاريونيون.", "2018-06-28")
    assert [(e.event_type, e.mode) for e in ev] == [("COERCE", "deport")], [(e.event_type, e.mode) for e in ev]
    exile = next(e for e in ev if e.event_type == "COERCE")
    assert [a["country"] for a in exile.actor] == ["FRA"] and [r["country"] for r in exile.recipient] == ["MAR"]
    # a denial stays one
    ev = _events("ونفت فرنسا هذه الاتهامات المغربية.", "2018-06-28")
    assert [e.event_type for e in ev] == ["REJECT"], [e.event_type for e in ev]


def test_the_two_koreas_are_both_states():
    ev = _events("واتفقت الكوريتان على إنشاء خط ساخن بين قادتهما.", "2018-04-20")
    agree = next(e for e in ev if e.event_type == "AGREE")
    assert sorted(a["country"] for a in agree.actor) == ["KOR", "PRK"] and not agree.recipient, agree.actor
