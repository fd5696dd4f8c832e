"""The ninth round of the event-coding push, each rule on sentences the team wrote. Tuned
on tuning batches 1-7; batches 8 and 9 stay out (see the README)."""
from test_push_round3 import code


def test_min_taraf_names_the_doer_as_min_qibal_does():
    # Maghrebi «من طرف» (by) is an agent phrase, like على يد، من قبل
    got = code("وقتل ثلاثة شبان من طرف قوات الاحتلال الإسرائيلي في غزة.")
    assert ("ASSAULT", ["ISR"], ["PSE"], "actual", "agent") in got, got
    got = code("وتم اعتقال الصحفي من طرف الشرطة المغربية في الرباط.")
    assert ("COERCE", ["MAR"], ["MAR"], "actual", "agent") in got, got
    # أي طرف is a party, not the agent preposition
    got = code("وحذرت الحكومة التونسية أي طرف من التدخل في الملف.")
    assert not any(e[4] == "agent" for e in got), got


def test_ihaf_with_a_persons_pronoun_is_an_arrest():
    got = code("وفر المعتدي قبل أن يتم ايقافه من طرف السلطات الأمنية بسوسة.")
    assert ("COERCE", ["TUN"], ["TUN"], "actual", "agent") in got, got
    # suspended from work is no arrest
    assert code("وتم إيقافه عن العمل من طرف وزارة الصحة.") == []


def test_a_count_noun_killed_is_the_victim_not_the_killer():
    # المئات من أفراد الجيش: the count is who was killed, as in قتل 20 شخصا
    got = code("وقتل المئات من أفراد الجيش والشرطة في هجمات.")
    assert not any(e[0] == "ASSAULT" and e[4] == "subject" for e in got), got
    got = code("وقتل الجيش المصري العشرات من المسلحين في سيناء.")
    assert ("ASSAULT", ["EGY"], ["EGY"], "actual", "subject") in got, got
