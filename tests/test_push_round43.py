"""Round 43 (see the README): readings that name a standing state or a setting are no act —
backing told in a relative clause or by the genitive of «دعم», a meeting «of» a body, a press
conference as the setting of a statement, a condemnation, a negotiation or a hacking read from the
clause around its noun; the acts themselves are still coded."""
from coded import coded


def _types(text):
    return [(t, a, r) for t, a, r, *_ in coded("عنوان\n\n" + text)]


def test_backing_told_in_a_relative_clause_or_by_a_genitive_is_no_act():
    for text in ("وتسيطر الحكومة التي تدعمها الأمم المتحدة على طرابلس نظريا.",
                 "دعت السعودية إلى اجتماع استثنائي في مكة لبحث سبل دعم الأردن اقتصاديا."):
        assert not [e for e in _types(text) if e[0] == "SUPPORT"], text


def test_backing_by_a_named_doer_is_still_support():
    assert ("SUPPORT", ["FRA"], ["MAR"]) in _types("ودعمت فرنسا المغرب في ملف الهجرة.")


def test_a_body_s_session_and_a_press_conference_are_no_meeting():
    for text in ("وقال الرئيس الأمريكي في اجتماع لمجلس الأمن إن الصين لا تريد له الفوز.",
                 "وقال الحريري خلال مؤتمر صحافي مشترك مع المستشارة الألمانية أنجيلا ميركل إن لبنان ملتزم بالإصلاحات."):
        assert not [e for e in _types(text) if e[0] == "CONSULT"], text


def test_a_protest_s_purpose_is_no_condemnation():
    text = "تظاهر آلاف العراقيين، الجمعة، في بغداد، للتنديد مجددا بالفساد والمطالبة بالخدمات."
    types = _types(text)
    assert not [e for e in types if e[0] == "ACCUSE"]
    assert [e for e in types if e[0] == "PROTEST"]


def test_talks_and_hacking_talked_about_are_no_act_held_ones_are():
    for text in ("وأعربت الولايات المتحدة عن أملها في أن يتمكن الحلفاء الأوروبيون من إقناع إيران بالجلوس إلى طاولة المفاوضات.",
                 "قال الرئيس الفرنسي فرنسوا أولاند السبت إن عملية القرصنة الواسعة لوثائق فريق حملة المرشح إيمانويل ماكرون لن تبقى دون رد."):
        assert not [e for e in _types(text) if e[0] in ("CONSULT", "COERCE")], text
    assert ("CONSULT", ["IRN", "USA"], []) in _types("وأجرت إيران والولايات المتحدة مفاوضات مباشرة في مسقط.")
    assert ("COERCE", ["RUS"], ["UKR"]) in _types("وشنت روسيا هجمات إلكترونية على مواقع حكومية في أوكرانيا.")
