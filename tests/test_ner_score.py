"""CoNLL entity-level scoring on hand-made sequences (conlleval's edge cases)."""
from __future__ import annotations

import pytest

from marsad.ner.score import chunks, report, score


def test_chunks_decode_like_conlleval():
    assert chunks(["B-PERS", "I-PERS", "O", "B-LOC"]) == [(0, 2, "PERS"), (3, 4, "LOC")]
    # an I- after O starts an entity; an I- of another type too
    assert chunks(["O", "I-ORG", "I-ORG"]) == [(1, 3, "ORG")]
    assert chunks(["B-PERS", "I-LOC"]) == [(0, 1, "PERS"), (1, 2, "LOC")]
    # B- after B- of the same type: two entities
    assert chunks(["B-LOC", "B-LOC"]) == [(0, 1, "LOC"), (1, 2, "LOC")]
    # an entity running to the end of the sentence
    assert chunks(["O", "B-MISC", "I-MISC"]) == [(1, 3, "MISC")]
    assert chunks(["I-PERS"]) == [(0, 1, "PERS")]
    assert chunks([]) == []
    assert chunks(["O", "junk", "O"]) == []


def test_exact_span_and_type():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC", "O"], ["B-ORG", "I-ORG", "I-ORG"]]
    pred = [["B-PERS", "O", "O", "B-LOC", "O"], ["B-ORG", "I-ORG", "I-ORG"]]
    s = score(gold, pred)
    assert (s.micro.tp, s.micro.pred, s.micro.gold) == (2, 3, 3)
    assert s.by_type["PERS"].tp == 0 and s.by_type["PERS"].pred == 1
    assert s.by_type["LOC"].f1 == 1.0
    assert s.micro.precision == pytest.approx(2 / 3)
    assert s.micro.recall == pytest.approx(2 / 3)
    # wrong type, right span: counts as a miss and a false positive
    s = score([["B-PERS"]], [["B-LOC"]])
    assert s.micro.f1 == 0.0 and s.by_type["LOC"].pred == 1 and s.by_type["PERS"].gold == 1


def test_ill_formed_prediction_scored_as_conlleval_would():
    # gold B-PERS I-PERS; predicted I-PERS I-PERS is decoded as one PERS entity: a hit
    s = score([["B-PERS", "I-PERS"]], [["I-PERS", "I-PERS"]])
    assert s.micro.f1 == 1.0


def test_no_entities_and_length_mismatch():
    s = score([["O", "O"]], [["O", "O"]])
    assert s.micro.f1 == 0.0 and s.accuracy == 1.0
    with pytest.raises(ValueError):
        score([["O"]], [["O", "O"]])


def test_report_has_every_type_and_micro():
    s = score([["B-PERS", "O", "B-LOC"]], [["B-PERS", "O", "O"]])
    text = report(s)
    assert "PERS" in text and "LOC" in text and "micro" in text
    assert "1.0000" in text  # PERS precision
