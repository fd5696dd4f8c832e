"""Event push, round 34 (see the README): forces named only by their owner (تعزيزات المتمردين،
نشر قوات X as a thing spoken of) are a thing acted on, not a move: a MOBILIZE noun whose only doer
is its genitive is no event."""
from coded import coded


def test_reinforcements_named_by_their_owner_are_no_mobilisation():
    got = coded("عنوان\n\nواستهدفت مقاتلات التحالف العربي تعزيزات المتمردين الحوثيين في صعدة اليمنية.")
    assert not [e for e in got if e[0] == "MOBILIZE"], got


def test_a_force_that_deploys_still_mobilises():
    got = coded("عنوان\n\nونشرت روسيا قوات إضافية في سوريا.")
    assert [(t, a) for t, a, _, _, _ in got] == [("MOBILIZE", ["RUS"])], got
