"""The learned reader of background acts (marsad.events.modality_model), on sentences the team
wrote."""
from datetime import date

import marsad
from marsad.events import modality_model
from marsad.ingest.article import RawArticle
from marsad.text.normalize import norm


def _analyze(text: str):
    return marsad.analyze(RawArticle(text="عنوان\n\n" + text, published=date(2018, 5, 13)), all_sections=True)


def _read(text: str) -> list[tuple[str, str, str, object]]:
    """(type, modality, modality cue, date) of each event."""
    return [(e.event_type, e.modality, e.coding["modality_cue"], (e.date or {}).get("value"))
            for e in _analyze(text).events]


# A lead sentence before the one read: the first sentence after the title is the news far more
# often than not, and since round 29 (threshold 0.7) the reader leaves it actual unless it is sure.
LEAD = "قال المسؤول إن الوضع مستقر.\n"


def test_the_shipped_model_says_how_it_was_trained():
    model = modality_model.load()
    assert 0 < model["threshold"] < 1 and len(model["weights"]) > 100
    assert model["trained_on"]["batches"] == "1-66" and 0 < model["trained_on"]["background"] < model["trained_on"]["events"]
    cv = model["cross_validated"]
    assert cv["folds"] == 5 and cv["with_model"]["accuracy"] > cv["rules"]["accuracy"]


def test_features_are_the_words_before_the_trigger_and_where_the_sentence_stands():
    seen = []
    modality_model.collector = lambda start, event_type, f: seen.append((event_type, f))
    try:
        _analyze("ويأتي ذلك بعد العقوبات التي فرضتها واشنطن على طهران.")
    finally:
        modality_model.collector = None
    [(event_type, f)] = seen
    assert event_type == "SANCTION"
    # the trigger is فرضتها, read in a relative clause about the sanctions (normalised forms)
    assert f["w-1=" + norm("التي")] == 1 and f["w-3=" + norm("بعد")] == 1 and f["w+1=" + norm("واشنطن")] == 1
    assert f["before=" + norm("بعد")] == 1 and f["open=" + norm("ويأتي")] == 1
    assert f["si=1"] == 1 and f["pos=past"] == 1 and f["how=relative"] == 1 and f["dated"] == 0.0


def test_an_act_the_news_came_after_is_background_and_takes_no_default_date():
    assert _read(LEAD + "ويأتي ذلك بعد العقوبات التي فرضتها واشنطن على طهران.") == [
        ("SANCTION", "historical", "learned", None)]
    # an accusation the tension rose after: rounds 46-49's reader leaned to background (0.69) but
    # stayed under the 0.7 a sentence after the lead needs; retrained on batches 1-66 (round 50)
    # it is sure enough (0.82), so the accusation is background and takes no default date
    text = LEAD + "وتصاعد التوتر بعد اتهام الولايات المتحدة لروسيا بالتدخل في الانتخابات."
    scores = []
    modality_model.collector = lambda start, event_type, f: scores.append(modality_model.probability(f, modality_model.load()))
    try:
        _analyze(text)
    finally:
        modality_model.collector = None
    assert modality_model.load()["threshold"] <= scores[0] < 0.9
    assert _read(text) == [("ACCUSE", "historical", "learned", None)]


def test_the_news_itself_stays_actual_with_the_publication_date():
    for lead in ("", LEAD):
        assert _read(lead + "اعتقلت الشرطة التونسية ثلاثة أشخاص في قابس.") == [("COERCE", "actual", "", "2018-05-13")]
        assert _read(lead + "دعا الرئيس الفرنسي إيران إلى احترام الاتفاق النووي.") == [("REQUEST", "actual", "", "2018-05-13")]


def test_cues_come_first():
    # the model only reads acts the rules leave actual by default
    assert _read("وكانت إسرائيل قد قصفت مواقع في سوريا.") == [("ASSAULT", "historical", "وكانت إسرائيل قد", None)]
    assert [(t, m) for t, m, _, _ in _read("ولم تعتقل الشرطة التونسية أحدا بعد الهجوم.")] in ([], [("COERCE", "negated")])
