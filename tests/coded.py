"""What marsad codes in a short text the team writes: the reading the event-push tests compare."""
from datetime import date

import marsad
from marsad.ingest.article import RawArticle


def coded(text: str, published: date = date(2018, 5, 15)) -> list[tuple[str, list, list, str, int]]:
    """Each event of ``text`` (a title line, a blank line, the body; read in any section) as its
    type, actor and recipient countries (sorted, ``"None"`` for a party of no country), the rule
    that found its doer, and how many mentions were merged into it."""
    doc = marsad.analyze(RawArticle(text=text, published=published), all_sections=True)
    return [(e.event_type, sorted(str(r["country"]) for r in e.actor), sorted(str(r["country"]) for r in e.recipient),
             e.coding["actor_rule"], len(e.mentions)) for e in doc.events]
