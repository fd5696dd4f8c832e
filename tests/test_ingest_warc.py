"""Reading WARC web archives (marsad.ingest.warc) and decoding web pages (decode_html).

The archives are written here with warcio's own writer, from short news items invented for
these tests: nothing is downloaded and nothing is read from ../shared.
"""
from __future__ import annotations

import gzip
import io
import re
from datetime import date
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from marsad.ingest import BadRecord, RawArticle, read_path, read_stream, readers
from marsad.ingest.article import FORMATS
from marsad.ingest.encoding import decode_html

BORDER = (
    "إعادة فتح معبر رأس جدير أمام المسافرين",
    "أعلنت السلطات التونسية والليبية صباح الأحد إعادة فتح معبر رأس جدير الحدودي أمام حركة "
    "المسافرين بعد إغلاق دام ثلاثة أسابيع.",
    "وقال مسؤول في وزارة الداخلية التونسية إن اللجنة الأمنية المشتركة اتفقت على إجراءات "
    "جديدة لتنظيم العبور وتسريع مرور الشاحنات التجارية.",
    "وأكد الجانب الليبي أن الاتفاق يشمل تبادل المعلومات بين أجهزة الجمارك في البلدين.",
    "ويعد المعبر الشريان الرئيسي للتجارة بين تونس وليبيا.",
)
WATER = (
    "الأردن وسوريا يبحثان تقاسم مياه نهر اليرموك",
    "بحث وزير المياه الأردني مع نظيره السوري في عمان الاثنين سبل تنفيذ اتفاقية تقاسم مياه "
    "نهر اليرموك الموقعة بين البلدين.",
    "وذكرت وكالة الأنباء الأردنية أن الجانبين اتفقا على تشكيل لجنة فنية تجتمع كل شهرين "
    "لمتابعة منسوب السدود على النهر.",
    "وأشار الوزير الأردني إلى أن موسم الجفاف الحالي يفرض تعاونا أوثق لضمان حصة المملكة من "
    "المياه خلال الصيف.",
)
FISHING = (
    "موريتانيا تمدد اتفاق الصيد مع الاتحاد الأوروبي",
    "وقعت الحكومة الموريتانية والاتحاد الأوروبي في نواكشوط اتفاقا يمدد العمل ببروتوكول الصيد "
    "البحري خمس سنوات إضافية.",
    "ويسمح الاتفاق لسفن أوروبية بالصيد في المياه الموريتانية مقابل مساهمة مالية سنوية تخصص "
    "جزئيا لدعم الصيادين التقليديين.",
    "وقال وزير الصيد الموريتاني إن البروتوكول الجديد يتضمن بنودا أشد لحماية المخزون السمكي.",
    "ورحبت منظمات مهنية محلية بالاتفاق مع مطالبتها بمراقبة أدق للسفن الأجنبية.",
)


def page(item: tuple[str, ...], charset: str | None = "utf-8", published: str | None = None) -> str:
    """A news page in the shape news sites have: head, navigation, article, footer."""
    title, *paragraphs = item
    meta = f'<meta charset="{charset}">' if charset else ""
    if published:
        meta += f'<meta property="article:published_time" content="{published}T09:15:00+01:00">'
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head>{meta}<title>{title}</title></head>"
            f"<body><nav><a href=\"/\">الرئيسية</a> <a href=\"/world\">العالم</a></nav>"
            f"<article><h1>{title}</h1>{body}</article>"
            f"<footer>جميع الحقوق محفوظة</footer></body></html>")


def write_warc(path: Path, gz: bool) -> Path:
    """Three Arabic pages (UTF-8 with a date; windows-1256 named only by the HTTP header;
    ISO-8859-6 named only by <meta>, gzip content-encoded) among what a crawl also holds: a
    request, an image, a 404, a metadata record, a page without text."""
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)

        def response(url: str, body: bytes, status: str = "200 OK",
                     headers: tuple[tuple[str, str], ...] = (("Content-Type", "text/html; charset=utf-8"),)):
            http = StatusAndHeaders(status, list(headers), protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=http))

        writer.write_record(writer.create_warc_record(
            "https://news.example/border", "request",
            payload=io.BytesIO(b"GET /border HTTP/1.1\r\nHost: news.example\r\n\r\n")))
        response("https://news.example/border", page(BORDER, published="2025-03-02").encode("utf-8"))
        response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200),
                 headers=(("Content-Type", "image/png"),))
        response("https://news.example/water", page(WATER, charset=None).encode("cp1256"),
                 headers=(("Content-Type", "text/html; charset=windows-1256"),))
        response("https://news.example/gone", page(FISHING).encode("utf-8"), status="404 Not Found")
        writer.write_record(writer.create_warc_record(
            "https://news.example/water", "metadata", payload=io.BytesIO(b"outlinks: /border\n"),
            warc_content_type="application/warc-fields"))
        response("https://news.example/fishing",
                 gzip.compress(page(FISHING, charset="iso-8859-6").encode("iso8859_6")),
                 headers=(("Content-Type", "text/html"), ("Content-Encoding", "gzip")))
        response("https://news.example/empty",
                 b"<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>")
    return path


def _articles(items) -> list[RawArticle]:
    return [i for i in items if isinstance(i, RawArticle)]


def _bad(items) -> list[BadRecord]:
    return [i for i in items if isinstance(i, BadRecord)]


def _offset(origin: str) -> int:
    return int(origin.rsplit("#", 1)[1])


def _url_at(path: Path, offset: int) -> str:
    with open(path, "rb") as fh:
        fh.seek(offset)
        record = next(iter(ArchiveIterator(fh)))
        return record.rec_headers.get_header("WARC-Target-URI")


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_pages_become_articles(tmp_path: Path, name: str) -> None:
    path = write_warc(tmp_path / name, gz=name.endswith(".gz"))
    items = list(read_path(path))
    border, water, fishing = _articles(items)
    assert [a.title for a in (border, water, fishing)] == [BORDER[0], WATER[0], FISHING[0]]
    assert [a.url for a in (border, water, fishing)] == [
        "https://news.example/border", "https://news.example/water", "https://news.example/fishing"]
    assert border.text.startswith("أعلنت السلطات التونسية والليبية")
    assert "ويعد المعبر الشريان الرئيسي" in border.text
    assert water.text.startswith("بحث وزير المياه الأردني")  # windows-1256, from the header
    assert fishing.text.startswith("وقعت الحكومة الموريتانية")  # ISO-8859-6, from <meta>, gzip body
    for article in (border, water, fishing):
        assert "جميع الحقوق محفوظة" not in article.text and "الرئيسية" not in article.text
        assert article.format == "warc" and article.id.startswith("urn:uuid:")
    # The page's own date; the WARC-Date (today: when the crawl ran) is never a publication date.
    assert border.published == date(2025, 3, 2)
    assert water.published is None and fishing.published is None
    # path#offset: the offset is where the record starts, for warcio/CDX tools to seek to.
    for item in items:
        assert item.origin.startswith(f"{path}#")
        assert _url_at(path, _offset(item.origin)) in (item.url if isinstance(item, RawArticle)
                                                       else item.message)
    [empty] = _bad(items)
    assert empty.message == (f"{empty.origin}: https://news.example/empty: "
                             "no article text found in the HTML page")


def test_not_arabic_page(tmp_path: Path) -> None:
    path = tmp_path / "en.warc"
    english = ("<html><head><title>Border crossing reopens</title></head><body><article>"
               + "<p>Tunisian and Libyan authorities reopened the Ras Jedir border crossing on "
               "Sunday after a closure of three weeks, officials said in a joint statement.</p>" * 3
               + "<p>قال مسؤول إن المعبر مفتوح.</p></article></body></html>")
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        http = StatusAndHeaders("200 OK", [("Content-Type", "application/xhtml+xml")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://news.example/en", "response", payload=io.BytesIO(english.encode()), http_headers=http))
    [bad] = list(read_path(path))
    assert isinstance(bad, BadRecord) and bad.origin == f"{path}#0"
    assert bad.message.startswith(f"{path}#0: https://news.example/en: not Arabic text (")


@pytest.mark.parametrize("gz", [False, True])
def test_truncated_warc(tmp_path: Path, gz: bool) -> None:
    """A crawl still being written, or copied halfway: what is whole is read, then one
    BadRecord says where the damage starts."""
    whole = write_warc(tmp_path / ("whole.warc.gz" if gz else "whole.warc"), gz=gz)
    data = whole.read_bytes()
    fishing_at = _offset(_articles(read_path(whole))[2].origin)
    cut = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    cut.write_bytes(data[: fishing_at + 600])  # inside the fishing page's payload
    items = list(read_path(cut))
    assert [a.title for a in _articles(items)] == [BORDER[0], WATER[0]]
    assert [str(b) for b in _bad(items)] == [
        f"{cut}#{fishing_at}: truncated WARC record (https://news.example/fishing); "
        "the rest of the file is skipped"]
    # Cut anywhere in the record — its WARC header, its HTTP header, its payload — the two
    # whole pages come out and the last item is the one-line report; never a traceback.
    end = _offset(str(_bad(list(read_path(whole)))[0].origin))  # the next record starts there
    for n in range(fishing_at + 1, end - (8 if gz else 4), 37):
        cut.write_bytes(data[:n])
        items = list(read_path(cut))
        assert len(_articles(items)) == 2, n
        [bad] = _bad(items)
        assert bad is items[-1] and bad.origin == f"{cut}#{fishing_at}", n
        assert "truncated" in bad.message and bad.message.endswith("the rest of the file is skipped")
        assert "\n" not in bad.message
    if gz:  # only the gzip trailer is missing: the record is whole, the member is not
        cut.write_bytes(data[: end - 4])
        items = list(read_path(cut))
        assert len(_articles(items)) == 3
        assert str(items[-1]) == (f"{cut}#{fishing_at}: truncated or damaged WARC record; "
                                  "the rest of the file is skipped")


def test_damaged_and_empty_files(tmp_path: Path) -> None:
    data = write_warc(tmp_path / "ok.warc", gz=False).read_bytes()
    header_cut = tmp_path / "header-cut.warc"
    header_cut.write_bytes(data[:40])
    assert [str(i) for i in read_path(header_cut)] == [
        f"{header_cut}#0: damaged or truncated WARC record (incomplete record header); "
        "the rest of the file is skipped"]
    gz = write_warc(tmp_path / "ok.warc.gz", gz=True).read_bytes()
    gz_cut = tmp_path / "gz-cut.warc.gz"
    gz_cut.write_bytes(gz[:12])
    assert [str(i) for i in read_path(gz_cut)] == [
        f"{gz_cut}: no WARC records (empty or cut-off file)"]
    empty = tmp_path / "empty.warc"
    empty.write_bytes(b"")
    assert [str(i) for i in read_path(empty)] == [f"{empty}: no WARC records (empty or cut-off file)"]
    text = tmp_path / "notes.txt"
    text.write_text("مذكرة قصيرة\nليست أرشيفا", encoding="utf-8")
    [bad] = list(read_path(text, fmt="warc"))
    assert bad.message.startswith(f"{text}#0: not a WARC file (Unknown archive format")
    garbage = bytearray(data)
    second = data.index(b"WARC/1.0", 10)
    garbage[second: second + 8] = b"XXXX/9.9"  # the second record's version line is garbage
    damaged = tmp_path / "damaged.warc"
    damaged.write_bytes(bytes(garbage))
    [bad] = list(read_path(damaged))
    assert bad.message.startswith(f"{damaged}#{second}: damaged or truncated WARC record (")
    assert bad.message.endswith("the rest of the file is skipped") and "\n" not in bad.message


def test_wrong_length_and_corrupt_gzip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """warcio's own warnings (several lines, bytes quoted) become one-line BadRecords."""
    data = write_warc(tmp_path / "ok.warc", gz=False).read_bytes()
    items = list(read_path(tmp_path / "ok.warc"))
    water_at = _offset(_articles(items)[1].origin)
    length = re.compile(rb"Content-Length: (\d+)")
    m = length.search(data, water_at)
    short = data[: m.start(1)] + str(int(m.group(1)) - 100).encode() + data[m.end(1):]
    (tmp_path / "short.warc").write_bytes(short)
    items = list(read_path(tmp_path / "short.warc"))
    assert [a.title for a in _articles(items)] == [BORDER[0], FISHING[0]]  # read on after it
    assert str(_bad(items)[0]) == (f"{tmp_path / 'short.warc'}#{water_at}: https://news.example/water: "
                                   "damaged WARC record (its Content-Length is wrong)")

    gz = bytearray(write_warc(tmp_path / "ok.warc.gz", gz=True).read_bytes())
    water_gz = _offset(_articles(read_path(tmp_path / "ok.warc.gz"))[1].origin)
    gz[water_gz + 100: water_gz + 110] = b"0123456789"  # corrupt deflate data
    (tmp_path / "corrupt.warc.gz").write_bytes(bytes(gz))
    items = list(read_path(tmp_path / "corrupt.warc.gz"))
    assert [a.title for a in _articles(items)] == [BORDER[0]]
    assert str(items[-1]) == (f"{tmp_path / 'corrupt.warc.gz'}#{water_gz}: damaged or truncated WARC "
                              "record (Invalid WARC record); the rest of the file is skipped")
    assert capsys.readouterr().err == ""


def test_page_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.ingest import html

    monkeypatch.setattr(html, "MAX_PAGE_BYTES", 1000)
    items = list(read_path(write_warc(tmp_path / "big.warc", gz=False)))
    # UTF-8 Arabic takes two bytes a letter, the legacy code pages one
    assert [a.title for a in _articles(items)] == [WATER[0], FISHING[0]]
    too_large = [b.message for b in _bad(items) if ": page too large: " in b.message]
    assert [m.split(": ")[1] for m in too_large] == ["https://news.example/border"]


def test_warc_gzipped_as_a_whole(tmp_path: Path) -> None:
    """``gzip crawl.warc`` makes one gzip member, not one per record: still read."""
    plain = write_warc(tmp_path / "crawl.warc", gz=False)
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))
    expected = [(type(i).__name__, i.origin.replace("crawl.warc", "whole.warc.gz")) for i in read_path(plain)]
    assert [(type(i).__name__, i.origin) for i in read_path(whole)] == expected
    [bad] = list(read_stream(io.BytesIO(whole.read_bytes())))  # a stream cannot be re-read
    assert "gzipped as a whole" in bad.message


def test_detection_by_content_and_in_directories(tmp_path: Path) -> None:
    gz = write_warc(tmp_path / "a.warc.gz", gz=True).read_bytes()
    plain = write_warc(tmp_path / "b.warc", gz=False).read_bytes()
    root = tmp_path / "crawl"
    root.mkdir()
    (root / "CC-MAIN-00001").write_bytes(gz)  # no extension, gzipped
    (root / "capture.txt").write_bytes(plain)  # a WARC whatever its name says
    (root / "image.gz").write_bytes(gzip.compress(b"\x89PNG not an archive"))
    items = list(read_path(root))
    assert [Path(i.origin.split("#")[0]).name for i in _articles(items)] == ["CC-MAIN-00001"] * 3 + ["capture.txt"] * 3
    assert readers._is_warc_head(b"WARC/1.1\r\nWARC-Type: warcinfo")
    assert readers._is_warc_head(gz[:1024]) and not readers._is_warc_head(gzip.compress(b"<DOC>"))
    assert not readers._is_warc_head(b"WARC is an archive format")


def test_stdin_and_forced_format(tmp_path: Path) -> None:
    data = write_warc(tmp_path / "c.warc.gz", gz=True).read_bytes()
    items = list(read_stream(io.BytesIO(data)))
    assert [a.title for a in _articles(items)] == [BORDER[0], WATER[0], FISHING[0]]
    assert all(i.origin.startswith("<stdin>#") for i in items)
    assert "warc" in FORMATS
    assert len(_articles(read_path(tmp_path / "c.warc.gz", fmt="warc"))) == 3


def test_non_html_and_non_200_are_skipped_silently(tmp_path: Path) -> None:
    path = tmp_path / "noise.warc"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        writer.write_record(writer.create_warcinfo_record("noise.warc", {"software": "test"}))
        for status, ctype in (("200 OK", "application/json"), ("301 Moved Permanently", "text/html"),
                              ("500 Internal Server Error", "text/html")):
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                "https://news.example/x", "response", payload=io.BytesIO(page(BORDER).encode()),
                http_headers=http))
        writer.write_record(writer.create_revisit_record(
            "https://news.example/border", digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            refers_to_uri="https://news.example/border", refers_to_date="2025-03-02T10:00:00Z"))
    assert list(read_path(path)) == []


# --- decoding web pages ---------------------------------------------------------------------

ARABIC = "<html><head>{meta}</head><body><p>قال وزير الخارجية إن المحادثات كانت مثمرة</p></body></html>"


@pytest.mark.parametrize("codec, content_type, meta", [
    ("cp1256", "text/html; charset=windows-1256", ""),  # the header names it
    ("iso8859_6", "text/html", '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6">'),
    ("iso8859_6", None, '<meta charset="ISO-8859-6">'),
    ("cp1256", "text/html; charset=iso-8859-1", ""),  # a Western label cannot hold Arabic: detected
    ("utf-8", "text/html; charset=windows-1256", ""),  # valid UTF-8 is UTF-8, whatever the label
    ("cp1256", "text/html; charset=utf-8", ""),  # a wrong UTF-8 label: detected
    ("cp1256", "text/html; charset=x-no-such-charset", ""),
])
def test_decode_html(codec: str, content_type: str | None, meta: str) -> None:
    html = ARABIC.format(meta=meta)
    assert decode_html(html.encode(codec), content_type, "page") == html


def test_decode_html_bom_wins() -> None:
    html = ARABIC.format(meta='<meta charset="windows-1256">')
    assert decode_html(html.encode("utf-16"), "text/html; charset=windows-1256", "p") == html
