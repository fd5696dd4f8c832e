"""Event push, round 48 (see the README): dates. A trigger after a date counts its distance to it
four times over (Arabic states an act's date after its verb); the day that dates the acts told
without one is the first recent day of the whole story, not only of its lead; an interval before
an act (بعد يومين من القمة) dates that act, and only it; a week an act borrows from its sentence is
dated by its month, as a week it owns is."""
from datetime import date

import marsad
from marsad.dates import find_dates
from marsad.ingest.article import RawArticle


def _events(text: str, published: date) -> dict[str, dict]:
    doc = marsad.analyze(RawArticle(text=text, published=published), all_sections=True)
    return {e.evidence.trigger: e for e in doc.events}


def test_a_date_goes_to_the_act_before_it_rather_than_a_nearer_one_after_it():
    got = _events("عنوان\n\nوانسحبت الولايات المتحدة في وقت سابق من شهر مايو من الاتفاق النووي، وفرضت عقوبات "
                  "اقتصادية جديدة على إيران.", date(2018, 5, 27))
    assert got["انسحبت"].date["value"] == "2018-05", got["انسحبت"].date
    assert (got["فرضت"].date or {}).get("text") != "شهر مايو", got["فرضت"].date


def test_the_day_a_later_sentence_gives_dates_the_leads_acts():
    got = _events("اعتقال خمسة أشخاص في مصر\n\nأعلنت وزارة الداخلية المصرية اعتقال خمسة أشخاص في القاهرة.\n"
                  "وقالت الوزارة إن التحقيقات جارية.\nوأضاف البيان أن الموقوفين ينتمون إلى خلية إرهابية.\n"
                  "وأوضح مصدر أمني مساء الخميس أن الموقوفين من سكان حي شبرا.", date(2018, 5, 15))
    arrest = got["اعتقال"]
    assert arrest.date["value"] == "2018-05-10", arrest.date
    assert arrest.date["reason"].startswith("no date in the sentence: the day the story gives"), arrest.date


def test_an_interval_before_an_act_dates_that_act_only():
    got = _events("عنوان\n\nوأكد وزير الخارجية الأميركي خلال زيارة إلى سيول، الخميس، بعد يومين من القمة بين "
                  "الولايات المتحدة وكوريا الشمالية، أن الاتفاق صامد.", date(2018, 6, 14))
    assert got["القمة"].date["value"] == "2018-06-12", got["القمة"].date
    assert got["القمة"].modality == "historical"
    assert got["زيارة"].date["value"] == "2018-06-14", got["زيارة"].date


def test_intervals_are_found_and_resolved_as_such():
    def dates(text: str) -> list[tuple[str, str, str, str]]:
        return [(d.text, d.value, d.granularity, d.kind) for d in find_dates(text, date(2018, 10, 1))]

    assert dates("جاء ذلك بعد يوم واحد من اضطرار الرئيس على التنحي") == [("بعد يوم", "2018-09-30", "day", "interval")]
    assert dates("بعد مرور نحو شهرين على استقالة رئيس الوزراء") == [
        ("بعد مرور نحو شهرين", "2018-08", "month", "interval")]
    # weeks to the day: بعد أسبوعين على اعتقال نسرين
    assert dates("بعد أسبوعين على اعتقال نسرين") == [("بعد أسبوعين", "2018-09-17", "day", "interval")]
    # no من after it, or before what is to come: not an interval
    assert dates("وسيعود بعد يومين إلى بلاده") == []
    assert dates("قبل يومين من الانتخابات دعا الحزب أنصاره") == []
    # منذ/قبل still count back to the act itself
    assert dates("اعتقل منذ يومين") == [("منذ يومين", "2018-09-29", "day", "relative")]


def test_a_week_an_act_borrows_from_its_sentence_is_dated_by_its_month():
    got = _events("عنوان\n\nوكان الجيش الإسرائيلي قد شن الأسبوع الماضي غارات على مواقع في غزة، كما كان قد اعتقل "
                  "عشرات الفلسطينيين في الضفة الغربية.", date(2018, 3, 20))
    arrest = got["اعتقل"]
    assert arrest.date["reason"].startswith("no date of its own: the past date its sentence gives"), arrest.date
    assert (arrest.date["value"], arrest.date["granularity"]) == ("2018-03", "month"), arrest.date
