"""The shipped section model, scored on the real held-out split, reaches the scores recorded
when it was trained (skipped when ../shared/data is absent; about 20 s)."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from marsad.classify.evaluate import evaluate, format_report, score
from marsad.classify.model import default_paths

NEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news"


def test_scores_on_a_hand_made_confusion():
    r = score(["a", "b"], ["a", "a", "b", "b"], ["a", "b", "b", "b"])
    assert r.confusion == [[1, 1], [0, 2]]
    assert r.accuracy == 0.75
    per = r.per_label()
    assert per["a"]["precision"] == 1.0 and per["a"]["recall"] == 0.5
    assert abs(per["b"]["f1"] - 0.8) < 1e-12
    assert abs(r.macro_f1 - (2 / 3 + 0.8) / 2) < 1e-12
    assert "confusion" in format_report(r)


@pytest.fixture(scope="module")
def held_out_report():
    if not ((NEWS / "ant-multisource-2018.jsonl.gz").is_file() and (NEWS / "ant-jawharafm.jsonl.gz").is_file()):
        pytest.skip(f"ANT corpora not available in {NEWS} (../shared/data is a development folder)")
    from marsad.classify.evaluate import held_out_articles
    from marsad.classify.section import get_model

    return evaluate(get_model(), held_out_articles(NEWS))


def test_held_out_scores_match_the_recorded_ones(held_out_report):
    recorded = json.loads(default_paths()[1].read_text(encoding="utf-8"))["test"]
    assert held_out_report.total == recorded["n"]
    assert abs(held_out_report.macro_f1 - recorded["macro_f1"]) <= 0.01
    assert abs(held_out_report.accuracy - recorded["accuracy"]) <= 0.01
    assert held_out_report.macro_f1 >= 0.85  # the floor this model was accepted at
    for label, d in held_out_report.per_label().items():
        assert abs(d["f1"] - recorded["per_label"][label]["f1"]) <= 0.02, label


def test_run_eval_prints_the_report(monkeypatch, held_out_report):
    import marsad.classify.evaluate as ev

    monkeypatch.setattr(ev, "evaluate", lambda model, articles: held_out_report)
    out = io.StringIO()
    assert ev.run_eval(NEWS, out=out) == 0
    text = out.getvalue()
    assert "macro-F1" in text and "confusion" in text and "source=BBC" in text
