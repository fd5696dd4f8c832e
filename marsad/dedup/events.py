"""Merging one real-world event reported by several articles (the ACLED rule).

Two event records are the same event when they have the same event type, the same actors,
the same recipients, the same day and the same place. :func:`merge_key` writes those five
things as one string (``merged_events.key`` in the store); :class:`EventMerger` gives every
key one merged id, the id of the first event that had it.

Choices, and why:

* **Type**: the PLOVER ``event_type`` only, not the mode (one article says «زار», another
  «التقى»: visit and meeting of the same CONSULT).
* **A party** is ``country/sectors`` (``FRA/GOV``, ``SOM/INS+RAD``, ``-/CVL``): the dyad of
  event data. A person's name is *not* part of it when the country is known, because
  articles differ in whether they name the minister (وزير الداخلية الفرنسي vs برونو ريتايو) and
  the same type, day, place and dyad already pins the event down. When the country is unknown
  the normalised name is added (``-/IGO:برنامج الاغذيه العالمي``), since ``-/IGO`` alone would
  join the UN and the WFP. Actors and recipients are each a sorted set of parties, so order
  and repeats do not matter. An event needs at least one identified party (a country, a
  sector or a name) to be merged: two attacks by «مجهولون» in one city on one day may be two.
* **Date**: day granularity only (``2025-04-14``). Two articles that both say «في أكتوبر
  2022» may be talking about two different attacks: month- or year-precise events and events
  without a date are never merged (key None).
* **Place**: ``country/normalised place text``; ``country`` alone when the text is missing or
  the place is a country (المغرب and المملكة المغربية are one place),
  ``-`` when there is no place at all (same type, parties and day is specific enough, and
  leaving such events unmerged would drop most phone calls and statements). A city and its
  country are different places (conservative: under-merging costs a duplicate, over-merging
  loses an event).
* **Modality**: only ``actual`` and ``historical`` events happened; future, negated and
  hypothetical ones are not real-world events (yet) and get no key. Modality is not part
  of the key: an attack reported as actual on the day and as historical a week later is
  one attack.

Known limit: a reciprocal coding (بين X و Y: both parties actors, no recipient) and a
directed one (X → Y) of the same meeting get different keys.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..text.normalize import norm

MERGED_MODALITIES = frozenset({"actual", "historical"})
_DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SEP = re.compile(r"[\s|;,+/:]+")  # characters the key uses as separators


def _clean(text: str | None) -> str:
    """Normalised text for a key: folded spelling, single spaces, no separator characters."""
    if not text:
        return ""
    return _SEP.sub(" ", norm(text)).strip()


def party_identity(party: Mapping[str, Any]) -> str:
    """``COUNTRY/SECTOR+SECTOR``, plus ``:normalised name`` when the country is unknown."""
    country = party.get("country") or "-"
    sectors = "+".join(sorted({s for s in party.get("sector") or [] if s}))
    identity = f"{country}/{sectors}"
    if country == "-":
        name = _clean(party.get("name"))
        if name:
            identity += f":{name}"
    return identity


_UNKNOWN_PARTY = "-/"  # no country, no sector, no name


def _parties(parties: Iterable[Mapping[str, Any]] | None) -> list[str]:
    return sorted({party_identity(p) for p in parties or []})


def _day(event: Mapping[str, Any]) -> str | None:
    date = event.get("date") or {}
    value = date.get("value")
    if date.get("granularity") != "day" or not isinstance(value, str) or not _DAY_RE.match(value):
        return None
    return value


def _place(event: Mapping[str, Any]) -> str:
    location = event.get("location") or {}
    country = location.get("country") or "-"
    text = "" if location.get("kind") == "country" else _clean(location.get("text"))
    return f"{country}/{text}" if text else country


def merge_key(event: Mapping[str, Any]) -> str | None:
    """``TYPE|actors|recipients|YYYY-MM-DD|place`` for an event record, or None when the event
    cannot be merged (not actual/historical, no day-precise date, no identified party)."""
    if event.get("modality") not in MERGED_MODALITIES:
        return None
    event_type = event.get("event_type")
    day = _day(event)
    if not event_type or day is None:
        return None
    actors, recipients = _parties(event.get("actor")), _parties(event.get("recipient"))
    if all(p == _UNKNOWN_PARTY for p in actors + recipients):  # also: no party at all
        return None
    return "|".join((event_type, ";".join(actors), ";".join(recipients), day, _place(event)))


@dataclass
class MergedEvent:
    """One real-world event: its id (its first event's), key and the articles reporting it."""

    id: str
    key: str
    first_doc: str | None
    mentions: int = 1   # articles reporting it (those seen by this merger, plus the seed's)
    events: int = 1     # event records added to it through this merger


@dataclass(frozen=True)
class MergeResult:
    merged_id: str | None  # None: the event is not merged (no key)
    key: str | None
    new_event: bool           # a merged event was created for it
    new_mention: bool         # the first event of this article in that merged event


class EventMerger:
    """Incremental, in-memory merging of event records by :func:`merge_key`.

    Seed it with the (key, merged_id[, mentions]) pairs a store already has, then ``add``
    each new event with its article's doc id. Events without a key are counted but get no
    merged id; every one of them is a distinct event in :meth:`counts`."""

    def __init__(self, seed: Iterable[tuple] = ()) -> None:
        self._by_key: dict[str, MergedEvent] = {}
        self._docs: dict[str, set[str]] = {}  # merged id -> doc ids added through this merger
        self.raw = 0          # events added
        self.unmerged = 0     # events added without a key
        self.seed(seed)

    def seed(self, pairs: Iterable[tuple]) -> None:
        for item in pairs:
            key, merged_id = item[0], item[1]
            mentions = int(item[2]) if len(item) > 2 and item[2] is not None else 1
            self._by_key.setdefault(key, MergedEvent(merged_id, key, None, mentions, 0))

    def __len__(self) -> int:
        return len(self._by_key)

    def get(self, key: str) -> MergedEvent | None:
        return self._by_key.get(key)

    def add(self, event: Mapping[str, Any], doc_id: str) -> str | None:
        """The merged id of ``event`` (reported in article ``doc_id``), or None when the event
        is not merged (future, negated, hypothetical, no day-precise date …)."""
        return self.add_result(event, doc_id).merged_id

    def assign(self, event: Mapping[str, Any], doc_id: str) -> tuple[str, str] | None:
        """(merge key, merged id) of ``event``, or None when it is not merged: what a store
        writes into ``merged_events`` (a new row when the merged id is the event's own id)."""
        result = self.add_result(event, doc_id)
        if result.merged_id is None or result.key is None:
            return None
        return result.key, result.merged_id

    def add_result(self, event: Mapping[str, Any], doc_id: str) -> MergeResult:
        """Like :meth:`add`, also saying whether a merged event or a mention was created —
        what a store needs to insert into ``merged_events`` or bump its ``mentions``."""
        self.raw += 1
        key = merge_key(event)
        if key is None:
            self.unmerged += 1
            return MergeResult(None, None, False, False)
        merged = self._by_key.get(key)
        if merged is None:
            event_id = event.get("id") or f"{doc_id}-M{len(self._by_key) + 1}"
            merged = self._by_key[key] = MergedEvent(str(event_id), key, doc_id, 1, 1)
            self._docs[merged.id] = {doc_id}
            return MergeResult(merged.id, key, True, True)
        merged.events += 1
        docs = self._docs.setdefault(merged.id, set())
        new_mention = doc_id not in docs
        if new_mention:  # (a seeded event's earlier articles are in its seeded mentions)
            docs.add(doc_id)
            merged.mentions += 1
        return MergeResult(merged.id, key, False, new_mention)

    def counts(self) -> dict[str, float]:
        """Raw events added, distinct events they make (merged events they fall into plus the
        unmerged ones), and the reduction in percent."""
        mergeable = self.raw - self.unmerged
        merged_ids = {m.id for m in self._by_key.values() if m.events}
        distinct = len(merged_ids) + self.unmerged
        reduction = 100.0 * (1 - distinct / self.raw) if self.raw else 0.0
        return {"raw": self.raw, "mergeable": mergeable, "unmerged": self.unmerged,
                "merged": len(merged_ids), "distinct": distinct,
                "reduction_pct": round(reduction, 2)}
