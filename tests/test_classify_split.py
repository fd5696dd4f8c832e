"""The held-out split of the section classifier: its rules on articles written here, then
on the real corpora (skipped when ../shared/data is absent)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from marsad.classify.corpus import Article, parse_day, read_corpus
from marsad.classify.split import CUTOFFS, HELD_OUT_SOURCES, held_out, make_split, part_of

NEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news"
HAVE_DATA = (NEWS / "ant-multisource-2018.jsonl.gz").is_file() and (NEWS / "ant-jawharafm.jsonl.gz").is_file()

STORY = ("قال وزير الخارجية إن المحادثات مع الوفد الزائر تناولت سبل تعزيز التعاون الاقتصادي والأمني "
         "بين البلدين وتنسيق المواقف بشأن القضايا الإقليمية والدولية ذات الاهتمام المشترك وأضاف أن "
         "الجانبين اتفقا على عقد اجتماع اللجنة العليا المشتركة في العاصمة قبل نهاية العام الجاري")
OTHER = ("فاز الفريق المحلي على ضيفه بثلاثة أهداف دون رد في المباراة التي جرت مساء أمس على الملعب "
         "البلدي أمام جمهور غفير وسجل المهاجم الدولي هدفين في الشوط الأول قبل أن يضيف البديل الهدف "
         "الثالث في الدقائق الأخيرة من اللقاء ليرتقي الفريق إلى المركز الثاني في الترتيب العام")

THIRD = ("افتتحت مساء السبت الدورة الجديدة من المهرجان الدولي للموسيقى بحفل كبير أحيته فرقة الإنشاد "
         "وسط حضور جماهيري لافت ويتضمن برنامج المهرجان عروضا مسرحية وأمسيات شعرية ومعارض للفنون "
         "التشكيلية تتواصل طيلة أسبوعين في عدد من الفضاءات الثقافية بالمدينة العتيقة")


def art(line: int, day: date, text: str, source: str = "skynews", label: str = "politics",
        corpus: str = "multisource", title: str = "عنوان") -> Article:
    return Article(corpus=corpus, line=line, id=str(line), source=source, category=label, label=label,
                   title=title, text=text, day=day)


def test_dates_in_both_corpus_formats():
    assert parse_day("2018-02-18T21:35:43+04:00") == date(2018, 2, 18)
    assert parse_day("17/05/2015") == date(2015, 5, 17)
    assert parse_day("") is None and parse_day("soon") is None


def test_rules_on_written_articles():
    before, after = date(2018, 3, 1), date(2018, 8, 1)
    assert CUTOFFS["multisource"] > before and CUTOFFS["multisource"] < after
    articles = [
        art(0, before, STORY),                       # same story as a test article: dropped
        art(1, before, OTHER, label="sport"),        # unrelated: kept for training
        art(2, before, OTHER, source="BBC"),         # held-out site before the cutoff: dev
        art(3, after, STORY + " وتابع الوزير"),       # test
        art(4, after, THIRD, source="BBC", label="culture"),  # held-out site after the cutoff: test
        art(5, after, STORY + " وتابع الوزير"),       # exact repeat of line 3: counted once
    ]
    s = make_split(articles)
    assert [a.line for a in s.train] == [1]
    assert [a.line for a in s.dev] == [2]
    assert [a.line for a in s.test] == [3, 4]
    assert [(a.line, b.line) for a, b in s.near_duplicates] == [(0, 3)]
    assert [a.line for a in s.test_repeats] == [5]
    assert [a.line for a in held_out(articles)] == [3, 4]
    assert part_of(art(9, date(2017, 5, 1), OTHER, corpus="jawharafm", source="Jawhara FM")) == "test"
    assert part_of(art(9, date(2017, 4, 30), OTHER, corpus="jawharafm", source="Jawhara FM")) == "train"


def test_split_is_deterministic_on_written_articles():
    articles = [art(i, date(2018, 1 + i % 10, 1), (STORY if i % 3 else OTHER) + f" {i}") for i in range(40)]
    one, two = make_split(articles), make_split(list(articles))
    assert [a.key for a in one.train] == [a.key for a in two.train]
    assert [a.key for a in one.test] == [a.key for a in two.test]


@pytest.fixture(scope="module")
def real_split():
    if not HAVE_DATA:
        pytest.skip(f"ANT corpora not available in {NEWS} (../shared/data is a development folder)")
    from marsad.classify.corpus import read_all

    articles = read_all(NEWS)
    return articles, make_split(articles)


def test_real_split_has_no_article_on_both_sides(real_split):
    articles, s = real_split
    train, dev, test = ({a.key for a in part} for part in (s.train, s.dev, s.test))
    assert not (train & test) and not (train & dev) and not (dev & test)
    dropped = {a.key for a, _ in s.near_duplicates} | {a.key for a in s.test_repeats}
    assert len(train) + len(dev) + len(test) + len(dropped) == len(articles)
    assert not any(a.source in HELD_OUT_SOURCES for a in s.train)
    assert all(a.day < CUTOFFS[a.corpus] for a in s.train + s.dev)
    assert all(a.day >= CUTOFFS[a.corpus] for a in s.test)
    # no training article repeats a test article word for word
    from marsad.classify.split import article_words

    test_texts = {" ".join(article_words(a)) for a in s.test}
    assert not any(" ".join(article_words(a)) in test_texts for a in s.train)


def test_real_split_counts_match_the_shipped_model(real_split):
    import json

    from marsad.classify.model import default_paths
    from marsad.classify.train import split_summary

    _, s = real_split
    recorded = json.loads(default_paths()[1].read_text(encoding="utf-8"))["split"]
    assert split_summary(s) == recorded


def test_real_split_is_deterministic(real_split):
    articles, s = real_split
    subset = [a for a in articles if a.line % 5 == 0]
    one, two = make_split(subset), make_split(subset)
    assert [a.key for a in one.train] == [a.key for a in two.train]
    assert [a.key for a in one.test] == [a.key for a in two.test]
    assert {a.key for a in one.test} <= {a.key for a in s.test + s.test_repeats}


def test_every_corpus_category_is_mapped():
    if not HAVE_DATA:
        pytest.skip(f"ANT corpora not available in {NEWS}")
    for corpus in ("multisource", "jawharafm"):
        assert sum(1 for _ in read_corpus(corpus, NEWS)) > 1000  # raises on an unmapped category
