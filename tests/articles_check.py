"""Compare marsad's reading of the team-written articles with tests/articles/expected.json.

Used by tests/test_articles.py and runnable by hand to see every difference at once:

    python tests/articles_check.py [NN]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import marsad
from marsad.text.normalize import norm

HERE = Path(__file__).resolve().parent / "articles"


def load() -> list[dict]:
    return json.loads((HERE / "expected.json").read_text(encoding="utf-8"))


def analyze(case: dict) -> marsad.Document:
    text = (HERE / case["file"]).read_text(encoding="utf-8")
    return marsad.analyze(text, published=case.get("published"))


def _same_text(a: str, b: str) -> bool:
    return norm(a).replace(" ", "") == norm(b).replace(" ", "")


def _countries(recs: list[dict]) -> set[str]:
    return {r["country"] for r in recs if r.get("country")}


def event_matches(e, want: dict) -> list[str]:
    """Differences between a coded event and an expected one ([] when it matches)."""
    diffs = []
    if e.event_type != want["event_type"]:
        diffs.append(f"type {e.event_type} != {want['event_type']}")
    if _countries(e.actor) != set(want.get("actor_country", [])):
        diffs.append(f"actor {sorted(_countries(e.actor))} != {want.get('actor_country')}")
    if "recipient_country" in want and _countries(e.recipient) != set(want["recipient_country"]):
        diffs.append(f"recipient {sorted(_countries(e.recipient))} != {want.get('recipient_country')}")
    if e.modality != want["modality"]:
        diffs.append(f"modality {e.modality} != {want['modality']}")
    if want.get("date") and (e.date or {}).get("value") != want["date"]:
        diffs.append(f"date {(e.date or {}).get('value')} != {want['date']}")
    if want.get("location") and not (e.location and _same_text(e.location["text"], want["location"])):
        diffs.append(f"location {(e.location or {}).get('text')} != {want['location']}")
    return diffs


def find_event(doc, want: dict):
    """The coded event for an expected one: same type, evidence containing its sentence."""
    key = norm(want["sentence_contains"])
    cands = [e for e in doc.events if any(key in norm(m.sentence) for m in e.mentions)]
    typed = [e for e in cands if e.event_type == want["event_type"]] or cands
    if not typed:
        return None, ["no event from that sentence"]
    best = min(typed, key=lambda e: len(event_matches(e, want)))
    return best, event_matches(best, want)


def report(case: dict) -> list[str]:
    doc = analyze(case)
    problems = []
    if case.get("title") and doc.title != case["title"]:
        problems.append(f"title: {doc.title!r}")
    for person in case.get("people", []):
        actor = next((a for a in doc.actors if a.name and (_same_text(a.name, person["name"])
                      or norm(person["name"]).endswith(norm(a.name)) or norm(a.name).endswith(norm(person["name"])))), None)
        if actor is None:
            problems.append(f"person missing: {person['name']}")
        elif actor.country != person.get("country") or (person.get("sector") and person["sector"] not in actor.sector):
            problems.append(f"person {person['name']}: {actor.country} {actor.sector} != {person.get('country')} {person.get('sector')}")
    for place in case.get("places", []):
        if not any((_same_text(p.text, place["text"]) or norm(p.text) in norm(place["text"])
                    or norm(place["text"]) in norm(p.text))
                   and p.country == place["country"] for p in doc.places):
            problems.append(f"place missing: {place['text']} {place['country']}")
    for d in case.get("dates", []):
        got = next((m for m in doc.dates if _same_text(m.text, d["text"]) or norm(d["text"]) in norm(m.text)
                    or norm(m.text) in norm(d["text"])), None)
        if got is None or (d.get("value") and got.value != d["value"]):
            problems.append(f"date {d['text']}: {got.value if got else 'missing'} != {d.get('value')}")
    for want in case.get("events", []):
        e, diffs = find_event(doc, want)
        if diffs:
            problems.append(f"event {want['event_type']} «{want['sentence_contains'][:40]}»: {'; '.join(diffs)}")
    for bad in case.get("not_events", []):
        key = norm(bad["sentence_contains"])
        for e in doc.events:
            if e.event_type == bad["event_type"] and e.modality == "actual" and norm(e.evidence.sentence).find(key) >= 0:
                problems.append(f"unwanted actual {bad['event_type']} «{bad['sentence_contains'][:40]}»")
    for want in case.get("suppressed", []):
        key = norm(want["sentence_contains"])
        if not any(x["event_type"] == want["event_type"] and norm(x["sentence"]).find(key) >= 0
                   for x in doc.suppressed):
            problems.append(f"not suppressed: {want['event_type']} «{want['sentence_contains'][:40]}»")
    for c in case.get("contexts", []):
        if c not in doc.contexts:
            problems.append(f"context missing: {c}")
    return problems


if __name__ == "__main__":
    only = sys.argv[1] if len(sys.argv) > 1 else ""
    total = 0
    for case in load():
        if not case["file"].startswith(only):
            continue
        probs = report(case)
        total += len(probs)
        print(f"== {case['file']}: {len(probs)} problem(s)")
        for p in probs:
            print("   ", p)
    print("total", total)
