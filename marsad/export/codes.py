"""CAMEO and PLOVER code facts the exports add to each event: quad classes and scales.

They come from the tables marsad already ships (``data/events/cameo.tsv`` and ``plover.tsv``,
read through :mod:`marsad.events.lexicon`), so an export never disagrees with the coder.

Two quad classifications exist and they differ, so each format says which one it carries:

* CAMEO's QuadClass, from the 2-digit root of the CAMEO code (GDELT's definition):
  1 verbal cooperation (01–05), 2 material cooperation (06–08), 3 verbal conflict (09–13),
  4 material conflict (14–20). Used with the Goldstein scale in the csv/parquet/cameo formats.
* PLOVER's quad category, per event type (CONCEDE is *verbal* cooperation in PLOVER, while its
  CAMEO codes 08x are material), with the PLOVER score. Used in the PLOVER JSONL format.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..events.lexicon import cameo_codes, plover_modes

PLOVER_QUADS = {"verbal_cooperation": 1, "material_cooperation": 2, "verbal_conflict": 3, "material_conflict": 4}


@dataclass(frozen=True)
class CameoFacts:
    code: str
    base: str                    # GDELT EventBaseCode: the first three digits ("0841" → "084")
    root: str                    # GDELT EventRootCode: the first two digits
    quad_class: Optional[int]    # 1–4, None for a code outside 01–20
    goldstein: Optional[float]   # None when the code is not in cameo.tsv
    name: str


@lru_cache(maxsize=None)
def cameo_facts(code: str) -> CameoFacts:
    """Base and root codes, QuadClass and Goldstein score of a CAMEO event code.

    The Goldstein score is the code's own; a code missing from cameo.tsv takes its base
    code's, then its root's (a family's score rather than none at all)."""
    code = code.strip()
    base, root = code[:3], code[:2]
    table = cameo_codes()
    row = table.get(code) or table.get(base) or table.get(root)
    goldstein = float(row["goldstein"]) if row and row.get("goldstein") not in (None, "") else None
    return CameoFacts(code, base, root, quad_class(root), goldstein, row["name"] if row else "")


def quad_class(root: str) -> Optional[int]:
    """CAMEO QuadClass of a 2-digit root code (GDELT's rule)."""
    if not (len(root) == 2 and root.isdigit()):
        return None
    n = int(root)
    if 1 <= n <= 5:
        return 1
    if 6 <= n <= 8:
        return 2
    if 9 <= n <= 13:
        return 3
    if 14 <= n <= 20:
        return 4
    return None


def plover_quad_and_score(event_type: str, mode: str) -> tuple[Optional[int], Optional[float]]:
    """PLOVER quad code (1–4) and score of a type and mode; the type's own row when the mode
    has none, (None, None) for a type PLOVER does not list."""
    table = plover_modes()
    row = table.get((event_type, mode)) or table.get((event_type, ""))
    if row is None:
        return None, None
    score = float(row["score"]) if row.get("score") else None
    return PLOVER_QUADS.get(row.get("quad", "")), score
