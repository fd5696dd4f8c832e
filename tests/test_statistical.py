"""The NER model in `marsad analyze`: it adds the names the rules do not know, the rules keep
the ones they know (with their codes), and each entity says where it came from."""
import marsad

ARTICLE = ("اتفاق بين بلدية صفاقس ومؤسسة تونسية\n\n"
           "وقعت بلدية صفاقس اتفاقية مع مؤسسة للتنمية لتمويل مشاريع في المدينة. "
           "ويرى هشام الطرابلسي، وهو خبير اقتصادي، أن الاتفاق سيخلق وظائف كثيرة.")


def test_model_adds_an_unknown_person_and_rules_keep_known_places():
    doc = marsad.analyze(ARTICLE, published="2025-02-03")
    by_text = {e.text: e for e in doc.entities}
    person = by_text["هشام الطرابلسي"]
    assert (person.label, person.kind, person.source) == ("PERS", "person", "model")
    city = by_text["صفاقس"]
    assert city.source == "gazetteer" and city.country == "TUN"
    # no model entity overlaps a rule-based one
    rules = [e for e in doc.entities if e.source != "model"]
    for m in (e for e in doc.entities if e.source == "model"):
        assert not any(m.start < r.end and r.start < m.end for r in rules), m.text
    assert any(e["source"] == "model" for e in doc.to_dict()["entities"])


def test_a_conjunction_glued_to_a_known_name_is_not_part_of_it():
    from marsad.entities.statistical import _without_conjunction
    assert _without_conjunction(10, "وعشماوي", {"عشماوي"}) == 11  # the name stands alone elsewhere
    assert _without_conjunction(10, "وليد", {"ليد"}) == 10  # too short to be و + a name
    assert _without_conjunction(10, "وائلي", set()) == 10  # never seen without و: keep it
    assert _without_conjunction(10, "والمغرب", set()) == 11  # و + article: never a name
