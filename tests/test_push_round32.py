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


def _kinds(text: str) -> list[tuple[str, list, list]]:
    return [(t, a, r) for t, a, r, _, _ in coded("عنوان\n\n" + text)]


def test_new_readings_of_round_32():
    # a summit that brought two leaders together; a mass march; an appeal; stressing a need;
    # holding a suspect (Tunisian الاحتفاظ); sending warships
    assert _kinds("وكان يشير إلى القمة التي جمعت ترامب وكيم يوم 12 يونيو في سنغافورة.") == [
        ("CONSULT", ["PRK", "USA"], [])]
    assert ("PROTEST", ["BRA"], ["BRA"]) in _kinds("وخرجت مسيرات حاشدة في البرازيل عقب مقتل سياسية بارزة.")
    assert _kinds("ووجهت هيئة الإذاعة البريطانية نداء غير مسبوق للأمم المتحدة.") == [("REQUEST", ["GBR"], ["None"])]
    assert _kinds("وأكد الملك سلمان على ضرورة إيجاد حل للأزمة السورية.")[0][:2] == ("REQUEST", ["SAU"])
    assert _kinds("وأذنت النيابة التونسية بالاحتفاظ بثلاثة أشخاص.") == [("COERCE", ["TUN"], ["TUN"])]
    assert _kinds("أرسلت أستراليا سفينة حربية إلى بحر الصين الشرقي.") == [("MOBILIZE", ["AUS"], [])]


def test_a_distress_call_is_no_appeal():
    assert _kinds("وتلقت الشرطة الأمريكية نداء استغاثة من أحد المواطنين.") == []


def test_leaving_fighters_and_distributed_aid():
    assert _kinds("وبدأ مسلحو المعارضة السورية يغادرون الغوطة الشرقية.") == [("RETREAT", ["SYR"], [])]
    assert _kinds("ووزعت هيئة الهلال الأحمر الإماراتية سلالا غذائية على سكان الحديدة.")[0][:2] == ("AID", ["ARE"])
    assert _kinds("وغادر الرئيس التونسي باريس بعد زيارة رسمية.") == []  # a visitor leaving is no retreat


def test_talking_with_a_leader_is_consulting():
    assert _kinds("وقال ترامب في تغريدة: تحدثت توا مع رئيس الوزراء الكندي جاستن ترودو.") == [
        ("CONSULT", ["USA"], ["CAN"])]
    assert _kinds("وتحدث وزير الخارجية الأميركي للصحفيين في واشنطن.") == []  # to the press: no talks


def test_a_country_that_speaks_is_the_pronouns_antecedent():
    assert _kinds("قالت كوريا الجنوبية إنها اتفقت مع اليابان على عقد محادثات.") == [("AGREE", ["JPN", "KOR"], [])]
    assert _kinds("أعلنت أستراليا، الثلاثاء، أنها ستطرد دبلوماسيين روسيين اثنين.") == [("SANCTION", ["AUS"], ["RUS"])]
