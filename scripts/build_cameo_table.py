"""Rebuild marsad/data/events/cameo.tsv (CAMEO code, short name, Goldstein score, root,
quad class) from the CAMEO codebook in ../shared/data/codes/cameo-codes.csv.

Only the facts of the public standard are kept (codes, names, scores); the codebook's
descriptions and examples stay in the shared folder. Run from the repository root:

    python scripts/build_cameo_table.py [PATH_TO_cameo-codes.csv]
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT.parent / "shared" / "data" / "codes" / "cameo-codes.csv"
OUT = ROOT / "marsad" / "data" / "events" / "cameo.tsv"


def quad_class(root: int) -> int:
    """CAMEO quad classes as GDELT uses them: 1 verbal cooperation (01-05), 2 material
    cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20)."""
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


def main() -> None:
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else SRC
    with src.open(encoding="utf-8", errors="replace", newline="") as fh:
        rows = list(csv.DictReader(fh))
    with OUT.open("w", encoding="utf-8") as out:
        out.write("# CAMEO event codes (facts of the CAMEO standard), rebuilt by scripts/build_cameo_table.py\n")
        out.write("code\tname\tgoldstein\troot\tquad_class\n")
        for r in rows:
            code = r["code"].strip()
            root = code[:2]
            out.write(f"{code}\t{r['name'].strip()}\t{r['goldstein'].strip()}\t{root}\t{quad_class(int(root))}\n")
    print(f"wrote {OUT} ({len(rows)} codes)")


if __name__ == "__main__":
    main()
