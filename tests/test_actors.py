"""Actors: mentions grouped into actors, with country and sectors, and light coreference."""
import marsad


def actors(text, **kw):
    doc = marsad.analyze(text, **kw)
    return doc, {(a.name or a.text): a for a in doc.actors}


def test_title_nationality_and_name_make_one_actor():
    doc, found = actors("عنوان\n\nالتقى وزير الخارجية المغربي ناصر بوريطة نظيره الإسباني خوسيه ألباريس في مدريد. "
                        "وقال الوزير المغربي إن اللقاء مثمر. وأكد بوريطة أن التعاون مستمر.")
    b = found["ناصر بوريطة"]
    assert (b.country, b.sector) == ("MAR", ["GOV"])
    assert len(b.mentions) == 3  # the title mention, الوزير المغربي, بوريطة
    a = found["خوسيه ألباريس"]
    assert (a.country, a.sector) == ("ESP", ["GOV"])
    assert a.role == b.role  # a counterpart holds the same office


def test_title_before_the_name_in_a_headline():
    doc, found = actors("وزير الداخلية الفرنسي يصل إلى الجزائر\n\nوصل وزير الداخلية الفرنسي، جان دوبون، إلى الجزائر اليوم.")
    [d] = [a for a in doc.actors if a.kind == "person"]
    assert d.name == "جان دوبون" and len(d.mentions) == 2


def test_dual_refers_to_both_people():
    doc, found = actors("عنوان\n\nاستقبل وزير الداخلية المغربي علي الطاهري نظيره الموريتاني محمد سالم. "
                        "ووقع الوزيران اتفاقية للتعاون الأمني.")
    [e] = [e for e in doc.events if e.event_type == "SUPPORT"]
    assert {a["name"] for a in e.actor} == {"علي الطاهري", "محمد سالم"}
    assert {a["country"] for a in e.actor} == {"MAR", "MRT"}


def test_groups_and_bodies_get_country_and_sector():
    doc, found = actors("عنوان\n\nتظاهر آلاف المغاربة أمام البرلمان، فيما اعتقلت الشرطة الفرنسية عشرة مهاجرين.")
    codes = {(a.country, tuple(a.sector)) for a in doc.actors}
    assert ("MAR", ("CVL",)) in codes
    assert ("FRA", ("COP",)) in codes


def test_included_member_takes_the_group_country():
    doc, found = actors("عنوان\n\nالتقى السفير الفرنسي مع عدد من المسؤولين التونسيين، من بينهم وزير الداخلية كمال بن علي.")
    assert found["كمال بن علي"].country == "TUN"


def test_every_actor_in_an_event_has_country_or_is_flagged():
    doc, _ = actors("عنوان\n\nاعتقلت الشرطة ثلاثة مهربين في طنجة أمس.", published="2025-01-10")
    [e] = doc.events
    police = e.actor[0]
    assert police["country"] == "MAR" and police.get("country_from") == "location"


def test_his_country_is_the_speakers_named_by_surname():
    # «الأسد» alone carries no nationality; the earlier full name does, and a Russian delegation
    # named in between is not whose country «بلاده» is
    doc, found = actors("عنوان\n\nالتقى الرئيس السوري بشار الأسد وفدا روسيا. وقال الأسد إن بلاده ستواصل الحرب.")
    assert found["بلاده"].country == "SYR"


def test_eliminating_is_not_the_judiciary():
    # القضاء على: eliminating (half of the corpus' «القضاء»), not the judiciary
    doc, found = actors("عنوان\n\nوتعهد الرئيس المصري بالقضاء على الإرهاب في سيناء.")
    assert not [a for a in doc.actors if "JUD" in a.sector]
    doc, found = actors("عنوان\n\nوهاجم الرئيس التونسي القضاء بشدة.")
    assert found["القضاء"].sector == ["JUD"]


def test_a_headline_surname_with_a_preposition_is_the_person_named_later():
    # «بالأسد» took its preposition with it; the full name in the body is the same person
    doc, found = actors("واشنطن تحضر للإطاحة بالأسد\n\nقال مسؤول روسي إن واشنطن تخطط لإسقاط حكم الرئيس السوري بشار الأسد.")
    assad = [a for a in doc.actors if a.kind == "person" and a.country == "SYR"]
    assert len(assad) == 1 and len(assad[0].mentions) == 2
