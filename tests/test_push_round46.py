"""Rounds 46 and 47 (see the README): two people joined by a dash, a summit named after its
leaders, a place that undergoes an act before إلى, an object pronoun on a coordinated verb, a
country after a title that already has one, a name the model tags that the gazetteer leaves to
context, no other side for a state's meeting, a present denied by لا, a visit at home, acts by
parties of no known country (an international body is placed), أطلق على … اسم, an attack a time
is reckoned from, who underwent an act, what a reading not coded keeps, and دان (condemned)
without its hamza."""
import marsad

from coded import coded


def _types(text):
    return [(t, a, r, rule) for t, a, r, rule, _ in coded("عنوان\n\n" + text)]


def _doc(text):
    return marsad.analyze("عنوان\n\n" + text, published="2018-05-15", all_sections=True)


def test_two_people_joined_by_a_dash_meet_at_a_summit_named_after_them():
    assert _types("وعقدت قمة ترامب-كيم في سنغافورة.") == [("CONSULT", ["PRK", "USA"], [], "genitive")]


def test_a_place_right_after_a_verb_of_undergoing_is_its_patient_also_before_ila():
    assert _types("وتعرضت مدينة الموصل العراقية إلى قصف عنيف.") == [("ASSAULT", ["None"], ["IRQ"], "unattributed")]


def test_an_object_pronoun_on_a_coordinated_verb_is_the_party_named_before():
    got = _types("وأشاد الرئيس الأمريكي بالموقف البريطاني من إيران، واتهمها بدعم الإرهاب.")
    assert ("ACCUSE", ["USA"], ["IRN"], "coordinated") in got


def test_a_country_after_a_title_with_a_nationality_is_the_object():
    assert _types("وهاجم الرئيس التركي السعودية.") == [("ACCUSE", ["TUR"], ["SAU"], "subject")]


def test_a_name_the_model_tags_takes_the_gazetteers_codes():
    # حماس is also "enthusiasm": the gazetteer leaves it to context, the model tags it ORG
    assert _types('اتهم عباس حركة "حماس" بعرقلة المصالحة.') == [("ACCUSE", ["None"], ["PSE"], "subject")]


def test_a_states_meeting_with_no_one_named_gets_no_other_side():
    doc = _doc("وتتهم مصر إثيوبيا بالتعنت، فيما تتهم إثيوبيا مصر بعرقلة المفاوضات. واجتمعت مصر أمس.")
    assert not [e for e in doc.events if e.event_type == "CONSULT"]
    assert [s["reason"] for s in doc.suppressed if s["event_type"] == "CONSULT"] == [
        "no other side found (a meeting of one country)"]


def test_a_present_denied_by_la_is_a_stance_not_an_act_left_undone():
    assert _types("وقالت إن فرنسا لا تتفق مع روسيا في الملف السوري.") == []
    assert [e.modality for e in _doc("وقالت إن فرنسا لم تتفق مع روسيا في الملف السوري.").events] == ["negated"]


def test_a_visit_at_home_is_paid_to_the_actors_own_country():
    (visit,) = _doc("وخلال زيارة أدتها الوزيرة التونسية إلى معتمدية حاجب العيون بالقيروان.").events
    assert visit.event_type == "CONSULT" and [r["country"] for r in visit.recipient] == ["TUN"]
    assert visit.recipient[0]["country_from"] == "location"


def test_acts_by_parties_of_no_known_country_and_international_bodies():
    doc = _doc("ونفت الشركة هذه الاتهامات.")
    assert doc.events == [] and [s["reason"] for s in doc.suppressed] == ["no country for who did it"]
    # an international body is a placed party, also acting on people of no known country
    got = _types("وسيقدم برنامج الأغذية العالمي مساعدات لنحو 50 ألف أسرة.")
    assert got == [("AID", ["None"], ["None"], "subject")]


def test_an_act_on_someone_of_no_known_country_is_coded():
    # round 47: the gold set has the event for most such readings, with a country the text
    # leaves to the reader: a recipient still to infer, not an event to drop
    assert ("ASSAULT", ["RUS"], ["None"], "subject") in _types(
        "وسممت المخابرات الروسية العميل السابق سيرغي سكريبال في سالزبري.")


def test_atlaqa_ala_ism_names_and_fires_nothing():
    assert _types('ويطلق الغرب على الصاروخ الصيني اسم "قاتل غوام".') == []
    assert [t for t, *_ in _types("وأطلقت كوريا الشمالية صاروخا باتجاه اليابان.")] == ["ASSAULT"]


def test_an_attack_a_time_is_reckoned_from_is_not_the_subjects():
    doc = _doc("ولم تعتقل الشرطة التونسية أحدا بعد الهجوم.")
    assert not [e for e in doc.events if e.event_type == "ASSAULT"]


def test_a_reading_not_coded_keeps_its_parties_on_both_sides():
    # an arrest by gunmen of no known country: not counted, but kept with whom it was done to
    doc = _doc("واعتقل مسلحون ثلاثة جنود أتراك.")
    assert doc.events == []
    (s,) = doc.suppressed
    assert (s["event_type"], s["reason"]) == ("COERCE", "no country for who did it")
    assert [a["country"] for a in s["actor"]] == [None] and [r["country"] for r in s["recipient"]] == ["TUR"]


def test_dana_without_hamza_condemns():
    # دان is أدان spelled without its hamza, as the news often writes it
    got = _types("ودانت قطر الاعتداء الإرهابي على القوات المصرية.")
    assert [e[:2] for e in got if e[0] == "ACCUSE"] == [("ACCUSE", ["QAT"])], got


def test_who_underwent_an_attack_did_not_make_it():
    # تعرض … إلى: the subject is not the attacker (before round 47, the nearest-subject rule took it)
    got = _types("وتعرضت القوات الأمريكية إلى هجوم في بغداد.")
    assert not [e for e in got if e[0] == "ASSAULT" and e[1] == ["USA"]], got
