"""The fourth round of the event-coding push, each rule on sentences the team wrote (the
round was checked on a corpus slice outside the gold set; see the README): arguments
(relative clauses with an object pronoun, first-person verbs, capitals as governments,
appositions, counted patients, embassies and envoys, بلاده), persons (where a name after a
title ends, honorifics, no construct after a name), readings (verbal attacks by politicians,
vows, named agreements, institutions, recognition) and new lexicon rows."""
import marsad
from test_push_round3 import code, incomplete, ruled, unaddressed  # the same helpers: (type, actors, recipients, modality, rule)


def test_relative_verb_with_object_pronoun_takes_the_antecedent_as_recipient():
    # تحتجزهم: the antecedent is the object (any pronoun analysis, not only the first two)
    got = code("ولا يزال الجنود الأتراك الذين تحتجزهم روسيا في السجن.")
    assert ("COERCE", ["RUS"], ["TUR"], "actual", "relative") in got, got


def test_relative_verb_without_object_pronoun_takes_the_antecedent_as_actor():
    got = code("وقال الوزير إن الحكومة الأردنية التي رفضت الخطة الأميركية لن تتراجع.")
    assert any(e[0] == "REJECT" and e[1] == ["JOR"] for e in got), got


def test_a_plans_future_does_not_reach_into_a_relative_clause():
    got = code("ومن المقرر أن يلتقي بوتين الأربعاء رئيس الوزراء الإسرائيلي بنيامين نتنياهو، "
               "الذي أيد قرار ترمب.")
    assert ("CONSULT", ["RUS"], ["ISR"], "future", "subject") in got, got
    assert ("SUPPORT", ["ISR"], ["USA"], "actual", "relative") in got, got


def test_a_named_agreement_is_no_agreeing():
    for text in ("وأشاد بوتين بالجهود الأوروبية لإنقاذ الاتفاق النووي الإيراني.",
                 "وقال أردوغان إن أميركا خاسرة بانسحابها من اتفاق إيران النووي."):
        assert not [e for e in code(text) if e[0] == "AGREE"], text


def test_an_agreement_on_something_is_agreeing():
    got = code("وأعلن الوسيط عن اتفاق السودان على وقف إطلاق النار.")
    assert ("AGREE", ["SDN"], [], "actual", "genitive") in got, got


def test_a_bilateral_agreement_stays_an_event():
    got = code("وتحدث الخبراء عن الاتفاق الروسي - الإسرائيلي بشأن الجنوب السوري.")
    assert any(e[0] == "AGREE" and sorted(e[1]) == ["ISR", "RUS"] for e in got), got


def test_tahtall_is_a_rank_or_a_standing_state():
    assert code("وتحتل تركيا المركز 130 من أصل 144 بلدا.") == []
    # (an occupation is an armed assault since round 22: CAMEO 192, under PLOVER's ASSAULT)
    assert any(e[0] == "ASSAULT" and e[1] == ["ISR"] for e in code("واحتلت إسرائيل القدس الشرقية عام 1967."))


def test_a_complementizer_ends_the_name_after_a_title():
    doc = marsad.analyze("عنوان\n\nواعترف الوزير الروسي بأن بلاده أخطأت.")
    assert not [e for e in doc.entities if e.kind == "person" and "بأن" in e.text]


def test_counted_patient_of_a_noun():
    got = code("وأعلنت بريطانيا عزمها طرد 23 دبلوماسيا روسيا من أراضيها.")
    assert ("SANCTION", ["GBR"], ["RUS"], "actual", "light-verb") in got, got


def test_a_capital_after_ma_is_its_government():
    got = code("وقطعت السعودية علاقاتها الدبلوماسية مع الدوحة.")
    assert got == [("SANCTION", ["SAU"], ["QAT"], "actual", "subject")], got


def test_a_city_attacked_stays_where():
    # the city is where it happened; abroad the attack is on its country's people (round 7), not
    # on the city as a party (a capital's government)
    doc = marsad.analyze("عنوان\n\nوشنت الطائرات الروسية غارات على حلب.", published="2018-05-09")
    [e] = [e for e in doc.events if e.event_type == "ASSAULT"]
    assert e.location["text"] == "حلب" and [(r["country"], r["kind"], r["country_from"]) for r in e.recipient] == [
        ("SYR", "country", "location")]


def test_the_envoys_post_or_the_embassys_owner_is_the_recipient():
    assert ("SANCTION", ["SAU"], ["DEU"], "actual", "subject") in code("وسحبت الرياض سفيرها في برلين.")
    assert ("SANCTION", ["MAR"], ["IRN"], "future", "subject-first") in code(
        "وقال إن الرباط ستغلق سفارة إيران وتطرد سفيرها.")


def test_recalling_ones_own_envoy_is_no_summons():
    got = code("واستدعت الخارجية السعودية سفيرها لدى كندا للتشاور.")
    assert got == [("SANCTION", ["SAU"], ["CAN"], "actual", "subject")], got
    got = code("واستدعت الخارجية المغربية السفير الإيراني.")
    assert got == [("ACCUSE", ["MAR"], ["IRN"], "actual", "subject")], got


def test_a_verb_after_wa_does_not_take_the_object_before_it_as_subject():
    got = code("وقال إن الرباط ستغلق سفارة إيران وتطرد سفيرها.")
    assert ("SANCTION", ["MAR"], ["IRN"], "future", "subject-first") in got, got
    # the expulsion shares Rabat as subject; with its envoy unresolved it is not coded (round 7)
    assert incomplete("وقال إن الرباط ستغلق سفارة إيران وتطرد سفيرها.") == [("SANCTION", ["MAR"])]


def test_a_person_is_not_renamed_by_a_government_after_a_comma():
    got = code("دعا وزير الخارجية الأمريكي، مايك بومبيو، حكومة المملكة العربية السعودية إلى دعم التحقيق.")
    assert got == [("REQUEST", ["USA"], ["SAU"], "actual", "subject")], got


def test_ruling_a_country_and_listing_a_heritage_site_are_no_sanctions():
    assert code("وحكمت هذه الأحزاب الثلاثة البلاد خلال السنوات الأربع الماضية.") == []
    assert code("وأدرجت اليونسكو مدينة صنعاء القديمة في قائمة التراث العالمي عام 1986.") == []
    assert [e[0] for e in code("وأدرجت الإمارات تسعة أفراد قطريين في قائمة داعمي الإرهاب.")] == ["SANCTION"]


def test_an_event_noun_naming_an_institution_is_no_event():
    for text in ("وأعلنت اللجنة العليا للإغاثة التابعة للحكومة اليمنية محافظة سقطرى منكوبة.",
                 "وقالت منظمة الإنقاذ الألمانية إن السفينة وصلت إلى الميناء.",
                 "ونقل المهاجرون إلى مركز الاحتجاز في طرابلس."):
        assert code(text) == [], text


def test_a_trigger_is_not_its_own_condition():
    # منحها reads as منحة + ها, which is on give_aid's list of required words
    assert code("ورغم انقضاء المهلة التي منحها القضاء البرازيلي له، لم يسلم نفسه.") == []
    assert ("AID", ["KWT"], ["IRQ"], "actual", "subject") in code("وقدمت الحكومة الكويتية مساعدات عاجلة للعراق.")


def test_title_name_object_after_commas():
    got = code("اتهم وزير الخارجية الروسي، سيرغي لافروف، بريطانيا بممارسة ألعاب صبيانية.")
    assert ("ACCUSE", ["RUS"], ["GBR"], "actual", "subject") in got, got


def test_a_politicians_attack_is_in_words_and_adverbs_end_names():
    got = code("هاجم الرئيس الأمريكي دونالد ترامب بشدة روسيا وإيران.")
    assert got == [("ACCUSE", ["USA"], ["RUS", "IRN"], "actual", "subject")], got


def test_armed_men_still_attack():
    got = code("هاجم مسلحون مكتب الإدارة التعليمية في مدينة جلال آباد شرق أفغانستان.")
    assert got and got[0][0] == "ASSAULT", got


def test_no_construct_after_a_name_but_after_a_title():
    doc = marsad.analyze("عنوان\n\nوقال الرئيس الأمريكي دونالد ترامب روسيا ستدفع الثمن.")
    assert any(a.kind == "country" and a.country == "RUS" for a in doc.actors)
    # (a call to no one named was not coded from round 7; since round 26 the recipient chooser
    # addresses it; its actor is read either way)
    assert [e[:2] for e in code("ودعا أولوف سكوغ مبعوث السويد في الأمم المتحدة إلى إجراء مشاورات طارئة.")] == [
        ("REQUEST", ["SWE"])]


def test_an_honorific_after_a_title_is_the_same_person():
    got = code("والتقى ولي العهد السعودي الأمير محمد بن سلمان الرئيس الفرنسي.")
    assert got == [("CONSULT", ["SAU"], ["FRA"], "actual", "subject")], got


def test_a_title_behind_a_preposition_is_another_person():
    doc = marsad.analyze("عنوان\n\nوجمعت القمة ترمب بزعيم كوريا الشمالية كيم يونغ أون.")
    trump = next(a for a in doc.actors if "ترمب" in a.text)
    assert "زعيم" not in trump.text and trump.country != "PRK"


def test_a_first_person_verb_takes_the_speaker_and_an_object():
    got = code("وقالت وزارة الخارجية الروسية في بيان: نطالب السلطات الأوكرانية ببذل قصارى الجهد.")
    assert got == [("REQUEST", ["RUS"], ["UKR"], "actual", "first-person")], got


def test_a_capital_as_object_is_its_government():
    got = code("واشنطن تحذر أنقرة من شراء منظومة صواريخ روسية.")
    assert got == [("THREATEN", ["USA"], ["TUR"], "actual", "subject-first")], got


def test_taking_in_refugees_is_no_visit():
    assert code("أوغندا تستقبل ما يزيد عن مليون لاجئ من جنوب السودان.") == []
    assert code("وقال الوزير: نستقبل أفضل المهاجرين في بلادنا.") == []


def test_yawaddu_wants_is_no_endorsement():
    assert code("وقال الرئيس الفرنسي: نود أن نرى أوروبا أقوى.") == []


def test_a_ministry_is_not_renamed_by_a_country_after_a_comma():
    got = code("واتهمت وزارة الخارجية التركية، الولايات المتحدة، السبت، بأنها لم تسمع صوت ضميرها.")
    assert got == [("ACCUSE", ["TUR"], ["USA"], "actual", "subject")], got


def test_a_peoples_protests_are_no_state_protest():
    # (protests against no one named are not coded since round 7; the type is still read, and
    # since round 50 the retrained recipient chooser addresses this one to the people's own state)
    assert unaddressed("وتتواصل الاحتجاجات الفلسطينية قرب السياج الحدودي.") == [("PROTEST", ["PSE"])]


def test_his_country_after_anna_is_the_speakers_country():
    got = code("وقال وزير الخارجية الإيراني إن بلاده سترد على أي عقوبات أميركية.")
    assert got and got[0][:3] == ("THREATEN", ["IRN"], ["USA"]), got


def test_his_country_elsewhere_is_no_second_party():
    # انسحاب بلاده، بفرض بلاده: the same party as the actor, not a recipient
    got = code("وهدد الرئيس الأمريكي دونالد ترامب بفرض بلاده عقوبات قاسية على السعودية.")
    assert all(e[2] != ["USA"] for e in got), got


def test_no_homeland_without_a_party_before_it():
    doc = marsad.analyze("عنوان\n\nوقال إن بلاده سترد على العقوبات.")
    assert not [a for a in doc.actors if a.text == "بلاده"]


def test_a_vow_to_retaliate_is_an_actual_threat():
    got = code("وقال وزير الخارجية التركي إن تركيا سترد على أي عقوبات أميركية.")
    assert got and got[0][0] == "THREATEN" and got[0][3] == "actual", got


def test_new_rows_stabbing_ambush_cooperation_and_a_stab_at_a_ruling():
    # a man with no nationality stated keeps none (round 5: no guessed country for a civilian attacker)
    assert [e[:3] for e in code("وطعن رجل شرطيا فرنسيا بسكين في باريس.")] == [("ASSAULT", [None], ["FRA"])]
    assert code("وطعن المحامي في الحكم أمام المحكمة.") == []
    got = code("ونصب مسلحون من حركة الشباب كمينا لقافلة عسكرية صومالية في جنوب الصومال.")
    assert got and got[0][0] == "ASSAULT" and got[0][4] == "light-verb", got
    got = code("وقالت الخارجية الأمريكية إن واشنطن تتعاون مع الرياض في مكافحة الإرهاب.")
    assert got and got[0][0] == "COOPERATE" and sorted(got[0][1]) == ["SAU", "USA"], got
    assert code("وقالت السلطات إنه لم يسقط قتلى في الحادث.") == []


def test_crimes_talked_about_and_positive_moods_are_no_verdicts():
    got = code("وقال عريقات إن المالكي وقع على أوراق إحالة إسرائيل للمحكمة الجنائية بتهمة ارتكاب جرائم حرب.")
    assert not [e for e in got if e[4] == "evaluation"], got
    got = code("وأكد ولي عهد أبوظبي أن صلات التعاون بين البلدين تشهد تطورا إيجابيا.")
    assert not [e for e in got if e[4] == "evaluation"], got
    got = code("وأضاف أن مئات الآلاف من الدولارات تقدير متوسط ومعقول للإيرادات.")
    assert not [e for e in got if e[4] == "evaluation"], got


def test_a_capital_inside_a_name_is_no_party_and_bunud_is_no_trigger():
    got = ruled("رفضت الولايات المتحدة التوقيع على تعهد بتنفيذ توصيات اتفاقية باريس لتغير المناخ.")
    assert all(e[2] == [] for e in got), got
    assert code("والحزب غاضب من إصلاحات ماكرون، مثل إلغاء بعض بنود حماية العمال.") == []


def test_confessing_is_no_recognition():
    assert code("اعترف مايكل كوين بدفع مبلغ 130 ألف دولار.") == []
    got = code("واعترف مهاجر من سوريا أمام محكمة ألمانية بأنه هاجم رجلا.")
    assert all(e[0] != "SUPPORT" for e in got), got


def test_recognising_a_state_or_its_capital():
    got = code("اعترف الرئيس الأميركي دونالد ترامب بالقدس عاصمة لإسرائيل.")
    assert got == [("SUPPORT", ["USA"], ["ISR"], "actual", "subject")], got
    got = code("وفي 1963 اعترف العراق رسمياً باستقلال الكويت.")
    assert got and got[0][:3] == ("SUPPORT", ["IRQ"], ["KWT"]), got


def test_names_after_titles_stop_at_topics_and_prepositional_pronouns():
    doc = marsad.analyze("عنوان\n\nوهنأ الرئيس الأمريكي دونالد ترامب في اتصال هاتفي نظيره الروسي فلاديمير بوتين بفوزه.")
    assert not [e for e in doc.entities if e.kind == "person" and "بفوزه" in e.text]
    got = code("وهنأ الرئيس الأمريكي دونالد ترامب في اتصال هاتفي نظيره الروسي فلاديمير بوتين بفوزه.")
    assert ("SUPPORT", ["USA"], ["RUS"], "actual", "subject") in got, got
    doc = marsad.analyze("عنوان\n\nوبحث وزير الخارجية المغربي مع نظيره الإسباني ملف الهجرة.")
    assert not [e for e in doc.entities if e.kind == "person" and "ملف" in e.text]
