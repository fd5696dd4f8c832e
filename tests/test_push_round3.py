"""The third round of the event-coding push, each rule on sentences the team wrote: the
subject of a كان clause (also far from its verb, and the pluperfect it makes), the subject
behind لكنه, a past-verb spelling read as a noun after an indefinite noun in ة, the
من-phrase of a noun of rejection, criticism or praise as its actor, and calls and unnamed
people at home taken as the home country's (guide §3), اتفق مع as reciprocal, verdicts in
speech (اعتبر أن … خرق) as ACCUSE/SUPPORT, and negated verbs of ability."""
import marsad


def _analyze(text: str):
    return marsad.analyze("عنوان\n\n" + text, published="2018-05-09")


def code(text: str, learned: bool = True):
    """(type, actors, recipients, modality, actor rule) of each coded event; ``learned=False``
    gives the recipient and the modality as the rules read them: ``[]`` where they found no
    recipient and the learned chooser (marsad.events.recipient_model) named one, ``actual`` where
    the learned reader of background (marsad.events.modality_model) made it ``historical``."""
    return [(e.event_type, [a["country"] for a in e.actor],
             [a["country"] for a in e.recipient] if learned or e.coding.get("recipient_rule") != "learned" else [],
             e.modality if learned or e.coding.get("modality_cue") != "learned" else "actual",
             e.coding["actor_rule"]) for e in _analyze(text).events]


def ruled(text: str):
    return code(text, learned=False)


def _incomplete(doc) -> list[tuple]:
    return [(x["event_type"], [a["country"] for a in x["actor"]]) for x in doc.suppressed
            if x["reason"].startswith("no recipient")]


def incomplete(text: str):
    """Events read without the recipient their type needs (data/events/dyadic_types.txt): not
    coded, kept in Document.suppressed as (type, actor countries)."""
    return _incomplete(_analyze(text))


def unaddressed(text: str):
    """Acts the rules read without the recipient their type needs, as (type, actor countries):
    kept out (``incomplete``) or given one by the learned recipient chooser."""
    doc = _analyze(text)
    return [(e.event_type, [a["country"] for a in e.actor]) for e in doc.events
            if e.coding.get("recipient_rule") == "learned"] + _incomplete(doc)


def test_kana_puts_the_subject_before_a_verb_after_a_short_phrase():
    got = code("وكانت القوات العراقية في المحافظة تصدت لمتظاهرين قرب الحقل.")
    assert got and got[0][0] == "ASSAULT" and got[0][1] == ["IRQ"] and got[0][4] == "kana", got


def test_kana_with_pluperfect_is_historical():
    got = code("وكانت القوات العراقية في المحافظة تصدت لمتظاهرين قرب الحقل.")
    assert got[0][3] == "historical"


def test_kana_qad_reaches_over_a_long_title_and_name():
    got = code("وكان رئيس الجمعية التونسية للدفاع عن الحقوق، محمد بن علي الفلاني، قد دعا "
               "الحكومة الليبية إلى الإفراج عن الأطفال.")
    assert ("REQUEST", ["TUN"], ["LBY"], "historical", "kana") in got, got


def test_kana_without_a_subject_next_to_it_is_no_subject():
    # كان here belongs to another clause: the verb's subject follows it as usual
    got = code("وقال الوزير إن الوضع كان صعبا، واعتقلت الشرطة الفرنسية ثلاثة مهاجرين.")
    assert got and got[0][0] == "COERCE" and got[0][1] == ["FRA"] and got[0][4] != "kana", got


def test_lakinnahu_refers_to_the_sentence_subject():
    got = ruled("ويواجه المسؤول الروسي تهما بالفساد، لكنه نفى هذه التهم.")
    assert got == [("REJECT", ["RUS"], [], "actual", "but-he")], got


def test_a_past_spelling_after_an_indefinite_noun_in_ta_marbuta_is_a_noun():
    # رفض after بموجة is the noun (a wave of rejection), whose من-phrase is its actor
    assert ruled("وقوبل القرار بموجة رفض من الحكومة التونسية.") == [("REJECT", ["TUN"], [], "actual", "actor-prep")]


def test_the_min_phrase_of_a_noun_of_criticism_is_its_actor():
    # (criticism of no one named: whom it criticises is the learned chooser's to name, or it is
    # not coded; its actor is read either way)
    assert unaddressed("وقوبل القرار بانتقاد من الحكومة التونسية.") == [("ACCUSE", ["TUN"])]


def test_a_call_at_home_with_no_addressee_is_to_the_home_country():
    got = code("ودعت الحكومة التونسية في تونس إلى الهدوء.")
    assert [(t, a, r) for t, a, r, *_ in got] == [("REQUEST", ["TUN"], ["TUN"])], got


def test_a_call_abroad_with_no_addressee_has_none():
    # so it is not coded (round 7): a demand needs someone it is made to
    assert code("ودعت الحكومة التونسية في جنيف إلى وقف القتال.") == []
    assert incomplete("ودعت الحكومة التونسية في جنيف إلى وقف القتال.") == [("REQUEST", ["TUN"])]


def test_unnamed_people_acted_on_at_home_are_the_home_countrys():
    assert code("وهجّرت الميليشيات اليمنية 44 أسرة في تعز.")[0][:3] == ("COERCE", ["YEM"], ["YEM"])
    assert code("ودعت وزارة الداخلية التونسية المواطنين في صفاقس إلى الإبلاغ عن المهربين.")[0][:3] == ("REQUEST", ["TUN"], ["TUN"])


def test_unnamed_people_acted_on_abroad_or_beside_a_nationality_get_no_home_country():
    assert code("واعتقلت الشرطة الفرنسية عشرة أشخاص في مدريد.")[0][:3] == ("COERCE", ["FRA"], [None])
    got = code("ورحّل الجيش اللبناني 38 سوريا بينهم نساء وأطفال في البقاع.")
    assert "LBN" not in got[0][2] and "SYR" in got[0][2], got


def test_agreeing_with_someone_is_reciprocal():
    got = code("وقال وزير الخارجية التونسي إنه اتفق مع رئيس حكومة الوفاق الوطني الليبية فايز السراج على إرسال وفد.")
    assert ("AGREE", ["TUN", "LBY"], [], "actual", "pronoun") in got, got


def test_the_libyan_government_of_national_accord_is_a_libyan_body():
    doc = marsad.analyze("عنوان\n\nوأعلنت حكومة الوفاق الوطني رفضها للهجوم.", published="2018-05-09")
    assert [(a.country, a.sector) for a in doc.actors if a.kind == "org"] == [("LBY", ["GOV"])]


def test_da_man_is_the_accusative_noun_not_a_dual_past():
    got = code("وتلقت رئيسة الحكومة البريطانية تيريزا ماي دعما من المستشارة الألمانية أنغيلا ميركل.")
    assert got == [("SUPPORT", ["DEU"], ["GBR"], "actual", "received-from")], got


def test_a_bombing_verb_needs_no_explosive_word_except_in_the_spelling_of_dawn():
    assert code("وقالت الحكومة اليمنية إن ميليشيا الحوثي فجرت 5 منازل في تعز.")[0][:2] == ("ASSAULT", ["YEM"])
    assert not [e for e in code("وصل الوزير الفرنسي إلى الرباط فجر اليوم.") if e[0] == "ASSAULT"]


def test_a_verb_of_ability_negated_negates_the_noun_it_governs():
    got = code("ولم تستطع الحكومة الليبية إجراء محادثات مع الحكومة التونسية.")
    assert got == [("CONSULT", ["LBY"], ["TUN"], "negated", "light-verb")], got


def test_a_negative_verdict_in_speech_accuses_the_party_judged():
    got = code("واعتبر وزير الخارجية الروسي أن انسحاب أميركا من الاتفاق النووي خرق لقرارات الأمم المتحدة.")
    assert ("ACCUSE", ["RUS"], ["USA"], "actual", "evaluation") in got, got


def test_a_quoted_verdict_counts_and_a_positive_one_supports():
    got = code('واعتبر وزير الخارجية الروسي أن ردة فعل إيران "معقولة".')
    assert got == [("SUPPORT", ["RUS"], ["IRN"], "actual", "evaluation")], got


def test_a_verdict_needs_a_speaker_and_a_party():
    assert code("وهذا القرار خرق للقانون الدولي.") == []  # no speaker: the outlet's own words
    # a thing judged: no party the rules find (the learned chooser may still name the speaker's
    # own country, as the gold set does for words said at home)
    assert all(e[2] == [] for e in ruled("وقال وزير الخارجية الروسي إن القرار خطأ."))
    # بناء على (based on) is no verdict of «constructive»
    assert not [e for e in code("وأكدت الشرطة الألمانية أنها اعتقلته بناء على مذكرة دولية.") if e[0] == "SUPPORT"]


def test_a_reports_period_dates_the_findings_listed_after_it():
    doc = marsad.analyze("عنوان\n\nوأكد المركز اليمني لحقوق الإنسان في تقريره لشهر أبريل الماضي استمرار الانتهاكات في تعز. "
                         "وقال التقرير إن ميليشيا الحوثي اليمنية دمرت 6 منازل في تعز. "
                         "وفي سياق آخر، اعتقلت الشرطة اليمنية أمس ثلاثة أشخاص في عدن.", published="2018-05-22")
    got = [(e.event_type, e.date["value"], e.modality) for e in doc.events]
    assert ("ASSAULT", "2018-04", "historical") in got, got
    assert ("COERCE", "2018-05-21", "actual") in got, got  # its own date closes the report's period


def test_a_date_the_report_talks_about_is_not_its_period():
    doc = marsad.analyze("عنوان\n\nوجاء في التقرير أن عام 2016 كان عاما صعبا. "
                         "وقال التقرير إن ميليشيا الحوثي اليمنية دمرت 6 منازل في تعز.", published="2018-05-22")
    assert [e.date["value"] for e in doc.events if e.event_type == "ASSAULT"] == ["2018-05-22"]


def test_a_relational_adjective_after_a_party_belongs_to_it():
    got = code("وقال التقرير إن ميليشيا الحوثي اليمنية دمرت 6 منازل في تعز.")
    assert got and got[0][:2] == ("ASSAULT", ["YEM"]) and got[0][4] == "subject-first", got


def test_signing_a_document_is_support():
    got = code("ووقع قادة الأحزاب الموريتانية المعارضة على وثيقة لتأسيس تحالف انتخابي.")
    assert got and got[0][:2] == ("SUPPORT", ["MRT"]), got


def test_a_speakers_must_binding_another_party_is_a_request():
    got = code("وقال وزير الخارجية الألماني إنه من المهم أن تلتزم إيران بالاتفاق النووي.")
    assert got == [("REQUEST", ["DEU"], ["IRN"], "actual", "evaluation")], got
    assert code("ويجب على إيران الالتزام بالاتفاق.") == []  # no speaker


def test_a_verdict_opening_its_sentence_continues_the_speaker_before():
    doc = marsad.analyze("عنوان\n\nوقال وزير الخارجية الروسي إن الاتفاق مهم. "
                         "كما اعتبر أن انسحاب أميركا من الاتفاق خرق لقرارات الأمم المتحدة.", published="2018-05-09")
    got = [(e.event_type, [a["country"] for a in e.actor], [r["country"] for r in e.recipient], e.coding["actor_rule"])
           for e in doc.events]
    assert ("ACCUSE", ["RUS"], ["USA"], "evaluation-continued") in got, got


def test_a_name_then_an_indefinite_title_is_one_person():
    doc = marsad.analyze("عنوان\n\nودعا أولوف سكوغ مبعوث السويد في الأمم المتحدة إلى إجراء مشاورات طارئة.",
                         published="2018-05-09")
    assert [(a.name, a.country, a.role) for a in doc.actors if a.kind == "person"] == [
        ("أولوف سكوغ", "SWE", "مبعوث")]


def test_issued_by_is_no_seizure():
    assert code("وأجرى رئيس الوزراء الأردني تعديلا في حكومته، بحسب بيان صادر عن الديوان الملكي.") == []


def test_a_headline_that_lost_its_opening_quote_is_still_a_name():
    doc = marsad.analyze('قاتل غوام" يثير ذعر واشنطن\n\nنص عن صاروخ كوري شمالي.', published="2018-04-18")
    assert [e.event_type for e in doc.events] == []
    doc = marsad.analyze('عنوان\n\nودعت منظمة "تيل ماما" البريطانية الحكومة البريطانية إلى التحرك.', published="2018-04-18")
    assert [e.event_type for e in doc.events] == ["REQUEST"]


def test_any_before_a_noun_makes_it_hypothetical_and_apart_from_the_real_ones():
    got = code("وقال الوزير التركي إن أي عقوبات أميركية على تركيا ستضر بالعلاقات بين البلدين.")
    assert [(t, m) for t, _, _, m, _ in got if t == "SANCTION"] == [("SANCTION", "hypothetical")], got
    doc = marsad.analyze("عنوان\n\nوتظاهر آلاف العراقيين في البصرة. وقررت السلطات العراقية منع أي تظاهرة "
                         "غير مرخصة في البصرة.", published="2018-07-17")
    protests = sorted(e.modality for e in doc.events if e.event_type == "PROTEST")
    assert "actual" in protests, protests  # the marches that happened are not made hypothetical


def test_a_vow_to_retaliate_threatens_the_party_of_what_it_answers():
    got = code("وقال وزير الخارجية التركي: سنرد بقوة على أي عقوبات أميركية.")
    assert [e[:4] for e in got] == [("THREATEN", ["TUR"], ["USA"], "actual")], got  # the vow is made now (round 4)
    assert not [e for e in code("وقال الوزير التركي إنه سيرد على أسئلة الصحفيين.") if e[0] == "THREATEN"]


def test_withdrawing_from_an_agreement_with_a_party_is_against_that_party():
    got = code("وأعلن الرئيس الأميركي أن الولايات المتحدة ستنسحب من الاتفاق النووي المبرم مع إيران عام 2015.")
    assert [e[:4] for e in got if e[0] == "RETREAT"] == [("RETREAT", ["USA"], ["IRN"], "future")], got


def test_the_date_of_a_concluded_agreement_is_not_the_date_of_the_act():
    doc = marsad.analyze("عنوان\n\nوأعلن الرئيس الأميركي أن الولايات المتحدة ستنسحب من الاتفاق النووي المبرم مع "
                         "إيران عام 2015.", published="2018-05-08")
    assert [e.date for e in doc.events if e.event_type == "RETREAT"] == [None]


def test_halting_sales_is_a_sanction_and_commenting_is_no_suspension():
    got = code("وقال الوزير التركي إن بلاده سترد إذا ما أوقفت الولايات المتحدة مبيعات السلاح إلى تركيا.")
    assert ("SANCTION", ["USA"]) in [e[:2] for e in got] and not [e for e in got if e[0] == "COERCE"], got
    assert code("وأوقفت الشرطة المغربية ثلاثة مهاجرين بالتعاون مع الشرطة الإسبانية.")[0][0] == "COERCE"
    assert not [e for e in code("وعلق الرئيس الأميركي على تويتر بأن كوريا الشمالية تعهدت بوقف التجارب.")
                if e[0] == "SANCTION"]
