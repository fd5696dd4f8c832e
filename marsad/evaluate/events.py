"""`marsad eval events`: the coder measured against the team's gold set.

Matching (docs/annotation.md §8): within one article, a system event matches a gold event of
the same PLOVER type whose actor countries and recipient countries are the same sets (a party
with no country counts as None). Each gold event takes at most one system event; among
candidates the one whose trigger is the gold trigger, then the one with the same modality,
is preferred. Everything else is scored on the matched pairs, so that a modality or date
figure is never inflated by events the coder did not find.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

from ..doc import Document
from ..text.normalize import norm
from .gold import GoldArticle, GoldEvent, sentences

Key = tuple[str, frozenset, frozenset]


@dataclass
class SystemEvent:
    event_type: str
    actor: frozenset
    recipient: frozenset
    modality: str
    date: Optional[str]
    location: Optional[str]
    location_country: Optional[str]
    trigger: str
    sentence: str
    confidence: float


@dataclass
class Report:
    split: str
    articles: int = 0
    negatives: int = 0
    negative_events: int = 0
    negative_false_alarms: int = 0  # of those, the ones no gold event of the article matches
    per_type: dict = field(default_factory=lambda: defaultdict(Counter))   # type → tp, fp, fn
    modality: Counter = field(default_factory=Counter)                     # right, total
    date: Counter = field(default_factory=Counter)
    location: Counter = field(default_factory=Counter)
    order: Counter = field(default_factory=Counter)
    type_only: Counter = field(default_factory=Counter)                    # tp, fp, fn ignoring parties
    confusion: Counter = field(default_factory=Counter)                    # (gold type, system type)
    misses: list = field(default_factory=list)
    false_alarms: list = field(default_factory=list)

    def scores(self) -> dict:
        def prf(c: Counter) -> dict:
            p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
            r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                    "tp": c["tp"], "fp": c["fp"], "fn": c["fn"], "gold": c["tp"] + c["fn"]}

        total = Counter()
        for c in self.per_type.values():
            total.update(c)
        acc = lambda c: round(c["right"] / c["total"], 4) if c["total"] else None  # noqa: E731
        return {
            "split": self.split, "articles": self.articles,
            "overall": prf(total),
            "type_only": prf(self.type_only),
            "per_type": {t: prf(c) for t, c in sorted(self.per_type.items())},
            "modality_accuracy": acc(self.modality), "modality_pairs": self.modality["total"],
            "date_accuracy": acc(self.date), "date_pairs": self.date["total"],
            "location_accuracy": acc(self.location), "location_pairs": self.location["total"],
            "order_accuracy": acc(self.order), "order_pairs": self.order["total"],
            "negative_articles": self.negatives,
            "events_per_negative_article": round(self.negative_events / self.negatives, 4) if self.negatives else None,
            # a sport or culture article may still report a political act (an arrest, a
            # deportation) that the gold set codes: only the events it does not are false alarms
            "false_alarms_per_negative_article":
                round(self.negative_false_alarms / self.negatives, 4) if self.negatives else None,
        }


def system_events(doc: Document) -> list[SystemEvent]:
    out = []
    for e in doc.events:
        loc = e.location or {}
        out.append(SystemEvent(e.event_type, frozenset(p.get("country") for p in e.actor),
                               frozenset(p.get("country") for p in e.recipient), e.modality,
                               (e.date or {}).get("value"),
                               loc.get("text"), loc.get("country"), e.evidence.trigger, e.evidence.sentence,
                               e.confidence))
    return out


def _same_trigger(g: GoldEvent, s: SystemEvent) -> bool:
    return bool(g.trigger) and norm(g.trigger) == norm(s.trigger)


def _match(gold: list[GoldEvent], system: list[SystemEvent], loose: bool = False,
           type_only: bool = False) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, system index). ``loose``: the parties' countries may sit
    on either side (for the role-order figure); ``type_only``: any parties (a diagnostic:
    how much of the gap is finding the event, how much is its parties)."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        ga, gr = frozenset(g.actor), frozenset(g.recipient)
        cands = []
        for si, s in enumerate(system):
            if si in used or s.event_type != g.event_type:
                continue
            if type_only:
                ok = True
            elif loose:
                ok = (ga | gr) == (s.actor | s.recipient)
            else:
                ok = ga == s.actor and gr == s.recipient
            if ok:
                cands.append((not _same_trigger(g, s), s.modality != g.modality, si))
        if cands:
            si = min(cands)[2]
            used.add(si)
            pairs.append((gi, si))
    return pairs


def _date_right(g: GoldEvent, s: SystemEvent) -> bool:
    return s.date is not None and g.date is not None and s.date == g.date


def _location_right(g: GoldEvent, s: SystemEvent) -> bool:
    """The same country when both say one (gazetteer places always do), else the same place
    name once normalised."""
    if g.location_country and s.location_country:
        return g.location_country == s.location_country
    return bool(g.location and s.location and norm(g.location) == norm(s.location))


def as_system(events: list[GoldEvent], sents: list[str]) -> list[SystemEvent]:
    """A second annotator's events in the system's place (``marsad eval agreement``)."""
    return [SystemEvent(e.event_type, frozenset(e.actor), frozenset(e.recipient), e.modality, e.date,
                        e.location, e.location_country, e.trigger,
                        sents[e.sentence] if 0 <= e.sentence < len(sents) else "", 1.0) for e in events]


def score_article(report: Report, art: GoldArticle, system: list[SystemEvent], title: str, text: str) -> None:
    report.articles += 1
    if art.negative:
        report.negatives += 1
        report.negative_events += len(system)
    pairs = _match(art.events, system)
    matched_g = {g for g, _ in pairs}
    matched_s = {s for _, s in pairs}
    for g, s in pairs:
        ge, se = art.events[g], system[s]
        report.per_type[ge.event_type]["tp"] += 1
        report.modality["total"] += 1
        report.modality["right"] += ge.modality == se.modality
        if ge.date_stated and ge.date:
            report.date["total"] += 1
            report.date["right"] += _date_right(ge, se)
        if ge.location or ge.location_country:
            report.location["total"] += 1
            report.location["right"] += _location_right(ge, se)
    for g, s in _match(art.events, system, loose=True):
        ge, se = art.events[g], system[s]
        if frozenset(ge.actor) != frozenset(ge.recipient) or ge.recipient:
            report.order["total"] += 1
            report.order["right"] += frozenset(ge.actor) == se.actor and frozenset(ge.recipient) == se.recipient
    loose_pairs = len(_match(art.events, system, type_only=True))
    report.type_only.update({"tp": loose_pairs, "fp": len(system) - loose_pairs, "fn": len(art.events) - loose_pairs})
    sents = sentences(title, text)
    missed = [i for i in range(len(art.events)) if i not in matched_g]
    alarms = [i for i in range(len(system)) if i not in matched_s]
    if art.negative:
        report.negative_false_alarms += len(alarms)
    # a miss and a false alarm over the same parties: a type confusion
    taken: set[int] = set()
    for gi in missed:
        ge = art.events[gi]
        other = next((si for si in alarms if si not in taken and system[si].actor == frozenset(ge.actor)
                      and system[si].recipient == frozenset(ge.recipient)), None)
        if other is not None:
            taken.add(other)
            report.confusion[(ge.event_type, system[other].event_type)] += 1
        else:
            report.confusion[(ge.event_type, "—")] += 1
        report.per_type[ge.event_type]["fn"] += 1
        report.misses.append({"article": art.id, "type": ge.event_type, "actor": _codes(ge.actor),
                              "recipient": _codes(ge.recipient), "modality": ge.modality, "trigger": ge.trigger,
                              "sentence": sents[ge.sentence] if 0 <= ge.sentence < len(sents) else ""})
    for si in alarms:
        se = system[si]
        if si not in taken:
            report.confusion[("—", se.event_type)] += 1
        report.per_type[se.event_type]["fp"] += 1
        report.false_alarms.append({"article": art.id, "type": se.event_type, "actor": _codes(se.actor),
                                    "recipient": _codes(se.recipient), "modality": se.modality,
                                    "trigger": se.trigger, "confidence": se.confidence, "sentence": se.sentence,
                                    "negative_article": art.negative})


def _codes(countries) -> str:
    return "+".join(sorted(c or "?" for c in countries)) or "—"


def evaluate(gold: list[GoldArticle], split: str, news_dir: Optional[Path] = None) -> Report:
    from ..pipeline import analyze
    from .gold import NEWS_DIR, articles

    raw = articles(gold, news_dir or NEWS_DIR)
    report = Report(split)
    for art in gold:
        r = raw[art.id]
        doc = analyze(r, published=r.published)
        score_article(report, art, system_events(doc), r.title or "", r.text)
    return report


def agreement(first: list[GoldArticle], second: list[GoldArticle], news_dir: Optional[Path] = None) -> Report:
    """Two annotators' events on the articles they both annotated, scored as if the second
    were the system: how far people agree is the ceiling a coder can be held to."""
    from .gold import NEWS_DIR, articles

    theirs = {a.id: a for a in second}
    common = [a for a in first if a.id in theirs]
    raw = articles(common, news_dir or NEWS_DIR)
    report = Report("agreement")
    for art in common:
        r = raw[art.id]
        score_article(report, art, as_system(theirs[art.id].events, sentences(r.title, r.text)), r.title or "", r.text)
    return report


def format_report(report: Report, worst: int = 10) -> str:
    sc = report.scores()
    o = sc["overall"]
    lines = [f"{report.split}: {report.articles} articles ({report.negatives} negative), "
             f"{o['gold']} gold events",
             f"overall   P {o['precision']:.3f}  R {o['recall']:.3f}  F1 {o['f1']:.3f}  "
             f"(tp {o['tp']}, fp {o['fp']}, fn {o['fn']})",
             f"type only P {sc['type_only']['precision']:.3f}  R {sc['type_only']['recall']:.3f}  "
             f"F1 {sc['type_only']['f1']:.3f}  (same type in the article, any parties: a diagnostic)", "",
             f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'sys':>5}"]
    for t, c in sc["per_type"].items():
        lines.append(f"{t:<10} {c['precision']:>6.3f} {c['recall']:>6.3f} {c['f1']:>6.3f} {c['gold']:>5} "
                     f"{c['tp'] + c['fp']:>5}")

    def fig(name: str, key: str, pairs: str) -> str:
        v = sc[key]
        return f"{name:<22} {'—' if v is None else f'{v:.3f}'}  (over {sc[pairs]} pairs)"

    lines += ["", fig("modality accuracy", "modality_accuracy", "modality_pairs"),
              fig("date accuracy (stated)", "date_accuracy", "date_pairs"),
              fig("location accuracy", "location_accuracy", "location_pairs"),
              fig("actor/recipient order", "order_accuracy", "order_pairs"),
              f"{'events per negative':<22} {sc['events_per_negative_article']} "
              f"({report.negative_events} in {report.negatives} articles)",
              f"{'false alarms/negative':<22} {sc['false_alarms_per_negative_article']} "
              f"({report.negative_false_alarms}; the rest match gold events of those articles)", "",
              "confusion (gold → system, — = none), most frequent first:"]
    for (g, s), n in report.confusion.most_common(20):
        lines.append(f"  {g:<10} → {s:<10} {n}")
    lines += ["", f"misses (first {worst}):"]
    for m in report.misses[:worst]:
        lines.append(f"  [{m['article']}] {m['type']} {m['actor']}→{m['recipient']} {m['modality']} «{m['trigger']}»: "
                     f"{_short(m['sentence'])}")
    lines += ["", f"false alarms (highest confidence first, {worst}):"]
    for f in sorted(report.false_alarms, key=lambda x: -x["confidence"])[:worst]:
        lines.append(f"  [{f['article']}] {f['type']} {f['actor']}→{f['recipient']} {f['modality']} «{f['trigger']}» "
                     f"{f['confidence']:.2f}: {_short(f['sentence'])}")
    return "\n".join(lines)


def _short(s: str, n: int = 160) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[:n] + "…"


def run(gold_paths: Sequence[str], split: str = "test", as_json: bool = False, worst: int = 10,
        record: Optional[str] = None, check: Optional[str] = None, tolerance: float = 0.03,
        second: Optional[Sequence[str]] = None) -> int:
    """``marsad eval events``: print the report; ``record`` writes the scores to a file;
    ``check`` compares overall F1 with a recorded file and fails (1) when it dropped by more
    than ``tolerance``. With ``second`` (``marsad eval agreement``) a second annotator's files
    take the system's place."""
    from ..errors import InputError
    from .gold import load

    gold = load(gold_paths, split)
    if not gold:
        raise InputError(f"no gold article in the {split!r} split of {', '.join(gold_paths)}")
    if second is not None:
        theirs = load(second)
        if not {a.id for a in theirs} & {a.id for a in gold}:
            raise InputError(f"no article annotated in both {', '.join(gold_paths)} and {', '.join(second)}")
        report = agreement(gold, theirs)
    else:
        report = evaluate(gold, split)
    sc = report.scores()
    if as_json:
        print(json.dumps({"scores": sc, "confusion": [[g, s, n] for (g, s), n in report.confusion.most_common()],
                          "misses": report.misses, "false_alarms": report.false_alarms}, ensure_ascii=False, indent=1))
    else:
        print(format_report(report, worst))
    if record:
        Path(record).write_text(json.dumps(sc, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if check:
        recorded = json.loads(Path(check).read_text(encoding="utf-8"))["overall"]["f1"]
        got = sc["overall"]["f1"]
        if got < recorded - tolerance:
            print(f"marsad: event F1 {got:.3f} is more than {tolerance} below the recorded {recorded:.3f} ({check})")
            return 1
    return 0
