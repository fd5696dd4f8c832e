"""HTML extraction: trafilatura + justext + the line cleaner (marsad.ingest.html)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from marsad.errors import InputError
from marsad.ingest import RawArticle
from marsad.ingest.html import _published, extract_html

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"
JUNK = ["اترك رد", "لن يتم نشر", "شاهد أيضا", "اقرأ أيضا", "فيسبوك", "تويتر", "جميع الحقوق",
        "الوسوم", "مقالات ذات صلة", "الأكثر قراءة", "الرئيسية", "تابعونا", "الحقول", "إرسال"]


def _read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_wordpress_page() -> None:
    article = extract_html(_read("wordpress-article.html"), origin="wp.html")
    assert article.format == "html" and article.origin == "wp.html"
    assert article.title == "البرلمان يصادق على قانون المالية الجديد"
    assert article.published == date(2024, 11, 20)
    assert article.site_name == "جريدة المرصد الوهمية"
    assert article.author == "سلمى بن علي"
    assert article.url == "https://example.org/2024/11/20/budget-law/"
    paragraphs = article.text.split("\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("صادق مجلس النواب") and paragraphs[-1].endswith("الحالية.")
    for junk in JUNK:
        assert junk not in article.text, junk


def test_table_layout_page_with_leaked_comment_form() -> None:
    """An old table-layout page: trafilatura alone returns «شاهد أيضا», its video link and
    the whole comment form; justext and the line cleaner take them out."""
    article = extract_html(_read("messy-article.html"))
    assert article.title == "وزير الخارجية يستقبل نظيره الموريتاني"
    assert article.published == date(2024, 9, 3)
    paragraphs = article.text.split("\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("استقبل وزير الخارجية")
    assert paragraphs[-1].startswith("وفي ختام الزيارة")
    for junk in JUNK + ["فيديو: لحظة وصول"]:
        assert junk not in article.text, junk
    removed = {r.text: r.reason for r in article.removed}
    assert removed["اترك رد"] == "comments"
    assert removed["شاهد أيضا"] == "related links"
    assert removed["فيديو: لحظة وصول الوزير الموريتاني إلى المطار"].startswith(("justext", "related links"))


@pytest.mark.parametrize("html", [
    "<html><body><p>نص <b>غير مغلق <div><<<>>> </p></span></table>" + "وقال الوزير إن الحكومة ستعمل على حل الأزمة في أقرب الآجال. " * 5,
    "<html><head><title>عنوان</title><body><table><tr><td><p>" + "أعلنت الوزارة عن إجراءات جديدة لدعم الفلاحين في المناطق الريفية. " * 6,
    "<p>" * 500 + "نص الخبر الكامل هنا مع تفاصيل كثيرة عن الحدث وعن ردود الفعل عليه. " * 4,
    "<!DOCTYPE html><html><body>\x00\x01<script>alert(1)</script>" + "<p>فقرة عربية طويلة بما يكفي لتكون جزءا من مقال إخباري حقيقي عن السياسة.</p>" * 3,
])
def test_malformed_html_never_raises_a_traceback(html: str) -> None:
    try:
        article = extract_html(html, origin="broken.html")
    except InputError as err:
        assert str(err).startswith("broken.html: ") and "\n" not in str(err)
    else:
        assert isinstance(article, RawArticle) and article.text.strip()


@pytest.mark.parametrize("html", [
    "", "   ", "<html></html>", "<html><body><script>var x = 1;</script></body></html>",
    "<html><body><nav><a href='/'>الرئيسية</a> | <a href='/a'>أخبار</a></nav></body></html>",
    _read("wordpress-article.html")[:400],  # cut off before the article starts
])
def test_no_article_text(html: str) -> None:
    with pytest.raises(InputError, match=r"^page\.html: no article text found in the HTML page"):
        extract_html(html, origin="page.html")


def test_half_a_page_still_extracts() -> None:
    html = _read("wordpress-article.html")
    cut = html[: html.index("ومن المنتظر")]
    article = extract_html(cut, origin="cut.html")
    assert article.text.startswith("صادق مجلس النواب")


def test_bare_year_date_guess_is_dropped() -> None:
    # htmldate answers 1 January when all it has is a year in the URL.
    assert _published("2013-01-01", "<a href='/2013/news/x.html'>") is None
    assert _published("2013-01-01", "<meta content='2013-01-01T10:00'>") == date(2013, 1, 1)
    assert _published("2013-08-03", "") == date(2013, 8, 3)
    assert _published(None, "") is None and _published("garbage", "") is None


def test_justext_fallback_when_trafilatura_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.ingest import html as html_module

    monkeypatch.setattr(html_module, "_trafilatura", lambda html, url: None)
    page = "<html><head><title>عنوان الصفحة</title></head><body>" + "".join(
        f"<p>{'وقال المتحدث باسم الحكومة إن الوزارة ستعلن عن خطة جديدة لمواجهة الأزمة الاقتصادية في البلاد. ' * 3}</p>"
        for _ in range(3)) + "<p><a href='/x'>الرئيسية</a></p></body></html>"
    article = extract_html(page, origin="fallback.html")
    assert article.title == "عنوان الصفحة"
    assert article.text.count("\n") == 2 and "الرئيسية" not in article.text


def test_cleaning_html_output_again_changes_nothing() -> None:
    from marsad.clean import clean_article

    for name in ("wordpress-article.html", "messy-article.html"):
        article = extract_html(_read(name))
        cleaned = clean_article(article)
        assert cleaned.title == article.title and cleaned.body == article.text
        assert cleaned.removed == article.removed
