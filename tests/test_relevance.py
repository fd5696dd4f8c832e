"""Section classification in the pipeline: sport, culture and technology articles get no events."""
import marsad

MATCH = ("البرازيل تهزم الأرجنتين في تصفيات كأس العالم\n\n"
         "وهاجمت البرازيل الأرجنتين بقوة في الشوط الثاني من المباراة التي انتهت بفوز المنتخب البرازيلي "
         "بهدفين نظيفين، وسجل اللاعب نيمار الهدف الأول في الدقيقة السبعين.")
TALKS = ("الجزائر وتونس تبحثان أمن الحدود\n\n"
         "التقى وزير الداخلية الجزائري نظيره التونسي أمس في العاصمة تونس لبحث التعاون الأمني ومكافحة التهريب.")


def test_every_article_gets_a_section():
    doc = marsad.analyze(TALKS, published="2025-02-03")
    assert doc.section["label"] == "politics" and doc.section["relevant"]
    assert abs(sum(doc.section["scores"].values()) - 1) < 0.01
    assert [e.relevance for e in doc.events] == ["relevant"]


def test_sport_attack_is_no_assault():
    doc = marsad.analyze(MATCH, published="2025-02-03")
    assert doc.section["label"] == "sport" and not doc.section["relevant"]
    assert doc.events == []
    assert [s["event_type"] for s in doc.suppressed] == ["ASSAULT"]
    assert doc.suppressed[0]["reason"] == "sport article"


def test_all_sections_marks_instead_of_suppressing():
    doc = marsad.analyze(MATCH, published="2025-02-03", all_sections=True)
    assert [(e.event_type, e.relevance) for e in doc.events] == [("ASSAULT", "doubtful")]
