"""Event push, round 50 (see the README): advice is a call (نصح); an envoy's summons is done to
the envoy named after it, and recalling one's own ambassador (استدعاء سفيرها) is a sanction; a
launch of rockets at someone (إطلاق صواريخ على) is an attack by whoever launched them; a news
outlet is no party the recipient chooser may name; the phrase matcher skips the words that start
no phrase without changing what it finds."""
from datetime import date

import marsad
from marsad.doc import Token
from marsad.ingest.article import RawArticle
from marsad.text.matcher import PhraseMatcher
from marsad.text.normalize import norm
from marsad.text.tokens import tokenize


def _code(text: str) -> list[tuple]:
    doc = marsad.analyze(RawArticle(text="عنوان\n\n" + text, published=date(2018, 5, 15)), all_sections=True)
    return [(e.event_type, sorted(str(r["country"]) for r in e.actor), sorted(str(r["country"]) for r in e.recipient),
             e.evidence.trigger) for e in doc.events]


def test_advising_people_is_a_call():
    got = _code("ونصحت الشرطة البريطانية السكان بالابتعاد عن المنطقة بعد حادث كبير في مدينة ليستر.")
    assert ("REQUEST", ["GBR"], ["GBR"], "نصحت") in got, got


def test_a_summoned_envoy_is_acted_on_not_the_doer():
    got = _code("وأعلنت لندن استدعاء السفير الروسي، على خلفية الحادثة.")
    assert ("ACCUSE", ["GBR"], ["RUS"], "استدعاء") in got, got


def test_recalling_ones_own_ambassador_is_a_sanction():
    got = _code("وكانت أنقرة أعلنت قبل ذلك استدعاء سفيرها في إسرائيل من أجل التشاور.")
    assert ("SANCTION", ["TUR"], ["ISR"], "استدعاء") in got, got
    assert not any(e[0] == "ACCUSE" for e in got), got


def test_a_launch_of_rockets_at_someone_is_an_attack_by_the_launcher():
    got = _code("أدانت قطر، الاثنين، إطلاق جماعة الحوثي لصواريخ صوب السعودية.")
    assert ("ASSAULT", ["YEM"], ["SAU"], "إطلاق") in got, got
    got = _code("وجاءت الضربات ردا على إطلاق صواريخ من سوريا على قواعد عسكرية إسرائيلية في مرتفعات الجولان.")
    assert ("ASSAULT", ["SYR"], ["ISR"], "إطلاق") in got, got


def test_a_launch_at_no_one_is_no_attack():
    # a test launch, a failed one: nothing is aimed at anyone
    assert not any(e[0] == "ASSAULT" for e in _code("وأعلنت كوريا الشمالية نجاح تجربة إطلاق صاروخ باليستي جديد.")), \
        _code("وأعلنت كوريا الشمالية نجاح تجربة إطلاق صاروخ باليستي جديد.")
    assert not any(e[0] == "ASSAULT" for e in _code("الجيش الأميركي يفشل في إطلاق صاروخ عابر للقارات."))


def test_a_news_agency_is_no_one_a_threat_is_aimed_at():
    got = _code("وأفادت وكالة أسوشيتد برس بأن ميليشيات الحشد الشعبي العراقية هددت بالرد.")
    assert not any(e[0] == "THREATEN" and "USA" in e[2] for e in got), got


def _naive(matcher: PhraseMatcher, tokens: list[Token]) -> list[tuple[int, int, str]]:
    out, i = [], 0
    while i < len(tokens):
        m = matcher.match_at(tokens, i)
        if m is None:
            i += 1
        else:
            out.append((m.first, m.last, m.value))
            i = m.last
    return out


def test_the_matcher_finds_what_a_match_at_every_word_finds():
    phrases = {"المغرب": "MAR", "الأمم المتحدة": "UN", "وزير الداخلية": "role", "وزير": "minister"}
    matcher = PhraseMatcher({tuple(norm(w) for w in k.split()): v for k, v in phrases.items()})
    text = ("زار وزير الداخلية الفرنسي المغرب، والتقى بوزير الداخلية المغربي قبل اجتماع في الأمم "
            "المتحدة مع وزير. وللمغرب دور، والأمم")
    tokens = tokenize(text)
    got = [(m.first, m.last, m.value) for m in matcher.find_all(tokens)]
    assert got == _naive(matcher, tokens)
    assert [v for _, _, v in got] == ["role", "MAR", "role", "UN", "minister", "MAR"]
