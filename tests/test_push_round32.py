"""Event push, round 32 (see the README): reaching an agreement (توصل إلى اتفاق) is the
agreement of those who reached it — توصل is a light verb; under the article (يأمل في التوصل
إلى اتفاق, سعيا للتوصل) a verb form is an aim, and lends the noun no doer."""
from coded import coded


def test_reaching_an_agreement_is_agreeing():
    got = coded("عنوان\n\nوكانت تركيا والولايات المتحدة توصلت لاتفاق، في يونيو الماضي، بشأن منبج.")
    assert [(t, a, r) for t, a, r, _, _ in got] == [("AGREE", ["TUR", "USA"], [])], got


def test_hoping_to_reach_an_agreement_is_no_agreement():
    for text in ("وتسعى بريطانيا إلى التوصل لاتفاق مع الاتحاد الأوروبي.",
                 "ونادرا ما تقر اسرائيل بالتوصل إلى أي اتفاق مع حماس."):
        got = coded("عنوان\n\n" + text)
        assert not [e for e in got if e[0] == "AGREE"], (text, got)
