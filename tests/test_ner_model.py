"""The shipped NER tagger: it loads fast, tags sentences the team wrote, and `marsad ner tag`
keeps its one-token-per-line format. The score on the real test split is checked too
(skipped when ../shared/data is absent)."""
from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest

from marsad.errors import InputError
from marsad.ner import model
from marsad.ner.train import META_FILE, run_tag

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ner" / "anercorp" / "ANERCorp"


def entities(words: list[str], tags: list[str]) -> dict[str, str]:
    return {" ".join(words[a:b]): t for a, b, t in model.spans(words, tags)}


def test_model_loads_quickly():
    t = time.perf_counter()
    tagger = model.Tagger()
    tagger.tag(["قال", "الرئيس"])
    assert time.perf_counter() - t < 2.0  # < 1 s on a laptop; generous for loaded CI machines
    assert sum(f.stat().st_size for f in tagger.files()) < 30e6


def test_person_country_and_organisation_in_a_sentence_we_wrote():
    words = ("وقال وزير الخارجية الجزائري أحمد عطاف إن الجزائر تدعم جهود الأمم المتحدة "
             "في ليبيا .").split()
    ents = entities(words, model.tag(words))
    assert ents.get("أحمد عطاف") == "PERS"
    assert ents.get("الجزائر") == "LOC"
    assert ents.get("ليبيا") == "LOC"
    assert ents.get("الأمم المتحدة") == "ORG"


def test_unknown_name_after_a_title_and_a_reporting_verb():
    words = "وأكد رئيس الوزراء التونسي كمال المدوري أن الحكومة ماضية في الإصلاحات .".split()
    ents = entities(words, model.tag(words))
    assert ents.get("كمال المدوري") == "PERS"
    assert ents.get("التونسي") != "PERS"


def test_a_repeated_name_in_a_document():
    doc = [
        "واستقبل الرئيس الموريتاني محمد ولد الغزواني في نواكشوط وفدا من البنك الدولي .".split(),
        "وبحث الغزواني مع الوفد مشاريع التنمية .".split(),
    ]
    tags = model.tag_sentences(doc)
    assert entities(doc[0], tags[0]).get("نواكشوط") == "LOC"
    assert entities(doc[1], tags[1]).get("الغزواني") == "PERS"


def test_tags_are_well_formed_and_spans_match_them():
    words = "أعلنت شركة أرامكو السعودية عن أرباح قياسية في الرياض .".split()
    tags = model.tag(words)
    assert len(tags) == len(words)
    assert set(tags) <= {"O"} | {f"{p}-{t}" for p in "BI" for t in ("PERS", "LOC", "ORG", "MISC")}
    assert model.tag([]) == []
    with pytest.raises(ValueError):
        model.spans(["a"], [])


def test_run_tag_round_trip(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text("قال\nالرئيس\nالفرنسي\nإيمانويل\nماكرون\n.\n\n\nزار\nبيروت\n.\n", encoding="utf-8")
    out = io.StringIO()
    assert run_tag(str(src), out) == 0
    lines = out.getvalue().split("\n")
    assert lines[-1] == ""
    body = lines[:-1]
    assert len(body) == 11  # 9 tokens + the two blank lines kept
    assert body[6] == "" and body[7] == ""
    toks = [ln.split(" ") for ln in body if ln]
    assert [t[0] for t in toks] == ["قال", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", ".", "زار", "بيروت", "."]
    tags = dict(toks)
    assert tags["إيمانويل"] == "B-PERS" and tags["ماكرون"] == "I-PERS"
    assert tags["بيروت"] == "B-LOC"
    # a line with a tag already (a gold file) is read as its token
    src.write_text("بيروت B-LOC\n", encoding="utf-8")
    out = io.StringIO()
    run_tag(str(src), out)
    assert out.getvalue() == "بيروت B-LOC\n"


@pytest.mark.parametrize("content, message", [
    (b"", "no tokens"),
    (b"\n\n", "no tokens"),
    (b"\xff\xfe\x00a", "not UTF-8"),
    ("كلمة واحدة أكثر\n".encode(), "line 1"),
])
def test_run_tag_bad_input(tmp_path, content, message):
    src = tmp_path / "bad.txt"
    src.write_bytes(content)
    with pytest.raises(InputError, match=message) as err:
        run_tag(str(src), io.StringIO())
    assert "\n" not in str(err.value)
    with pytest.raises(InputError, match="cannot read"):
        run_tag(str(tmp_path / "missing.txt"), io.StringIO())


def test_eval_on_the_test_split_reaches_the_recorded_score():
    if not CORPUS.is_file():
        pytest.skip(f"ANERcorp not available at {CORPUS} (../shared/data is a development folder)")
    from marsad.ner.train import evaluate

    recorded = json.loads(META_FILE.read_text(encoding="utf-8"))["test"]["micro"]["f1"]
    got = evaluate(corpus=CORPUS)["micro"]["f1"]
    assert abs(got - recorded) < 0.01


def test_compiled_decoder_gives_the_crfsuite_tags():
    """The numpy decoder sums the crfsuite models' weights itself: it must agree with
    python-crfsuite's own Tagger, sentence lengths and document features included."""
    doc = [
        "واستقبل الرئيس الموريتاني محمد ولد الغزواني في نواكشوط وفدا من البنك الدولي .".split(),
        [],
        "وبحث الغزواني مع الوفد مشاريع التنمية في ولاية الحوض الشرقي .".split(),
        ["قال"],
        ("وقال وزير الخارجية الجزائري أحمد عطاف إن الجزائر تدعم جهود الأمم المتحدة في ليبيا "
         "وتونس ومصر والسودان واليمن وسوريا ولبنان والعراق .").split(),
    ]
    compiled = model.Tagger(backend="compiled", o_bias=0.0).tag_sentences(doc)  # crfsuite has no bias
    assert compiled == model.Tagger(backend="crfsuite").tag_sentences(doc)
    assert [len(t) for t in compiled] == [len(s) for s in doc]
    one = model.Tagger(stages=1, o_bias=0.0)
    assert one.tag_sentences(doc) == model.Tagger(stages=1, backend="crfsuite").tag_sentences(doc)
