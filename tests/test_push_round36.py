"""Event push, round 36 (see the README): a legal act a state does at home (charging, sentencing,
investigating, pardoning) told with no doer — in the passive, or as a noun after a passive light
verb — was done by the place's authorities, as arrests told so are (فتح تحقيق في سويسرا، وحكم على
أربعة رجال بالإعدام في الهند); an evacuation told so is not (natural disasters' evacuations). When
the lead names no day, a sentence with no date of its own takes the last recent day an earlier
sentence gives, not the publication day. An event's week inside one month is dated by that month
(the guide dates to a day, a month or a year), and a month named before a past verb is its last
occurrence. An act that owns no date of its own takes the recent day its sentence gives (which
another of its acts owns) before the lead's day."""
from datetime import date

import marsad
from coded import coded
from marsad.ingest.article import RawArticle


def test_a_sentence_told_in_the_passive_is_the_places_courts():
    got = coded("عنوان\n\nوحكم على أربعة رجال بالإعدام في الهند.")
    assert [(t, a, r, rule) for t, a, r, rule, _ in got] == [("SANCTION", ["IND"], ["IND"], "implicit")], got


def test_an_investigation_opened_with_no_doer_is_the_places_authorities():
    got = coded("عنوان\n\nفتح تحقيق في سويسرا حول وجود أشخاص على صلة بأنيس العامري.")
    assert [(t, a, r, rule) for t, a, r, rule, _ in got] == [("ACCUSE", ["CHE"], ["CHE"], "implicit")], got


def test_an_evacuation_with_no_doer_stays_uncoded():
    got = coded("عنوان\n\nوتم إجلاء 30 ألف شخص في كاليفورنيا الأميركية جراء مخاوف انهيارات أرضية.")
    assert not [e for e in got if e[0] == "AID"], got


def _dated(text, published=date(2018, 5, 15)):
    doc = marsad.analyze(RawArticle(text=text, published=published), all_sections=True)
    return {e.event_type: e.date for e in doc.events}


BODY = ("عنوان عن الأزمة\n\nتتواصل الأزمة السياسية في البلاد منذ أشهر.\nوقال الرئيس إن الحوار مستمر.\n"
        "والتقى وزير الخارجية المصري نظيره الأردني في عمان {day}.\nودعا الوزير المصري إسرائيل إلى وقف الاستيطان.")


def test_with_no_day_in_the_lead_a_sentence_goes_on_with_the_last_day_given():
    got = _dated(BODY.format(day="الأحد"))
    # (since round 48 the first recent day of the whole story, wherever it stands)
    assert got["REQUEST"]["value"] == "2018-05-13" and "the day the story gives" in got["REQUEST"]["reason"], got


def test_a_day_long_before_the_news_is_not_carried_on():
    got = _dated(BODY.format(day="في 3 مارس"))
    assert got["REQUEST"]["value"] == "2018-05-15" and "publication date" in got["REQUEST"]["reason"], got


def test_an_events_week_inside_one_month_is_that_month():
    got = _dated("عنوان\n\nواعتقلت السلطات اللبنانية الأسبوع الماضي ثلاثة أشخاص في بيروت.", date(2018, 5, 19))
    assert (got["COERCE"]["value"], got["COERCE"]["granularity"]) == ("2018-05", "month"), got


def test_an_events_week_across_two_months_keeps_its_monday():
    got = _dated("عنوان\n\nواعتقلت السلطات اللبنانية الأسبوع الماضي ثلاثة أشخاص في بيروت.", date(2018, 6, 6))
    assert (got["COERCE"]["value"], got["COERCE"]["granularity"]) == ("2018-05-28", "week"), got


def test_a_month_named_before_a_past_verb_is_its_last_occurrence():
    got = _dated("عنوان\n\nوفي نوفمبر اعتقلت السلطات اللبنانية ثلاثة أشخاص في بيروت.", date(2018, 8, 10))
    assert got["COERCE"]["value"] == "2017-11", got
    got = _dated("عنوان\n\nوفي نوفمبر ستعتقل السلطات اللبنانية ثلاثة أشخاص في بيروت.", date(2018, 8, 10))
    assert got["COERCE"]["value"] == "2018-11", got


def test_an_act_that_owns_no_date_takes_the_day_its_sentence_gives():
    got = _dated("عنوان\n\nقالت الحكومة اليوم إن الوضع مستقر.\nوالتقى وزير الخارجية الروسي نظيره التركي في موسكو "
                 "الثلاثاء، وانتقد الوزيران الولايات المتحدة.", date(2018, 5, 10))
    assert got["CONSULT"]["value"] == "2018-05-08" and "its sentence gives" in got["CONSULT"]["reason"], got


def test_background_that_owns_no_date_takes_the_past_date_its_sentence_gives():
    got = _dated("عنوان\n\nقالت الحكومة اليوم إن الوضع مستقر.\nوكان وزير الخارجية الروسي قد التقى نظيره التركي في موسكو "
                 "في 3 مارس الماضي، وانتقد الوزيران الولايات المتحدة.", date(2018, 5, 10))
    assert got["CONSULT"]["value"] == "2018-03-03", got


def test_a_day_in_a_clause_about_another_noun_dates_no_other_act():
    # the demo article: وأدان الوزيران … الهجوم الذي شنته جماعة مسلحة أمس الثلاثاء — the condemnation
    # is the lead's day's news, the Tuesday the attack's
    from marsad.resources import EXAMPLES
    doc = marsad.analyze(RawArticle(text=(EXAMPLES / "demo.txt").read_text(encoding="utf-8")),
                         published=date(2025, 6, 11))
    (accuse,) = [e for e in doc.events if e.event_type == "ACCUSE"]
    assert accuse.date["value"] == "2025-06-11" and "the day the story gives" in accuse.date["reason"], accuse.date
