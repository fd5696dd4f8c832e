"""The language data files, the pattern built from them, calendar arithmetic and speed.

Every entry of every word list must be found in a sentence: this guards the first-letters
gate of the master pattern (a new spelling whose first letters the gate does not know would
silently never match) and catches typos in the data files.
"""
from __future__ import annotations

import time
from datetime import date

import pytest

from marsad.dates import find_dates
from marsad.dates.calendar import (
    add_months, hijri_to_gregorian, hijri_year_of, next_weekday, previous_weekday, shift_to_weekday, week_start,
)
from marsad.dates.lexicon import lexicon

P = date(2025, 4, 10)
LX = lexicon()


def test_every_month_name_of_every_family_is_found():
    for name, month in LX.months.items():
        year = "1446 هـ" if month.calendar == "hijri" else "2025"
        found = find_dates(f"وقع ذلك في 14 {name} {year} بحسب البيان", P)
        assert len(found) == 1, name
        assert found[0].calendar == month.calendar
        assert found[0].value is not None, name


def test_every_weekday_and_cue_is_found():
    for name, iso in LX.weekdays.items():
        for cue, direction in LX.cues_after.items():
            (m,) = find_dates(f"وقال الوزير يوم {name} {cue} إن", P)
            assert m.kind == "weekday" and date.fromisoformat(m.value).isoweekday() == iso, (name, cue)


def test_every_relative_day_and_time_of_day_is_found():
    for word, offset in LX.relative_days.items():
        for tod in ("",) + LX.times_of_day:
            text = f"وقع الحادث {tod} {word} قرب الحدود".replace("  ", " ")
            found = find_dates(text, P)
            assert len(found) == 1, text
            assert found[0].value == (date(2025, 4, 10 + offset)).isoformat(), text


def test_every_period_cue_unit_and_number_is_found():
    for unit in LX.periods:
        for cue in LX.cues_after:
            assert len(find_dates(f"ارتفعت الأسعار ال{unit} {cue} بشكل كبير", P)) == 1, (unit, cue)
        for this in LX.cues_before:
            assert len(find_dates(f"ارتفعت الأسعار {this} ال{unit} بشكل كبير", P)) == 1, (this, unit)
    for unit, (kind, count) in LX.units.items():
        number = "" if count else "7 "
        assert len(find_dates(f"بدأ الإضراب منذ {number}{unit} في المدينة", P)) == 1, unit
    for word, value in LX.cardinals.items():
        (m,) = find_dates(f"توقفت المحطة منذ {word} أيام", P)
        assert m.value is not None, word


def test_every_ordinal_and_year_cue_is_found():
    for word, value in {**LX.ordinals, **LX.day_heads}.items():
        (m,) = find_dates(f"تنطلق الدورة في {word} من مايو 2025 بالمدينة", P)
        assert m.value == f"2025-05-{value:02d}", word
    for cue in LX.year_cues:
        assert [m.value for m in find_dates(f"وقع ذلك {cue} 2024 وفق المصادر", P)] == ["2024"], cue


def test_markers_and_links():
    for mark, calendar in LX.markers.items():
        year = "1446" if calendar == "hijri" else "2024"
        (m,) = find_dates(f"صدر القرار عام {year} {mark} بعد نقاش", P)
        assert m.calendar == calendar, mark
    for link in LX.links:
        found = find_dates(f"صدر في 15 رمضان 1446 هـ {link} 15 مارس 2025", P)
        assert [m.value for m in found] == ["2025-03-15", "2025-03-15"], link


# --------------------------------------------------------------------------- calendar

def test_calendar_helpers():
    assert week_start(date(2025, 4, 13)) == date(2025, 4, 7)
    assert add_months(date(2025, 1, 31), -1) == date(2024, 12, 1)
    assert add_months(date(2025, 12, 5), 1) == date(2026, 1, 1)
    assert next_weekday(date(2025, 4, 10), 4, inclusive=True) == date(2025, 4, 10)
    assert next_weekday(date(2025, 4, 10), 4, inclusive=False) == date(2025, 4, 17)
    assert previous_weekday(date(2025, 4, 10), 7, inclusive=False) == date(2025, 4, 6)
    assert shift_to_weekday(date(2025, 3, 14), 4, 2) == date(2025, 3, 13)
    assert shift_to_weekday(date(2025, 3, 14), 1, 2) is None
    assert hijri_year_of(date(2025, 4, 10)) == 1446
    assert hijri_year_of(date(1900, 1, 1)) == 1317  # outside the table: arithmetic estimate


@pytest.mark.parametrize("year", [1343, 1400, 1446, 1500])
def test_tabular_fallback_stays_close_to_umm_al_qura(year):
    from marsad.dates.calendar import _tabular

    table, _ = hijri_to_gregorian(year, 9, 1)
    assert table is not None
    assert abs((_tabular(year, 9, 1) - table).days) <= 2


# --------------------------------------------------------------------------- speed

ARTICLE = (
    "أعلنت وزارة الداخلية، الاثنين، أن الوزير سيزور الرباط يوم الخميس 14 أبريل الجاري، في إطار "
    "تعزيز التعاون الأمني بين البلدين، بعد أن وقع الطرفان في 30 أكتوبر 2024 اتفاقا للشراكة. "
    "وقال مصدر مطلع إن المباحثات ستتناول ملفات الهجرة غير النظامية ومكافحة الإرهاب والجريمة "
    "المنظمة، مشيرا إلى أن اللجنة المشتركة اجتمعت الأسبوع الماضي لتحضير جدول الأعمال. "
) * 4


def test_throughput_smoke():
    """A guard against catastrophic backtracking, not the benchmark (see the dates README)."""
    text = ARTICLE[:1500]
    find_dates(text, P)
    start = time.perf_counter()
    for _ in range(100):
        find_dates(text, P)
    per_second = 100 / (time.perf_counter() - start)
    assert per_second > 200
