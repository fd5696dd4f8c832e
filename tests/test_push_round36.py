"""Event push, round 36 (see the README): a legal act a state does at home (charging, sentencing,
investigating, pardoning) told with no doer — in the passive, or as a noun after a passive light
verb — was done by the place's authorities, as arrests told so are (فتح تحقيق في سويسرا، وحكم على
أربعة رجال بالإعدام في الهند); an evacuation told so is not (natural disasters' evacuations)."""
from coded import coded


def test_a_sentence_told_in_the_passive_is_the_places_courts():
    got = coded("عنوان\n\nوحكم على أربعة رجال بالإعدام في الهند.")
    assert [(t, a, r, rule) for t, a, r, rule, _ in got] == [("SANCTION", ["IND"], ["IND"], "implicit")], got


def test_an_investigation_opened_with_no_doer_is_the_places_authorities():
    got = coded("عنوان\n\nفتح تحقيق في سويسرا حول وجود أشخاص على صلة بأنيس العامري.")
    assert [(t, a, r, rule) for t, a, r, rule, _ in got] == [("ACCUSE", ["CHE"], ["CHE"], "implicit")], got


def test_an_evacuation_with_no_doer_stays_uncoded():
    got = coded("عنوان\n\nوتم إجلاء 30 ألف شخص في كاليفورنيا الأميركية جراء مخاوف انهيارات أرضية.")
    assert not [e for e in got if e[0] == "AID"], got
