"""End to end on the team's twelve articles, one event type each (tests/articles/).

What is expected of each is in tests/articles/expected.json (written to PLOVER and
DESIGN.md by a coder reading the article, revised where noted); tests/articles_check.py
compares marsad's reading with it and lists every difference.
"""
import pytest

from articles_check import analyze, load, report

CASES = load()


def test_there_are_twelve_articles_of_different_types():
    assert len(CASES) >= 10
    main_types = {c["events"][0]["event_type"] for c in CASES}
    assert len(main_types) >= 9


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_article(case):
    assert report(case) == []


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_distractors_never_actual(case):
    doc = analyze(case)
    actual = [e for e in doc.events if e.modality == "actual"]
    for bad in case.get("not_events", []):
        assert not any(e.event_type == bad["event_type"] and bad["sentence_contains"] in e.evidence.sentence
                       for e in actual), bad["why"]
