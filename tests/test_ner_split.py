"""The CAMeL Lab split of ANERcorp, rebuilt from ../shared/data (skipped when absent)."""
from __future__ import annotations

from pathlib import Path

import pytest

from marsad.ner.camel_split import TAGS, fix_tag, load_split, sentences, split
from marsad.ner.score import chunks

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ner" / "anercorp" / "ANERCorp"


@pytest.fixture(scope="module")
def camel_split():
    if not CORPUS.is_file():
        pytest.skip(f"ANERcorp not available at {CORPUS} (../shared/data is a development folder)")
    return load_split(CORPUS)


def test_test_part_starts_at_the_published_boundary(camel_split):
    train, test = camel_split
    assert " ".join(w for w, _ in test[0][:8]) == "المفرق - غيث الطراونة - أمر جلالة الملك"
    assert train[-1][-1][0] == "."


def test_split_counts(camel_split):
    train, test = camel_split
    assert (len(train), sum(map(len, train))) == (3894, 125084)
    assert (len(test), sum(map(len, test))) == (918, 25007)
    # entities as the scorer counts them, sentence by sentence
    assert sum(len(chunks([t for _, t in s])) for s in test) == 2221


def test_tags_and_tokens_are_clean(camel_split):
    train, test = camel_split
    tags = {t for s in train + test for _, t in s}
    assert tags <= set(TAGS) and len(tags) == 9
    words = [w for s in train + test for w, _ in s]
    assert not any(w.strip("\u200f") == "" for w in words)
    assert "·" not in words and "•" not in words


def test_tag_fixes():
    assert fix_tag("B-PER") == "B-PERS"
    assert fix_tag("i-loc") == "I-LOC"
    assert fix_tag("B-MIS") == "B-MISC"
    assert fix_tag("I-PERS") == "I-PERS"
    assert fix_tag("X") == "O"


def test_sentences_end_after_runs_of_dots_and_split_keeps_whole_sentences():
    toks = [("أ", "O"), (".", "O"), (".", "O"), ("ب", "B-LOC"), (".", "O"), ("ج", "O")]
    sents = sentences(toks)
    assert [len(s) for s in sents] == [3, 2, 1]
    train, test = split([[("w", "O")] * 5] * 6)
    assert (len(train), len(test)) == (5, 1)
