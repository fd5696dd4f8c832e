"""Reading files, directories and streams (marsad.ingest.readers)."""
from __future__ import annotations

import gzip
import io
import json
import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from marsad.errors import InputError
from marsad.ingest import BadRecord, RawArticle, parse_published, read_path, read_stream
from marsad.ingest import readers

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"
CORPUS = FIXTURES / "corpus"
PLAIN = "خبر تجريبي\nقال المتحدث باسم الحكومة إن الاجتماع سيعقد غدا في العاصمة.\n"


def _articles(items) -> list[RawArticle]:
    return [i for i in items if isinstance(i, RawArticle)]


def _bad(items) -> list[BadRecord]:
    return [i for i in items if isinstance(i, BadRecord)]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    shutil.copytree(CORPUS, root)
    (root / ".hidden.txt").write_text("ملف مخفي", encoding="utf-8")
    (root / ".git").mkdir()
    (root / ".git" / "x.txt").write_text("ملف في مجلد مخفي", encoding="utf-8")
    return root


def test_directory_walk(corpus: Path) -> None:
    items = list(read_path(corpus))
    origins = [Path(i.origin.split(":")[0]).relative_to(corpus).as_posix() for i in items]
    # Sorted, recursive, hidden files and non-article files (notes.md, README) skipped.
    assert origins == [
        "a-plain.txt", "b-page.html",
        "c-records.jsonl", "c-records.jsonl", "c-records.jsonl", "c-records.jsonl", "c-records.jsonl",
        "sub/GIGA_NOEXT", "sub/d-two-docs.trec", "sub/d-two-docs.trec",
    ]
    formats = [i.format for i in _articles(items)]
    assert formats == ["text", "html", "jsonl", "jsonl", "trec", "trec"]
    assert len(_bad(items)) == 4


def test_plain_text_file() -> None:
    [article] = list(read_path(CORPUS / "a-plain.txt"))
    assert article.format == "text" and article.title is None
    assert article.text.startswith("افتتاح معرض الكتاب الدولي")
    assert article.origin == str(CORPUS / "a-plain.txt")


def test_html_file() -> None:
    [article] = list(read_path(CORPUS / "b-page.html"))
    assert article.format == "html"
    assert article.title == "رئيس الوزراء العراقي يزور أنقرة"
    assert article.published == date(2023, 3, 21)
    assert "جميع الحقوق محفوظة" not in article.text
    assert article.text.startswith("وصل رئيس الوزراء العراقي")


def test_format_override() -> None:
    [article] = list(read_path(CORPUS / "b-page.html", fmt="text"))
    assert article.format == "text" and article.text.startswith("<!DOCTYPE html>")
    with pytest.raises(InputError, match="unknown input format 'pdf'"):
        read_path(CORPUS / "b-page.html", fmt="pdf")


def test_jsonl_records_and_bad_lines() -> None:
    path = CORPUS / "c-records.jsonl"
    items = list(read_path(path))
    first, last = _articles(items)
    assert first.id == "rec-1" and first.title == "انطلاق الحملة الانتخابية في موريتانيا"
    assert first.published == date(2024, 6, 13) and first.url == "https://example.org/mr/1"
    assert first.source == "example" and first.origin == f"{path}:1" and first.format == "jsonl"
    assert "\n" in first.text
    assert last.id == "5" and last.published == date(2018, 7, 13) and last.origin == f"{path}:5"
    messages = [b.message for b in _bad(items)]
    assert messages == [
        f"{path}:2: not valid JSON (Expecting value at column 1)",
        f"{path}:3: not a JSON object",
        f"{path}:4: 'text' is empty",
    ]


def test_jsonl_missing_text_and_non_utf8(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_bytes(
        b'{"title": "no text"}\n'
        b'{"text": 42}\n'
        + json.dumps({"text": "نص"}).encode("cp1256", errors="ignore")[:-3] + b'\xe1"}\n'
        + b'{"text": "unterminated\n'
        + json.dumps({"text": "نص سليم", "extra": [1, 2]}, ensure_ascii=False).encode() + b"\n"
    )
    items = list(read_path(path))
    assert [b.message.split(": ", 1)[1] for b in _bad(items)] == [
        "no 'text' field", "'text' is not a string", "not UTF-8 text",
        "not valid JSON (Unterminated string starting at column 10)"]
    assert [a.text for a in _articles(items)] == ["نص سليم"]


def test_jsonl_gz_and_corrupt_gzip(tmp_path: Path) -> None:
    records = [json.dumps({"id": str(i), "text": f"نص الخبر رقم {i}"}, ensure_ascii=False) for i in range(200)]
    good = tmp_path / "good.jsonl.gz"
    with gzip.open(good, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(records) + "\n")
    items = list(read_path(good))
    assert len(_articles(items)) == 200 and not _bad(items)

    data = good.read_bytes()
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(data[: len(data) // 2] + b"\x00garbage" * 50)
    items = list(read_path(broken))
    bad = _bad(items)
    assert len(bad) == 1 and "corrupt compressed data" in bad[0].message
    assert bad[0].message.startswith(f"{broken}:") and "the rest of the file is skipped" in bad[0].message
    assert all(isinstance(i, RawArticle) for i in items[:-1])

    truncated = tmp_path / "truncated.jsonl.gz"
    truncated.write_bytes(data[:-20])
    assert "corrupt compressed data" in _bad(list(read_path(truncated)))[0].message


def test_json_array_object_and_invalid(tmp_path: Path) -> None:
    arr = tmp_path / "arr.json"
    arr.write_text(json.dumps([{"text": "الأول", "title": "أ"}, {"nope": 1}, {"text": "الثالث"}],
                              ensure_ascii=False), encoding="utf-8")
    items = list(read_path(arr))
    assert [i.origin for i in items] == [f"{arr}#1", f"{arr}#2", f"{arr}#3"]
    assert isinstance(items[1], BadRecord) and items[1].message == f"{arr}#2: no 'text' field"
    one = tmp_path / "one.json"
    one.write_text('{\n  "text": "نص واحد",\n  "published": "2020-05-01"\n}\n', encoding="utf-8")
    [article] = list(read_path(one))
    assert article.text == "نص واحد" and article.published == date(2020, 5, 1)
    broken = tmp_path / "broken.json"
    broken.write_text('{"text": "x",\n', encoding="utf-8")
    [bad] = list(read_path(broken))
    assert isinstance(bad, BadRecord) and bad.message.startswith(f"{broken}: not valid JSON")


def test_trec_files() -> None:
    items = list(read_path(CORPUS / "sub" / "d-two-docs.trec"))
    article, bad = items
    assert (article.id, article.source, article.url) == ("TR-1", "example", "https://example.org/tr/1")
    assert article.title == "الحكومة الليبية تعلن حالة الطوارئ في درنة"
    assert article.published == date(2023, 9, 11) and article.author == "طرابلس - مراسلنا"
    assert article.text.startswith("أعلنت الحكومة الليبية") and "<" not in article.text
    assert bad.message.endswith(":13: <DOC> TR-2 has no <TEXT>")
    [giga] = list(read_path(CORPUS / "sub" / "GIGA_NOEXT"))
    assert giga.id == "GIGA_20230101.0001" and giga.title == "قمة خليجية في الرياض"
    assert "مجلس التعاون & ممثلين" in giga.text and "<P>" not in giga.text


def test_gzipped_trec_without_extension(tmp_path: Path) -> None:
    """Gigaword-style corpus files: afp_arb_200001.gz, SGML inside, no inner extension."""
    text = (CORPUS / "sub" / "GIGA_NOEXT").read_bytes()
    with gzip.open(tmp_path / "afp_arb_200001.gz", "wb") as fh:
        fh.write(text)
    (tmp_path / "afp_arb_200002.0001").write_bytes(text)
    (tmp_path / "image.gz").write_bytes(gzip.compress(b"\x89PNG not a doc"))
    items = list(read_path(tmp_path))
    assert [Path(i.origin).name for i in items] == ["afp_arb_200001.gz", "afp_arb_200002.0001"]
    assert all(i.title == "قمة خليجية في الرياض" for i in items)


def test_trec_unclosed_doc(tmp_path: Path) -> None:
    path = tmp_path / "x.sgml"
    path.write_text("<DOC>\n<DOCNO>A</DOCNO>\n<TEXT>نص</TEXT>\n</DOC>\n<DOC>\n<DOCNO>B</DOCNO>\n<TEXT>نص",
                    encoding="utf-8")
    items = list(read_path(path))
    assert isinstance(items[0], RawArticle) and items[0].id == "A"
    assert isinstance(items[1], BadRecord) and items[1].message == f"{path}:5: <DOC> without </DOC>"


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859_6", "utf-16", "utf-8-sig"])
def test_encoded_text_file(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"article-{encoding}.txt"
    path.write_bytes(PLAIN.encode(encoding))
    [article] = list(read_path(path))
    assert article.text == PLAIN


def test_bad_file_in_directory_does_not_stop_walk(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "c.txt").write_text(PLAIN, encoding="utf-8")
    (tmp_path / "d.html").write_text("<html><body><script>var a=1;</script></body></html>", encoding="utf-8")
    items = list(read_path(tmp_path))
    assert [type(i).__name__ for i in items] == ["BadRecord", "BadRecord", "RawArticle", "BadRecord"]
    assert items[0].message == f"{tmp_path / 'a.txt'}: empty input"
    assert "binary data" in items[1].message
    assert items[3].message == f"{tmp_path / 'd.html'}: no article text found in the HTML page"
    for bad in _bad(items):
        assert "\n" not in bad.message and "Traceback" not in bad.message


def test_path_problems_raise_at_once(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nowhere\.txt: no such file or directory$"):
        read_path(tmp_path / "nowhere.txt")
    with pytest.raises(InputError, match="no article files in this directory"):
        read_path(tmp_path)
    (tmp_path / "notes.md").write_text("# notes", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(PLAIN, encoding="utf-8")
    with pytest.raises(InputError, match="no article files"):
        read_path(tmp_path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read anything")
def test_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(PLAIN, encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(InputError, match="permission denied"):
            read_path(path)
        items = list(read_path(tmp_path))
        assert items == [BadRecord(str(path), f"{path}: permission denied")]
    finally:
        path.chmod(0o644)


def test_too_large_article(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    limit = readers.MAX_ARTICLE_CHARS
    path.write_text(json.dumps({"text": "ب" * (limit + 1)}) + "\n" + json.dumps({"text": "صغير"}) + "\n",
                    encoding="utf-8")
    big, small = list(read_path(path))
    assert isinstance(big, BadRecord)
    assert big.message == f"{path}:1: too large: {limit + 1:,} characters; the limit is {limit:,} per article"
    assert isinstance(small, RawArticle)


def test_too_large_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_text(PLAIN * 20, encoding="utf-8")
    [bad] = list(read_path(path))
    assert isinstance(bad, BadRecord) and "too large" in bad.message and "JSONL" in bad.message
    jsonl = tmp_path / "big.jsonl"  # JSONL is streamed: no file-size limit
    jsonl.write_text((json.dumps({"text": PLAIN}) + "\n") * 20, encoding="utf-8")
    assert len(_articles(read_path(jsonl))) == 20
    assert "too large" in _bad(read_stream(io.BytesIO(PLAIN.encode() * 20)))[0].message


def test_stream_sniffing() -> None:
    [plain] = list(read_stream(io.BytesIO(PLAIN.encode("utf-8"))))
    assert (plain.format, plain.origin, plain.text) == ("text", "<stdin>", PLAIN)
    html = (CORPUS / "b-page.html").read_bytes()
    [page] = list(read_stream(io.BytesIO(html), origin="page"))
    assert page.format == "html" and page.title == "رئيس الوزراء العراقي يزور أنقرة"
    jsonl = (CORPUS / "c-records.jsonl").read_bytes()
    items = list(read_stream(io.BytesIO(jsonl)))
    assert len(items) == 5 and items[1].message.startswith("<stdin>:2: ")
    trec = (CORPUS / "sub" / "d-two-docs.trec").read_bytes()
    assert [type(i).__name__ for i in read_stream(io.BytesIO(trec))] == ["RawArticle", "BadRecord"]
    [legacy] = list(read_stream(io.BytesIO(PLAIN.encode("cp1256"))))
    assert legacy.text == PLAIN


def test_stream_jsonl_longer_than_sniff_window() -> None:
    lines = [json.dumps({"id": i, "text": "نص " * 400}) for i in range(300)]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    assert len(data) > 3 * 64 * 1024
    items = list(read_stream(io.BytesIO(data)))
    assert [a.id for a in items] == [str(i) for i in range(300)]


def test_stream_problems() -> None:
    [bad] = list(read_stream(io.BytesIO(b"")))
    assert bad.message == "<stdin>: empty input"
    [bad] = list(read_stream(io.BytesIO(b"\x00\x01\x02\x03" * 100), origin="-"))
    assert bad.message.startswith("-: binary data")
    [forced] = list(read_stream(io.BytesIO(b"<p>not html</p>"), fmt="text"))
    assert forced.format == "text"


def test_parse_published() -> None:
    assert parse_published("2018-02-18T21:35:43+04:00") == date(2018, 2, 18)
    assert parse_published("2018-02-18") == date(2018, 2, 18)
    assert parse_published("2018-02-18 10:00:00") == date(2018, 2, 18)
    assert parse_published("Fri, 13 Jul 2018 11:16:34 GMT") == date(2018, 7, 13)
    assert parse_published("Sun, 18 Feb 2018 21:35:43 +0400") == date(2018, 2, 18)
    assert parse_published("11/08/2015") == date(2015, 8, 11)  # day first, as Arab sites write it
    assert parse_published("16/01/2017") == date(2017, 1, 16)
    for bad in ("", "soon", "2018-13-45", "31/02/2017", None, 1531480594, "Fri, 31 Feb 2018 10:00:00 GMT"):
        assert parse_published(bad) is None


def test_text_stream_is_read_as_bytes() -> None:
    raw = io.BytesIO(PLAIN.encode("cp1256"))
    text_stream = io.TextIOWrapper(raw, encoding="utf-8")  # what sys.stdin is
    [article] = list(read_stream(text_stream))
    assert article.text == PLAIN
