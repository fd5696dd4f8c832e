"""The seventh round of the event-coding push, each rule on sentences the team wrote. Tuned
on tuning batches 1-3 and 5, as round 6 was; batches 4 and 6 stay out (see the README)."""
from test_push_round3 import code  # (type, actors, recipients, modality, rule)


def test_a_withdrawal_or_an_airstrike_has_its_genitive_for_doer():
    got = code("وجاءت استقالة وزير الخارجية البريطاني بوريس جونسون أمس.")
    assert got and got[0][:2] == ("RETREAT", ["GBR"]) and got[0][4] == "genitive", got
    got = code("وتواصلت غارات الجيش السوري على مواقع المعارضة في درعا.")
    assert got and got[0][:2] == ("ASSAULT", ["SYR"]), got
    # the genitive of an arrest is still who was arrested
    got = code("وأدانت الخارجية الفرنسية اعتقال الصحفي التركي.")
    assert not any(e[0] == "COERCE" and e[1] == ["TUR"] for e in got), got


def test_leaving_a_named_agreement_is_a_retreat_from_its_other_party():
    got = code("واعتبر وزير الخارجية الروسي أن ردة فعل إيران معقولة بعد انسحاب أميركا من الاتفاق النووي.")
    assert any(e[:3] == ("RETREAT", ["USA"], ["IRN"]) for e in got), got
    got = code("وأعلن الرئيس الأمريكي دونالد ترامب انسحاب بلاده من معاهدة الصواريخ النووية متوسطة المدى.")
    assert any(e[:3] == ("RETREAT", ["USA"], ["RUS"]) for e in got), got
    # an agreement the table does not know names no party
    got = code("وأعلن الرئيس الأمريكي دونالد ترامب انسحاب بلاده من اتفاق باريس للمناخ.")
    assert any(e[:3] == ("RETREAT", ["USA"], []) for e in got), got
