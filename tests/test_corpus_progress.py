"""The ingest progress line (terminal only) and the record count behind its ETA."""
import gzip
import io

from marsad.corpus.ingest import count_records
from marsad.corpus.progress import Progress


def test_progress_line_has_rate_and_eta():
    out = io.StringIO()
    p = Progress(total=1000, stream=out, enabled=True)
    line = p.line(250, added=240, bad=3, elapsed=10.0)
    assert "250/1,000 articles" in line and "25.0/s" in line and "3 bad" in line and "ETA 0:30" in line
    p.update(250, 240, 3, force=True)
    p.message("marsad: skipped x: y")
    p.close()
    assert "marsad: skipped x: y\n" in out.getvalue()


def test_progress_is_silent_in_a_pipe():
    out = io.StringIO()  # not a terminal
    p = Progress(total=10, stream=out)
    p.update(5, force=True)
    p.close()
    assert out.getvalue() == ""
    p.message("one line")
    assert out.getvalue() == "one line\n"


def test_count_records(tmp_path):
    (tmp_path / "a.txt").write_text("عنوان\n\nنص", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n', encoding="utf-8")
    with gzip.open(tmp_path / "c.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write('{"text": "z"}\n')
    assert count_records([str(tmp_path)]) == 4
    (tmp_path / "d.txt").write_text("<DOC>\n<TEXT>x</TEXT></DOC>", encoding="utf-8")
    assert count_records([str(tmp_path)]) is None  # a TREC bundle: unknown without reading it
    assert count_records(["https://example.org/feed.xml"]) is None
