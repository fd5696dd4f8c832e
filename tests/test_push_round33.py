"""Event push, round 33 (see the README): a verb after و shares the subject of a light verb
before it (وأعلنت واشنطن عن عقوبات … وطلبت من كوريا الجنوبية); forces named only by their owner
(تعزيزات المتمردين) are a thing acted on, not a move; an act with no country on either side and
no one it is addressed to (an international body's: أعلن التحالف الدولي انسحابه) is left out, its meetings
and its acts on people of no stated country kept."""
from coded import coded


def _kinds(text: str) -> list[tuple[str, list, list, str]]:
    return [(t, a, r, rule) for t, a, r, rule, _ in coded("عنوان\n\n" + text)]


def test_a_coordinated_verb_shares_the_light_verbs_subject():
    got = _kinds("وأعلنت واشنطن عن عقوبات جديدة على إيران وطلبت من كوريا الجنوبية وقف شراء النفط الإيراني.")
    assert ("REQUEST", ["USA"], ["KOR"], "coordinated") in got, got


def test_reinforcements_named_by_their_owner_are_no_mobilisation():
    got = _kinds("واستهدفت مقاتلات التحالف العربي تعزيزات المتمردين الحوثيين في صعدة اليمنية.")
    assert not [e for e in got if e[0] == "MOBILIZE"], got


def test_an_act_of_no_country_is_left_out_but_a_meeting_kept():
    assert _kinds("وأعلن التحالف الدولي انسحابه من المدينة.") == []
    assert [e[0] for e in _kinds("وعقد مجلس الأمن الدولي اجتماعا طارئا.")] == ["CONSULT"]
