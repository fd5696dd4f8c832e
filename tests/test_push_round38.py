"""Event push, round 38 (see the README): whom a party holds or frees (arrests, detentions,
releases) with no country stated are of its own side (واحتجزت الشرطة العراقية الشاب، أفرجت
السلطات عنه بكفالة), as the gold set reads them — at home, not where the act is placed abroad,
and not a named thing held (احتجزت السلطات الإيطالية السفينة). Background that gives no date of its
own is dated by the last past date an earlier sentence gives (وفي مارس 2011 اندلعت الاحتجاجات …
وكانت قوات الأمن قد اعتقلت …), as the gold set dates it."""
import pytest
from coded import coded

import marsad


def _types(text):
    return [(t, a, r, rule) for t, a, r, rule, _ in coded("عنوان\n\n" + text)]


@pytest.mark.parametrize("text, expected", [
    # the held and the freed of no stated country are the holder's people
    ("اعتقلت الشرطة الكندية مشتبها به بعد إطلاق نار في مدينة فردريكتون.", ("COERCE", ["CAN"], ["CAN"], "subject")),
    ("وقال إن السلطات الأسترالية أفرجت عنه بكفالة.", ("RETREAT", ["AUS"], ["AUS"], "subject-first")),
    ("وأطلقت حركة طالبان سراح ثلاثة رهائن.", ("RETREAT", ["AFG"], ["AFG"], "light-verb")),
    # those of a stated country stay its own
    ("واعتقلت الشرطة التركية ثلاثة مهاجرين سوريين في إزمير.", ("COERCE", ["TUR"], ["SYR"], "subject")),
    # placed abroad, the held are of no known country
    ("واعتقلت الشرطة الفرنسية عشرة أشخاص في مدريد.", ("COERCE", ["FRA"], ["None"], "subject")),
])
def test_read_as(text, expected):
    got = _types(text)
    assert got == [expected], got


def test_background_with_no_date_of_its_own_takes_the_last_past_date_before_it():
    doc = marsad.analyze("عنوان\n\nوفي مارس 2011 اندلعت الاحتجاجات في درعا. وكانت قوات الأمن السورية قد اعتقلت "
                         "عشرات الطلاب في المدينة.", published="2018-05-01", all_sections=True)
    arrest = next(e for e in doc.events if e.event_type == "COERCE")
    assert (arrest.modality, arrest.date["value"]) == ("historical", "2011-03")
    # an act told as today's news keeps the publication day, not a past date before it
    doc = marsad.analyze("عنوان\n\nوفي مارس 2011 اندلعت الاحتجاجات في درعا. واعتقلت قوات الأمن السورية اليوم "
                         "عشرات الطلاب في المدينة.", published="2018-05-01", all_sections=True)
    arrest = next(e for e in doc.events if e.event_type == "COERCE")
    assert (arrest.modality, arrest.date["value"]) == ("actual", "2018-05-01")
