"""Event push, round 32 (see the README): reaching an agreement (توصل إلى اتفاق) is the
agreement of those who reached it — توصل is a light verb; under the article (يأمل في التوصل
إلى اتفاق, سعيا للتوصل) a verb form is an aim, and lends the noun no doer. A past verb cannot take
a date still ahead of the news: a month named without its year right after it is the last one,
else the date is what the words are about (دعت إيران إلى وقف التخصيب بحلول 12 مايو). Fire under
the article names its owner as the weapon's indefinite form does (مقتل مسعف بالرصاص الإسرائيلي)."""
from datetime import date

import marsad
from coded import coded
from marsad.ingest.article import RawArticle


def test_reaching_an_agreement_is_agreeing():
    got = coded("عنوان\n\nوكانت تركيا والولايات المتحدة توصلت لاتفاق، في يونيو الماضي، بشأن منبج.")
    assert [(t, a, r) for t, a, r, _, _ in got] == [("AGREE", ["TUR", "USA"], [])], got


def test_hoping_to_reach_an_agreement_is_no_agreement():
    for text in ("وتسعى بريطانيا إلى التوصل لاتفاق مع الاتحاد الأوروبي.",
                 "ونادرا ما تقر اسرائيل بالتوصل إلى أي اتفاق مع حماس."):
        got = coded("عنوان\n\n" + text)
        assert not [e for e in got if e[0] == "AGREE"], (text, got)


def _dated(text: str, published: date) -> list[tuple[str, str, str]]:
    doc = marsad.analyze(RawArticle(text="عنوان\n\n" + text, published=published), all_sections=True)
    return [(e.event_type, e.modality, e.date and e.date["value"]) for e in doc.events]


def test_a_past_verb_takes_no_date_ahead_of_the_news():
    got = _dated("ودعت فرنسا إيران إلى وقف التخصيب بحلول 12 مايو.", date(2018, 5, 1))
    assert got == [("REQUEST", "actual", "2018-05-01")], got


def test_a_past_verb_dates_a_bare_month_to_the_last_one():
    got = _dated("وكانت واشنطن رفعت في أكتوبر الحظر التجاري المفروض على السودان.", date(2018, 7, 4))
    assert [(m, d) for _, m, d in got] == [("historical", "2017-10")], got


def test_killed_by_definite_fire_names_the_shooter():
    got = coded("مقتل مسعف فلسطيني بالرصاص الإسرائيلي\n\nقالت وزارة الصحة إن المسعف قتل قرب السياج.")
    assert ("ASSAULT", ["ISR"], ["PSE"]) in [(t, a, r) for t, a, r, _, _ in got], got
