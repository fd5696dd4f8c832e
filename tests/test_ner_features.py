"""Token features: deterministic, and carrying the lexicon cues the tagger relies on."""
from __future__ import annotations

from marsad.ner.document import add_document_features, name_key
from marsad.ner.features import Featurizer, token_kind

SENT = "وقال وزير الخارجية الجزائري أحمد عطاف إن الجزائر والأمم المتحدة تدعمان الحوار .".split()


def test_features_are_deterministic_and_cached_consistently():
    a = Featurizer().sentence(SENT)
    b = Featurizer().sentence(SENT)
    warm = Featurizer()
    warm.sentence(SENT[::-1])  # fill the per-word cache in another order first
    assert a == b == warm.sentence(SENT)
    assert len(a) == len(SENT)


def test_word_shape_affixes_and_windows():
    f = Featurizer().sentence(SENT)
    i = SENT.index("أحمد")
    assert "w=أحمد" in f[i] and "n=احمد" in f[i]
    assert "p2=اح" in f[i] and "s2=مد" in f[i]
    assert "k=word" in f[i]
    assert "-1:n=الجزايري" in f[i] and "1:n=عطاف" in f[i]
    assert "-1:BOS" in f[0] and "1:EOS" in f[-1]
    assert token_kind("2025") == "num" and token_kind("IBM") == "latin" and token_kind("،") == "punct"


def test_lexicon_marks_gazetteer_roles_and_title_cue():
    f = Featurizer().sentence(SENT)
    at = {w: feats for w, feats in zip(SENT, f)}
    assert "gB=country" in at["الجزائر"]
    assert "gB=org" in at["والأمم"] and "gI=org" in at["المتحدة"]
    assert "gB=nationality" in at["الجزائري"]
    assert "rB=person" in at["وزير"] and "rI=person" in at["الخارجية"]
    # TITLE NATIONALITY NAME: the title cue reaches the name over the adjective
    assert "after_role=person" in at["أحمد"]
    assert "fw" in at["إن"]
    assert "say" in at["وقال"] and "-1:say" in at["وزير"]


def test_clitic_stems_and_document_key():
    f = Featurizer().sentence(["وبيروت"])
    assert "st=بيروت" in f[0]
    assert name_key("وعرفات") == "عرفات" and name_key("عرفات") == "عرفات"


def test_document_features_see_other_sentences_only():
    sents = [["قال", "عرفات", "."], ["وعرفات", "هنا", "."]]
    feats = [[[] for _ in s] for s in sents]
    first = [["O", "B-PERS", "O"], ["O", "O", "O"]]
    add_document_features(feats, sents, first, window=5)
    assert "dmaj=PERS" in feats[1][0]  # the repeat learns from the first mention
    assert not any(x.startswith("dmaj") for x in feats[0][1])  # nothing else says PERS about it
    assert "s1=B-PERS" in feats[0][1] and "s1-1=B-PERS" in feats[0][2] and "s1+1=EOS" in feats[0][2]
