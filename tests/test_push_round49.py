"""Event push, round 49 (see the README): modality and dates. A light verb in the future a few
words before a noun the argument rules read without it puts the noun ahead, but not across a
clause of time; a bare year right after a charge's parties, before what it says,
dates the charge."""
from datetime import date

import marsad
from marsad.doc import Event
from marsad.events.modality import _future_verb_before
from marsad.ingest.article import RawArticle


def _events(text: str) -> dict[str, Event]:
    doc = marsad.analyze(RawArticle(text="عنوان\n\n" + text, published=date(2018, 5, 15)), all_sections=True)
    return {e.evidence.trigger: e for e in doc.events}


def test_a_future_light_verb_before_a_noun_puts_it_ahead():
    got = _events("وقال المتحدث إن وزير الخارجية التركي سيجري في وقت لاحق محادثات مع نظيره الأميركي مايك بومبيو.")
    assert got["محادثات"].modality == "future", got["محادثات"].coding


def _future_verb(text: str, word: str):
    doc = marsad.analyze(RawArticle(text="عنوان\n\n" + text, published=date(2018, 5, 15)), all_sections=True)
    s = doc.sentences[-1]
    t0 = next(i for i in range(s.first_token, s.last_token) if doc.tokens[i].text == word)
    return _future_verb_before(doc, t0, s.first_token)


def test_a_future_verb_does_not_reach_across_a_clause_of_time():
    assert _future_verb("وقال إن الوزير سيجري غدا محادثات في تونس.", "محادثات") == "سيجري"
    assert _future_verb("وقال إن الحكومة ستقوم بواجبها بعد المظاهرات في تونس.", "المظاهرات") is None


def test_a_year_right_after_a_charges_parties_dates_the_charge():
    got = _events("ويبرز دور سليماني في العراق، حيث اتهمت الولايات المتحدة إيران في 2008 بتدريب مسلحين عراقيين.")
    assert got["اتهمت"].date["value"] == "2008", got["اتهمت"].date
    assert got["اتهمت"].modality == "historical"


def test_a_year_after_what_a_charge_says_still_dates_what_it_says():
    got = _events("واتهم ترامب مكتب التحقيقات الفيدرالي بدس مخبر في حملته في 2016.")
    assert got["اتهم"].date["value"] == "2018-05-15", got["اتهم"].date
    assert got["اتهم"].modality == "actual"
