"""Relative expressions and weekdays, with and without a publication date.

The publication date in these tests is Thursday 10 April 2025.
"""
from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import find_dates

P = date(2025, 4, 10)  # a Thursday
UNKNOWN = "relative to the publication date, which is unknown"


def only(text: str, published: date | None = P):
    found = find_dates(text, published)
    assert len(found) == 1, [(m.text, m.value) for m in found]
    return found[0]


@pytest.mark.parametrize("text,span,value", [
    ("قال المتحدث اليوم إن المفاوضات مستمرة", "اليوم", "2025-04-10"),
    ("أعلنت الوزارة أمس عن إجراءات جديدة", "أمس", "2025-04-09"),
    ("وقع الهجوم بالأمس قرب الحدود", "الأمس", "2025-04-09"),
    ("اجتمع المجلس البارحة لمناقشة الميزانية", "البارحة", "2025-04-09"),
    ("التقى الوزيران أول أمس في جنيف", "أول أمس", "2025-04-08"),
    ("التقى الوزيران أول من أمس في جنيف", "أول من أمس", "2025-04-08"),
    ("يصل الوفد غداً إلى الرباط", "غداً", "2025-04-11"),
    ("تبدأ المحادثات بعد غد في مسقط", "بعد غد", "2025-04-12"),
    ("اندلعت الاشتباكات مساء أمس في الضاحية", "مساء أمس", "2025-04-09"),
    ("تظاهر الآلاف صباح اليوم أمام البرلمان", "صباح اليوم", "2025-04-10"),
    ("سمع دوي انفجار الليلة الماضية في المدينة", "الليلة الماضية", "2025-04-09"),
    ("قالت الشرطة اليوم الخميس إن 33 راكبا احتجزوا", "اليوم الخميس", "2025-04-10"),
])
def test_relative_days(text, span, value):
    m = only(text)
    assert (m.text, m.value, m.granularity, m.kind) == (span, value, "day", "relative")
    assert "publication date" in m.reason


def test_relative_day_with_a_weekday_one_day_off_trusts_the_weekday():
    # Published (stamped) Thursday, but the writer says yesterday was Tuesday: written Wednesday.
    m = only("أعلنت الحكومة أمس الثلاثاء عن خطة طوارئ")
    assert m.value == "2025-04-08"
    assert "a day off" in m.reason
    m = only("قال الوزير أمس الأحد إن الاتفاق قريب")  # four days off: kept, mismatch reported
    assert m.value == "2025-04-09" and "weekday mismatch" in m.reason


@pytest.mark.parametrize("text,span,value,granularity", [
    ("صعدت الأسهم الأسبوع الماضي بنسبة 3%", "الأسبوع الماضي", "2025-03-31", "week"),
    ("يلتقي الطرفان الأسبوع المقبل في القاهرة", "الأسبوع المقبل", "2025-04-14", "week"),
    ("يلتقي الطرفان الأسبوع القادم في القاهرة", "الأسبوع القادم", "2025-04-14", "week"),
    ("تراجع المؤشر خلال الأسبوع الجاري", "الأسبوع الجاري", "2025-04-07", "week"),
    ("تستمر المحادثات هذا الأسبوع", "هذا الأسبوع", "2025-04-07", "week"),
    ("ارتفع التضخم الشهر الماضي إلى 5%", "الشهر الماضي", "2025-03", "month"),
    ("تعقد القمة الشهر المقبل في بغداد", "الشهر المقبل", "2025-05", "month"),
    ("عين وزيرا للمالية الشهر الجاري", "الشهر الجاري", "2025-04", "month"),
    ("انخفضت الأسعار الشهر الحالي", "الشهر الحالي", "2025-04", "month"),
    ("زار البلاد 15 مليون سائح العام الماضي", "العام الماضي", "2024", "year"),
    ("تنتهي الأشغال السنة المقبلة", "السنة المقبلة", "2026", "year"),
    ("تراجعت الصادرات في السنة الماضية", "السنة الماضية", "2024", "year"),
    ("ينمو الاقتصاد بنهاية العام الحالي", "العام الحالي", "2025", "year"),
    ("يشارك لبنان هذا العام ضيف شرف", "هذا العام", "2025", "year"),
    ("بالنسبة للعام المقبل يتوقع البنك نموا", "للعام المقبل", "2026", "year"),
    ("أعلنت الشركة نتائجها لهذا العام", "لهذا العام", "2025", "year"),
])
def test_periods(text, span, value, granularity):
    m = only(text)
    assert (m.text, m.value, m.granularity, m.kind) == (span, value, granularity, "relative")


def test_week_value_is_the_iso_monday():
    m = only("عقد الاجتماع الأسبوع الماضي", date(2025, 4, 13))  # a Sunday: same ISO week as 10 April
    assert m.value == "2025-03-31" and "Monday" in m.reason


@pytest.mark.parametrize("text,span,value", [
    ("يزور الرئيس باريس الاثنين المقبل", "الاثنين المقبل", "2025-04-14"),
    ("يزور الرئيس باريس يوم الاثنين القادم", "يوم الاثنين القادم", "2025-04-14"),
    ("يعقد المجلس جلسته الخميس المقبل", "الخميس المقبل", "2025-04-17"),
    ("زار الرئيس لندن الأحد الماضي", "الأحد الماضي", "2025-04-06"),
    ("اجتمع المجلس الخميس الماضي", "الخميس الماضي", "2025-04-03"),
    ("قتل ثلاثة أشخاص الجمعة الماضية في هجوم", "الجمعة الماضية", "2025-04-04"),
])
def test_weekday_with_a_cue(text, span, value):
    m = only(text)
    assert (m.text, m.value, m.granularity, m.kind) == (span, value, "day", "weekday")


@pytest.mark.parametrize("text,span,value", [
    ("قال ترمب يوم الاثنين إن تهديده كان ردا", "يوم الاثنين", "2025-04-07"),
    ("أعلنت الوزارة، الثلاثاء، مقتل قائد ميداني", "الثلاثاء", "2025-04-08"),
    ("طبقت الولايات المتحدة، الاثنين، رسوما جمركية", "الاثنين", "2025-04-07"),
    ("أقيم مساء الأحد مؤتمر صحافي في عمان", "مساء الأحد", "2025-04-06"),
    ("أعلن الجيش الخميس مقتل فلسطينيين", "الخميس", "2025-04-10"),       # on publication day
    ("تعرض المستشفى لقصف منذ الاثنين الماضي", "الاثنين الماضي", "2025-04-07"),
])
def test_bare_weekday_is_the_last_one_on_or_before_publication(text, span, value):
    m = only(text)
    assert (m.text, m.value, m.kind) == (span, value, "weekday")
    if "الماضي" not in span:
        assert "on or before" in m.reason


@pytest.mark.parametrize("text,span,value", [
    ("من المقرر أن يزور الرئيس باريس يوم الأحد لبحث الأزمة", "يوم الأحد", "2025-04-13"),
    ("سيعقد البرلمان جلسة طارئة الثلاثاء", "الثلاثاء", "2025-04-15"),
    ("من المنتظر أن يصل الوفد، الخميس، إلى الدوحة", "الخميس", "2025-04-10"),
    ("وسيزور الوزير الجزائر يوم الأحد", "يوم الأحد", "2025-04-13"),  # the cue with و glued on
])
def test_bare_weekday_in_a_future_sentence_is_the_next_one(text, span, value):
    m = only(text)
    assert (m.text, m.value) == (span, value)
    assert "future" in m.reason


def test_a_future_cue_in_another_clause_does_not_count():
    found = find_dates("قال إن الاجتماع سيعقد غداً، وكان قد التقى نظيره مساء الأحد", P)
    assert [(m.text, m.value) for m in found] == [("غداً", "2025-04-11"), ("مساء الأحد", "2025-04-06")]


@pytest.mark.parametrize("text,span,value,granularity", [
    ("وصلت السفينة منذ يومين إلى الميناء", "منذ يومين", "2025-04-08", "day"),
    ("بدأ الإضراب منذ ثلاثة أيام", "منذ ثلاثة أيام", "2025-04-07", "day"),
    ("توقفت المحطة منذ 5 أيام", "منذ 5 أيام", "2025-04-05", "day"),
    ("أعلنت قبل أسبوع عن التطهير النهائي", "قبل أسبوع", "2025-03-31", "week"),
    ("فرضت الرسوم منذ أسبوعين", "منذ أسبوعين", "2025-03-24", "week"),
    ("توقفت المحطة منذ ثلاثة أشهر", "منذ ثلاثة أشهر", "2025-01", "month"),
    ("اتهمته قبل عامين بتدبير الانقلاب", "قبل عامين", "2023", "year"),
    ("التقى البلدان لأول مرة منذ 13 عاما", "منذ 13 عاما", "2012", "year"),
    ("اشترى المنزل قبل عشر سنوات", "قبل عشر سنوات", "2015", "year"),
])
def test_ago(text, span, value, granularity):
    m = only(text)
    assert (m.text, m.value, m.granularity, m.kind) == (span, value, granularity, "relative")


def test_a_date_after_mundhu_is_that_date_not_an_interval():
    assert [(m.text, m.value) for m in find_dates("تتواصل الاحتجاجات منذ يوم الأربعاء الماضي", P)] == [
        ("يوم الأربعاء الماضي", "2025-04-09")]
    assert [(m.text, m.value) for m in find_dates("أعلى مستوى منذ شهر إبريل 2014", P)] == [
        ("شهر إبريل 2014", "2014-04")]
    assert [(m.text, m.value) for m in find_dates("يرأس المجلس منذ عام 1992", P)] == [("عام 1992", "1992")]


@pytest.mark.parametrize("text", [
    "قال المتحدث اليوم إن المفاوضات مستمرة",
    "أعلنت الوزارة أمس عن إجراءات جديدة",
    "يصل الوفد غداً إلى الرباط",
    "صعدت الأسهم الأسبوع الماضي",
    "ارتفع التضخم الشهر الماضي",
    "زار البلاد 15 مليون سائح العام الماضي",
    "يزور الرئيس باريس الاثنين المقبل",
    "زار الرئيس لندن الأحد الماضي",
    "قال ترمب يوم الاثنين إن تهديده كان ردا",
    "وصلت السفينة منذ يومين إلى الميناء",
    "اعتقل قبل أسبوع",
])
def test_without_a_publication_date_relative_expressions_stay_unresolved(text):
    m = only(text, None)
    assert m.value is None
    assert m.reason == UNKNOWN


def test_current_month_without_publication_date_comes_from_a_named_jari_month():
    text = "اتفق الطرفان في 30 أكتوبر 2024 على خطة، ويزور الوزير الرباط يوم الاثنين 14 أبريل الجاري. وتراجعت الأسعار الشهر الجاري، بينما ارتفعت الشهر الماضي."
    found = {m.text: m for m in find_dates(text)}
    assert found["يوم الاثنين 14 أبريل الجاري"].value == "2025-04-14"
    assert found["الشهر الجاري"].value == "2025-04"
    assert "يوم الاثنين 14 أبريل الجاري" in found["الشهر الجاري"].reason
    assert found["الشهر الماضي"].value is None  # the previous month is still relative to publication
