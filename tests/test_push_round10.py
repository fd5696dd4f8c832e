"""The tenth round of the event-coding push, each rule on sentences the team wrote. Tuned
on tuning batches 1-8; batches 9 and 10 stay out (see the README)."""
import marsad
from test_push_round3 import code, ruled


def analyzed(text: str, published: str):
    return marsad.analyze("عنوان\n\n" + text, published=published)


def test_words_describing_a_meeting_may_stand_before_its_between_phrase():
    got = code("وجاء الاستطلاع بعد قمة ومؤتمر صحفي مثيرين للجدل بين ترامب ونظيره الروسي فلاديمير بوتن.")
    assert ("CONSULT", ["USA", "RUS"], [], "actual", "between") in got, got
    # a phrase of its own (عن اتفاق على التعاون) takes the بين-phrase away from the meeting
    got = code("وأسفر هذا اللقاء عن اتفاق على التعاون بين روسيا وإسرائيل في الأجواء السورية.")
    assert not any(e[0] == "CONSULT" and e[4] == "between" for e in got), got


def test_a_priest_is_a_person_who_keeps_his_nationality():
    # القس الأميركي held in Turkey is American, not one of Turkey's people
    got = code("واعتقلت الشرطة التركية القس الأميركي في إزمير.")
    assert ("COERCE", ["TUR"], ["USA"], "actual", "subject") in got, got


def test_new_lexicon_rows_massacre_rape_poison_allegiance_stepping_down():
    got = code("وارتكبت قوات إثيوبية مجزرة بحق المدنيين في إقليم أوروميا.")
    assert any(e[0] == "ASSAULT" and e[1] == ["ETH"] for e in got), got
    got = code("وقال التقرير إن قوات الحكومة السورية اغتصبت نساء في الغوطة.")
    assert any(e[0] == "ASSAULT" and e[1] == ["SYR"] for e in got), got
    got = code("وسممت المخابرات الروسية العميل السابق سيرغي سكريبال في سالزبري.")
    assert any(e[0] == "ASSAULT" and e[1] == ["RUS"] for e in got), got
    got = code("وتنحى الرئيس الزيمبابوي روبرت موغابي عن السلطة.")
    assert ("RETREAT", ["ZWE"], [], "actual", "subject") in got, got
    got = code("وتحدث الرئيس الفرنسي هاتفيا مع نظيره الأمريكي.")
    assert any(e[0] == "CONSULT" and e[1] == ["FRA"] and e[2] == ["USA"] for e in got), got
    # read, though its target has no country here: kept for audit, not counted (round 13)
    doc = marsad.analyze("عنوان\n\nوشهدت المدينة مهاجمة مسلحين لمركز الشرطة التونسية.", published="2018-05-09")
    assert [s["trigger"] for s in doc.suppressed if s["event_type"] == "ASSAULT"] == ["مهاجمة"], doc.suppressed


def test_a_clash_with_a_party_and_no_other_side_named_has_that_party_as_a_side():
    got = code("وقال مسؤولون إن 10 متظاهرين لقوا مصرعهم في اشتباكات مع قوات الأمن العراقية.")
    assert ("ASSAULT", ["IRQ"], [], "actual", "companion") in got, got
    # not for talks or agreements with a party (مفاوضات مع المغرب names one side only)
    got = code("وقالت الجبهة إنها مستعدة للدخول في مفاوضات مباشرة مع المغرب.")
    assert not any(e[4] == "companion" for e in got), got


def test_a_date_in_a_relative_clause_about_another_noun_is_not_the_acts():
    doc = analyzed("وأطلقت السلطات الماليزية سراح الناشط إبراهيم، الذي سجن عام 2015، يوم الأربعاء الماضي "
                   "بعد عفو ملكي.", "2018-05-19")
    [e] = [e for e in doc.events if e.event_type == "RETREAT"]
    assert (e.date["value"], e.modality) == ("2018-05-16", "actual"), (e.date, e.modality)
    # a clause right after the act is about the act itself
    for text in ("وأعادت الاحتجاجات ذكرى المظاهرات التي نظمها الإيرانيون في طهران في يناير الماضي.",
                 "وأعادت الاحتجاجات ذكرى مظاهرات الإيرانيين التي اندلعت في طهران في يناير الماضي."):
        doc = analyzed(text, "2018-06-30")
        [e] = [e for e in doc.events if e.event_type == "PROTEST"]
        assert e.date["value"] == "2018-01", (text, e.date)


def test_the_media_with_a_nationality_is_an_actor():
    got = code("ويتهم الإعلام السوري المعارضة باستخدام المدنيين دروعا بشرية.")
    assert any(e[0] == "ACCUSE" and e[1] == ["SYR"] for e in got), got


def test_a_press_meeting_is_no_meeting_of_parties():
    got = code("وقدم رئيس الحكومة التونسية قائمة الحكومة الجديدة، وأعلن عنها إثر ذلك في لقاء صحفي.")
    assert not any(e[0] == "CONSULT" for e in got), got
    got = code("والتقى رئيس الحكومة التونسية السفير الفرنسي في تونس.")
    assert any(e[0] == "CONSULT" for e in got), got


def test_fighters_communities_and_national_councils_are_actors():
    got = code("وسيطر مقاتلو داعش على معظم أحياء مخيم اليرموك في دمشق.")
    assert any(e[0] == "ASSAULT" and e[4] == "subject" for e in got), got
    got = code("ووافق المجلس الوطني الفلسطيني، الخميس، على منح المجلس المركزي صلاحيات الهيئة السياسية.")
    assert any(e[0] == "AGREE" and e[1] == ["PSE"] for e in got), got
    got = code("وقد انتقدت الجالية التركية في ألمانيا الحكومة الألمانية.")
    assert any(e[0] == "ACCUSE" and e[1] == ["TUR"] for e in got), got


def test_a_name_then_its_title_takes_the_nationality_after_the_titles_genitive():
    # سوه هون، مدير المخابرات الوطنية الكورية الجنوبية: Korean, and so is سوه later
    got = code("وقال البيان إن الوزير تارو كونو أبلغ سوه هون، مدير المخابرات الوطنية الكورية الجنوبية، "
               "أنه ممتن لمساعي سيول.\nويزور سوه طوكيو لمناقشة زيارته الأحدث لبيونغيانغ.")
    assert any(e[0] == "CONSULT" and e[1] == ["KOR"] and e[2] == ["JPN"] for e in got), got


def test_parties_and_armed_groups_named_after_words_are_organisations():
    # حزب الدعوة is a party, not a call (دعوة: REQUEST); أحرار الشام are Syrian rebels
    got = code("وأضرم المحتجون النار في مقار حزب الدعوة الحاكم في البصرة.")
    assert not any(e[0] == "REQUEST" for e in got), got
    got = code("ووافقت حركة أحرار الشام على إلقاء أسلحتها مقابل عبور آمن إلى إدلب.")
    assert any(e[0] == "AGREE" and e[1] == ["SYR"] for e in got), got


def test_a_preposition_with_a_pronoun_is_no_name_after_a_title():
    doc = analyzed("وقالت الشرطة إنها ألقت القبض على المشتبه به، البالغ من العمر 21 عاما.", "2018-10-10")
    assert not any(a.name == "به" for a in doc.actors), [(a.text, a.name) for a in doc.actors]


def test_what_is_denied_names_no_addressee():
    # the rules take no addressee from what is denied (round 27: the learned chooser may name one)
    got = ruled("فيما نفت موسكو ضلوعها في الهجوم وردت بطرد العدد ذاته من الدبلوماسيين الغربيين.")
    assert ("REJECT", ["RUS"], [], "actual", "subject") in got, got
    # a refusal still goes to the party the refused thing concerns
    got = code("ورفضت الحكومة الإيرانية فكرة التفاوض مع الولايات المتحدة.")
    assert any(e[0] == "REJECT" and e[2] == ["USA"] for e in got), got


def test_a_date_between_the_verb_and_its_object_is_no_clause_of_its_own():
    got = code("وكانت السلطات البلجيكية قد اعتقلت، في أواخر يونيو / حزيران الماضي، إيرانيين اثنين "
               "وبحوزتهما متفجرات.")
    assert ("COERCE", ["BEL"], ["IRN"], "historical", "kana") in got, got


def test_a_call_to_road_users_to_take_care_is_advice():
    got = code("دعت الشركة الوطنية للسكك الحديدية التونسية مستعملي الطريق إلى ضرورة الانتباه والتريث قبل العبور.")
    assert not any(e[0] == "REQUEST" for e in got), got


def test_an_act_going_on_since_a_past_time_is_a_campaign():
    got = code("وقالت الأمم المتحدة إن قوات النظام السوري تشن هجوما منذ أسابيع على الغوطة الشرقية.")
    assert any(e[0] == "ASSAULT" and e[3] == "historical" for e in got), got
    # the first visit since then is news
    got = code("ووصل الرئيس الفرنسي إلى الجزائر في أول زيارة منذ توليه الرئاسة.")
    assert any(e[0] == "CONSULT" and e[3] == "actual" for e in got), got


def test_the_kingdom_refers_back_to_the_kingdom_named_before():
    got = code("استقبل الرئيس الأميركي دونالد ترامب ولي العهد السعودي في واشنطن.\n"
               "وأشاد ترامب بدور المملكة في تحقيق الاستقرار.")
    assert ("SUPPORT", ["USA"], ["SAU"], "actual", "subject") in got, got
    # with no kingdom named before, المملكة names no state
    got = code("وأشاد الرئيس الأميركي بدور المملكة في تحقيق الاستقرار.")
    assert not any(e[0] == "SUPPORT" and e[2] for e in got), got


def test_two_parties_praising_each_other_are_two_events():
    got = code("وأعرب العاهل السعودي عن تقديره للبيان الصادر عن البيت الأبيض.\n"
               "وأشاد الرئيس الأميركي دونالد ترامب بدور السعودية في تحقيق الاستقرار.")
    assert [e[:3] for e in got if e[0] == "SUPPORT"] == [("SUPPORT", ["SAU"], ["USA"]),
                                                          ("SUPPORT", ["USA"], ["SAU"])], got


def test_a_visit_concluded_or_intended_has_its_light_verbs_subject():
    got = code("اختتم الوفد التونسي، اليوم الخميس، زيارته إلى فلسطين بالصلاة في المسجد الأقصى.")
    assert any(e[0] == "CONSULT" and e[1] == ["TUN"] and e[2] == ["PSE"] for e in got), got
    # the country right after زيارة is the one visited; يعتزم makes it planned
    got = code("يعتزم وزير الخارجية الروسي سيرغي لافروف زيارة كوريا الشمالية في تاريخ يعلن لاحقا.")
    assert ("CONSULT", ["RUS"], ["PRK"], "future", "light-verb") in got, got


def test_a_student_is_no_demand_and_a_capability_no_attack():
    got = code("وكانت الشرطة تلاحق مشتبها به في جريمة قتل طالب جامعي في المدينة الأمريكية.")
    assert not any(e[0] == "REQUEST" for e in got), got
    got = code("وأشار التلفزيون الرسمي إلى أن الصواريخ الصينية قادرة على حمل رؤوس نووية، ومهاجمة أهداف في البحر.")
    assert all(e[3] == "hypothetical" for e in got if e[0] == "ASSAULT"), got


def test_settlers_are_israeli():
    got = code("واعتدى مستوطنون على مزارعين فلسطينيين قرب نابلس.")
    assert ("ASSAULT", ["ISR"], ["PSE"], "actual", "subject") in got, got
