"""The nineteenth round of the event-coding push, on sentences the team wrote. Tuned on tuning
batches 1-17; batches 18, 19 and 20 stay out (see the README)."""
from datetime import date

import marsad
from marsad.ingest.article import RawArticle


def _events(text: str, published: str, source: str | None = None):
    raw = RawArticle(text="عنوان\n\n" + text, published=date.fromisoformat(published), source=source)
    return marsad.analyze(raw).events


def _parties(e) -> tuple[list, list]:
    return sorted(a["country"] for a in e.actor), sorted(r["country"] for r in e.recipient)


def test_a_national_outlets_country_is_home_to_acts_at_home():
    # a Tunisian radio's local story: the ministry's call to citizens is made at home
    text = "ودعت الوزارة المواطنين إلى تجنب الاتصال الوثيق بالمرضى وغسل اليدين."
    call = next(e for e in _events(text, "2017-01-06", source="Jawhara FM") if e.event_type == "REQUEST")
    assert _parties(call) == (["TUN"], ["TUN"]), _parties(call)
    # an outlet with no home country (not in data/sources.tsv) places nothing
    assert not [e for e in _events(text, "2017-01-06", source="CNN Arabic") if e.event_type == "REQUEST"]


def test_a_condemnation_of_an_act_abroad_is_not_said_to_home():
    text = "أدانت تونس بشدة الهجوم الإرهابي الذي استهدف مدنيين أبرياء بمدينة الجيزة المصرية."
    condemn = next(e for e in _events(text, "2017-12-30", source="Jawhara FM") if e.event_type == "ACCUSE")
    assert "TUN" not in _parties(condemn)[1], _parties(condemn)


def test_an_outlets_desk_dateline_is_no_place_and_no_party():
    text = ("دبي، الإمارات العربية المتحدة (CNN)-- قالت هيئة سورية معارضة إن عدة أشخاص أصيبوا في القصف "
            "على الغوطة الشرقية لدمشق.\nوقال المتحدث إن الهجمات مستمرة.")
    ev = _events(text, "2018-02-26")
    assert ev, "the shelling of Ghouta is still coded"
    for e in ev:
        assert "ARE" not in _parties(e)[0] + _parties(e)[1], (e.event_type, _parties(e))
        assert (e.location or {}).get("country") != "ARE", (e.event_type, e.location)
    # a dateline from anywhere else is still where the story was filed
    ev = _events("الرباط - اعتقلت الشرطة ثلاثة أشخاص يشتبه في تهريبهم للمخدرات.", "2018-02-26")
    arrest = next(e for e in ev if e.event_type == "COERCE")
    assert (arrest.location or {}).get("country") == "MAR", arrest.location


def test_a_party_owned_by_a_state_is_that_states():
    ev = _events("أطلقت طائرات هليكوبتر تابعة للحكومة الأفغانية صواريخ على احتفال ديني في قندوز.", "2018-05-07")
    strike = next(e for e in ev if e.event_type == "ASSAULT")
    assert _parties(strike)[0] == ["AFG"], _parties(strike)


def test_a_bodys_name_may_stand_between_it_and_its_nationality():
    for text in ("انتقدت لجنة حقوق الإنسان البريطانية الحكومة الفرنسية.",
                 "انتقدت هيئة السجون البريطانية الحكومة الفرنسية."):
        criticism = next(e for e in _events(text, "2018-03-13") if e.event_type == "ACCUSE")
        assert _parties(criticism) == (["GBR"], ["FRA"]), (text, _parties(criticism))


def test_calls_told_in_two_sentences_of_the_body_are_two_acts():
    lead = ("الحكومة المصرية تدعو المواطنين إلى ترشيد استهلاك المياه\n\n"
            "دعت الحكومة المصرية المواطنين إلى ترشيد استهلاك المياه خلال الصيف.\n"
            "وجاء ذلك في بيان نشره مجلس الوزراء على موقعه الرسمي.\n")
    body = ("ودعت الحكومة المصرية المواطنين إلى الإبلاغ عن التسربات.\n"
            "وطالبت الحكومة المصرية المواطنين بعدم غسل السيارات بالخراطيم.")
    raw = RawArticle(text=lead + body, published=date(2018, 8, 14))
    calls = [e for e in marsad.analyze(raw).events if e.event_type == "REQUEST"]
    told = [{m.sentence[:10] for m in e.mentions} for e in calls]
    # the headline and the lead tell one call; the two body sentences are two calls
    assert not any({"ودعت الحكو", "وطالبت الح"} <= t for t in told), told
    assert len(calls) == 2, told


def test_a_bare_past_after_anna_hu_is_the_verb():
    ev = _events("وأكد رئيس الجمعية أنه طلب رسميا من وزارة الداخلية حماية مقرها في صفاقس.", "2017-03-31",
                 source="Jawhara FM")
    assert [e for e in ev if e.event_type == "REQUEST" and e.evidence.trigger == "طلب"], \
        [(e.event_type, e.evidence.trigger) for e in ev]
