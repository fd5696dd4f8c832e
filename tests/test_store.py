"""The store and `marsad ingest` with real SQLite files: idempotency, resume after a killed
ingest, the events query, syndicated copies clustered and their events merged, and every
export read back. Articles: the team's own (tests/articles)."""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from marsad.cli import main
from marsad.corpus.ingest import IngestOptions, ingest
from marsad.store import EventQuery, open_store

ARTICLES = Path(__file__).parent / "articles"
EXPECTED = {a["file"]: a for a in json.loads((ARTICLES / "expected.json").read_text(encoding="utf-8"))}
ROOT = Path(__file__).resolve().parents[1]


def records() -> list[dict]:
    return [{"id": f, "text": (ARTICLES / f).read_text(encoding="utf-8"), "published": a["published"],
             "source": "team", "url": f"https://example.org/{f}"} for f, a in sorted(EXPECTED.items())]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def syndicated(rec: dict, site: str) -> dict:
    """The same wire story as another site runs it: its own header, byline and footer."""
    title, _, body = rec["text"].partition("\n")
    text = (f"{title} | {site}\n\n{site} - (وكالات)\n{body.strip()}\n\nاقرأ أيضا: أخبار أخرى من {site}\n"
            f"جميع الحقوق محفوظة © {site} 2025")
    return dict(rec, id=f"{site}-{rec['id']}", text=text, source=site, url=f"https://{site}.example/{rec['id']}")


def counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    out = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
           for t in ("documents", "events", "entities", "seen", "stories", "merged_events", "event_parties")}
    out["distinct_docs"] = con.execute("SELECT count(DISTINCT id) FROM documents").fetchone()[0]
    con.close()
    return out


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("store")
    src = write_jsonl(d / "team.jsonl", records())
    db = d / "team.db"
    with open_store(db) as store:
        report = ingest([str(src)], store, IngestOptions(jobs=1))
    assert report.added == 12 and report.bad == 0
    return db


def test_ingest_is_idempotent(corpus_db, tmp_path):
    before = counts(corpus_db)
    assert before["documents"] == 12 and before["events"] > 12
    src = write_jsonl(tmp_path / "again.jsonl", records())
    with open_store(corpus_db) as store:
        report = ingest([str(src)], store, IngestOptions(jobs=1))
        assert (report.records, report.added, report.skipped) == (12, 0, 12)
        assert [r["status"] for r in store.runs()][-1] == "done"
    assert counts(corpus_db) == before


def test_same_text_under_other_metadata_is_not_stored_twice(tmp_path):
    rows = records()[:2]
    moved = [dict(r, url=r["url"] + "?utm=1") for r in rows]  # same article, other URL: analysed, not stored
    db = tmp_path / "x.db"
    with open_store(db) as store:
        ingest([str(write_jsonl(tmp_path / "a.jsonl", rows))], store)
        report = ingest([str(write_jsonl(tmp_path / "b.jsonl", moved))], store)
    assert report.added == 0 and report.skipped == 2
    assert counts(db)["documents"] == 2


def test_events_query(corpus_db):
    with open_store(corpus_db, readonly=True) as store:
        protests = store.events(EventQuery(types=["PROTEST"], modalities=["actual"]))
        assert any(r["doc"]["id"] and "01_protest" in (r["doc"]["url"] or "") for r in protests)
        assert all(r["event_type"] == "PROTEST" and r["modality"] == "actual" for r in protests)
        agree = store.events(EventQuery(between=("MRT", "ESP")))
        assert agree and all({"MRT", "ESP"} <= {p["country"] for p in r["actor"] + r["recipient"]} for r in agree)
        signed = store.events(EventQuery(types=["05"]))  # CAMEO prefix: the 05x family (057 sign)
        assert signed and all(r["cameo"].startswith("05") for r in signed)
        dated = store.events(EventQuery(since="2025-05-21", until="2025-05-21"))
        assert dated and all(r["date"]["value"] == "2025-05-21" for r in dated)
        assert not store.events(EventQuery(since="2031"))


def test_doc_countries_hold_every_country_of_entities_and_parties(corpus_db):
    """The search's country filter reads doc_countries: ingest must fill it with exactly the
    countries that the document's entities and event parties have."""
    con = sqlite3.connect(corpus_db)
    stored = set(con.execute("SELECT country, n FROM doc_countries"))
    expected = set(con.execute(
        "SELECT e.country, d.n FROM entities e JOIN documents d ON d.id = e.doc_id WHERE e.country IS NOT NULL "
        "UNION SELECT p.country, d.n FROM event_parties p JOIN events v ON v.id = p.event_id "
        "JOIN documents d ON d.id = v.doc_id WHERE p.country IS NOT NULL"))
    con.close()
    assert stored == expected and {c for c, _ in stored} >= {"MRT", "FRA", "ESP"}


def test_query_validation():
    from marsad.errors import InputError

    with pytest.raises(InputError, match="alpha-3"):
        EventQuery(country="France").check()
    with pytest.raises(InputError, match="YYYY"):
        EventQuery(since="5/5/2025").check()


def test_syndicated_copies_form_one_story_and_their_events_merge(tmp_path):
    base = records()[3]  # the Mauritania–Spain agreement
    other = records()[0]
    rows = [base, syndicated(base, "alwasat"), syndicated(base, "annahar"), other]
    db = tmp_path / "s.db"
    with open_store(db) as store:
        ingest([str(write_jsonl(tmp_path / "s.jsonl", rows))], store)
        stats = store.stats()
        merged = store.events(EventQuery(merged=True, modalities=["actual"]))
        raw = store.events(EventQuery(modalities=["actual"]))
    assert stats["documents"] == 4
    assert stats["stories"] == 2 and stats["stories_with_copies"] == 1
    assert stats["events_after_merging"] < stats["events"]
    signing = [r for r in merged if r["event_type"] == "SUPPORT" and r["doc"]["id"]]
    assert signing and signing[0]["merged"]["mentions"] == 3
    assert len({m["doc_id"] for m in signing[0]["mentions"]}) == 3
    assert len(raw) > len(merged)


def _as_in_a_terminal() -> None:
    """Ctrl-C as a terminal delivers it: a test run started in the background (``pytest &``)
    hands its children SIGINT ignored, which marsad rightly leaves ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("sig, status", [(signal.SIGKILL, None), (signal.SIGINT, 130)])
def test_stopped_ingest_resumes_without_duplicates(tmp_path, sig, status):
    """kill -9 (nothing can be saved) and Ctrl-C (the batch in hand is saved): either way the
    database stays consistent and the same command finishes the job."""
    rows = records()
    # enough articles (360) that the stop lands mid-run: with 120 the pool could analyse them all
    # between two looks at the store, and the signal then met a process already exiting (a
    # Ctrl-C in its exit handlers leaves the status 0)
    rows = rows + [dict(syndicated(r, f"site{k}"), id=f"{k}-{r['id']}") for k in range(29) for r in rows]
    total = len(rows)
    src = write_jsonl(tmp_path / "many.jsonl", rows)
    db = tmp_path / "k.db"
    cmd = [sys.executable, "-m", "marsad", "ingest", str(src), "--db", str(db), "--jobs", "2", "--batch", "2"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_as_in_a_terminal)
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
                stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
                con.close()
            except sqlite3.OperationalError:
                continue
            if stored >= 4:
                break
    assert proc.poll() is None and stored < total, "the ingest finished before it could be stopped"
    os.kill(proc.pid, sig)
    _, err = proc.communicate(timeout=60)
    if status is not None:
        assert proc.returncode == status
        assert "Traceback" not in err and "resume" in err
    partial = counts(db)
    assert 4 <= partial["documents"] < total
    assert partial["seen"] == partial["documents"]  # hashes and documents commit together
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    done = counts(db)
    assert done["documents"] == done["distinct_docs"] == total
    assert done["seen"] == total
    with open_store(db, readonly=True) as store:
        statuses = [r["status"] for r in store.runs()]
    assert statuses == ["interrupted", "done"]


def test_cli_ingest_events_export_status(tmp_path, capsys):
    src = write_jsonl(tmp_path / "team.jsonl", records()[:4])
    db = str(tmp_path / "c.db")
    assert main(["ingest", str(src), "--db", db, "--jobs", "2"]) == 0
    err = capsys.readouterr().err
    assert "4 new articles" in err and "\r" not in err  # no progress bar in a pipe
    assert main(["events", "--db", db, "--type", "SUPPORT", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["event_type"] == "SUPPORT" for r in rows)
    out = tmp_path / "ev.csv"
    assert main(["export", "--db", db, "--to", "csv", "--out", str(out)]) == 0
    capsys.readouterr()
    table = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    with open_store(db, readonly=True) as store:
        assert len(table) == len(store.events(EventQuery()))
    assert main(["status", "--db", db]) == 0
    assert "documents" in capsys.readouterr().out


def test_readings_not_coded_are_listed_with_their_article(corpus_db, capsys):
    # the team's Rome article: the ship the Italian authorities seized is no party (expected.json)
    with open_store(corpus_db, readonly=True) as store:
        rows = store.suppressed(EventQuery(types=["COERCE"], actor_country="ITA"))
        every = store.suppressed(EventQuery())
        assert store.suppressed(EventQuery(since="2030")) == []
    assert [r["doc"]["url"] for r in rows] == ["https://example.org/08_threat_rome.txt"]
    assert "السفينة نفسها" in rows[0]["sentence"] and rows[0]["reason"].startswith("no recipient found")
    assert len(every) >= len(rows) and all(r["doc"]["id"] for r in every)
    assert main(["events", "--db", str(corpus_db), "--suppressed", "--type", "COERCE"]) == 0
    out = capsys.readouterr().out
    # a line says who, to whom (here no one: — ), the trigger and why
    assert "reading(s) not coded" in out and any("ITA" in line and "→  —  «" in line for line in out.splitlines())
    # by the words of the reason, in any case
    with open_store(corpus_db, readonly=True) as store:
        assert rows[0] in store.suppressed(EventQuery(reason="NO RECIPIENT"))
        assert rows[0] not in store.suppressed(EventQuery(reason="sport article"))
    assert main(["events", "--db", str(corpus_db), "--suppressed", "--reason", "no recipient", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed and all("no recipient" in r["reason"] for r in listed)
    assert main(["events", "--db", str(corpus_db), "--reason", "no recipient"]) == 1
    assert "add --suppressed" in capsys.readouterr().err
    # filters a reading cannot answer (it has no recipient, date or modality) are refused in one line
    assert main(["events", "--db", str(corpus_db), "--suppressed", "--modality", "actual"]) == 1
    assert "--suppressed takes" in capsys.readouterr().err


def test_a_ctrl_c_right_after_begin_leaves_no_transaction_open(tmp_path):
    # the interrupted ingest saves its batch in a new transaction: none may be left open
    with open_store(tmp_path / "t.db") as store:
        real = store.conn

        class Interrupted:  # the connection, with Ctrl-C landing as BEGIN returns
            in_transaction = property(lambda self: real.in_transaction)

            def execute(self, sql, *args):
                cur = real.execute(sql, *args)
                if sql == "BEGIN IMMEDIATE":
                    raise KeyboardInterrupt
                return cur

        store.conn = Interrupted()
        with pytest.raises(KeyboardInterrupt):
            with store.transaction():
                pass
        store.conn = real
        assert not real.in_transaction
        with store.transaction() as c:
            c.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')")


def test_a_version_2_store_gets_its_readings_not_coded_from_the_records(corpus_db, tmp_path):
    # version 3 keeps the suppressed readings in a table of their own; a file written before
    # (the same schema without that table) is filled from its document records on opening
    with open_store(corpus_db, readonly=True) as store:
        want = store.suppressed(EventQuery())
    assert want
    old = tmp_path / "v2.db"
    con = sqlite3.connect(corpus_db)
    con.execute("VACUUM INTO ?", (str(old),))
    con.close()
    con = sqlite3.connect(old)
    con.executescript("DROP TABLE suppressed; PRAGMA user_version = 2;")
    con.close()
    with open_store(old) as store:
        assert store.suppressed(EventQuery()) == want
        assert store.suppressed(EventQuery(limit=1)) == want[:1]


def test_cli_errors_are_one_line(tmp_path, capsys):
    assert main(["events", "--db", str(tmp_path / "missing.db")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "no such database" in err
    bad = tmp_path / "not.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    assert main(["status", "--db", str(bad)]) == 1
    assert "not a marsad database" in capsys.readouterr().err
    assert main(["export", "--db", str(bad), "--to", "parquet"]) == 1
    assert "--out" in capsys.readouterr().err


def test_stored_record_is_the_analysis(corpus_db):
    import marsad
    from marsad.ingest import RawArticle
    from marsad.ingest.dates import parse_published

    rec = records()[5]
    doc = marsad.analyze(RawArticle(text=rec["text"], published=parse_published(rec["published"]), url=rec["url"],
                                    source=rec["source"], id=rec["id"], origin="x", format="jsonl"))
    with open_store(corpus_db, readonly=True) as store:
        stored = store.document(doc.id)
    expected = doc.to_dict()
    assert stored is not None and stored["text"] == expected["text"]
    assert {k: v for k, v in stored.items() if k != "origin"} == {k: v for k, v in expected.items() if k != "origin"}


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the swallowed interrupt, reported
def test_a_ctrl_c_a_finaliser_swallows_still_stops_the_ingest(tmp_path, monkeypatch):
    """A KeyboardInterrupt raised inside a finaliser is printed as "Exception ignored" and lost
    (the pool's and SQLite's objects run them now and then): the ingest used to run to its end
    and exit 0 (the flaky Ctrl-C case above). It stops after the record in hand instead."""
    import marsad.corpus.ingest as ingest_module

    class Finaliser:
        def __del__(self):
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(10_000):  # the interrupt is raised here, inside __del__
                pass

    analyse, calls = ingest_module.analyse_record, []

    def analyse_then_interrupt(item, options=None):
        calls.append(item)
        if len(calls) == 3:
            Finaliser()  # made and finalised at once
        return analyse(item, options)

    monkeypatch.setattr(ingest_module, "analyse_record", analyse_then_interrupt)
    rows = records()
    db = tmp_path / "c.db"
    # Python's own Ctrl-C handler, as in a terminal, even when the tests run in the background
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with open_store(db) as store:
            with pytest.raises(KeyboardInterrupt):
                ingest([str(write_jsonl(tmp_path / "c.jsonl", rows))], store, IngestOptions(jobs=1))
            assert store.runs()[0]["status"] == "interrupted"
        assert len(calls) == 3 < len(rows)
        assert counts(db)["documents"] == 3
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, previous)
