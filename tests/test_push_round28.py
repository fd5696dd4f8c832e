"""Event push, round 28 (see the README): the story's lead is the title line and the two
sentences after it, however many sentences the title's dots make (since round 48 the day that
dates the acts told without one is the first recent day of the whole story). The background reader of
round 28 has its own tests (test_modality_model.py)."""
from datetime import date

import marsad
from marsad.ingest.article import RawArticle

BODY = ("أعلنت وزارة الداخلية المصرية إلقاء القبض على خمسة أشخاص في القاهرة.\n"
        "وجرت الاعتقالات مساء الاثنين في حي شبرا.\n"
        "ودعت الوزارة المصرية المواطنين إلى الإبلاغ عن أي نشاط مشبوه.")


def _dates(title: str) -> dict[str, tuple[str, str]]:
    doc = marsad.analyze(RawArticle(text=title + "\n\n" + BODY, published=date(2018, 5, 15)), all_sections=True)
    return {e.evidence.trigger: (e.date["value"], e.date["reason"]) for e in doc.events}


def test_a_title_cut_by_two_dots_is_still_one_line_of_the_lead():
    # the Monday the lead's second sentence names dates the acts told without a date of their own
    for title in ("مصر.. اعتقال خمسة أشخاص", "مصر تعتقل خمسة أشخاص"):
        got = _dates(title)
        assert got["دعت"][0] == "2018-05-14", (title, got)
        assert got["دعت"][1].startswith("no date in the sentence: the day the story gives")
    assert _dates("مصر.. اعتقال خمسة أشخاص")["إلقاء القبض"][0] == "2018-05-14"
