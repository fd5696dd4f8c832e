"""The marsad command: formats, inputs, and one-line errors with a non-zero exit."""
import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = ("مصر تدين هجوما على سفارتها في الخرطوم\n\n"
           "القاهرة - أدانت وزارة الخارجية المصرية، اليوم الأحد، الهجوم الذي شنه مسلحون أمس على سفارتها في الخرطوم.\n")


def run(*args, stdin: bytes | None = None):
    proc = subprocess.run([sys.executable, "-m", "marsad.cli", *args], input=stdin, capture_output=True)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


@pytest.fixture
def article(tmp_path: Path) -> Path:
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_json_for_one_file(article):
    code, out, err = run("analyze", str(article), "--published", "2025-02-09")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["title"].startswith("مصر تدين")
    assert [e["event_type"] for e in doc["events"]] == ["ACCUSE", "ASSAULT"]
    assert doc["suppressed"] == []
    assert doc["events"][0]["date"]["value"] == "2025-02-09"


def test_jsonl_for_a_directory(tmp_path, article):
    (tmp_path / "b.txt").write_text(ARTICLE.replace("الخرطوم", "طرابلس"), encoding="utf-8")
    code, out, err = run("analyze", str(tmp_path), "--format", "jsonl")
    assert code == 0, err
    assert len(out.strip().splitlines()) == 2
    assert all(json.loads(line)["events"] for line in out.strip().splitlines())


def test_text_summary_from_stdin():
    code, out, err = run("analyze", "-", "--format", "text", "--published", "2025-02-09",
                         stdin=ARTICLE.encode("utf-8"))
    assert code == 0, err
    assert "ACCUSE/disapprove" in out and "EGY GOV" in out and "Events (2)" in out
    assert "Not coded" not in out
    # a call to no one named is read but not coded: the summary says so, and why
    code, out, err = run("analyze", "-", "--format", "text", "--published", "2025-02-09",
                         stdin="عنوان\n\nودعت الحكومة التونسية في جنيف إلى وقف القتال.\n".encode("utf-8"))
    assert code == 0, err
    assert "Events (0)" in out and "Not coded (1)" in out and "REQUEST «دعت»: no recipient found" in out


def test_jsonl_records_in_and_cp1256(tmp_path):
    records = tmp_path / "news.jsonl.gz"
    with gzip.open(records, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "x1", "title": "اعتقالات", "text": ARTICLE.split("\n\n")[1],
                             "published": "2025-02-09T10:00:00+01:00"}, ensure_ascii=False) + "\n")
        fh.write("{not json\n")
    code, out, err = run("analyze", str(records), "--format", "jsonl")
    assert code == 1
    assert json.loads(out)["published"] == "2025-02-09"
    assert err.count("\n") == 2 and ":2:" in err and "Traceback" not in err
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(ARTICLE.encode("cp1256"))
    code, out, err = run("analyze", str(legacy))
    assert code == 0 and json.loads(out)["title"].startswith("مصر تدين")


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    ("This is an English article about the weather in London today.".encode(), "not Arabic"),
])
def test_bad_input_one_line_error(tmp_path, content, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    code, out, err = run("analyze", str(p))
    assert code == 1 and out == ""
    assert message in err and "Traceback" not in err
    assert err.strip().count("\n") == 0  # one line


def test_missing_path_and_bad_options(tmp_path, article):
    code, _, err = run("analyze", str(tmp_path / "nope.txt"))
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    code, _, err = run("analyze", str(article), "--published", "yesterday")
    assert code == 1 and "YYYY-MM-DD" in err
    code, _, err = run("analyze", str(article), "--format", "xml")
    assert code == 2


def test_demo_runs():
    code, out, err = run("demo")
    assert code == 0, err
    assert "Events (" in out and "SUPPORT" in out
