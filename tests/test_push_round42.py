"""Round 42 (see the README): a summons for questioning (استدعت الشرطة … للتحقيق، تستدعي …
بمذكرة) is an investigation, ACCUSE/investigate, done at home; summoning an ambassador stays a
diplomatic protest at the envoy's country, and a summons to testify or an exam's convocation is
no investigation."""
from coded import coded


def _accusations(text):
    return [(a, r) for t, a, r, *_ in coded("عنوان\n\n" + text) if t == "ACCUSE"]


def test_a_summons_for_questioning_is_an_investigation_at_home():
    text = "استدعت الشرطة النيجيرية الأحد رئيس مجلس الشيوخ للتحقيق، بعدما أفاد أفراد في عصابة بتورطه في عمليات سطو."
    assert (["NGA"], ["NGA"]) in _accusations(text)


def test_summoning_an_ambassador_stays_a_protest_at_his_country():
    assert _accusations("واستدعت وزارة الخارجية المغربية السفير الجزائري في الرباط.") == [(["MAR"], ["DZA"])]


def test_a_summons_to_testify_or_to_an_exam_is_no_investigation():
    for text in ("الكونغرس يستدعي رجل الأعمال للشهادة حول اختراق الموقع.",
                 "وشددت الوزارة اجراءات مراقبة هوية المترشحين من خلال تثبيت صورة المترشح على استدعاء الباكالوريا."):
        assert _accusations(text) == [], text
