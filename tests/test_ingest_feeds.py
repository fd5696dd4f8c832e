"""Reading RSS and Atom feeds (marsad.ingest.feeds), and telling feeds from other XML.

Offline: every page an item links to comes from a fake ``fetch``; the feeds and pages are
short news items invented for these tests.
"""
from __future__ import annotations

import gzip
import io
import urllib.error
import urllib.request
from datetime import date
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from marsad.errors import InputError
from marsad.ingest import (
    BadRecord,
    RawArticle,
    feeds,
    is_url,
    read_feed,
    read_path,
    read_stream,
)
from marsad.ingest.article import FORMATS

SITE = "https://akhbar.example"

NILE = (
    "مصر والسودان تتفقان على تنسيق المواقف بشأن سد النهضة",
    "اتفق وزيرا الري في مصر والسودان خلال اجتماع عقد في القاهرة الثلاثاء على تنسيق المواقف "
    "في المفاوضات المتعلقة بسد النهضة الإثيوبي.",
    "وقال بيان مشترك إن البلدين يرفضان أي إجراءات أحادية تمس حصتيهما من مياه النيل.",
    "وأضاف البيان أن لجنة فنية مشتركة ستجتمع الشهر المقبل في الخرطوم لمتابعة تشغيل السدود "
    "السودانية.",
)
DROUGHT = (
    "الجزائر تطلق خطة طارئة لمواجهة الجفاف في الولايات الغربية",
    "أعلنت الحكومة الجزائرية الاثنين خطة طارئة لتزويد الولايات الغربية بمياه الشرب بعد "
    "تراجع منسوب السدود إلى أدنى مستوى منذ عشر سنوات.",
    "وتشمل الخطة تشغيل ثلاث محطات لتحلية مياه البحر قبل الصيف وحفر آبار جديدة في المناطق "
    "الريفية الأكثر تضررا.",
    "وقال وزير الموارد المائية إن الدولة خصصت اعتمادات مالية استثنائية لتنفيذ المشاريع في "
    "آجال قصيرة، داعيا المواطنين إلى ترشيد الاستهلاك.",
)
PORT = (
    "افتتاح ميناء جديد للصيد في مدينة صور اللبنانية",
    "افتتح وزير الأشغال العامة اللبناني السبت ميناء جديدا للصيد في مدينة صور جنوب البلاد "
    "بتمويل من صندوق عربي للتنمية.",
    "وقال الوزير إن الميناء سيستوعب أكثر من مئتي قارب ويوفر مئات فرص العمل للصيادين.",
    "وأشار رئيس نقابة الصيادين إلى أن المشروع انتظره أهالي المدينة سنوات طويلة.",
)


def page(item: tuple[str, ...], published: str | None = None, with_title: bool = True) -> bytes:
    title, *paragraphs = item
    head = f"<title>{title}</title>" if with_title else ""
    if published:
        head += f'<meta property="article:published_time" content="{published}T08:00:00+02:00">'
    heading = f"<h1>{title}</h1>" if with_title else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8">{head}</head><body>'
            f'<nav><a href="/">الرئيسية</a></nav><article>{heading}{body}</article>'
            f"<footer>جميع الحقوق محفوظة</footer></body></html>").encode("utf-8")


RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>أخبار المثال</title>
  <link>{SITE}/</link>
  <description>آخر الأخبار</description>
  <item>
    <title>تنسيق مصري سوداني</title>
    <link>{SITE}/nile</link>
    <guid>{SITE}/nile</guid>
    <pubDate>Wed, 07 May 2025 10:00:00 +0200</pubDate>
    <description>اتفق وزيرا الري في مصر والسودان على تنسيق المواقف.</description>
  </item>
  <item>
    <title>{DROUGHT[0]}</title>
    <link>{SITE}/drought</link>
    <pubDate>Mon, 14 Apr 2025 23:30:00 -0500</pubDate>
    <description>خطة طارئة لمواجهة الجفاف.</description>
    <content:encoded><![CDATA[{"".join(f"<p>{p}</p>" for p in DROUGHT[1:])}<p><a href="/">المزيد</a></p>]]></content:encoded>
  </item>
  <item>
    <title>خبر محذوف</title>
    <link>{SITE}/deleted</link>
    <pubDate>Tue, 15 Apr 2025 09:00:00 +0000</pubDate>
    <description><![CDATA[<p>نص قصير لا يكفي مقالا.</p>]]></description>
  </item>
  <item>
    <title>{PORT[0]}</title>
    <link>{SITE}/port</link>
    <pubDate>Sat, 19 Apr 2025 12:00:00 +0300</pubDate>
  </item>
  <item>
    <title>تقرير سنوي</title>
    <link>{SITE}/report.pdf</link>
  </item>
</channel>
</rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">
  <title>موجز المثال</title>
  <link href="{SITE}/"/>
  <id>tag:akhbar.example,2025:feed</id>
  <updated>2025-06-02T06:00:00+03:00</updated>
  <entry>
    <title type="html">&lt;b&gt;{DROUGHT[0]}&lt;/b&gt; &amp;amp; التفاصيل</title>
    <link rel="alternate" href="/atom/drought"/>
    <id>tag:akhbar.example,2025:drought</id>
    <updated>2025-06-01T23:10:00+03:00</updated>
    <content type="html">{"".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in DROUGHT[1:])}</content>
  </entry>
  <entry>
    <title>موجز قصير</title>
    <link href="{SITE}/atom/brief"/>
    <id>tag:akhbar.example,2025:brief</id>
    <published>2025-06-01T10:00:00Z</published>
    <summary>سطر واحد فقط.</summary>
  </entry>
</feed>
"""


class FakeWeb:
    """``fetch`` for the tests: pages by URL; a missing URL is a 404, an exception raises."""

    def __init__(self, pages: dict[str, object]) -> None:
        self.pages = pages
        self.calls: list[str] = []

    def __call__(self, url: str) -> tuple[bytes, str | None]:
        self.calls.append(url)
        found = self.pages.get(url)
        if found is None:
            raise urllib.error.HTTPError(url, 404, "Not Found", None, None)  # type: ignore[arg-type]
        if isinstance(found, Exception):
            raise found
        if isinstance(found, tuple):
            return found
        return found, "text/html; charset=utf-8"  # type: ignore[return-value]


def web() -> FakeWeb:
    return FakeWeb({
        f"{SITE}/nile": page(NILE, published="2025-05-06"),
        f"{SITE}/drought": urllib.error.URLError(TimeoutError("timed out")),
        f"{SITE}/port": page(PORT, with_title=False),
        f"{SITE}/report.pdf": (b"%PDF-1.7", "application/pdf"),
    })


def _articles(items) -> list[RawArticle]:
    return [i for i in items if isinstance(i, RawArticle)]


def _bad(items) -> list[BadRecord]:
    return [i for i in items if isinstance(i, BadRecord)]


def test_rss_items(tmp_path: Path) -> None:
    path = tmp_path / "news.xml"
    path.write_text(RSS, encoding="utf-8")
    fetch = web()
    items = list(read_path(path, fetch=fetch))
    assert fetch.calls == [f"{SITE}/nile", f"{SITE}/drought", f"{SITE}/deleted", f"{SITE}/port",
                           f"{SITE}/report.pdf"]
    nile, drought, deleted, port, pdf = items

    # The page is the article; its title and date beat the feed's shortened title and
    # later date.
    assert isinstance(nile, RawArticle) and nile.format == "feed"
    assert nile.title == NILE[0] and nile.published == date(2025, 5, 6)
    assert nile.text.startswith("اتفق وزيرا الري في مصر والسودان") and "جميع الحقوق" not in nile.text
    assert (nile.url, nile.origin, nile.id) == (f"{SITE}/nile", f"{SITE}/nile", f"{SITE}/nile")
    assert nile.site_name == "akhbar.example"  # trafilatura's, from the page

    # The page cannot be fetched, but the item carries the whole story: read from the feed,
    # dated as the feed wrote it (14 April at 23:30 -0500, not 15 April in UTC).
    assert isinstance(drought, RawArticle) and drought.format == "feed"
    assert drought.title == DROUGHT[0] and drought.published == date(2025, 4, 14)
    assert drought.text.split("\n") == list(DROUGHT[1:]) + ["المزيد"]
    assert drought.origin == drought.url == f"{SITE}/drought"
    assert drought.site_name == "أخبار المثال"  # the feed's title: no page to name the site

    # Neither the page nor enough text in the feed: one line, the URL and why.
    assert isinstance(deleted, BadRecord)
    assert str(deleted) == f"{SITE}/deleted: could not fetch (HTTP 404 Not Found)"

    # A page without title or date: the feed fills them in.
    assert isinstance(port, RawArticle)
    assert port.title == PORT[0] and port.published == date(2025, 4, 19)
    assert port.text.startswith("افتتح وزير الأشغال العامة اللبناني")

    assert str(pdf) == f"{SITE}/report.pdf: could not fetch (not an HTML page: application/pdf)"


def test_url_feed_and_fetch_failures() -> None:
    fetch = web()
    fetch.pages[f"{SITE}/rss"] = (RSS.encode("utf-8"), "application/rss+xml; charset=utf-8")
    items = list(read_feed(f"{SITE}/rss", fetch=fetch))
    assert fetch.calls[0] == f"{SITE}/rss" and len(items) == 5
    assert [type(i).__name__ for i in items] == ["RawArticle", "RawArticle", "BadRecord",
                                                 "RawArticle", "BadRecord"]
    # The drought page timed out: the reason is urllib's, in a few words.
    fetch.pages[f"{SITE}/drought"] = page(DROUGHT)
    fetch.pages[f"{SITE}/nile"] = OSError("Connection refused")
    nile, drought = list(read_feed(f"{SITE}/rss", fetch=fetch))[:2]
    assert str(nile) == f"{SITE}/nile: could not fetch (Connection refused)"
    assert drought.title == DROUGHT[0] and drought.published == date(2025, 4, 14)

    [bad] = list(read_feed(f"{SITE}/gone.xml", fetch=fetch))
    assert (bad.origin, bad.message) == (f"{SITE}/gone.xml", f"{SITE}/gone.xml: could not fetch (HTTP 404 Not Found)")
    fetch.pages[f"{SITE}/slow"] = urllib.error.URLError(TimeoutError("timed out"))
    assert str(next(read_feed(f"{SITE}/slow", fetch=fetch))) == f"{SITE}/slow: could not fetch (timed out)"


def test_atom_entries() -> None:
    feeds_url = f"{SITE}/atom.xml"
    fetch = FakeWeb({feeds_url: (ATOM.encode("utf-8"), "application/atom+xml")})
    drought, brief = list(read_feed(feeds_url, fetch=fetch))
    # Relative links resolve against the feed; "fetching is off" falls back on the content.
    assert fetch.calls == [feeds_url, f"{SITE}/atom/drought", f"{SITE}/atom/brief"]
    assert isinstance(drought, RawArticle)
    assert drought.title == f"{DROUGHT[0]} & التفاصيل"  # HTML title, tags and entities resolved
    assert drought.published == date(2025, 6, 1)  # +03:00 as written, not 31 May … or 2 June
    assert drought.id == "tag:akhbar.example,2025:drought" and drought.url == f"{SITE}/atom/drought"
    assert drought.text.split("\n") == list(DROUGHT[1:])
    assert isinstance(brief, BadRecord)
    assert brief.message == f"{SITE}/atom/brief: could not fetch (HTTP 404 Not Found)"


def test_offline_fetcher(tmp_path: Path) -> None:
    path = tmp_path / "feed.atom"
    path.write_text(ATOM, encoding="utf-8")
    drought, brief = list(read_feed(str(path), fetch=feeds.no_fetch))
    assert drought.text.startswith("أعلنت الحكومة الجزائرية")
    assert drought.url == f"{SITE}/atom/drought"  # resolved against the feed's own <link>
    assert str(brief) == f"{SITE}/atom/brief: could not fetch (fetching is turned off)"


def test_page_not_arabic_falls_back_on_the_feed() -> None:
    english = (b"<html><head><title>Drought plan</title></head><body><article>"
               + b"<p>The Algerian government announced an emergency plan on Monday to supply the "
                 b"western provinces with drinking water after dams fell to a ten-year low.</p>" * 3
               + b"</article></body></html>")
    fetch = FakeWeb({f"{SITE}/rss": RSS.encode(), f"{SITE}/drought": english,
                     f"{SITE}/nile": english})
    items = list(read_feed(f"{SITE}/rss", fetch=fetch))
    nile, drought = items[:2]
    assert isinstance(nile, BadRecord)
    assert nile.message == f"{SITE}/nile: no Arabic text in the page"
    assert isinstance(drought, RawArticle) and drought.text.startswith("أعلنت الحكومة الجزائرية")


def test_items_without_link() -> None:
    text = "".join(f"<p>{p}</p>" for p in PORT[1:]) * 2
    rss = (f'<rss version="2.0"><channel><title>ق</title>'
           f"<item><title>{PORT[0]}</title><description><![CDATA[{text}]]></description></item>"
           f"<item><title>بلا رابط</title><description>قصير</description></item>"
           f"<item><title>رابط نسبي</title><link>/x</link></item></channel></rss>")
    fetch = FakeWeb({})
    port, short, relative = list(feeds.read_feed_bytes(rss.encode(), "feed.xml", fetch))
    assert fetch.calls == []
    assert isinstance(port, RawArticle) and port.origin == "feed.xml#1" and port.url is None
    assert port.title == PORT[0]
    assert str(short) == "feed.xml#2: the item has no link, and too little text of its own"
    assert str(relative) == "/x: not a web address, cannot fetch the page"


@pytest.mark.parametrize("data, message", [
    (b"<html><body><p>\xd8\xae\xd8\xa8\xd8\xb1</p></body></html>", "not an RSS or Atom feed"),
    ("مجرد نص عادي وليس خلاصة".encode(), "not an RSS or Atom feed ("),
    (b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
     "the feed has no items"),
    (b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</ti', "malformed feed ("),
])
def test_feed_level_problems(data: bytes, message: str) -> None:
    fetch = FakeWeb({f"{SITE}/f": (data, "application/xml")})
    [bad] = list(read_feed(f"{SITE}/f", fetch=fetch))
    assert bad.origin == f"{SITE}/f" and bad.message.startswith(f"{SITE}/f: {message}")
    assert "\n" not in bad.message and fetch.calls == [f"{SITE}/f"]


def test_read_feed_paths(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nowhere\.xml: no such file or directory"):
        read_feed(str(tmp_path / "nowhere.xml"))
    with pytest.raises(InputError, match="a directory, not a feed"):
        read_feed(str(tmp_path))
    notes = tmp_path / "notes.rss"  # the extension says feed; the content says otherwise
    notes.write_text("ملاحظات", encoding="utf-8")
    [bad] = list(read_path(notes, fetch=FakeWeb({})))
    assert bad.message.startswith(f"{notes}: not an RSS or Atom feed")


def test_is_url() -> None:
    for s in ("https://akhbar.example/rss.xml", "http://x.example", "HTTPS://X.EXAMPLE/feed",
              " https://x.example/a?b=1 "):
        assert is_url(s), s
    for s in ("feed.xml", "/tmp/https://x", "ftp://x.example/f", "file:///etc/passwd", "https:/x",
              "http://", "-", ""):
        assert not is_url(s), s


def test_fetch_url_refuses_other_schemes() -> None:
    """Offline: a feed (or a redirect) must not point the fetcher at local files."""
    with pytest.raises(feeds.FetchError, match="not an http"):
        feeds.fetch_url("file:///etc/passwd")
    handler = feeds._HttpOnlyRedirects()
    request = urllib.request.Request(f"{SITE}/a")
    with pytest.raises(feeds.FetchError, match="redirected to a non-web address"):
        handler.redirect_request(request, None, 302, "Found", {}, "file:///etc/passwd")
    assert handler.redirect_request(request, None, 302, "Found", {}, f"{SITE}/b").full_url == f"{SITE}/b"


def test_gunzip_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    assert feeds._gunzip(gzip.compress("نص".encode())) == "نص".encode()
    monkeypatch.setattr(feeds, "MAX_FETCH_BYTES", 1000)
    with pytest.raises(feeds.FetchError, match="uncompressed"):
        feeds._gunzip(gzip.compress(b"\0" * 100_000))


# --- telling feeds from other XML --------------------------------------------------------------


def test_sniffing_feeds_trec_and_html(tmp_path: Path) -> None:
    cdata_feed = ('<?xml version="1.0" encoding="utf-8"?>\n<!-- generated -->\n'
                  '<?xml-stylesheet type="text/xsl" href="rss.xsl"?>\n'
                  '<rss version="2.0"><channel><title>t</title><item><title>ع</title>'
                  '<description><![CDATA[<DOC> <p>نص</p> <html>]]></description></item>'
                  "</channel></rss>")
    trec = "<?xml version=\"1.0\"?>\n<DOC>\n<DOCNO>X-1</DOCNO>\n<TEXT>\nذكر التقرير أن الاجتماع عقد أمس.\n</TEXT>\n</DOC>\n"
    html_about_rss = ("<html><body><p>اشترك في خلاصة الموقع عبر &lt;rss&gt; أو الرابط "
                      "<a href='/rss'>rss</a>. قال المتحدث إن الاجتماع عقد أمس.</p></body></html>")
    rdf = ('<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
           'xmlns="http://purl.org/rss/1.0/"><channel rdf:about="x"><title>t</title></channel>'
           f'<item rdf:about="{SITE}/nile"><title>ع</title><link>{SITE}/nile</link></item></rdf:RDF>')
    atom_prefixed = ATOM.replace("<feed xmlns=", "<feed xml:base=\"https://akhbar.example/\" xmlns=")
    not_atom = '<feed><entry><title>x</title></entry></feed>'
    from marsad.ingest.readers import _sniff

    assert _sniff(cdata_feed.encode()) == "feed"
    assert _sniff(RSS.encode()) == _sniff(ATOM.encode()) == _sniff(rdf.encode()) == "feed"
    assert _sniff(atom_prefixed.encode()) == "feed"
    assert _sniff(RSS.encode("utf-16")) == "feed"
    assert _sniff(trec.encode()) == "trec"
    assert _sniff(html_about_rss.encode()) == "html"
    assert _sniff(not_atom.encode()) != "feed"

    fetch = web()
    (tmp_path / "rdf.xml").write_text(rdf, encoding="utf-8")
    [nile] = list(read_path(tmp_path / "rdf.xml", fetch=fetch))
    assert nile.format == "feed" and nile.title == NILE[0]
    (tmp_path / "trec.xml").write_text(trec, encoding="utf-8")
    [doc] = list(read_path(tmp_path / "trec.xml", fetch=fetch))
    assert doc.format == "trec" and doc.id == "X-1"
    (tmp_path / "page.xml").write_text(html_about_rss, encoding="utf-8")
    assert [i.format for i in read_path(tmp_path / "page.xml", fetch=fetch)] == ["html"]
    (tmp_path / "legacy.xml").write_bytes(RSS.replace("utf-8", "windows-1256").encode("cp1256"))
    assert [type(i).__name__ for i in read_path(tmp_path / "legacy.xml", fetch=web())] == [
        "RawArticle", "RawArticle", "BadRecord", "RawArticle", "BadRecord"]
    for codec in ("utf-16", "utf-16-le"):  # declared utf-8, saved by a Windows tool
        (tmp_path / "wide.xml").write_bytes(RSS.encode(codec))
        assert [i.title for i in _articles(read_path(tmp_path / "wide.xml", fetch=web()))] == [
            NILE[0], DROUGHT[0], PORT[0]]
    assert "feed" in FORMATS


def test_stdin_feed() -> None:
    items = list(read_stream(io.BytesIO(RSS.encode()), fetch=web()))
    assert [type(i).__name__ for i in items] == ["RawArticle", "RawArticle", "BadRecord",
                                                 "RawArticle", "BadRecord"]


def test_directory_with_text_warc_and_feeds(tmp_path: Path) -> None:
    (tmp_path / "a-note.txt").write_text(f"{PORT[0]}\n{PORT[1]}\n", encoding="utf-8")
    with open(tmp_path / "b-crawl.warc.gz", "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            f"{SITE}/nile", "response", payload=io.BytesIO(page(NILE, published="2025-05-06")),
            http_headers=http))
    (tmp_path / "c-feed.xml").write_text(RSS, encoding="utf-8")
    (tmp_path / "d-atom.atom").write_text(ATOM, encoding="utf-8")
    fetch = web()
    items = list(read_path(tmp_path, fetch=fetch))
    assert [(type(i).__name__, getattr(i, "format", None)) for i in items] == [
        ("RawArticle", "text"),
        ("RawArticle", "warc"),
        ("RawArticle", "feed"), ("RawArticle", "feed"), ("BadRecord", None), ("RawArticle", "feed"),
        ("BadRecord", None),
        ("RawArticle", "feed"), ("BadRecord", None),
    ]
    assert items[1].origin.startswith(f"{tmp_path / 'b-crawl.warc.gz'}#")
    assert items[1].title == items[2].title == NILE[0]
    assert items[7].title == f"{DROUGHT[0]} & التفاصيل"
