"""Round 45 (see the README): a dual title split by two nationalities, an adjective between a
title and a famous name, two nationalities of one noun without a dash, a request's maker
(بطلب من، بناء على طلب من), a vow of retaliation as a threat, verbs ending in hamza, جرى/أجرى
with its subject after it, a name's last word that is also a verb, the object of a relative
clause behind a preposition, construct gunmen (مسلحي),
and the merging of mentions (a stated date; a threat and a warning stay two acts)."""
from datetime import date

import marsad
from marsad.doc import Event, Evidence
from marsad.events.merge import Candidate, merge
from marsad.events.modality import Modality
from marsad.ingest.article import RawArticle
from marsad.text.verbs import past_forms, present_forms

from coded import coded


def _types(text):
    return [(t, sorted(a), sorted(r)) for t, a, r, *_ in coded("عنوان\n\n" + text)]


def test_a_dual_title_with_two_nationalities_is_two_people():
    assert ("CONSULT", ["RUS", "USA"], []) in _types(
        "وتحدث الزعيمان عن القمة بين الرئيسين الأميركي دونالد ترامب والروسي فلاديمير بوتن في هلسنكي.")
    assert ("CONSULT", ["RUS", "USA"], []) in _types(
        "والتقى الرئيسان الأميركي دونالد ترامب والروسي فلاديمير بوتين في هلسنكي.")


def test_an_adjective_between_a_title_and_a_famous_name():
    assert ("CONSULT", ["KOR", "PRK"], []) in _types(
        "وكان مون جي-إن، رئيس كوريا الجنوبية، قد عقد قمة مع نظيره الشمالي كيم جونغ أون صباح الجمعة.")
    # an honorific is no adjective: the title still takes the whole name
    assert ("CONSULT", ["SAU"], ["FRA"]) in _types("والتقى ولي العهد السعودي الأمير محمد بن سلمان الرئيس الفرنسي.")


def test_two_nationalities_of_one_noun_and_the_party_that_asked():
    got = _types("لقاء أميركي تركي بطلب من أنقرة")
    assert ("CONSULT", ["TUR", "USA"], []) in got
    assert ("REQUEST", ["TUR"], ["USA"]) in got
    assert ("REQUEST", ["SYR"], ["IRN"]) in _types(
        "وأكدت وزارة الخارجية الإيرانية أن التواجد الإيراني في سوريا جاء بناء على طلب من الحكومة السورية.")
    # the verb طلب من asks the party after من
    assert ("REQUEST", ["USA"], ["TUR"]) in _types("وطلبت الولايات المتحدة من تركيا الإفراج عن القس.")


def test_a_vow_to_retaliate_is_a_threat_a_vow_to_help_a_promise():
    doc = marsad.analyze(RawArticle(text="عنوان\n\nوتعهدت إيران أيضا بالرد على الغارات الإسرائيلية الأخيرة.",
                                    published=date(2018, 5, 9)), all_sections=True)
    told = [e.event_type for e in doc.events] + [s["event_type"] for s in doc.suppressed]
    assert "THREATEN" in told and "AGREE" not in told, told
    assert not [e for e in _types("وتعهد الرئيس الفرنسي بتقديم مساعدات إلى لبنان.") if e[0] == "THREATEN"]


def test_verbs_ending_in_hamza_are_sound():
    assert "بدات" in past_forms("بدأ") and "بدت" not in past_forms("بدأ")
    assert "هنات" in past_forms("هنأ") and "يهنيون" in present_forms("هنئ")
    assert "دعت" in past_forms("دعا") and "يدعون" in present_forms("دعو")  # defective verbs as before
    assert ("SUPPORT", ["USA"], ["RUS"]) in _types("وهنأت الولايات المتحدة روسيا على تنظيم كأس العالم.")


def test_jara_with_its_subject_after_it_is_active():
    assert ("ACCUSE", ["FRA"], ["FRA"]) in _types("وتجري الشرطة الفرنسية تحقيقا في الحادث.")
    assert not [e for e in _types("وفي خرق للهدنة التي تم الاتفاق عليها في تموز الماضي.") if e[0] == "AGREE"]


def test_a_name_between_commas_may_end_on_a_verb():
    assert ("CONSULT", ["EGY", "ITA"], []) in _types(
        "وقال البيان إن القرار جاء في أعقاب مكالمة هاتفية بين النائب العام المصري، نبيل صادق، ونظيره الإيطالي.")


def test_the_object_of_a_relative_clause_may_stand_behind_a_preposition():
    assert ("ACCUSE", ["USA"], ["RUS"]) in _types(
        "وقال ترامب إن هناك علاقة ودية بينه وبين بوتين الذي تتهمه وكالات مخابرات أميركية بالتدخل في الانتخابات.")


def test_construct_gunmen_are_a_party_of_a_meeting():
    assert ("CONSULT", ["SYR", "SYR"], []) in _types(
        "ستبدأ بعد قليل مفاوضات بين الحكومة السورية ومسلحي جيش الإسلام في مدينة دوما.")


def _candidate(trigger, row, start, day=None):
    when = {"value": day, "granularity": "day", "text": "الجمعة"} if day else \
        {"value": "2018-05-14", "granularity": "day", "text": ""}
    party = {"country": "USA", "actor_id": "c:USA", "kind": "country"}
    target = {"country": "SYR", "actor_id": "c:SYR", "kind": "country"}
    event = Event(id="", event_type="THREATEN", mode="", cameo="130", actor=[party], recipient=[target],
                  modality="actual", evidence=Evidence("…", start, start + 10, trigger), confidence=0.7,
                  date=when, coding={"trigger": row, "actor_rule": "subject"})
    period = (date.fromisoformat(day), date.fromisoformat(day)) if day else None
    return Candidate(event, Modality("actual"), frozenset({"c:USA", "c:SYR"}), frozenset({"USA", "SYR"}), period)


def test_merging_takes_a_stated_date_and_keeps_a_warning_apart_from_a_threat():
    [one] = merge([_candidate("هددت", "threaten", 0), _candidate("هدد", "threaten", 100, "2018-05-11")], 50)
    assert one.date["value"] == "2018-05-11" and len(one.mentions) == 2
    two = merge([_candidate("هددت", "threaten", 0), _candidate("حذرت", "warn", 100)], 50)
    assert [e.evidence.trigger for e in two] == ["هددت", "حذرت"]
