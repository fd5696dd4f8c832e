"""Round 41 (see the README): a meeting a relative clause puts ahead (القمة التي سيعقدها) is
future; threats received from no one named (تلقت الصحفية تهديدات) are made all the same, to the
one who received them; a Tunisian court's or police unit's «تعهّد بالملف» (took the case up) is
no pledge; «طالب لاهوت» is a student, no demand; a pronoun suffix that respells the stem
(لقائه، التقاهم) no longer hides the trigger; «then» right after an act (اتهمت بيونغيانغ وقتها)
sets it in the past."""
import marsad


def _events(text):
    doc = marsad.analyze("عنوان\n\n" + text, published="2018-05-16", all_sections=True)
    return [(e.event_type, e.modality, [r["country"] for r in e.actor], [r["country"] for r in e.recipient])
            for e in doc.events]


def test_a_meeting_a_relative_clause_puts_ahead_is_future():
    said = "قال الرئيس الأميركي دونالد ترامب، السبت، إن التحضيرات تسير بشكل جيد استعدادا للقمة التي سيعقدها مع الزعيم الكوري الشمالي كيم جونغ أون."
    assert [m for t, m, _, _ in _events(said) if t == "CONSULT"] == ["future"]
    done = "قال الرئيس الأميركي دونالد ترامب، السبت، إن القمة التي عقدها مع الزعيم الكوري الشمالي كيم جونغ أون كانت ناجحة."
    assert all(m != "future" for t, m, _, _ in _events(done) if t == "CONSULT")


def test_threats_received_from_no_one_named_are_aimed_at_their_receiver():
    events = _events("وقالت الصحفية اليمنية إنها تلقت تهديدات بالقتل، وتلقت الشابة اليمنية تهديدات عدة.")
    assert ("THREATEN", "actual", [None], ["YEM"]) in events


def test_threats_received_from_someone_keep_their_sender():
    events = _events("وتلقت الصحفية اليمنية تهديدات من الحوثيين.")
    assert not any(t == "THREATEN" and a == [None] for t, _, a, _ in events)


def test_a_court_taking_up_a_case_is_no_pledge():
    text = "وقال الناطق الرسمي باسم المحكمة الابتدائية بتونس إن النيابة العمومية تعهدت بالملف."
    assert not any(t == "AGREE" for t, *_ in _events(text))
    assert any(t == "AGREE" for t, *_ in _events("وتعهد الرئيس التونسي بالعمل من أجل إصلاح القضاء."))


def test_a_theology_student_makes_no_demand():
    text = "وتمكن عمال الإنقاذ في إندونيسيا من انتشال جثث 34 طالب لاهوت قضوا في انهيار أرضي."
    assert not any(t == "REQUEST" for t, *_ in _events(text))


def test_a_suffix_that_respells_the_stem_still_reads_the_trigger():
    from marsad.text.normalize import norm
    from marsad.text.tokens import analyses, spelled_analyses

    for word, stem, suffix in (("لقائه", "لقاء", "ه"), ("لقاؤهم", "لقاء", "هم"), ("التقاهم", "التقي", "هم"),
                               ("وألغاه", "الغي", "ه")):
        assert any(a.stem == norm(stem) and a.suffix == suffix for a in spelled_analyses(norm(word))), word
    assert spelled_analyses(norm("الحكومة")) == analyses(norm("الحكومة"))  # no reading for a definite noun
    text = "أكد العاهل الأردني الملك عبد الله الثاني، الاثنين، خلال لقائه مع رئيس الوزراء الإسرائيلي بنيامين نتانياهو في عمان، ضرورة تحقيق تقدم."
    assert any(t == "CONSULT" and set(a + r) == {"JOR", "ISR"} for t, _, a, r in _events(text))


def test_then_after_the_act_makes_it_background():
    text = "واتهمت بيونغيانغ وقتها مستشار الأمن القومي الأمريكي جون بولتون بإطلاق تصريحات متهورة."
    assert [m for t, m, _, _ in _events(text) if t == "ACCUSE"] == ["historical"]
    now = "واتهمت بيونغيانغ مستشار الأمن القومي الأمريكي جون بولتون بإطلاق تصريحات متهورة."
    assert [m for t, m, _, _ in _events(now) if t == "ACCUSE"] == ["actual"]
