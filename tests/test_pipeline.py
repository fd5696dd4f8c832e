"""The Python API: marsad.analyze(...) -> Document, its JSON record, and bad input."""
import json
from datetime import date

import pytest

import marsad
from marsad.ingest import RawArticle

TEXT = "الرباط تستقبل وزير الخارجية الإسباني\n\nاستقبل وزير الخارجية المغربي ناصر بوريطة، أمس الثلاثاء في الرباط، نظيره الإسباني خوسيه مانويل ألباريس."


def test_analyze_returns_a_json_serialisable_document():
    doc = marsad.analyze(TEXT, published="2025-03-12", url="https://example.org/a")
    assert isinstance(doc, marsad.Document)
    assert doc.published == date(2025, 3, 12) and doc.url == "https://example.org/a"
    record = json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))
    assert record["title"] == "الرباط تستقبل وزير الخارجية الإسباني"
    assert record["published"] == "2025-03-12"
    [event] = record["events"]
    assert set(event) >= {"id", "doc_id", "event_type", "mode", "cameo", "context", "actor", "recipient",
                          "date", "location", "modality", "evidence", "confidence"}
    assert event["doc_id"] == record["id"] and event["id"].startswith(record["id"])
    assert "tokens" not in record and "tokens" in doc.to_dict(with_tokens=True)


def test_ids_are_stable():
    assert marsad.analyze(TEXT).id == marsad.analyze(TEXT).id
    assert marsad.analyze(TEXT).id != marsad.analyze(TEXT + " وأضاف.").id


def test_every_offset_points_into_the_text():
    doc = marsad.analyze(TEXT, published="2025-03-12")
    for span in doc.entities + doc.dates + doc.places:
        assert doc.text[span.start:span.end] == span.text
    for e in doc.events:
        for ev in e.mentions:
            assert doc.text[ev.start:ev.end] == ev.sentence
            assert doc.text[ev.trigger_start:ev.trigger_end] == ev.trigger
    for a in doc.actors:
        assert all(0 <= s < t <= len(doc.text) for s, t in a.mentions)


def test_raw_article_with_known_title():
    raw = RawArticle(text="اعتقلت الشرطة التونسية خمسة مهربين في صفاقس.", title="اعتقالات في صفاقس",
                     published=date(2025, 1, 5), format="jsonl")
    doc = marsad.analyze(raw)
    assert doc.title == "اعتقالات في صفاقس" and doc.published == date(2025, 1, 5)
    assert [e.event_type for e in doc.events] == ["COERCE"]


@pytest.mark.parametrize("text, message", [
    ("", "no article text"),
    ("   \n\n  ", "no article text"),
    ("This is an English news story about a meeting in Rabat.", "not Arabic"),
])
def test_bad_text_is_refused(text, message):
    with pytest.raises(marsad.InputError, match=message):
        marsad.analyze(text)


def test_bad_publication_date_and_language():
    with pytest.raises(marsad.InputError, match="YYYY-MM-DD"):
        marsad.analyze(TEXT, published="12/03/2025")
    with pytest.raises(marsad.InputError, match="not supported"):
        marsad.analyze(TEXT, lang="fr")
