"""The second round of the event-coding push, each rule on sentences the team wrote:
a nationality adjective stands for its country (عقوبات أميركية، رجل بلغاري), a noun in a
verb's recipient slot is no second event, a headline's subject comes first, a meeting at
one party's home makes the other the visitor, verbs of reaching give a noun its recipient,
«لم … أي» negates a noun, and the lexicon's new triggers."""
import marsad


def events(text: str, **kw):
    doc = marsad.analyze("عنوان\n\n" + text, published="2018-05-09", **kw)
    return [(e.event_type, [a["country"] for a in e.actor], [a["country"] for a in e.recipient]) for e in doc.events]


def first(text: str):
    doc = marsad.analyze("عنوان\n\n" + text, published="2018-05-09")
    return doc.events[0]


def test_a_nationality_adjective_on_a_noun_is_its_country():
    assert ("COERCE", ["DEU"], ["BGR"]) in events("وقالت الوزارة إن السلطات الألمانية ألقت القبض على رجل بلغاري في هامبورغ.")
    assert events("وأعلن ترمب أن الولايات المتحدة ستنسحب من الاتفاق النووي الإيراني.") == [("RETREAT", ["USA"], ["IRN"])]


def test_a_nationality_adjective_on_a_place_noun_is_no_party():
    e = first("ووصل وزير الداخلية الفرنسي أمس إلى العاصمة المغربية الرباط في زيارة رسمية.")
    assert e.location["text"] == "الرباط" and [r["country"] for r in e.recipient] == ["MAR"]


def test_the_adjective_of_a_verbal_noun_is_its_actor():
    e = first("وتأتي عقوبات أميركية جديدة تطال حسن نصر الله ونائبه.")
    assert (e.event_type, [a["country"] for a in e.actor]) == ("SANCTION", ["USA"])
    assert e.coding["actor_rule"] == "nisba"


def test_two_nationalities_joined_by_a_dash_are_both_parties():
    assert events("لقاء إسرائيلي ـ روسي في موسكو.") == [("CONSULT", ["ISR", "RUS"], [])]
    assert events("وتحدث خبراء عن الاتفاق الروسي - الإسرائيلي.") == [("AGREE", ["RUS", "ISR"], [])]


def test_a_verb_of_reaching_gives_the_noun_its_recipient():
    assert events("ونفذت الشرطة الإسبانية حملة اعتقالات طالت عشرات المهاجرين المغاربة في ألميريا.") == [
        ("COERCE", ["ESP"], ["MAR"])]


def test_a_noun_in_the_verbs_recipient_slot_is_not_a_second_event():
    got = events("وقالت الخارجية الإيرانية إن الولايات المتحدة انسحبت من الاتفاق مع القوى الكبرى.")
    assert [t for t, _, _ in got] == ["RETREAT"], got


def test_a_headline_subject_comes_first():
    doc = marsad.analyze("كوريا تمنح تونس 10 ملايين دينار لمكافحة الفساد\n\nنص.", published="2016-02-24")
    assert [(e.event_type, [a["country"] for a in e.actor], [r["country"] for r in e.recipient])
            for e in doc.events] == [("AID", ["KOR"], ["TUN"])]


def test_a_hashtag_does_not_hide_the_subject_after_inna():
    assert ("REQUEST", ["RUS"], ["IRN", "ISR"]) in events("وقال إن #موسكو حثت إيران وإسرائيل على تفادي التصعيد.")


def test_the_party_at_home_hosts_the_meeting():
    e = first("وبحث الرئيس الروسي فلاديمير بوتين مع رئيس الوزراء الإسرائيلي في موسكو الوضع في سوريا.")
    assert ([a["country"] for a in e.actor], [r["country"] for r in e.recipient]) == (["ISR"], ["RUS"])
    assert e.coding["actor_rule"] == "host"


def test_no_swap_for_a_phone_call_or_a_meeting_abroad():
    e = first("وبحث الرئيس الروسي فلاديمير بوتين مع رئيس الوزراء الإسرائيلي في باريس الوضع في سوريا.")
    assert ([a["country"] for a in e.actor], [r["country"] for r in e.recipient]) == (["RUS"], ["ISR"])


def test_negation_with_any_before_a_noun():
    e = first("ولم تسجل أي مواجهات بين المحتجين وقوات الأمن التونسية في قفصة.")
    assert (e.event_type, e.modality) == ("ASSAULT", "negated")


def test_new_triggers():
    assert ("COERCE", ["ISR"], ["PSE"]) in events("واقتحمت القوات الإسرائيلية منازل فلسطينيين في نابلس واعتقلت 12 فلسطينيا.")
    assert ("SANCTION", ["SAU"], ["LBN"]) in events("وصنفت السعودية حزب الله اللبناني على قائمة الإرهاب.")
    assert ("ASSAULT", ["ISR"], ["PSE"]) in events("وأطلقت القوات الإسرائيلية قنابل الغاز على المتظاهرين الفلسطينيين.")
    assert any(t == "MOBILIZE" and a == ["IRQ"] for t, a, _ in events(
        "وأعلنت وزارة الداخلية العراقية حالة تأهب قصوى في البصرة."))
    assert any(t == "COERCE" for t, _, _ in events("ونفذت الشرطة التونسية جملة من الإيقافات في صفوف المحتجين بصفاقس."))


def test_more_new_triggers():
    assert ("SUPPORT", ["ISR"], ["USA"]) in events("وشكرت الحكومة الإسرائيلية الولايات المتحدة على قرارها.")
    assert ("COERCE", ["YEM"], ["YEM"]) in events("وأجبرت ميليشيا الحوثي المدنيين اليمنيين على مغادرة منازلهم.")
    assert ("CONSULT", ["TUN"], ["LBY"]) in events("ويتوجه وفد تونسي إلى ليبيا الأسبوع المقبل.")
    # negotiating with someone is done by both (round 8: the guide's اتفق X مع Y)
    assert ("CONSULT", ["GBR", None], []) in events("وأكد الوزير أن التفاوض البريطاني مع الاتحاد الأوروبي مستمر.")


def test_yughayyir_is_no_air_raid():
    assert events("وقال الفريق الإسرائيلي إنه يغير اسمه تكريما للرئيس.") == []


def test_an_act_at_home_on_no_named_party_targets_the_home_country():
    e = first("ونفذت السلطات العراقية حملة اعتقالات واسعة في البصرة.")
    assert ([a["country"] for a in e.actor], [r["country"] for r in e.recipient]) == (["IRQ"], ["IRQ"])
    assert e.recipient[0]["country_from"] == "implicit" and e.recipient[0]["sector"] == ["CVL"]
    protest = first("وتظاهر مئات من سكان مدينة قفصة التونسية أمام مقر الولاية احتجاجا على انقطاع المياه.")
    assert protest.event_type == "PROTEST" and [r["sector"] for r in protest.recipient] == [["GOV"]]


def test_no_home_target_abroad_or_for_a_named_thing():
    # abroad the place attacked gives the recipient (round 7), not the attacker's home
    assert events("وقصفت القوات الإسرائيلية مواقع في دمشق.") == [("ASSAULT", ["ISR"], ["SYR"])]
    # a named thing seized is no one's people: the rules give it no recipient; only the learned
    # chooser may (since round 37, trained on batches 1-43, it reads this seizure as done at home)
    doc = marsad.analyze("عنوان\n\nواحتجزت السلطات الإيطالية السفينة في ميناء لامبيدوزا.", published="2018-05-09")
    assert [(e.event_type, e.coding.get("recipient_rule")) for e in doc.events] == [("COERCE", "learned")]


def test_a_famous_name_is_a_person_even_without_a_title():
    doc = marsad.analyze("عنوان\n\nوقال ترمب إن الاتفاق سيئ. وتتركز محادثات وزير الدفاع الإسرائيلي، أفيغدور ليبرمان، "
                         "مع نظيره الروسي في موسكو.", published="2018-05-31")
    people = {e.text: (e.source, e.country) for e in doc.entities if e.kind == "person"}
    assert people["ترمب"] == ("people", "USA")
    assert people["أفيغدور ليبرمان"][0] == "pattern"  # the title's name, whole
    talks = [e for e in doc.events if e.event_type == "CONSULT"]
    assert [a["name"] for a in talks[0].actor] == ["أفيغدور ليبرمان"]  # ليبرمان is no verb (لـ + يبرمان)
    assert [r["country"] for r in talks[0].recipient] == ["RUS"]


def test_a_child_or_woman_killed_is_the_victim_not_the_attacker():
    [e] = marsad.analyze("عنوان\n\nوقتل مسلحون طفلا في تعز.", published="2018-05-09").events
    assert ([a["text"] for a in e.actor], [r["text"] for r in e.recipient]) == (["مسلحون"], ["طفلا"])
    assert all(a != [None] for _, a, _ in events("فيما قتل قناصو الحوثي طفلاً وامرأة في تعز."))


def test_the_police_cast_the_arrest_on_someone():
    # ألقت X القبض على Y: the subject stands between the light verb and its noun; the
    # apposition's title with its body gives the arrested man his country
    assert events("ألقت القوات المسلحة في شرقي ليبيا القبض على هشام عشماوي، ضابط الجيش المصري المفصول.") == [
        ("COERCE", ["LBY"], ["EGY"])]


def test_who_met_is_who_speaks_after_the_meeting():
    e = first("وقالت رئيسة الوزراء البريطانية تيريزا ماي بعد اجتماع مع المستشارة الألمانية أنغيلا ميركل "
              "في برلين إنها تريد ضمان حرية التجارة.")
    assert (e.event_type, e.coding["actor_rule"]) == ("CONSULT", "circumstance")
    assert ([a["country"] for a in e.actor], [r["country"] for r in e.recipient]) == (["GBR"], ["DEU"])


def test_a_press_conference_with_a_guest_is_a_meeting():
    e = first("وخلال مؤتمر صحفي في لندن مع المستشارة الألمانية أنغيلا ميركل، رفضت رئيسة الوزراء البريطانية "
              "تيريزا ماي اتهامات المعارضة.")
    assert e.event_type == "CONSULT"  # the guest came to London: she is the visitor
    assert ([a["country"] for a in e.actor], [r["country"] for r in e.recipient]) == (["DEU"], ["GBR"])
    assert events("وعقد الوزير التونسي مؤتمرا صحفيا في تونس.") == []  # alone, a press conference meets no one


def test_a_word_in_quotation_marks_is_named_not_done():
    assert [t for t, _, _ in events('وتحقق الشرطة البريطانية في رسائل تدعو إلى "قتل" المسلمين.')] != ["ASSAULT"]
    assert all(t != "ASSAULT" for t, _, _ in events('ويطلق الغرب على الصاروخ الصيني اسم "قاتل غوام".'))


def test_the_target_of_sanctions_is_no_attack():
    got = events("وذكر البيان الأمريكي أن العقوبات الأمريكية الجديدة تستهدف الأمين العام لحزب الله اللبناني.")
    assert all(t != "ASSAULT" for t, _, _ in got), got


def test_the_country_an_article_is_about_beats_the_outlets():
    from marsad.ingest import RawArticle

    text = ("هجوم في باريس\n\nهاجم مسلح دورية عسكرية قرب متحف اللوفر في باريس. وقال مسؤول فرنسي إن "
            "الشرطة أوقفت المشتبه به. وتشهد فرنسا منذ 2015 هجمات متكررة.")
    doc = marsad.analyze(RawArticle(text=text, source="Jawhara FM"), published="2017-02-03")
    arrest = next(e for e in doc.events if e.event_type == "COERCE")
    assert (arrest.actor[0]["country"], arrest.actor[0]["country_from"]) == ("FRA", "focus")


def test_an_official_with_no_country_is_of_the_country_the_article_is_about():
    text = ("بريكست\n\nوتواجه الحكومة البريطانية أزمة في لندن بعد خروج بريطانيا. وانتقد وزير الخارجية، "
            "جون سميث، موقف الحكومة في المفاوضات مع بروكسل. وتسعى بريطانيا إلى اتفاق.")
    doc = marsad.analyze(text, published="2018-07-10")
    e = next(e for e in doc.events if e.event_type == "ACCUSE")
    assert (e.actor[0]["country"], e.actor[0]["country_from"]) == ("GBR", "focus")


def test_an_adverb_after_a_title_is_no_name():
    doc = marsad.analyze("عنوان\n\nويواجه المسؤول الروسي حاليا تهما بإساءة استخدام السلطة.", published="2016-09-17")
    assert [e.text for e in doc.entities if e.kind == "person"] == []
    doc = marsad.analyze("عنوان\n\nواستقبل أمير الكويت الشيخ صباح الأحمد الجابر الصباح الوزير.", published="2016-09-17")
    assert any(e.text.startswith("صباح الأحمد") for e in doc.entities if e.kind == "person")


def test_an_act_at_home_in_an_article_about_that_country():
    text = "اليمن\n\nوقال مركز حقوقي يمني إن ميليشيا الحوثي دمرت 5 منازل في قرية نائية."
    doc = marsad.analyze(text, published="2018-05-22")
    [blast] = doc.events
    assert [r["country"] for r in blast.recipient] == ["YEM"] and blast.recipient[0]["country_from"] == "implicit"


def test_a_clash_between_two_sides_has_no_home_target():
    e = first("واندلعت مواجهات بين المحتجين وقوات الأمن العراقية في البصرة.")
    assert e.event_type == "ASSAULT" and e.recipient == []


def test_an_invitation_to_visit_is_no_demand():
    assert all(t != "REQUEST" for t, _, _ in events("ودعا الرئيس الجزائري نظيره التونسي إلى زيارة الجزائر."))
    assert [t for t, _, _ in events("ودعت النقابة التونسية العمال إلى المشاركة في الإضراب العام.")] == ["REQUEST"]


def test_seizing_the_initiative_is_no_abduction():
    assert events("وقال إن الولايات المتحدة تسعى إلى خطف المبادرة في سوريا.") == []
    assert events("واختطف مسلحون يمنيون مواطنا أمريكيا في صنعاء.") == [("ASSAULT", ["YEM"], ["USA"])]


def test_stopping_a_protest_is_no_arrest():
    got = events("وقال الدبلوماسي القطري إن أذون العمل قد توقف الاحتجاج على حدود غزة.")
    assert all(t != "COERCE" for t, _, _ in got), got
    assert [t for t, _, _ in events("وأوقفت الشرطة المغربية ثلاثة أشخاص في طنجة.")] == ["COERCE"]
