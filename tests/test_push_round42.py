"""Round 42 (see the README): a summons for questioning (استدعت الشرطة … للتحقيق، تستدعي …
بمذكرة) is an investigation, ACCUSE/investigate, done at home; summoning an ambassador stays a
diplomatic protest, and a summons to testify or an exam's convocation is no investigation."""
import marsad


def _events(text):
    doc = marsad.analyze("عنوان\n\n" + text, published="2018-05-16", all_sections=True)
    return [(e.event_type, e.mode, [r["country"] for r in e.actor], [r["country"] for r in e.recipient])
            for e in doc.events]


def test_a_summons_for_questioning_is_an_investigation():
    text = "استدعت الشرطة النيجيرية الأحد رئيس مجلس الشيوخ للتحقيق، بعدما أفاد أفراد في عصابة بتورطه في عمليات سطو."
    assert ("ACCUSE", "investigate", ["NGA"], ["NGA"]) in _events(text)


def test_summoning_an_ambassador_stays_a_protest():
    text = "واستدعت وزارة الخارجية المغربية السفير الجزائري في الرباط."
    events = _events(text)
    assert any(t == "ACCUSE" and m == "disapprove" for t, m, _, _ in events)
    assert not any(m == "investigate" for _, m, _, _ in events)


def test_a_summons_to_testify_or_to_an_exam_is_no_investigation():
    for text in ("الكونغرس يستدعي رجل الأعمال للشهادة حول اختراق الموقع.",
                 "وشددت الوزارة اجراءات مراقبة هوية المترشحين من خلال تثبيت صورة المترشح على استدعاء الباكالوريا."):
        assert not any(m == "investigate" for _, m, _, _ in _events(text)), text
