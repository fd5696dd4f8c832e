"""``marsad classify FILE``: the section of every article in a file, directory or stdin.

Articles are read and cleaned exactly as ``marsad analyze`` reads them (same readers, same
boilerplate removal, so the title is the same), and one JSON line per article is written:
origin, title, label, probability, relevant, scores. Bad records get the usual one-line
``marsad: error: WHERE: WHAT`` and the rest are still classified.
"""
from __future__ import annotations

import json
import sys
from typing import Optional, TextIO

from ..errors import InputError, MarsadError
from .section import classify


def run_classify(path: str, input_format: str = "auto", out: Optional[TextIO] = None,
                 err: Optional[TextIO] = None) -> int:
    """Classify every article of ``path`` (``-`` for stdin). Returns 1 when some input could
    not be read, else 0."""
    from ..clean import clean_article
    from ..ingest.article import BadRecord
    from ..ingest.readers import read_path, read_stream

    out = out or sys.stdout
    err = err or sys.stderr
    items = read_stream(sys.stdin.buffer, "<stdin>", input_format) if path == "-" else read_path(path, input_format)
    failures = done = 0
    for item in items:
        if isinstance(item, BadRecord):
            failures += 1
            print(f"marsad: error: {item}", file=err)
            continue
        try:
            cleaned = clean_article(item)
            if not (cleaned.title.strip() or cleaned.body.strip()):
                raise InputError(f"{item.origin or 'input'}: no article text left after cleaning")
            section = classify(cleaned.title, cleaned.body)
        except MarsadError as exc:
            failures += 1
            print(f"marsad: error: {exc}", file=err)
            continue
        done += 1
        record = {"origin": item.origin or None, "title": cleaned.title, **section.to_dict()}
        print(json.dumps(record, ensure_ascii=False), file=out, flush=True)
    if failures and failures + done > 1:
        print(f"marsad: error: {failures} input(s) could not be classified, {done} classified", file=err)
    return 1 if failures else 0
