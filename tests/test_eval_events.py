"""`marsad eval events`: gold files are checked, matching and the figures are right on
articles the team wrote, and the recorded test-part F1 holds (skipped without ../shared/data)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import marsad
from marsad.errors import InputError
from marsad.evaluate.events import Report, score_article, system_events
from marsad.evaluate.gold import GoldArticle, load

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "articles"
GOLD_DIR = ROOT / "eval" / "gold"
NEWS = ROOT.parent / "shared" / "data" / "news"


def gold_line(events, **kw) -> str:
    base = {"corpus": "ant-multisource-2018", "id": "X1", "split": "test", "negative": False, "category": "middleEast",
            "published": "2025-05-21", "events": events}
    base.update(kw)
    return json.dumps(base, ensure_ascii=False)


def event(**kw) -> dict:
    e = {"event_type": "SUPPORT", "actor": [{"country": "MRT", "sector": "GOV"}, {"country": "ESP", "sector": "GOV"}],
         "recipient": [], "modality": "actual", "date": "2025-05-21", "date_stated": True, "location": "نواكشوط",
         "location_country": "MRT", "trigger": "وقّع", "sentence": 1}
    e.update(kw)
    return e


def test_gold_lines_are_checked(tmp_path):
    f = tmp_path / "g.jsonl"
    f.write_text(gold_line([event()]) + "\n", encoding="utf-8")
    assert load([f])[0].events[0].actor == ("MRT", "ESP")
    for bad, message in [(event(event_type="MEET"), "PLOVER type"), (event(modality="past"), "modality"),
                         (event(actor=[{"country": "Mauritania"}]), "alpha-3"), (event(date="21/05/2025"), "YYYY")]:
        f.write_text(gold_line([bad]) + "\n", encoding="utf-8")
        with pytest.raises(InputError, match=message):
            load([f])
    f.write_text(gold_line([]) + "\n" + gold_line([]) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="twice"):
        load([f])
    f.write_text(gold_line([event()]) + "\n", encoding="utf-8")
    assert load([f], split="tune") == [] and len(load([f], split="test")) == 1


def score(text_file: str, published: str, events: list[dict], negative: bool = False) -> Report:
    text = (ARTICLES / text_file).read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    doc = marsad.analyze(text, published=published)
    art = GoldArticle("ant-multisource-2018", text_file, "test", negative, "", [], "t")
    art.events = load_events(events)
    report = Report("test")
    score_article(report, art, system_events(doc), title, body)
    return report


def load_events(events: list[dict]):
    """The events as the gold loader reads them (through a file, so its checks run too)."""
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "gold.jsonl"
        path.write_text(gold_line(events) + "\n", encoding="utf-8")
        return load([str(path)])[0].events


def test_a_found_event_and_a_missed_one():
    report = score("04_agreement_nouakchott.txt", "2025-05-21", [
        event(),  # the signing, as the team's expected.json has it
        event(event_type="THREATEN", actor=[{"country": "ESP", "sector": "GOV"}], recipient=[{"country": "MRT"}],
              trigger="هدد", sentence=3),  # not in the article: a miss
    ])
    sc = report.scores()
    assert sc["per_type"]["SUPPORT"]["tp"] == 1
    assert sc["per_type"]["THREATEN"]["fn"] == 1
    assert sc["modality_accuracy"] == 1.0 and sc["date_accuracy"] == 1.0 and sc["location_accuracy"] == 1.0
    assert report.misses[0]["type"] == "THREATEN"
    assert sc["overall"]["fp"] == len(report.false_alarms)  # every other system event is a false alarm


def test_swapped_roles_count_against_order():
    # the phone call: Egypt's minister called Jordan's (the caller is the actor)
    right = score("09_phone_amman.txt", "2025-03-03", [
        event(event_type="CONSULT", actor=[{"country": "EGY"}], recipient=[{"country": "JOR"}], date="2025-03-03",
              location=None, location_country=None, trigger="اتصالا")])
    assert right.scores()["order_accuracy"] == 1.0
    swapped = score("09_phone_amman.txt", "2025-03-03", [
        event(event_type="CONSULT", actor=[{"country": "JOR"}], recipient=[{"country": "EGY"}], date="2025-03-03",
              location=None, location_country=None, trigger="اتصالا")])
    sc = swapped.scores()
    assert sc["per_type"]["CONSULT"]["fn"] == 1 and sc["order_accuracy"] == 0.0


def test_negative_articles_count_system_events():
    report = score("01_protest_gafsa.txt", "2025-07-14", [], negative=True)
    sc = report.scores()
    assert sc["negative_articles"] == 1 and sc["events_per_negative_article"] == len(report.false_alarms)
    assert sc["events_per_negative_article"] > 0 and sc["false_alarms_per_negative_article"] == len(report.false_alarms)
    # an event the gold set codes in a negative article is no false alarm, though it still counts as an event
    doc = marsad.analyze((ARTICLES / "01_protest_gafsa.txt").read_text(encoding="utf-8"), published="2025-07-14")
    first = system_events(doc)[0]
    coded = score("01_protest_gafsa.txt", "2025-07-14", [event(
        event_type=first.event_type, actor=[{"country": c} for c in first.actor],
        recipient=[{"country": c} for c in first.recipient], trigger=first.trigger, sentence=0)], negative=True)
    sc2 = coded.scores()
    assert sc2["events_per_negative_article"] == sc["events_per_negative_article"]
    assert sc2["false_alarms_per_negative_article"] == sc["false_alarms_per_negative_article"] - 1


@pytest.mark.skipif(not NEWS.is_dir(), reason=f"{NEWS} not available (../shared/data is a development folder)")
@pytest.mark.skipif(not (GOLD_DIR / "test.jsonl").is_file() or not (GOLD_DIR / "scores-test.json").is_file(),
                    reason="the gold test part and its recorded scores are not written yet")
def test_recorded_f1_on_the_test_part_holds(capsys):
    from marsad.evaluate.events import run

    assert run([str(GOLD_DIR / "test.jsonl")], split="test", check=str(GOLD_DIR / "scores-test.json")) == 0
    assert "overall" in capsys.readouterr().out


def test_the_gold_files_are_consistent_and_the_test_part_stays_apart():
    """Every annotated article is drawn by eval/sample.py (listed in an articles*.jsonl file with
    the same split), none is annotated twice, and no tuning batch touches the test part."""
    listed: dict[str, str] = {}
    for f in sorted(GOLD_DIR.glob("articles*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            assert row["id"] not in listed, f"{row['id']} drawn twice"
            listed[row["id"]] = row["split"]
    annotated = load(sorted(GOLD_DIR.glob("tune*.jsonl")) + [GOLD_DIR / "test.jsonl"])
    ids = [a.id for a in annotated]
    assert len(ids) == len(set(ids)) == len(listed)
    assert all(listed[a.id] == a.split for a in annotated)
    assert sum(a.split == "test" for a in annotated) == 50
    # the second annotator's articles are tuning articles the first annotated too
    second = load([GOLD_DIR / "second-annotator.jsonl"])
    assert second and {a.id for a in second} <= {a.id for a in annotated if a.split == "tune"}


def test_a_further_batch_keeps_the_first_samples_proportions():
    import importlib.util
    spec = importlib.util.spec_from_file_location("sample", ROOT / "eval" / "sample.py")
    sample = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sample)
    assert sample.apportion(40, sample.SHARES) == {"ant-multisource-2018": 28, "ant-jawharafm": 12}
    assert sample.apportion(10, sample.NEGATIVE) == {"sport": 4, "culture": 3, "economy": 3}
    assert sum(sample.apportion(7, {"a": 1, "b": 1, "c": 1}).values()) == 7


def test_agreement_scores_a_second_annotator_as_the_system():
    from marsad.evaluate.events import as_system

    first = GoldArticle("ant-multisource-2018", "X1", "tune", False, "", load_events([
        event(), event(event_type="THREATEN", actor=[{"country": "ESP", "sector": "GOV"}],
                       recipient=[{"country": "MRT"}], trigger="هدد", sentence=1)]), "t")
    # the second annotator agrees on the signing, codes the threat as a warning to no one, and adds a visit
    second = load_events([event(), event(event_type="THREATEN", actor=[{"country": "ESP", "sector": "GOV"}],
                                         recipient=[], trigger="هدد", sentence=1),
                          event(event_type="CONSULT", recipient=[], trigger="زار", sentence=0)])
    report = Report("agreement")
    score_article(report, first, as_system(second, ["زار …", "هدد …"]), "", "")
    o = report.scores()["overall"]
    assert (o["tp"], o["fp"], o["fn"]) == (1, 2, 1)
    assert report.false_alarms[0]["sentence"] == "هدد …"
    assert report.scores()["type_only"]["tp"] == 2
