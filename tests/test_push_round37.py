"""Event push, round 37 (see the README): an execution told with no doer was carried out by the
place's authorities (only a state executes), while the death penalty named as a penalty (عقوبة
الإعدام، أحكام تتراوح بين السجن والإعدام) is no execution; hollow verbs whose passive is spelled
apart from the active (اغتيل، أدين: data/events/passive_pasts.tsv) are read, in the passive, with
the act they tell (أدين «was convicted» is a sentence, not a condemnation). A referral to the courts
(أحال، إحالة على القضاء، أحيل إلى المحاكمة) is a charge, by the place's authorities when told with
no doer; a detention warrant (بطاقة إيداع, the Tunisian courts' word) an arrest, and an
investigation opened or pursued in the Maghrebi word (فتحت الشرطة بحثا، لمواصلة الأبحاث) an
investigation, but not the unit named after it (فرقة الأبحاث والتفتيش). A date right before a verb
says when, and the subject after the verb is still read (وفي نوفمبر ستعتقل السلطات …). A painting
(لوحة، لوحتها) is no brandishing (لوّح + a pronoun)."""
import pytest
from coded import coded

from marsad.events.lexicon import trigger_phrases


def _types(text):
    return [(t, a, r, rule) for t, a, r, rule, _ in coded("عنوان\n\n" + text)]


@pytest.mark.parametrize("text, expected", [
    # an execution with no doer is the place's authorities'; one that names its doer keeps it
    ("وتم إعدام ثلاثة أشخاص في طهران صباح اليوم.", ("ASSAULT", ["IRN"], ["IRN"], "implicit")),
    ("أعدمت السلطات الإيرانية ثلاثة أشخاص في طهران.", ("ASSAULT", ["IRN"], ["IRN"], "subject")),
    # a sentence carried out is an execution
    ("نفذت السلطات السعودية حكم الإعدام في حق مواطن في الرياض.", ("ASSAULT", ["SAU"], ["SAU"], "light-verb")),
    # hollow passives: an assassination, a conviction (a sentence by the place's courts)
    ("واغتيلت ناشطة في البصرة.", ("ASSAULT", ["None"], ["IRQ"], "unattributed")),
    ("وأدين الرئيس البرازيلي السابق لولا دا سيلفا بالفساد في البرازيل.", ("SANCTION", ["BRA"], ["BRA"], "implicit")),
    # a referral to the courts told with no doer is a charge by the place's authorities
    ("وتمت إحالتهم جميعا على المحكمة الابتدائية بالمنستير.", ("ACCUSE", ["TUN"], ["TUN"], "implicit")),
    # a date right before the verb says when; the subject after the verb is still read
    ("وفي نوفمبر ستعتقل السلطات اللبنانية ثلاثة أشخاص في بيروت.", ("COERCE", ["LBN"], ["LBN"], "subject")),
])
def test_read_as(text, expected):
    got = _types(text)
    assert got == [expected], got


def test_the_death_penalty_named_as_a_penalty_is_no_execution():
    assert not [e for e in _types("ودعت المنظمة إلى إلغاء عقوبة الإعدام في تونس.") if e[0] == "ASSAULT"]
    assert not [e for e in _types("وصدرت أحكام تتراوح بين السجن عشرة أعوام والإعدام في الأردن.")
                if e[0] == "ASSAULT"]


def test_a_first_person_present_spelled_like_the_passive_is_not_read():
    # «لا أدين بشيء لأحد»: I owe nothing to anyone
    assert not _types("وقالت الرئيسة الموريشية: لا أدين بشيء لأي أحد.")


def test_a_referral_named_by_its_subject_is_a_charge_at_home():
    assert [e[:3] for e in _types("وأحيلت الإعلامية المصرية ريهام سعيد إلى محكمة الجنايات.")] == [
        ("ACCUSE", ["EGY"], ["EGY"])]


def test_a_referral_elsewhere_is_no_charge():
    assert not _types("أحالت الوزارة المشروع على رئاسة الحكومة.")


def test_a_detention_warrant_is_an_arrest():
    got = _types("وأصدر قاضي التحقيق بطاقة إيداع بالسجن في حق المتهم بتونس.")
    assert [e[:3] for e in got] == [("COERCE", ["TUN"], ["TUN"])], got


def test_an_investigation_in_the_maghrebi_word_is_read():
    got = _types("فتحت فرقة الشرطة العدلية باقليم قفصة بحثا على خلفية شكاية.")
    assert [e[:3] for e in got] == [("ACCUSE", ["TUN"], ["TUN"])], got


def test_discussing_is_no_investigation():
    got = _types("وقال المتحدث إن الزيارة تندرج في إطار مواصلة التشاور بين الرئيسين وبحث سبل تعزيز العلاقات بين مصر والسودان.")
    assert not [e for e in got if e[0] == "ACCUSE"], got


def test_a_painting_is_no_threat():
    got = _types("ونشرت الرسامة التركية لوحتها على مواقع التواصل الاجتماعي.")
    assert not [e for e in got if e[0] == "THREATEN"], got


def test_passive_forms_carry_all_persons_and_their_row():
    forms = [f for key in (("اغتيلوا",), ("ادينت",), ("احيلا",)) for f in trigger_phrases()[key]]
    assert [(f.row.id, f.pos, f.passive) for f in forms] == [("assassinate", "past", True),
                                                              ("convicted", "past", True), ("refer", "past", True)]
