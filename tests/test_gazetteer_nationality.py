"""Nationality adjectives: the rule, its inflection, the exception list, and the gazetteer entries."""
from __future__ import annotations

import pytest

from marsad.entities import nationality as nat
from marsad.entities.gazetteer import lookup
from marsad.resources import read_tsv


@pytest.mark.parametrize("name,adjective", [
    ("المغرب", "مغربي"), ("فرنسا", "فرنسي"), ("ليبيا", "ليبي"), ("باكستان", "باكستاني"),
    ("السعودية", "سعودي"), ("الجزائر", "جزائري"), ("سوريا", "سوري"), ("اليمن", "يمني"),
    ("عُمان", "عماني"), ("سنغافورة", "سنغافوري"), ("كوسوفو", "كوسوفي"), ("مالي", "مالي"),
    ("موريتانيا", "موريتاني"), ("إسرائيل", "إسرائيلي"), ("فلسطين", "فلسطيني"), ("أمريكا", "أمريكي"),
])
def test_derive_adjective(name, adjective):
    assert nat.derive_adjective(name) == adjective


def test_multi_word_names_are_not_derived():
    assert nat.derive_adjective("كوريا الشمالية") is None
    assert nat.derive_adjective("غينيا-بيساو") is None


def test_inflect_makes_every_gender_number_and_article():
    forms = {(f.text, f.gender, f.number, f.definite) for f in nat.inflect("مغربي", "MAR")}
    expected = {
        ("مغربي", "m", "sg", False), ("المغربي", "m", "sg", True),
        ("مغربية", "f", "sg", False), ("المغربية", "f", "sg", True),
        ("مغربيون", "m", "pl", False), ("مغربيين", "m", "pl", False), ("المغربيين", "m", "pl", True),
        ("مغربيات", "f", "pl", False), ("المغربيات", "f", "pl", True),
        ("مغربيان", "m", "du", False), ("مغربيين", "m", "du", False),
        ("مغربيتان", "f", "du", False), ("المغربيتين", "f", "du", True),
    }
    assert expected <= forms
    assert len(forms) == 19  # 9 gender/number/case forms, each with and without ال, + مغربيا
    assert ("مغربيا", "m", "sg", False) in forms  # accusative after a number: ٣٢ صيادا مغربيا


def test_multi_word_adjective_agrees_on_every_nisba_word():
    texts = {f.text for f in nat.inflect("كوري شمالي", "PRK")}
    assert {"كوريون شماليون", "الكورية الشمالية", "كوريات شماليات"} <= texts
    texts = {f.text for f in nat.inflect("جنوب أفريقي", "ZAF")}
    assert {"جنوب أفريقيون", "الجنوب الأفريقية"} <= texts


def code_of(text: str) -> set[str]:
    return {e.country for e in lookup(text) if e.kind == "nationality"}


@pytest.mark.parametrize("forms,code", [
    ("مغربي مغربية مغاربة المغربي المغاربة مغربيين المغربيات مغربيون", "MAR"),
    ("فرنسي الفرنسية الفرنسيون فرنسيين فرنسيات", "FRA"),
    ("أمريكي الأميركية الأمريكيون أميركيين الأمريكان", "USA"),
    ("سوري السوريين سورية", "SYR"),
    ("إسرائيلي الإسرائيليون", "ISR"),
    ("فلسطينيون الفلسطينية", "PSE"),
    ("بريطاني البريطانيون الإنجليز", "GBR"),
    ("أتراك الأتراك تركي", "TUR"),
    ("روس الروس روسي", "RUS"),
    ("ألمان الألمان", "DEU"),
    ("أفغان الأفغان", "AFG"),
    ("يونانيون هولنديون", None),
    ("الجزائريون جزائرية", "DZA"),
    ("التونسي التوانسة", "TUN"),
    ("الموريتانيين الموريطانية", "MRT"),
    ("نمساوي دنماركي", None),
    ("الإماراتي السعوديين القطرية", None),
])
def test_nationality_forms(forms, code):
    for form in forms.split(" ") if code else []:
        assert code in code_of(form), form
    if code is None:  # each form simply has to be known
        for form in forms.split(" "):
            assert code_of(form), form


def test_multi_word_forms_are_keys():
    assert code_of("الكوري الشمالي") == {"PRK"}
    assert code_of("كوريون شماليون") == {"PRK"}
    assert code_of("جنوب أفريقي") == {"ZAF"} and code_of("الجنوب أفريقي") == {"ZAF"}
    assert code_of("الكوري") == {"KOR"}  # alone, كوري means South Korean


def test_forms_are_tagged():
    e = next(e for e in lookup("المغربيات") if e.kind == "nationality")
    assert (e.key, e.label, e.name) == ("nat:MAR", "MISC", "مغربي")
    assert (e.attr("gender"), e.attr("number"), e.attr("definite")) == ("f", "pl", "1")
    e = lookup("مغاربة")[0]
    assert (e.attr("gender"), e.attr("number"), e.attr("definite")) == ("m", "pl", None)
    tags = [(e.attr("number")) for e in lookup("فرنسيين")]
    assert tags == ["pl", "du"]  # the oblique plural and the oblique dual are one spelling


def test_regional_adjectives():
    e = next(e for e in lookup("الأوروبية") if e.kind == "nationality")
    assert (e.key, e.country, e.attr("region")) == ("nat:region:EUR", None, "EUR")
    assert lookup("العرب")[0].key == "nat:region:ARB"
    assert lookup("أفارقة")[0].key == "nat:region:AFR"
    assert lookup("الخليجية")[0].key == "nat:region:PGS"


def test_exceptions_drop_forms_that_are_words():
    assert not any(e.kind == "nationality" for e in lookup("مالية"))
    assert not any(e.kind == "nationality" for e in lookup("المالي"))
    assert code_of("الماليين") == {"MLI"}  # Malians


def test_territories_get_no_derived_adjective():
    assert "ABW" not in nat.country_bases()  # أروبي is never used
    assert "COM" not in nat.country_bases()  # قمري means "lunar"


def test_exception_rows_are_valid():
    codes = set(nat.country_bases()) | set(nat.region_bases())
    countries = {r["alpha3"] for r in read_tsv("gazetteer", "countries.tsv")}
    regions = {r["code"] for r in read_tsv("gazetteer", "regions.tsv")}
    for row in read_tsv("gazetteer", "nationality_exceptions.tsv"):
        assert row["code"] in countries | regions, row
        assert row["gender"] in ("m", "f") and row["number"] in ("sg", "du", "pl"), row
        assert row["op"] in ("add", "drop"), row
        if row["op"] == "drop":
            assert row["code"] in codes, row


def test_every_state_has_an_adjective():
    missing = {
        r["alpha3"] for r in read_tsv("gazetteer", "countries.tsv")
        if r["status"] == "member" and r["alpha3"] not in nat.country_bases() and r["adjective"] != "-"
    }
    assert not missing


def test_lookup_helper():
    assert {f.code for f in nat.lookup("الفرنسيين")} == {"FRA"}
    assert all(f.code == "MAR" for f in nat.forms_for("MAR"))
    assert len(nat.forms_for("MAR")) == 21  # 19 generated + مغاربة/المغاربة
