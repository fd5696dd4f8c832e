"""Event push, round 39 (see the README): Tunisia's national organisations and parties, and
parties and forces of other states, are in the gazetteer with their country (اعتبر الاتحاد العام
التونسي للشغل …); الجبهة الشعبية is the Tunisian Popular Front in an article about Tunisia and
PFLP in one about Palestine. A summit or a negotiation whose doer is found only after the
argument rules (the speaker, the decider) makes its مع-party a co-actor, as it does when the doer
stands by the noun (قال ترامب إنه قد يؤجل القمة المرتقبة مع كيم)."""
import pytest
from coded import coded

import marsad


def _types(text):
    return [(t, a, r) for t, a, r, _, _ in coded("عنوان\n\n" + text)]


def _org(text, name):
    doc = marsad.analyze("عنوان\n\n" + text, published="2018-05-01", all_sections=True)
    return next((e.key, e.country) for e in doc.entities if e.text == name)


@pytest.mark.parametrize("text, expected", [
    # a national organisation named bare acts for its country
    ("وانتقد الاتحاد العام التونسي للشغل قرار وزارة التربية.", ("ACCUSE", ["TUN"], ["None"])),
    ("وطالبت هيئة الحقيقة والكرامة بتمديد عملها.", ("REQUEST", ["TUN"], ["TUN"])),
    ("وأعلن حزب الشعب الجمهوري رفضه نتائج الانتخابات التركية.", ("REJECT", ["TUR"], ["TUR"])),
    ("وقصفت ألوية العمالقة مواقع الحوثيين في مدينة الحديدة.", ("ASSAULT", ["YEM"], ["YEM"])),
])
def test_named_organisations_act_for_their_country(text, expected):
    assert _types(text) == [expected]


def test_the_popular_front_is_read_by_the_country_the_article_is_about():
    tunis = "وانتقدت الجبهة الشعبية في تونس قرار الحكومة التونسية رفع الأسعار."
    gaza = "وانتقدت الجبهة الشعبية في غزة قرار السلطات الإسرائيلية إغلاق المعبر."
    assert _org(tunis, "الجبهة الشعبية") == ("org:FRONT-TUN", "TUN")
    assert _org(gaza, "الجبهة الشعبية") == ("org:PFLP", "PSE")


@pytest.mark.parametrize("text, expected", [
    # the speaker found only by the later rules meets the مع-party: both are actors
    ("قال الرئيس الأمريكي دونالد ترامب إنه من المحتمل تأجيل القمة المرتقبة مع زعيم كوريا الشمالية كيم جونغ-أون.",
     ("CONSULT", ["PRK", "USA"], [])),
])
def test_a_summit_with_a_party_is_held_by_both(text, expected):
    assert expected in _types(text)


def test_a_plural_nationality_after_a_full_name_is_people_not_an_adjective():
    # the Secretary-General is no Palestinian: the Palestinians and the Israelis are whom he calls on
    got = _types("دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش الفلسطينيين والإسرائيليين إلى تفادي نزاع جديد.")
    assert got == [("REQUEST", ["None"], ["ISR", "PSE"])]
    # a coordinated title with no name keeps its dual nationality
    got = _types("فرضت وزارة الخزانة الأميركية عقوبات على وزير العدل والداخلية التركيين.")
    assert got == [("SANCTION", ["USA"], ["TUR"])]
