"""The eighth round of the event-coding push, each rule on sentences the team wrote. Tuned
on tuning batches 1-6; batches 7 and 8 stay out (see the README)."""
from test_push_round3 import code


def test_an_attack_told_without_its_doer_is_by_someone_unnamed():
    got = code("قتل ثلاثة جنود وأصيب آخرون، الأحد، جراء انفجار عبوة ناسفة في مدينة الموصل.")
    assert ("ASSAULT", [None], ["IRQ"], "actual", "unattributed") in got, got
    got = code("وفي العام الماضي وقع 300 اعتداء على اللاجئين في ألمانيا.")
    assert any(e[:3] == ("ASSAULT", [None], ["DEU"]) for e in got), got
    # a doer named before the attack is its actor; a clash has two sides, not an unknown one
    got = code("وقصفت القوات الروسية مدينة إدلب.")
    assert not any(e[4] == "unattributed" for e in got), got
    got = code("وأسفرت المواجهات عن مقتل 21 فلسطينيا في غزة.")
    assert not any(e[4] == "unattributed" for e in got), got
    # an attack by no one on no one placed is not coded
    got = code("وقال إن الهجوم كان متوقعا.")
    assert not any(e[0] == "ASSAULT" for e in got), got
