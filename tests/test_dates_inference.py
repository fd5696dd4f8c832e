"""Years inferred for day+month dates, the weekday check, الجاري, ranges, article_anchor,
and the seed article."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from marsad.dates import article_anchor, find_dates

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "000_ac538b3f911e82e4.txt"

# The seed's two date sentences, written out so that the test runs without the shared folder.
SEED_SENTENCES = (
    "من المنتظر أن يصل وزير الداخلية الفرنسي، برونو ريتايو، إلى العاصمة المغربية الرباط "
    "يوم الاثنين 14 أبريل الجاري، في زيارة رسمية تهدف إلى تعزيز علاقات التعاون والشراكة "
    "الاستراتيجية بين فرنسا والمغرب.\n\n"
    "تعتبر زيارة برونو ريتايو خطوة هامة في إطار تعميق الشراكة الأمنية بين فرنسا والمغرب، "
    "والتي تم الاتفاق عليها بين الوزيران في 30 أكتوبر 2024، وهي الشراكة التي تتسم بأهمية خاصة."
)


def only(text: str, published: date | None = None):
    found = find_dates(text, published)
    assert len(found) == 1, [(m.text, m.value) for m in found]
    return found[0]


def check_seed_dates(text: str) -> None:
    found = {m.text: m for m in find_dates(text)}
    visit = found["يوم الاثنين 14 أبريل الجاري"]
    assert (visit.value, visit.granularity, visit.kind, visit.calendar) == ("2025-04-14", "day", "explicit", "gregorian")
    assert text[visit.start:visit.end] == "يوم الاثنين 14 أبريل الجاري"
    assert "weekday+day+month" in visit.reason
    assert "year from latest explicit date in text (2024-10-30)" in visit.reason
    assert "weekday checked" in visit.reason
    agreement = found["30 أكتوبر 2024"]
    assert (agreement.value, agreement.granularity, agreement.kind) == ("2024-10-30", "day", "explicit")
    assert text[agreement.start:agreement.end] == "30 أكتوبر 2024"


def test_seed_sentences():
    check_seed_dates(SEED_SENTENCES)
    assert article_anchor(find_dates(SEED_SENTENCES), None)[:2] == (date(2025, 4, 1), "month")


@pytest.mark.skipif(not SEED.exists(), reason="shared seed article not available")
def test_seed_article_from_the_shared_folder():
    text = SEED.read_text(encoding="utf-8")
    check_seed_dates(text)
    mentions = find_dates(text)
    value, granularity, reason = article_anchor(mentions, None)
    assert (value, granularity) == (date(2025, 4, 1), "month")
    assert "الجاري" in reason
    # With a publication date the same expression is read against it.
    visit = [m for m in find_dates(text, date(2025, 4, 11)) if "أبريل" in m.text][0]
    assert visit.value == "2025-04-14" and "publication date" in visit.reason


# --------------------------------------------------------------------------- year inference

def test_year_from_publication_date_is_the_nearest_occurrence():
    assert only("تنطلق الدورة في 14 يناير", date(2025, 12, 20)).value == "2026-01-14"
    assert only("انطلقت الدورة في 14 ديسمبر", date(2026, 1, 10)).value == "2025-12-14"
    m = only("وصل الوفد يوم الاثنين 14 أبريل إلى الرباط", date(2025, 4, 10))
    assert m.value == "2025-04-14"
    assert "nearest to the publication date" in m.reason and "weekday checked (Monday)" in m.reason


def test_past_and_next_cues_pick_the_occurrence_before_or_after_publication():
    p = date(2025, 4, 10)
    assert only("وقعت الحادثة في 14 أبريل الماضي", p).value == "2024-04-14"
    assert only("وقعت الحادثة في 2 أبريل الماضي", p).value == "2025-04-02"
    assert only("تبدأ البطولة في 13 يونيو القادم", p).value == "2025-06-13"
    assert only("ينعقد المؤتمر في 14 مارس المقبل", p).value == "2026-03-14"
    assert only("تراجعت المبيعات في أبريل الماضي", p).value == "2024-04"
    assert only("تعقد القمة في تموز/يوليو المقبل", p).value == "2025-07"
    assert only("ينتهي العقد في 30 أبريل الجاري", p).value == "2025-04-30"
    m = only("ارتفعت الأسعار في شهر مارس", p)
    assert (m.value, m.granularity) == ("2025-03", "month")


def test_weekday_mismatch_moves_to_a_neighbouring_year():
    # 14 April is a Monday in 2025 and a Tuesday in 2026.
    m = only("يصل الوفد يوم الثلاثاء 14 أبريل", date(2025, 4, 10))
    assert m.value == "2026-04-14"
    assert "does not fit 2025-04-14" in m.reason and "took 2026" in m.reason


def test_weekday_mismatch_without_a_fitting_year_is_kept_and_reported():
    # 14 April: Sunday in 2024, Monday in 2025, Tuesday in 2026 — never a Wednesday.
    m = only("يصل الوفد يوم الأربعاء 14 أبريل", date(2025, 4, 10))
    assert m.value == "2025-04-14"
    assert "weekday mismatch" in m.reason and "Wednesday" in m.reason


def test_weekday_decides_the_year_without_publication_date():
    # Latest explicit date 28 December 2015; the first 25 December on or after it (2016) is a
    # Sunday; 25 December 2015 is the Friday the text names.
    text = "أعلن الجيش في 28 ديسمبر 2015 أن وحداته تمكنت، يوم الجمعة 25 ديسمبر، من العثور على مخيم"
    m = [m for m in find_dates(text) if m.text.startswith("يوم")][0]
    assert m.value == "2015-12-25" and "took 2015" in m.reason


def test_no_year_and_no_anchor_stays_unresolved():
    m = only("تنطلق الدورة في 14 يناير")
    assert m.value is None and "no year written" in m.reason


def test_range_start_takes_the_year_of_the_range_end():
    found = find_dates("تستمر الدورة من 20 ديسمبر إلى 5 يناير 2019", date(2018, 5, 1))
    assert [(m.text, m.value) for m in found] == [("20 ديسمبر", "2018-12-20"), ("5 يناير 2019", "2019-01-05")]
    assert "range" in found[0].reason
    found = find_dates("أسفرت ضربات في 16 تشرين الثاني/نوفمبر و28 كانون الأول/ديسمبر 2017 عن قتلى", date(2018, 6, 1))
    assert found[0].value == "2017-11-16"


def test_hijri_day_month_without_year():
    m = only("يحيي الفنان الحفل يوم الخميس 14 رمضان", date(2025, 3, 1))
    # Umm al-Qura: 14 Ramadan 1446 = Friday 14 March; the weekday moves it to Thursday 13 March.
    assert (m.value, m.calendar) == ("2025-03-13", "hijri")
    m = only("ينطلق السباق الدرامي في شهر رمضان", date(2025, 2, 1))
    assert (m.value, m.granularity, m.calendar) == ("2025-03", "month", "hijri")
    assert only("عرض في شهر رمضان الماضي", date(2025, 6, 1)).value == "2025-03"
    assert only("يعرض في رمضان المقبل", date(2025, 6, 1)).value == "2026-03"  # its 15th: 4 March 2026


# --------------------------------------------------------------------------- article_anchor

def test_anchor_is_the_publication_date_when_known():
    assert article_anchor(find_dates("وقع في 30 أكتوبر 2024"), date(2025, 4, 10)) == (
        date(2025, 4, 10), "day", "publication date")


def test_anchor_from_a_text_that_dates_itself():
    text = "ذكر عام 2011، وأكد الوزير اليوم الخميس 13 أفريل 2017 أن الحوار مستمر منذ 3 جانفي 2016"
    value, granularity, reason = article_anchor(find_dates(text), None)
    assert (value, granularity) == (date(2017, 4, 13), "day") and "dates itself" in reason


def test_anchor_is_the_latest_explicit_full_date():
    text = "وقع الاتفاق في 30 أكتوبر 2024 بعد جولة بدأت في 3 مارس 2023، عام 2022."
    value, granularity, reason = article_anchor(find_dates(text), None)
    assert (value, granularity) == (date(2024, 10, 30), "day")
    assert "30 أكتوبر 2024" in reason


def test_no_anchor():
    assert article_anchor(find_dates("قال الوزير أمس إن الحوار مستمر منذ عام 2011"), None)[:2] == (None, "")


def test_year_before_reads_a_bare_month_as_the_last_one():
    from marsad.dates.resolve import year_before
    published = date(2018, 7, 4)
    october = only("رفعت واشنطن في أكتوبر الحظر", published)
    assert october.value == "2018-10"  # the nearest occurrence, ahead of publication
    assert year_before(october, published).value == "2017-10"
    assert year_before(only("في أكتوبر 2018", published), published) is None  # its year is written
    assert year_before(only("غدا", published), published) is None  # relative
