"""Boilerplate removal by line classification (marsad.clean)."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from marsad.clean import clean_article, clean_lines, clean_text, classify_line
from marsad.clean import cues
from marsad.clean.cues import lexicon
from marsad.ingest.article import RawArticle
from marsad.resources import read_tsv
from marsad.text.normalize import norm

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest" / "clean"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seeds" / "000_ac538b3f911e82e4.txt"
CASES = sorted(FIXTURES.glob("*.txt"))


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_fixture_articles(path: Path) -> None:
    """Each invented article: the expected title, exactly the expected lines removed, and
    every other line kept, in order, untouched."""
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    cleaned = clean_text(text)
    assert cleaned.title == expected["title"]
    assert [r.text for r in cleaned.removed] == expected["removed"]
    wanted = [ln for ln in _lines(text) if ln not in expected["removed"]][1:]  # minus title
    assert _lines(cleaned.body) == wanted


def test_fixture_set_has_both_kinds() -> None:
    kinds = {json.loads(p.with_suffix(".expected.json").read_text())["removed"] == [] for p in CASES}
    assert kinds == {True, False}
    assert len(CASES) >= 10


def test_clean_articles_come_out_unchanged() -> None:
    for path in CASES:
        if not path.stem.startswith("clean_"):
            continue
        text = path.read_text(encoding="utf-8")
        cleaned = clean_text(text)
        assert cleaned.removed == []
        assert cleaned.title + "\n" + cleaned.body == text.strip()


def test_seed_article() -> None:
    if not SEED.exists():
        pytest.skip(f"shared seed article not found at {SEED}")
    text = SEED.read_text(encoding="utf-8")
    cleaned = clean_text(text)
    assert cleaned.title == text.split("\n", 1)[0].strip()
    for trailer in ("شاهد أيضا", "اترك رد", "لن يتم نشر عنوان بريدك الإلكتروني."):
        assert trailer not in cleaned.body
        assert trailer in [r.text for r in cleaned.removed]
    assert len(cleaned.removed) == 3
    assert "من المنتظر أن يصل وزير الداخلية الفرنسي" in cleaned.body
    assert cleaned.body.endswith("على مختلف الأصعدة")
    assert "\n\n" in cleaned.body  # paragraph breaks kept


def test_sentence_with_cue_word_is_kept() -> None:
    line = "وقال الوزير إن الحكومة لن تترك رد الفعل الشعبي دون متابعة، وإنها ستفتح حوارا مع النقابات."
    assert not clean_lines([line])[0].removed
    text = "عنوان الخبر\n" + line + "\nاترك رد"
    cleaned = clean_text(text)
    assert line in cleaned.body and "اترك رد" not in cleaned.body


def test_embedded_read_also_takes_its_headline() -> None:
    text = (
        "عنوان\n"
        "فقرة أولى طويلة بما يكفي لتكون نصا حقيقيا من الخبر الذي نقرؤه الآن هنا.\n"
        "واقرأ أيضاً\n"
        "الرئيس يستقبل سفير فرنسا الجديد\n"
        "فقرة ثانية طويلة بما يكفي لتكون نصا حقيقيا من الخبر الذي نقرؤه الآن هنا.\n"
    )
    cleaned = clean_text(text)
    assert [r.text for r in cleaned.removed] == ["واقرأ أيضاً", "الرئيس يستقبل سفير فرنسا الجديد"]
    assert cleaned.removed[1].reason.startswith("related links")


def test_spelling_variants_of_cues_match() -> None:
    for line in ("شاهد أيضاً", "شاهد ايضا", "إقرأ أيضًا:", "اقرا ايضا", "التعليقات (12)",
                 "أخبار ذات صلة", "جميع الحقوق محفوظة ©", "Facebook Twitter WhatsApp"):
        assert classify_line(line).score >= 3, line


def test_short_titles_with_common_cue_words_are_kept() -> None:
    # One-word cues (شارك، إعلان، تلغرام، القائمة) must not remove ordinary subheadings.
    for line in ("منع تلغرام في روسيا", "إعلان الرياض للسلام", "ردود فعل دولية",
                 "شارك الوزير في القمة", "وجاءت القائمة كالآتي:", "الموقع: تقع المدينة على ضفاف النيل، وتعد من أقدم المدن في البلاد."):
        assert classify_line(line).score < 3, line


def test_removed_lines_have_reasons() -> None:
    text = "عنوان\nنص الخبر هنا وهو جملة كاملة تنتهي بنقطة كما ينبغي في الأخبار.\nتابعونا على فيسبوك\nجميع الحقوق محفوظة 2024"
    reasons = {r.text: r.reason for r in clean_text(text).removed}
    assert reasons == {"تابعونا على فيسبوك": "share prompt", "جميع الحقوق محفوظة 2024": "copyright"}


def test_known_title_drops_repeated_first_line() -> None:
    cleaned = clean_text("عنوان الخبر\nنص الخبر.", title="عنوان  الخبر")
    assert cleaned.title == "عنوان  الخبر"
    assert cleaned.body == "نص الخبر."
    assert [r.reason for r in cleaned.removed] == ["title repeated"]


def test_clean_article_uses_format() -> None:
    plain = clean_article(RawArticle(text="العنوان\nالنص.", format="text"))
    assert (plain.title, plain.body) == ("العنوان", "النص.")
    record = clean_article(RawArticle(text="السطر الأول.\nالنص.", title="عنوان معروف", format="jsonl"))
    assert (record.title, record.body) == ("عنوان معروف", "السطر الأول.\nالنص.")


def test_empty_and_blank_text() -> None:
    assert clean_text("") .title == ""
    cleaned = clean_text("\n\n  \n")
    assert (cleaned.title, cleaned.body, cleaned.removed) == ("", "", [])


def test_only_boilerplate() -> None:
    cleaned = clean_text("شاهد أيضا\nاترك رد\n")
    assert cleaned.title == "" and cleaned.body == ""
    assert len(cleaned.removed) == 2


def test_blank_line_runs_collapse() -> None:
    text = "العنوان\n\nفقرة أولى.\n\n\n\nشارك\n\nفقرة ثانية.\n\n"
    assert clean_text(text).body == "فقرة أولى.\n\nفقرة ثانية."


def test_cue_file_is_well_formed() -> None:
    rows = read_tsv("clean", "boilerplate_cues.tsv")
    assert rows and all(r["cue"] and r["category"] for r in rows)
    assert {r["weight"] for r in rows} <= {"1", "2", "3"}
    categories = {r["category"] for r in rows}
    for needed in ("related links", "comments", "share prompt", "newsletter", "copyright",
                   "tags", "advert", "navigation"):
        assert needed in categories
    assert len(lexicon().cues) > 200
    # Spelling variants are folded by normalisation: listing them twice is a mistake.
    seen: dict[str, str] = {}
    for row in rows:
        for variant in row["cue"].split("|"):
            key = " ".join(norm(variant).split())
            assert key not in seen, f"{variant!r} repeats {seen[key]!r}"
            seen[key] = variant


def test_cleaning_is_fast() -> None:
    """Plain-text cleaning must cost next to nothing next to the rest of the pipeline."""
    para = ("وقال المتحدث باسم الوزارة في مؤتمر صحفي عقده بمقر الوزارة إن المفاوضات مع الجانب "
            "الآخر ستستأنف الأسبوع المقبل، مؤكدا أن الحكومة متمسكة بالحل السلمي للأزمة.")
    text = "عنوان الخبر\n\n" + "\n\n".join([para] * 9) + "\n\nشاهد أيضا\n\nاترك رد\n"
    assert 1300 < len(text) < 1700
    clean_text(text)  # load the cue file
    runs = 200
    start = time.perf_counter()
    for _ in range(runs):
        clean_text(text)
    warm = (time.perf_counter() - start) / runs
    assert warm < 0.001, f"{warm * 1000:.2f} ms per article"
    # Cold: every word seen for the first time (the per-word cache emptied each run).
    start = time.perf_counter()
    for _ in range(runs):
        cues._WORDS.clear()
        clean_text(text)
    cold = (time.perf_counter() - start) / runs
    assert cold < 0.002, f"{cold * 1000:.2f} ms per article with a cold cache"
