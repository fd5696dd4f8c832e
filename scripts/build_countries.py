#!/usr/bin/env python3
"""Regenerate the `name_cldr` column of marsad/data/gazetteer/countries.tsv from CLDR (babel).

Why a script and not a run-time dependency: the Arabic country names come from CLDR, which babel
ships, but marsad must not need babel to run. So the names are copied into the data file, and this
script refreshes them when babel (CLDR) is upgraded. Only `name_cldr` is touched: comment lines,
the header, row order and every hand-curated column (aliases, adjective, capital …) are written
back byte for byte, so running it on an up-to-date file changes nothing.

Usage:
    python scripts/build_countries.py            # rewrite the file in place
    python scripts/build_countries.py --check    # exit 1 if the file is not up to date
    python scripts/build_countries.py --path F   # work on another copy of the file

New ISO 3166-1 codes are not added automatically (the alpha-3 code, the status and the curated
columns need a person); the script lists CLDR territories that have no row, ignoring CLDR's
non-ISO areas (EU, UN, EZ, QO, XA/XB, ZZ, and the exceptionally reserved codes AC CP CQ DG EA IC TA).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "marsad" / "data" / "gazetteer" / "countries.tsv"

# CLDR territory codes that are not ISO 3166-1 countries or territories with an alpha-3 code.
NOT_ISO = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "CQ", "DG", "EA", "IC", "TA"}


def cldr_names() -> dict[str, str]:
    """alpha-2 → Arabic name, from babel's copy of CLDR (a dev dependency only)."""
    try:
        from babel import Locale
    except ImportError:  # pragma: no cover - depends on the environment
        sys.exit("build_countries: babel is needed (pip install -e '.[dev]')")
    return {code: name for code, name in Locale("ar").territories.items() if code.isalpha()}


def rebuild(text: str, names: dict[str, str]) -> tuple[str, list[str]]:
    """The file text with `name_cldr` refreshed, and a list of warnings."""
    warnings: list[str] = []
    out: list[str] = []
    header: list[str] | None = None
    seen: set[str] = set()
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        ending = line[len(body):]
        if not body.strip() or body.lstrip().startswith("#"):
            out.append(line)
            continue
        cells = body.split("\t")
        if header is None:
            header = cells
            for col in ("alpha2", "name_cldr"):
                if col not in header:
                    raise SystemExit(f"build_countries: column {col!r} missing from the header")
            out.append(line)
            continue
        a2 = cells[header.index("alpha2")]
        seen.add(a2)
        name = names.get(a2)
        if name is None:
            warnings.append(f"{a2}: no CLDR name; kept {cells[header.index('name_cldr')]!r}")
        else:
            cells[header.index("name_cldr")] = name
        out.append("\t".join(cells) + ending)
    missing = sorted(set(names) - seen - NOT_ISO)
    if missing:
        warnings.append("CLDR territories without a row (add them by hand): " + ", ".join(missing))
    return "".join(out), warnings


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--path", type=Path, default=DEFAULT_PATH)
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 if the file would change")
    args = ap.parse_args(argv)

    original = args.path.read_text(encoding="utf-8")
    updated, warnings = rebuild(original, cldr_names())
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    if updated == original:
        print(f"{args.path}: up to date")
        return 0
    if args.check:
        print(f"{args.path}: name_cldr is out of date; run scripts/build_countries.py", file=sys.stderr)
        return 1
    args.path.write_text(updated, encoding="utf-8")
    print(f"{args.path}: name_cldr rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main())
