"""The fourteenth round of the event-coding push, each rule on sentences the team wrote. Tuned
on tuning batches 1-12; batches 13 and 14 stay out (see the README)."""
import marsad


def _events(text: str) -> list[tuple]:
    doc = marsad.analyze("عنوان\n\n" + text, published="2018-05-27")
    return [(e.event_type, [a["country"] for a in e.actor], [a["country"] for a in e.recipient],
             e.coding["actor_rule"]) for e in doc.events]


def test_a_verbal_noun_with_no_doer_is_the_act_of_the_nearest_subject_before_it():
    assert _events("وقالت رئيسة الوزراء تيريزا ماي إن بريطانيا قررت طرد 23 دبلوماسيا روسيا.") \
        == [("SANCTION", ["GBR"], ["RUS"], "noun-clause-subject")]
    assert _events("وأعلنت قوى الأمن الداخلي اللبنانية عن اعتقال قائد ميداني سوري الجنسية.") \
        == [("COERCE", ["LBN"], ["SYR"], "noun-clause-subject")]


def test_not_across_a_relative_clause_nor_for_a_criticism_drawn():
    # the arrests Turkey has seen are not the French minister's; criticism drawn is aimed at the subject
    # (the learned doer chooser, since round 46 at threshold 0.25, reads Turkey's own arrests)
    events = _events("وقال وزير الداخلية الفرنسي إن فرنسا قلقة في ظل ما تشهده تركيا من اعتقالات للصحفيين.")
    assert all(e[1] == ["TUR"] and e[3] == "learned" for e in events), events
    # no rule makes the subject of أثار the doer (the learned doer chooser still may: see the README)
    assert all(e[3] == "learned" for e in _events("وكان الرئيس الغامبي يحيى جامع قد أثار انتقادات دولية واسعة."))


def test_unnamed_people_named_before_an_arrest_did_not_make_it():
    # the migrants arrived a day after others were held; they held no one
    events = _events("ويأتي وصول 35 مهاجرا، بعد أقل من يوم على احتجاز 24 مهاجرا سوريا آخرين.")
    assert not any(e[3] == "noun-clause-subject" for e in events), events


def test_an_attack_is_taken_only_by_armed_men_and_a_protest_keeps_its_people():
    # armed forces before an attack noun made it; a minister announcing deaths did not kill
    assert _events("وقالت المصادر إن القوات اليمنية استكملت تحرير مدينة الحديدة من الحوثيين.") \
        == [("ASSAULT", ["YEM"], ["YEM"], "noun-clause-subject")]
    events = _events("وأعلن وزير الخارجية الأمريكي مقتل جنديين في سوريا.")
    assert not any(e[3] == "noun-clause-subject" for e in events), events
    # a protest keeps the people of its place as protesters
    protest = _events("وتظاهر مئات من سكان مدينة قفصة التونسية أمام مقر الولاية احتجاجا على انقطاع المياه.")
    assert [e[:3] for e in protest] == [("PROTEST", ["TUN"], ["TUN"])], protest


def test_prosecutors_lawmakers_investigators_and_residents_are_actors():
    doc = marsad.analyze("عنوان\n\nوطالب الادعاء الإندونيسي المحكمة بإعدام الرجل، ودعا المشرعون والمتساكنون "
                         "والمحققون إلى التحقيق.")
    roles = {e.text: e.sector for e in doc.entities if e.kind == "role"}
    assert roles["الادعاء"] == ["JUD"] and roles["المشرعون"] == ["LEG"], roles
    assert roles["المتساكنون"] == ["CVL"] and roles["المحققون"] == ["JUD"], roles


def test_an_attack_with_no_doer_is_by_someone_unnamed_though_parties_stand_before_it():
    # France is on alert after the attacks; it did not make them
    # (on alert, it mobilises: the learned doer chooser's reading since round 46)
    events = _events("وما زالت فرنسا في حالة تأهب بعد موجة من الهجمات الإرهابية في باريس.")
    assert [e for e in events if e[0] == "ASSAULT"] == [("ASSAULT", [None], ["FRA"], "unattributed")]
    assert [e for e in events if e[0] != "ASSAULT"] in ([], [("MOBILIZE", ["FRA"], [], "learned")]), events
    # a party right after the verb is its subject, though unread as such: no unnamed attackers
    events = _events("فيما قتل قناصو الحوثي طفلاً وامرأة في تعز.")
    assert not any(e[3] == "unattributed" for e in events), events


def test_an_attack_named_after_its_place_happened_there():
    doc = marsad.analyze("عنوان\n\nووضعت الولايات المتحدة حزبا باكستانيا على لائحة الإرهاب بعد هجمات مومباي.",
                         published="2018-05-27")
    attack = next(e for e in doc.events if e.event_type == "ASSAULT")
    assert attack.location["country"] == "IND" and [r["country"] for r in attack.recipient] == ["IND"]


def test_regulating_a_heartbeat_or_self_restraint_is_no_seizure():
    # ضبط is «to seize» and «to regulate, to restrain»; the verbal noun now finds its subject's doer
    assert _events("وقال ملك المغرب إن الجراحة نجحت في ضبط وتيرة النبض.") == []
    seizure = _events("وأعلنت الشرطة المغربية ضبط ثلاثة أطنان من المخدرات في طنجة.")
    assert any(e[:3] == ("COERCE", ["MAR"], ["MAR"]) for e in seizure), seizure
