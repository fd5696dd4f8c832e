"""The NER tagger reads the lexicon snapshot trained with it, not the live lexicons."""
from __future__ import annotations

import gzip
import json

import pytest

from marsad.errors import InputError
from marsad.ner import lexicons
from marsad.ner.features import Featurizer
from marsad.ner.silver import SILVER_FILE
from marsad.ner.train import META_FILE


def test_shipped_model_and_silver_lexicon_were_built_on_the_shipped_snapshot():
    recorded = json.loads(META_FILE.read_text(encoding="utf-8"))["lexicons_sha256"]
    assert recorded == lexicons.digest(), "snapshot retaken without rebuilding: run marsad.ner.silver and ner train"
    with gzip.open(SILVER_FILE, "rt", encoding="utf-8") as fh:
        assert f"lexicons sha256 {recorded}" in fh.readline()


def test_snapshot_round_trip_is_byte_stable(tmp_path):
    snap = lexicons.take()
    a, b = tmp_path / "a.json.gz", tmp_path / "b.json.gz"
    assert lexicons.write(snap, a) == lexicons.write(snap, b)
    assert a.read_bytes() == b.read_bytes()
    built = lexicons.build(json.loads(gzip.open(a, "rt", encoding="utf-8").read()))
    from marsad.ner.features import as_tokens

    m = built.gazetteer.match_at(as_tokens(["وفرنسا"]), 0)  # through the clitic
    assert m is not None and m.value == "country"
    assert "قال" in built.speech_verbs


def test_features_follow_the_snapshot(monkeypatch):
    snap = {"gazetteer": {"زنبقستان": "country"}, "roles": {"وزير": "person"},
            "function_words": ["في"], "lexical_words": ["زار"], "speech_verbs": ["قال"]}
    monkeypatch.setattr(lexicons, "shipped", lambda: lexicons.build(snap))
    feats = Featurizer().sentence(["زار", "وزير", "زنبقستان", "الرباط"])
    assert "lex" in feats[0]
    assert "rB=person" in feats[1]
    assert "gB=country" in feats[2] and "after_role=person" in feats[2]
    # the live gazetteer knows الرباط; this snapshot does not, so no mark
    assert not any(f.startswith("gB=") for f in feats[3])


def test_missing_snapshot_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setattr(lexicons, "LEXICONS_FILE", tmp_path / "none.json.gz")
    lexicons.shipped.cache_clear()
    try:
        with pytest.raises(InputError, match="python -m marsad.ner.lexicons"):
            lexicons.shipped()
    finally:
        monkeypatch.undo()
        lexicons.shipped.cache_clear()
