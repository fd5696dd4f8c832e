"""The ``marsad`` command: a thin shell over :func:`marsad.analyze`, the trained models and
the corpus commands (:mod:`marsad.corpus.commands`).

Errors reach the user as one line on stderr and a non-zero exit status, never as a
traceback: 1 when some input could not be analysed, 2 for a wrong command line.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Iterator, Optional, Sequence

from . import __version__
from .errors import MarsadError
from .ingest.article import FORMATS

EXAMPLE = "demo.txt"
CORPUS_COMMANDS = ("ingest", "search", "events", "export", "status")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="marsad", description="Arabic news in, PLOVER-coded political events out.")
    p.add_argument("--version", action="version", version=f"marsad {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    a = sub.add_parser("analyze", help="analyse articles: a file, a directory, or - for stdin",
                       description="Analyse Arabic news articles (plain text, HTML, JSONL, TREC <DOC>).")
    a.add_argument("path", metavar="PATH", help="file, directory (every article in it), or - for stdin")
    _output_options(a)
    a.add_argument("--input-format", choices=("auto",) + FORMATS, default="auto",
                   help="how to read PATH (default: guess from the name and content)")

    d = sub.add_parser("demo", help="analyse the example article that ships with marsad")
    _output_options(d, default="text")

    n = sub.add_parser("ner", help="the NER model: train, eval, tag",
                       description="The statistical NER model (a CRF trained on ANERcorp).")
    nsub = n.add_subparsers(dest="ner_command", metavar="ACTION", required=True)
    nsub.add_parser("train", help="rebuild the model from ../shared/data/ner/anercorp (options: see --help)",
                    add_help=False)
    nsub.add_parser("eval", help="precision, recall and F1 per type and micro-averaged on the CAMeL test split")
    t = nsub.add_parser("tag", help="tag a file of one token per line (blank line between sentences)")
    t.add_argument("path", metavar="FILE", help="file, or - for stdin; writes 'token TAG' lines")

    c = sub.add_parser("classify", help="the section classifier: train, eval",
                       description="The news-section classifier that keeps sport and culture out of the events.")
    csub = c.add_subparsers(dest="classify_command", metavar="ACTION", required=True)
    csub.add_parser("train", help="rebuild the model from ../shared/data/news")
    csub.add_parser("eval", help="accuracy and macro-F1 on the held-out split (by source and time)")

    ev = sub.add_parser("eval", help="measure the event coder against a gold set",
                        description="Score the event coder against the team's gold annotations (docs/annotation.md).")
    evsub = ev.add_subparsers(dest="eval_command", metavar="WHAT", required=True)
    ee = evsub.add_parser("events", help="precision, recall, F1 per type; modality, date, location, order")
    ee.add_argument("gold", nargs="+", metavar="GOLD.jsonl")
    ee.add_argument("--split", choices=("tune", "test", "all"), default="test")
    ee.add_argument("--json", action="store_true", help="all figures, misses and false alarms as JSON")
    ee.add_argument("--worst", type=int, default=10, help="misses and false alarms to list (default %(default)s)")
    ee.add_argument("--record", metavar="FILE", help="write the scores to FILE")
    ee.add_argument("--check", metavar="FILE", help="exit 1 if F1 is more than 0.03 below the one recorded in FILE")
    ea = evsub.add_parser("agreement", help="how far two annotators agree: the second scored as the system",
                          description="Score a second annotator's events against the first's on the articles both "
                                      "annotated, with the figures of `marsad eval events`.")
    ea.add_argument("first", nargs="+", metavar="FIRST.jsonl", help="the first annotator's gold files")
    ea.add_argument("--second", required=True, metavar="SECOND.jsonl", help="the second annotator's file")
    ea.add_argument("--json", action="store_true", help="all figures, misses and false alarms as JSON")
    ea.add_argument("--worst", type=int, default=10, help="disagreements to list (default %(default)s)")

    from .corpus.commands import add_parsers

    add_parsers(sub)
    return p


def _output_options(p: argparse.ArgumentParser, default: str = "json") -> None:
    p.add_argument("--format", choices=("json", "jsonl", "text"), default=default,
                   help=f"output: one JSON document/array, JSON lines, or a readable summary (default: {default})")
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="publication date of the article(s), to resolve أمس، الاثنين الماضي …")
    p.add_argument("--lang", default="ar", help="language of the input (only 'ar' is supported)")
    p.add_argument("--with-tokens", action="store_true", help="include tokens and sentences in JSON output")
    p.add_argument("--all-sections", action="store_true",
                   help="code events in sport, culture and technology articles too (marked relevance: doubtful)")


def _located(origin: str, message: str) -> str:
    """"WHERE: WHAT", without repeating WHERE when the message already starts with it."""
    return message if not origin or message.startswith(origin) else f"{origin}: {message}"


def _fail(message: str) -> None:
    print(f"marsad: error: {message}", file=sys.stderr)


def _articles(args) -> Iterator:
    from .ingest.readers import read_path, read_stream

    if args.command == "demo":
        from .ingest.article import RawArticle
        from .resources import EXAMPLES

        example = EXAMPLES / EXAMPLE
        meta = json.loads((EXAMPLES / "demo.json").read_text(encoding="utf-8"))

        if not args.published:
            args.published = meta.get("published")
        yield RawArticle(text=example.read_text(encoding="utf-8"), origin=f"example:{EXAMPLE}",
                         source=meta.get("source"))
        return
    if args.path == "-":
        yield from read_stream(sys.stdin.buffer, "<stdin>", args.input_format)
    else:
        yield from read_path(args.path, args.input_format)


def _run(args) -> int:
    from . import analyze
    from .ingest.article import BadRecord
    from .output.summary import summary

    failures = done = 0
    docs = []
    for item in _articles(args):
        if isinstance(item, BadRecord):
            failures += 1
            _fail(_located(item.origin, item.message))
            continue
        try:
            doc = analyze(item, published=args.published, lang=args.lang, all_sections=args.all_sections)
        except MarsadError as exc:
            failures += 1
            _fail(_located(item.origin, str(exc)))
            continue
        except Exception as exc:  # a bug in marsad: report it in one line and go on with the rest
            failures += 1
            _fail(f"{item.origin or 'input'}: internal error ({type(exc).__name__}: {exc}); please report it")
            continue
        done += 1
        if args.format == "jsonl":
            print(json.dumps(doc.to_dict(with_tokens=args.with_tokens), ensure_ascii=False), flush=True)
        elif args.format == "text":
            print(summary(doc), flush=True)
        else:
            docs.append(doc.to_dict(with_tokens=args.with_tokens))
    if args.format == "json" and done:
        print(json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=2))
    if failures:
        if failures + done > 1:
            _fail(f"{failures} input(s) could not be analysed, {done} analysed")
        return 1
    return 0


def _models(args, rest: list[str]) -> int:
    """``marsad ner …`` and ``marsad classify …``: thin shells over marsad.ner / marsad.classify."""
    if args.command == "ner":
        from .ner import train as ner

        if args.ner_command == "train":
            return ner.run_train(rest)
        if args.ner_command == "eval":
            return ner.run_eval()
        return ner.run_tag(args.path)
    from . import classify

    if args.classify_command == "train":
        return classify.run_train()
    return classify.run_eval()


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = _parser()
    args, rest = parser.parse_known_args(argv)
    if rest and not (args.command == "ner" and getattr(args, "ner_command", "") == "train"):
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    if args.command is None:
        parser.print_help()
        return 2
    try:
        if args.command in ("ner", "classify"):
            return _models(args, rest)
        if args.command == "eval":
            from .evaluate.events import run as run_eval

            if args.eval_command == "agreement":
                return run_eval(args.first, "all", args.json, args.worst, second=[args.second])
            return run_eval(args.gold, args.split, args.json, args.worst, args.record, args.check)
        if args.command in CORPUS_COMMANDS:
            from .corpus.commands import run

            return run(args)
        return _run(args)
    except MarsadError as exc:
        _fail(str(exc))
        return 1
    except KeyboardInterrupt:
        _fail("interrupted")
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (| head): not an error worth a message
        return 0


if __name__ == "__main__":
    sys.exit(main())
