"""Event push, round 31 (see the README): طرد is an expulsion only of people (migrants, nationals,
a journalist: the words the deportation row requires), not a dismissal from office or a parcel
(الطرد البريدي); and «غير قانوني» is no verdict — told as a manner (بشكل غير قانوني) far more often
than as what a party holds another's act to be."""
from coded import coded


def test_expelling_people_is_coercion():
    got = coded("عنوان\n\nوطردت السلطات الإيطالية، الأحد، 20 مهاجرا تونسيا.")
    assert [(t, a, r) for t, a, r, _, _ in got] == [("COERCE", ["ITA"], ["TUN"])], got


def test_dismissing_an_official_is_no_expulsion():
    got = coded("ترامب يطرد نائب مدير مكتب التحقيقات الفدرالي السابق\n\nقال البيت الأبيض إن القرار نهائي.")
    assert not [e for e in got if e[0] == "COERCE"], got


def test_an_unlawful_manner_is_no_verdict():
    got = coded("عنوان\n\nوحكم القضاء الأرجنتيني على ماتياس ميسي بتهمة حيازة سلاح ناري بشكل غير قانوني.")
    assert not [e for e in got if e[0] == "ACCUSE"], got
