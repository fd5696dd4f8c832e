"""The section classifier as shipped: the artefact loads fast without scikit-learn, and
short articles written by the team land in the right sections.

No shared data needed: these tests run everywhere."""
from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from marsad.classify import Section, classify, get_model, is_relevant, labels, relevant_labels
from marsad.classify.features import FeatureSpec, definite_stem, word_features, words
from marsad.classify.labels import category_map, label_table, merged_label
from marsad.classify.model import SectionModel, default_paths
from marsad.errors import InputError

# Written by the team for these tests (not from any corpus).
ARTICLES = {
    "sport": (
        "الترجي يفوز على النجم الساحلي في قمة الجولة العاشرة",
        "حقق الترجي الرياضي فوزا ثمينا على ضيفه النجم الساحلي بهدفين مقابل هدف واحد في قمة الجولة "
        "العاشرة من بطولة الرابطة المحترفة الأولى لكرة القدم. وافتتح المهاجم التسجيل في الدقيقة "
        "العشرين قبل أن يعادل الضيوف من ضربة جزاء. وفي الشوط الثاني هاجم اللاعب المرمى بقوة وسجل "
        "هدف الفوز برأسية. وبهذا الانتصار يعزز الترجي صدارته للترتيب بفارق أربع نقاط، فيما قال "
        "المدرب إن فريقه قدم مباراة كبيرة أمام منافس عنيد.",
    ),
    "politics": (
        "وزير الخارجية يلتقي نظيره الجزائري لبحث العلاقات الثنائية",
        "التقى وزير الشؤون الخارجية اليوم الاثنين بالعاصمة نظيره الجزائري في إطار زيارة رسمية "
        "يؤديها إلى تونس. وتناول الاجتماع سبل دعم التعاون الثنائي وتنسيق المواقف إزاء الأزمة في "
        "ليبيا والوضع الأمني على الحدود المشتركة. وأكد الوزيران في ندوة صحفية مشتركة حرص البلدين "
        "على تعزيز التشاور السياسي، كما اتفقا على عقد اجتماع اللجنة المشتركة قبل نهاية السنة. "
        "وكان رئيس الحكومة قد استقبل الوزير الجزائري صباح اليوم بقصر الحكومة بالقصبة.",
    ),
    "economy": (
        "البورصة تغلق على ارتفاع بدعم من أسهم البنوك",
        "أغلقت البورصة تعاملات الأسبوع على ارتفاع بنسبة 1.2 بالمائة، مدعومة بصعود أسهم البنوك "
        "وشركات الاتصالات. وبلغ حجم التداول نحو 40 مليون دينار، فيما ارتفع المؤشر الرئيسي إلى أعلى "
        "مستوى له منذ ثلاثة أشهر. وقال محللون إن المستثمرين يترقبون نتائج الشركات المدرجة للربع "
        "الثالث وقرار البنك المركزي بشأن سعر الفائدة، في ظل تراجع نسبة التضخم وتحسن احتياطي "
        "العملة الصعبة.",
    ),
    "culture": (
        "افتتاح الدورة الجديدة لمهرجان قرطاج السينمائي",
        "انطلقت مساء السبت فعاليات الدورة الجديدة من أيام قرطاج السينمائية بعرض فيلم الافتتاح "
        "بحضور عدد كبير من المخرجين والممثلين ونجوم الفن. ويتنافس على جائزة التانيت الذهبي هذا "
        "العام ثمانية عشر فيلما روائيا طويلا من تونس والعالم العربي وإفريقيا، إلى جانب مسابقة "
        "للأفلام القصيرة والوثائقية. وقالت مديرة المهرجان إن الجمهور سيكتشف أعمالا سينمائية "
        "جديدة في قاعات العرض طيلة أسبوع، كما يكرم المهرجان الممثلة الراحلة بعرض أبرز أفلامها.",
    ),
    "technology": (
        "سامسونغ تكشف عن هاتفها الذكي الجديد",
        "كشفت شركة سامسونغ عن أحدث هواتفها الذكية الذي يأتي بشاشة أكبر وكاميرا خلفية ثلاثية بدقة "
        "108 ميغابكسل وبطارية تدوم يومين. ويعمل الهاتف بنظام أندرويد ومعالج جديد أسرع بنسبة "
        "ثلاثين في المائة، ويدعم شبكات الجيل الخامس والشحن اللاسلكي السريع. وتتيح تطبيقات الذكاء "
        "الاصطناعي في الهاتف تحسين الصور تلقائيا، فيما تطرح الشركة الجهاز في الأسواق الشهر المقبل.",
    ),
}


def test_artefact_loads_in_under_a_second():
    bin_path, meta_path = default_paths()
    assert bin_path.is_file() and meta_path.is_file()
    t = time.perf_counter()
    model = SectionModel.load(bin_path, meta_path)
    assert time.perf_counter() - t < 1.0
    assert model.labels == labels()
    assert len(model.features) == len(model.idf) == len(model.weights[0]) == model.meta["n_features"]
    assert bin_path.stat().st_size < 5_000_000


def test_artefact_matches_its_metadata():
    import hashlib

    bin_path, meta_path = default_paths()
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    assert meta["sha256"] == hashlib.sha256(bin_path.read_bytes()).hexdigest()
    assert meta["labels"] == list(labels())
    assert 0.0 < meta["test"]["macro_f1"] <= 1.0


@pytest.mark.parametrize("expected", sorted(ARTICLES))
def test_team_written_articles(expected):
    title, body = ARTICLES[expected]
    s = classify(title, body)
    assert isinstance(s, Section)
    assert s.label == expected, s.scores
    assert s.probability > 0.8
    assert s.relevant == is_relevant(expected)
    # the body alone is enough too
    assert classify("", body).label == expected


def test_scores_are_probabilities_over_every_label():
    s = classify(*ARTICLES["economy"])
    assert list(s.scores) == list(labels())
    assert abs(sum(s.scores.values()) - 1.0) < 1e-9
    assert s.probability == max(s.scores.values()) == s.scores[s.label]
    d = s.to_dict()
    assert set(d) == {"label", "probability", "relevant", "scores"}
    json.dumps(d)


def test_no_words_gives_the_prior_not_an_error():
    s = classify("", "")
    assert s.label in labels() and abs(sum(s.scores.values()) - 1.0) < 1e-9
    assert classify("2018", "!!! 12:30").label == s.label


def test_model_is_loaded_once():
    assert get_model() is get_model()


def test_relevance_comes_from_the_data_file():
    assert relevant_labels() == {"politics"}
    for lab in ("sport", "culture", "technology"):
        assert not is_relevant(lab)
    assert is_relevant("politics")
    with pytest.raises(InputError):
        is_relevant("weather")
    assert all(lab.description for lab in label_table())


def test_category_mapping_covers_both_corpora():
    table = category_map()
    assert merged_label("multisource", "middleEast") == "politics"
    assert merged_label("jawharafm", "localNews") == "politics"
    assert merged_label("jawharafm", "society") == "politics"
    assert merged_label("jawharafm", "diverse") is None  # left out, see categories.tsv
    assert merged_label("multisource", "sport") == merged_label("jawharafm", "sport") == "sport"
    assert {lab for lab in table.values() if lab != "-"} == set(labels())
    with pytest.raises(InputError):
        merged_label("jawharafm", "weather")


def test_features_go_through_clitics_and_normalisation():
    spec = FeatureSpec()
    assert words("الإقتصادُ والاقتصاد") == ["الاقتصاد", "والاقتصاد"]
    assert definite_stem("والاقتصاد") == definite_stem("للاقتصاد") == "اقتصاد"
    assert definite_stem("بيان") is None  # no article: nothing stripped
    feats = word_features("للاقتصاد", spec)
    assert "w:للاقتصاد" in feats and "s:اقتصاد" in feats and "#للا" in feats and "صاد#" in feats and "#لل" not in feats


def test_prediction_needs_neither_scikit_learn_nor_numpy():
    code = ("import sys; from marsad.classify import classify; "
            "s = classify('الترجي يفوز', 'فاز الترجي على النجم'); "
            "print(s.label, 'sklearn' in sys.modules, 'numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["sport", "False", "False"]


def test_commands_without_the_corpora_fail_in_one_line(tmp_path):
    from marsad.classify import run_eval, run_train

    for run in (run_train, run_eval):
        with pytest.raises(InputError) as err:
            run(news_dir=tmp_path)
        assert "\n" not in str(err.value) and str(tmp_path) in str(err.value)


def test_classify_command_writes_one_json_line_per_article(tmp_path, capsys):
    from marsad.classify import run_classify

    for name in ("sport", "culture"):
        title, body = ARTICLES[name]
        (tmp_path / f"{name}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    status = run_classify(str(tmp_path))
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["origin"].rsplit("/", 1)[-1], r["label"], r["relevant"]) for r in records] == [
        ("culture.txt", "culture", False), ("sport.txt", "sport", False)]
    assert status == 1 and "empty.txt" in err and err.count("marsad: error:") == 2
