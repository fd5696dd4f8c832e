"""End to end on the seed article: everything DESIGN.md says the system should read in it.

The seed lives in ../shared/seeds (not in this repository); the test skips when it is absent.
"""
from pathlib import Path

import pytest

import marsad

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "000_ac538b3f911e82e4.txt"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason=f"seed article not found at {SEED}")

RETAILLEAU = "برونو ريتايو"
LAFTIT = "عبد الوافي لفتيت"


@pytest.fixture(scope="module")
def doc():
    return marsad.analyze(SEED.read_text(encoding="utf-8"))


def _actor(doc, name):
    return next(a for a in doc.actors if a.name == name)


def test_title_and_no_trailer(doc):
    first_line = SEED.read_text(encoding="utf-8").splitlines()[0]
    assert doc.title == first_line
    for trailer in ("شاهد أيضا", "اترك رد", "لن يتم نشر عنوان بريدك الإلكتروني"):
        assert trailer not in doc.text
    assert {r.text.strip() for r in doc.removed} >= {"شاهد أيضا", "اترك رد", "لن يتم نشر عنوان بريدك الإلكتروني."}


def test_ministers(doc):
    r = _actor(doc, RETAILLEAU)
    assert (r.country, r.sector, r.role) == ("FRA", ["GOV"], "وزير الداخلية")
    lf = _actor(doc, LAFTIT)
    assert (lf.country, lf.sector) == ("MAR", ["GOV"])
    # light coreference: the title's «وزير الداخلية الفرنسي» and «الوزير الفرنسي» are him
    assert len(r.mentions) >= 4


def test_places(doc):
    places = {(p.text, p.country, p.kind) for p in doc.places}
    assert ("فرنسا", "FRA", "country") in places
    assert ("المغرب", "MAR", "country") in places
    assert ("الرباط", "MAR", "city") in places
    assert any(p.text == "أوروبا" and p.kind == "region" for p in doc.places)
    assert all(p.text in {"فرنسا", "المغرب", "الرباط", "أوروبا"} for p in doc.places)


def test_dates(doc):
    dates = {d.text: d for d in doc.dates}
    visit = dates["يوم الاثنين 14 أبريل الجاري"]
    assert (visit.value, visit.granularity) == ("2025-04-14", "day")
    assert "latest explicit date" in visit.reason
    assert dates["30 أكتوبر 2024"].value == "2024-10-30"


def _events(doc, event_type, mode=None):
    return [e for e in doc.events if e.event_type == event_type and (mode is None or e.mode == mode)]


def test_visit_event(doc):
    [visit] = _events(doc, "CONSULT", "visit")
    assert [a["name"] for a in visit.actor] == [RETAILLEAU]
    assert visit.actor[0]["country"] == "FRA" and visit.actor[0]["sector"] == ["GOV"]
    assert [r["country"] for r in visit.recipient] == ["MAR"]
    assert visit.location["text"] == "الرباط" and visit.location["country"] == "MAR"
    assert visit.date["value"] == "2025-04-14"
    assert visit.modality == "future"
    assert visit.cameo == "042"
    assert "من المنتظر أن يصل" in visit.evidence.sentence
    assert doc.text[visit.evidence.start:visit.evidence.end] == visit.evidence.sentence
    assert {"security", "migration"} <= set(visit.context)


def test_meeting_event(doc):
    [meet] = [e for e in _events(doc, "CONSULT") if e.mode != "visit"]
    assert [a["name"] for a in meet.actor] == [RETAILLEAU]
    assert LAFTIT in [r["name"] for r in meet.recipient]
    assert {r["country"] for r in meet.recipient} == {"MAR"}
    assert meet.modality == "future"


def test_agreement_event(doc):
    [agree] = _events(doc, "AGREE")
    assert {a["name"] for a in agree.actor} == {RETAILLEAU, LAFTIT}
    assert {a["country"] for a in agree.actor} == {"FRA", "MAR"}
    assert agree.date["value"] == "2024-10-30"
    assert agree.modality == "historical"


def test_only_the_three_events(doc):
    assert len(doc.events) == 3


def test_contexts(doc):
    # DESIGN: security, migration, terrorism, organised crime, drug trafficking, human
    # trafficking, justice — as PLOVER contexts (justice = legal, organised crime = crime,
    # drugs = illegal_drugs, human and drug trafficking = trafficking)
    assert {"security", "migration", "terrorism", "crime", "illegal_drugs", "trafficking", "legal"} <= set(doc.contexts)
