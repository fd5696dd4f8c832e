"""The seventh round of the event-coding push, each rule on sentences the team wrote. Tuned
on tuning batches 1-3 and 5, as round 6 was; batches 4 and 6 stay out (see the README)."""
import marsad
from test_push_round3 import code, incomplete, unaddressed  # (type, actors, recipients, modality, rule)


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


def test_a_verb_after_annahuma_has_the_last_two_parties_for_subject():
    got = code("التقى الرئيس الفرنسي إيمانويل ماكرون رئيس الوزراء الإيطالي جوزيبي كونتي في باريس. "
               "وأورد البيان أنهما اتفقا على ضرورة القيام بمبادرات جديدة.")
    assert ("AGREE", ["FRA", "ITA"], [], "actual", "dual-pronoun") in got, got


def test_an_arrest_spelled_iqaf_needs_people_after_it():
    got = code("وأعلنت وزارة الداخلية التونسية أن الوحدات الأمنية نجحت في إيقاف 5 أشخاص بمدينة سوسة.")
    assert got and got[0][:2] == ("COERCE", ["TUN"]), got
    # إيقاف of a thing is no arrest
    got = code("وأعلنت وزارة الداخلية التونسية إيقاف العمل بالقرار في مدينة سوسة.")
    assert not any(e[0] == "COERCE" for e in got), got


def test_release_told_with_a_light_verb():
    got = code("وأطلقت السلطات المصرية سراح الناشط علاء عبد الفتاح.")
    assert got and got[0][:2] == ("RETREAT", ["EGY"]), got
    # after و the light verb shares the subject of the verb before it, not its object
    got = code("واحتجزت الشرطة الأرجنتينية ميسي وأطلقت سراحه أمس.")
    assert any(e[0] == "RETREAT" and e[1] == ["ARG"] and e[4] == "coordinated" for e in got), got


def test_a_light_verb_with_a_pronoun_after_an_attack_is_no_genitive():
    # هجوم شنه الحوثيون: the Houthis launched it; the attack was on Saudi Arabia
    got = code("وكان آخر هجوم شنه الحوثيون على السعودية، مساء الأحد.")
    assert got and got[0][:3] == ("ASSAULT", ["YEM"], ["SAU"]) and got[0][4] == "claimed-by", got


def test_a_verb_after_indama_with_no_subject_has_the_clause_subject():
    got = code("وفاجأ ترامب حتى مؤيديه عندما أشاد بالزعيم الروسي.")
    assert ("SUPPORT", ["USA"], ["RUS"], "actual", "clause-subject") in got, got
    # with a subject of its own it keeps it
    got = code("وأصيب المهاجم بجروح عندما أطلق جندي فرنسي النار عليه.")
    assert not any(e[4] == "clause-subject" for e in got), got


def test_a_verb_form_after_a_preposition_is_a_noun():
    # على نفيه: his denial, not «he denied him»
    got = code("وأشاد ترامب بالرئيس الروسي على نفيه القوي للتدخل في الانتخابات.")
    assert not any(e[0] == "REJECT" and e[4] == "subject-first" for e in got), got


def test_calling_claims_baseless_is_a_rejection():
    got = code("وقال المتحدث باسم وزارة الخارجية الإيرانية إن البيان الصادر عن الحكومة السعودية تضمن مزاعم واهية.")
    assert any(e[:3] == ("REJECT", ["IRN"], ["SAU"]) for e in got), got
    # with no speaker it is the outlet's own wording
    got = code("وتضمن البيان السعودي مزاعم واهية.")
    assert not any(e[0] == "REJECT" for e in got), got


def test_acts_done_to_someone_are_not_coded_without_a_recipient():
    # a demand, an arrest, an accusation with no one found it was done to: kept for audit only,
    # unless the learned recipient chooser names one (round 26)
    doc = marsad.analyze("عنوان\n\nودعت الحكومة التونسية في جنيف إلى وقف القتال.", published="2018-05-09")
    assert doc.events == []
    assert [(x["event_type"], x["reason"]) for x in doc.suppressed] == [
        ("REQUEST", "no recipient found (REQUEST is coded only with one)")]
    assert unaddressed("وانتقد الوزير التونسي القرار بشدة.") == [("ACCUSE", ["TUN"])]  # or the chooser's
    # with one it is coded; so are reciprocal clashes, whose parties are all actors
    assert code("ودعت الحكومة التونسية الحكومة الليبية إلى وقف القتال.")[0][:3] == ("REQUEST", ["TUN"], ["LBY"])
    got = code("واندلعت مواجهات بين المحتجين وقوات الأمن العراقية في البصرة.")
    assert got and got[0][0] == "ASSAULT" and got[0][2] == [], got
    # types that need no recipient keep theirs empty
    assert code("وقدم وزير الخارجية البريطاني استقالته أمس.")[0][:3] == ("RETREAT", ["GBR"], [])


def test_an_attack_on_a_place_abroad_is_done_to_that_country():
    assert code("قصف الجيش الإسرائيلي غزة أمس.")[0][:3] == ("ASSAULT", ["ISR"], ["PSE"])
    assert code("واحتلت إسرائيل القدس الشرقية عام 1967.")[0][:3] == ("ASSAULT", ["ISR"], ["PSE"])  # round 22
    # by gunmen of no known country, on the country where it happened
    assert code("هاجم مسلحون مكتبا حكوميا في مدينة جلال آباد شرق أفغانستان.")[0][:3] == ("ASSAULT", [None], ["AFG"])
    # at home the home rule holds: its people
    assert code("ودمرت ميليشيا الحوثي 5 منازل في تعز.")[0][:3] == ("ASSAULT", ["YEM"], ["YEM"])


def test_a_participle_after_a_comma_or_opening_a_sentence_has_an_object():
    got = code("وأعربت الكويت عن استنكارها للهجمات، داعية مجلس الأمن الدولي إلى التحرك الفوري.")
    assert any(e[0] == "REQUEST" and e[1] == ["KWT"] for e in got), got
    got = code("وطالب الوزير الفرنسي بالحوار. مطالبا أيضا الجزائر ومصر بضرورة التوافق.")
    assert not any(e[0] == "REQUEST" and sorted(e[1]) == ["DZA", "EGY"] for e in got), got


def test_an_attack_nouns_genitive_is_the_attacker():
    got = code("وأدانت الخارجية الأردنية هجمات الحوثيين على السعودية.")
    assert any(e[:3] == ("ASSAULT", ["YEM"], ["SAU"]) for e in got), got
    # استهداف X is still X targeted
    got = code("وأدانت الخارجية الأردنية استهداف السعودية بالصواريخ.")
    assert not any(e[0] == "ASSAULT" and e[1] == ["SAU"] for e in got), got


def test_halting_sales_to_a_party_and_repelling_protesters():
    got = code("وقال الوزير إن بلاده سترد إذا أوقفت الولايات المتحدة مبيعات السلاح إلى تركيا.")
    assert any(e[:3] == ("SANCTION", ["USA"], ["TUR"]) for e in got), got
    got = code("وتصدت قوات الأمن العراقية للمتظاهرين العراقيين في البصرة.")
    assert got and got[0][:3] == ("ASSAULT", ["IRQ"], ["IRQ"]), got


def test_about_before_a_count_is_no_preposition():
    got = code("وقال برنامج الأغذية العالمي إنه قدم مساعدات لنحو 50 ألف أسرة سودانية.")
    assert any(e[0] == "AID" and e[2] == ["SDN"] for e in got), got


def test_fire_towards_protesters_and_two_activists_arrested():
    got = code("أطلقت القوات الإسرائيلية، الجمعة، الرصاص الحي صوب محتجين فلسطينيين على الحدود.")
    assert got and got[0][:3] == ("ASSAULT", ["ISR"], ["PSE"]), got
    got = code("واعتقلت السلطات السعودية ناشطتين حقوقيتين بارزتين في الرياض.")
    assert got and got[0][:3] == ("COERCE", ["SAU"], ["SAU"]), got


def test_main_is_no_pair_of_presidents_and_a_place_noun_carries_its_preposition():
    doc = marsad.analyze("عنوان\n\nقضت محكمة تركية بمعاقبة زعيم حزب المعارضة الرئيسي في البلاد بغرامة.",
                         published="2018-07-18")
    assert not [e for e in doc.entities if e.text == "الرئيسي"]
    assert [e.event_type for e in doc.events] == ["SANCTION"] and doc.events[0].recipient, doc.events
    doc = marsad.analyze("عنوان\n\nوقصفت طائرات إسرائيلية موقعا عسكريا بمحافظة حماة.", published="2018-07-24")
    assert doc.events and doc.events[0].location and doc.events[0].location["text"] == "حماة", doc.events


def test_a_states_aircraft_attack_and_what_they_hit_abroad_is_that_countrys():
    got = code("وقصفت طائرات إسرائيلية موقعا عسكريا بمحافظة حماة.")
    assert got and got[0][:3] == ("ASSAULT", ["ISR"], ["SYR"]), got


def test_an_act_after_mundhu_or_an_anniversary_is_background():
    got = code("وزادت كثافة الحملة منذ انسحاب الولايات المتحدة من الاتفاق النووي.")
    assert any(e[0] == "RETREAT" and e[3] == "historical" for e in got), got
    got = code("وتظاهر المئات في الذكرى الخامسة للهجوم الإسرائيلي على غزة.")
    assert ("ASSAULT", ["ISR"], ["PSE"], "historical", "nisba") in got, got


def test_warplanes_with_no_nationality_are_not_of_where_they_strike():
    got = code("وقالت مصادر عسكرية إن طائرات التحالف شنت غارات على مواقع الحوثيين في اليمن.")
    assert got and got[0][:3] == ("ASSAULT", [None], ["YEM"]), got


def test_freezing_assets_is_a_sanction():
    # read as a sanction; whose assets they are (an owner after أصول) is not found yet
    assert incomplete("وجددت فرنسا قرار تجميد أصول 24 كيانا سوريا.") == [("SANCTION", ["FRA"])]


def test_a_condemnation_of_an_attack_condemns_the_attacker():
    doc = marsad.analyze("عنوان\n\nالتقى وزير الخارجية التونسي محمد علي الزواري نظيره الجزائري أحمد بلقاسمي في "
                         "الجزائر. وأدان الوزيران، في بيان مشترك، الهجوم الذي شنته جماعة مسلحة أمس على دورية للجيش "
                         "النيجري.",
                         published="2025-06-11")
    [accuse] = [e for e in doc.events if e.event_type == "ACCUSE"]
    assert sorted(a["country"] for a in accuse.actor) == ["DZA", "TUN"]
    assert [r["text"] for r in accuse.recipient] == ["جماعة مسلحة"] and accuse.coding["recipient_rule"] == "condemned-act"
