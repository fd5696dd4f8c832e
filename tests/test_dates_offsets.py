"""Offsets point into the original text (diacritics, tatweel, clitics), mentions never
overlap, and the offset map equals marsad.text.normalize's."""
from __future__ import annotations

import random
from datetime import date

from marsad.dates import find_dates
from marsad.dates.textmap import map_text
from marsad.text.normalize import normalize

P = date(2025, 4, 10)


def spans(text: str, published: date | None = P) -> list[str]:
    found = find_dates(text, published)
    for m in found:
        assert text[m.start:m.end] == m.text
    return [m.text for m in found]


def test_offsets_with_diacritics_and_tatweel():
    text = "وصلَ الوفدُ يومَ الاثنـــين ١٤ أبريـــلَ ٢٠٢٥م إلى الرباطِ"
    (m,) = find_dates(text)
    assert m.text == "يومَ الاثنـــين ١٤ أبريـــلَ ٢٠٢٥م"
    assert text[m.start:m.end] == m.text
    assert m.value == "2025-04-14"


def test_span_keeps_the_marks_after_its_last_letter():
    assert spans("يصل الوفد غداً إلى الرباط") == ["غداً"]
    assert spans("صدر المرسوم في 15 رمضان 1446 هـ وعمل به") == ["15 رمضان 1446 هـ"]
    assert spans("صدر المرسوم في ١٥ رمضان ١٤٤٦هـ.") == ["١٥ رمضان ١٤٤٦هـ"]
    assert spans("عاد أمسِ إلى بلده") == ["أمسِ"]


def test_clitics_are_left_out_of_the_span():
    assert spans("وأمس أعلنت الحكومة") == ["أمس"]
    assert spans("وقع الانفجار بالأمس") == ["الأمس"]
    assert spans("واليوم يبدأ الإضراب") == ["اليوم"]
    assert spans("ووقع الاتفاق في 14 أبريل 2025 و30 أكتوبر 2024") == ["14 أبريل 2025", "30 أكتوبر 2024"]
    assert spans("اجتمعوا السبت والأحد") == ["السبت", "الأحد"]


def test_direction_marks_inside_a_numeric_date():
    text = "بدأ التطبيق في 1/\u200f1/\u200f2018، بحسب الوزارة"
    (m,) = find_dates(text)
    assert m.value == "2018-01-01" and text[m.start:m.end] == m.text == "1/\u200f1/\u200f2018"


def test_mentions_are_ordered_and_never_overlap():
    text = (
        "أعلنت الحكومة، الاثنين، أنها ستعقد اجتماعا الأسبوع المقبل، بعد أن التقى الوزير أمس "
        "نظيره الفرنسي. وكان الطرفان قد وقعا في 30 أكتوبر 2024 اتفاقا، يليه لقاء يوم الاثنين "
        "14 أبريل الجاري. وقالت مصادر إن الخميس 14 رمضان 1446 هـ الموافق 13 مارس 2025 شهد "
        "مباحثات، وإن المحادثات مستمرة منذ يومين ومنذ عام 2011."
    )
    found = find_dates(text, P)
    assert len(found) == 9
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start
    for m in found:
        assert text[m.start:m.end] == m.text


def test_longest_match_wins():
    assert spans("مساء أمس الأحد وقع الهجوم") == ["مساء أمس الأحد"]
    assert spans("أكد الوزير اليوم الخميس 10 أبريل 2025 أن") == ["اليوم الخميس 10 أبريل 2025"]
    assert spans("وقع ذلك في التاسع والعشرين من شهر شعبان لهذا العام 1438هـ وأعلن") == [
        "التاسع والعشرين من شهر شعبان لهذا العام 1438هـ"]


def test_offset_map_matches_normalize():
    rng = random.Random(7)
    alphabet = "أحمدُ ذهبَ إلى المدرســة ١٤ أبريل ٢٠٢٥ İstanbul \u200f\u0670\u06d6x"
    for _ in range(3000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        fast, slow = map_text(s), normalize(s)
        assert fast.text == slow.text
        for i in range(len(slow.text) + 1):
            for j in range(i, min(len(slow.text), i + 4) + 1):
                assert fast.span(i, j) == slow.span(i, j)
