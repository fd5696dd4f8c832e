"""The learned chooser of a doer the argument rules do not find (marsad.events.actor_model),
on sentences the team wrote."""
from datetime import date

import marsad
from marsad.events import actor_model
from marsad.ingest.article import RawArticle


def _events(text: str):
    doc = marsad.analyze(RawArticle(text="عنوان\n\n" + text, published=date(2018, 5, 13)), all_sections=True)
    return [(e.event_type, sorted(r["country"] or "?" for r in e.actor), sorted(r["country"] or "?" for r in e.recipient),
             e.coding["actor_rule"]) for e in doc.events]


def test_the_shipped_model_says_how_it_was_trained():
    model = actor_model.load()
    assert 0 < model["threshold"] < 1 and len(model["weights"]) > 100
    assert model["trained_on"]["batches"] == "1-66" and model["trained_on"]["right"] > 0
    cv = model["cross_validated"]
    assert cv["folds"] == 5 and {"tp", "fp", "fn", "f1"} <= set(cv["with_chooser"])


def test_a_call_with_its_speaker_in_the_sentence_before():
    # «وطالب» names no subject: the president who spoke in the sentence before made the call
    text = "أعرب الرئيس التونسي عن قلقه من تطورات الوضع في ليبيا. وطالب بوقف إطلاق النار فورا بين الأطراف الليبية."
    assert ("REQUEST", ["TUN"], ["LBY"], "learned") in _events(text)


def test_rules_come_first_and_verdicts_get_no_guessed_speaker():
    # a subject the rules find is kept
    assert _events("وطالب الرئيس التونسي بوقف إطلاق النار فورا بين الأطراف الليبية.")[0][3] == "subject"
    # a verdict with no speaker is the outlet's wording, not a party's rejection
    assert not [e for e in _events("وتضمن البيان السعودي مزاعم واهية.") if e[0] == "REJECT"]


def _candidates(text: str) -> dict[str, list[tuple[str, list[str], bool]]]:
    """The doer candidates of each trigger left without a doer: (text, countries, homeless)."""
    seen = {}
    actor_model.collector = lambda doc, t0, form, cands: seen.setdefault(doc.tokens[t0].text, [
        (doc.text[doc.tokens[g.first].start:doc.tokens[g.last - 1].end], sorted(c), "homeless" in f)
        for g, f, c in cands])
    try:
        marsad.analyze(RawArticle(text="عنوان\n\n" + text, published=date(2018, 5, 13)), all_sections=True)
    finally:
        actor_model.collector = None
    return seen


TUNISIA = "شهدت ولاية صفاقس التونسية حملة مداهمات واسعة. "


def test_a_body_of_no_stated_country_stands_for_the_home_country():
    # in an article about Tunisia the guard is Tunisia's; the five members of the cell, unnamed
    # people, are no candidate doer
    text = TUNISIA + "وتمكنت فرقة الأبحاث للحرس الوطني بصفاقس من تفكيك خلية إرهابية تتكون من 5 أشخاص."
    assert _candidates(text)["تفكيك"] == [("للحرس الوطني", ["TUN"], True)]
    assert ("COERCE", ["TUN"], ["TUN"], "learned") in _events(text)  # a cell at home: Tunisia's
    # with no country the article is about, nothing stands in
    assert _candidates("وتمكنت فرقة الأبحاث للحرس الوطني من تفكيك خلية إرهابية تتكون من 5 أشخاص.")["تفكيك"] == []


def test_a_party_of_a_stated_country_outranks_a_stand_in():
    text = TUNISIA + "وتمكنت فرقة الأبحاث للحرس الوطني بصفاقس من تفكيك خلية إرهابية بالتنسيق مع السلطات الجزائرية."
    assert _candidates(text)["تفكيك"] == [("السلطات الجزائرية", ["DZA"], False)]


def test_probability_is_a_probability_for_any_score():
    model = {"intercept": -1e6, "threshold": 0.4, "weights": {"x": 2e6}}
    assert actor_model.probability({}, model) == 0.0
    assert actor_model.probability({"x": 1}, model) == 1.0
    assert 0 < actor_model.probability({"T=REQUEST": 1}) < 1
