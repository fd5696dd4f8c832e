"""Event push, round 37 (see the README): an execution told with no doer was carried out by the
place's authorities (only a state executes), while the death penalty named as a penalty (عقوبة
الإعدام، أحكام تتراوح بين السجن والإعدام) is no execution; hollow verbs whose passive is spelled
apart from the active (اغتيل، أدين: data/events/passive_pasts.tsv) are read, in the passive, with
the act they tell (أدين «was convicted» is a sentence, not a condemnation). A referral to the courts
(أحال، إحالة على القضاء، أحيل إلى المحاكمة) is a charge, by the place's authorities when told with
no doer; a detention warrant (بطاقة إيداع, the Tunisian courts' word) an arrest, and an
investigation opened or pursued in the Maghrebi word (فتحت الشرطة بحثا، لمواصلة الأبحاث) an
investigation, but not the unit named after it (فرقة الأبحاث والتفتيش). A date right before a verb
says when, and the subject after the verb is still read (وفي نوفمبر ستعتقل السلطات …)."""
from coded import coded

from marsad.events.lexicon import trigger_phrases


def _types(text):
    return [(t, a, r, rule) for t, a, r, rule, _ in coded("عنوان\n\n" + text)]


def test_an_execution_with_no_doer_is_the_places_authorities():
    assert _types("وتم إعدام ثلاثة أشخاص في طهران صباح اليوم.") == [("ASSAULT", ["IRN"], ["IRN"], "implicit")]


def test_an_execution_keeps_the_doer_it_names():
    assert _types("أعدمت السلطات الإيرانية ثلاثة أشخاص في طهران.") == [("ASSAULT", ["IRN"], ["IRN"], "subject")]


def test_a_sentence_carried_out_is_an_execution():
    got = _types("نفذت السلطات السعودية حكم الإعدام في حق مواطن في الرياض.")
    assert got == [("ASSAULT", ["SAU"], ["SAU"], "light-verb")], got


def test_the_death_penalty_named_as_a_penalty_is_no_execution():
    assert not [e for e in _types("ودعت المنظمة إلى إلغاء عقوبة الإعدام في تونس.") if e[0] == "ASSAULT"]
    assert not [e for e in _types("وصدرت أحكام تتراوح بين السجن عشرة أعوام والإعدام في الأردن.")
                if e[0] == "ASSAULT"]


def test_an_assassination_told_in_the_passive_is_read():
    assert _types("واغتيلت ناشطة في البصرة.") == [("ASSAULT", ["None"], ["IRQ"], "unattributed")]


def test_convicted_in_the_passive_is_a_sentence_by_the_places_courts():
    got = _types("وأدين الرئيس البرازيلي السابق لولا دا سيلفا بالفساد في البرازيل.")
    assert got == [("SANCTION", ["BRA"], ["BRA"], "implicit")], got


def test_a_first_person_present_spelled_like_the_passive_is_not_read():
    # «لا أدين بشيء لأحد»: I owe nothing to anyone
    assert not _types("وقالت الرئيسة الموريشية: لا أدين بشيء لأي أحد.")


def test_a_referral_to_the_courts_is_a_charge_at_home():
    assert _types("وتمت إحالتهم جميعا على المحكمة الابتدائية بالمنستير.") == [("ACCUSE", ["TUN"], ["TUN"], "implicit")]
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


def test_a_date_before_the_verb_leaves_the_subject_after_it():
    got = _types("وفي نوفمبر ستعتقل السلطات اللبنانية ثلاثة أشخاص في بيروت.")
    assert got == [("COERCE", ["LBN"], ["LBN"], "subject")], got


def test_passive_forms_carry_all_persons_and_their_row():
    forms = [f for key in (("اغتيلوا",), ("ادينت",), ("احيلا",)) for f in trigger_phrases()[key]]
    assert [(f.row.id, f.pos, f.passive) for f in forms] == [("assassinate", "past", True),
                                                              ("convicted", "past", True), ("refer", "past", True)]
