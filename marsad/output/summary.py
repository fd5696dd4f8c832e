"""A readable terminal summary of an analysed article (``--format text``).

Arabic for what the article says, English for what marsad decided, so that an analyst who
reads either can check one against the other.
"""
from __future__ import annotations

from ..doc import Document, Event

_RULE = "─" * 72


def _party(recs: list[dict]) -> str:
    if not recs:
        return "—"
    parts = []
    for r in recs:
        code = " ".join(x for x in [r.get("country") or "???", *r.get("sector", [])] if x)
        label = r.get("name") or r.get("text")
        parts.append(f"{code} ({label})")
    return " + ".join(parts)


def _event_lines(n: int, e: Event) -> list[str]:
    mode = f"/{e.mode}" if e.mode else ""
    lines = [f"  {n}. {e.event_type}{mode} [CAMEO {e.cameo}]  modality: {e.modality}  confidence: {e.confidence:.2f}",
             f"     who:   {_party(e.actor)}",
             f"     whom:  {_party(e.recipient)}"]
    if e.date:
        lines.append(f"     when:  {e.date['value'] or '?'} ({e.date['granularity']})"
                     + (f"  «{e.date['text']}»" if e.date.get("text") else f"  [{e.date['reason']}]"))
    if e.location:
        country = f", {e.location['country']}" if e.location.get("country") else ""
        lines.append(f"     where: {e.location['text']} ({e.location['kind']}{country})"
                     + (f"  [{e.location['reason']}]" if e.location.get("reason") else ""))
    if e.context:
        lines.append(f"     context: {', '.join(e.context)}")
    lines.append(f"     evidence: «{e.evidence.sentence}»")
    if len(e.mentions) > 1:
        lines.append(f"     ({len(e.mentions)} mentions in the article)")
    return lines


def summary(doc: Document) -> str:
    out = [_RULE, doc.title or "(no title)", _RULE]
    meta = [f"id {doc.id}"]
    if doc.published:
        meta.append(f"published {doc.published.isoformat()}")
    anchor = doc.meta.get("anchor", {})
    if not doc.published and anchor.get("value"):
        meta.append(f"article date inferred: {anchor['value']} ({anchor.get('reason', '')})")
    if doc.origin:
        meta.append(f"from {doc.origin}")
    out.append("  ".join(meta))
    if doc.removed:
        reasons = sorted({r.reason for r in doc.removed})
        out.append(f"cleaned: {len(doc.removed)} boilerplate line(s) removed ({', '.join(reasons)})")
    out.append("")
    out.append("Actors")
    for a in doc.actors:
        code = " ".join(x for x in [a.country or "???", *a.sector] if x)
        extra = f" — {a.role}" if a.role and a.name else ""
        out.append(f"  {a.id:<4} {code:<12} {a.name or a.text}{extra}  [{a.kind}, {len(a.mentions)} mention(s)]")
    if doc.places:
        seen: dict[str, str] = {}
        for p in doc.places:
            seen.setdefault(p.text, f"{p.text} ({p.kind}{', ' + p.country if p.country else ''})")
        out.append("")
        out.append("Places: " + "؛ ".join(seen.values()))
    if doc.dates:
        out.append("")
        out.append("Dates")
        for d in doc.dates:
            out.append(f"  «{d.text}» → {d.value or 'unresolved'} ({d.granularity}; {d.reason})")
    out.append("")
    out.append(f"Events ({len(doc.events)})")
    for n, e in enumerate(doc.events, start=1):
        out.extend(_event_lines(n, e))
    if not doc.events:
        out.append("  none found")
    if doc.suppressed:
        out.append("")
        out.append(f"Not coded ({len(doc.suppressed)})")
        for x in doc.suppressed:
            out.append(f"  {x['event_type']} «{x['trigger']}»: {x['reason']}")
    if doc.contexts:
        out.append("")
        out.append("Contexts: " + ", ".join(doc.contexts))
    return "\n".join(out)
