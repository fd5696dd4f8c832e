"""Entities: gazetteer, roles and title patterns, on sentences written for the tests."""
import marsad


def ents(text):
    doc = marsad.analyze(text)
    return doc, [(e.text, e.kind, e.country, e.source) for e in doc.entities]


def test_places_and_nationalities_through_clitics():
    _, found = ents("عنوان\n\nوصل الوفد إلى الرباط قادما من باريس، وللمغرب وفرنسا علاقات قديمة مع المغاربة.")
    assert ("الرباط", "city", "MAR", "gazetteer") in found
    assert ("باريس", "city", "FRA", "gazetteer") in found
    assert ("مغرب", "country", "MAR", "gazetteer") in found  # للمغرب: ل + المغرب
    assert ("فرنسا", "country", "FRA", "gazetteer") in found
    assert ("المغاربة", "nationality", "MAR", "gazetteer") in found


def test_no_names_through_pronoun_suffixes():
    # قطرة (a drop) is not قطر + ه; إطار (frame) is not the Mauritanian town أطار
    _, found = ents("عنوان\n\nلم تصل قطرة ماء إلى الحي في إطار الأزمة الحالية.")
    assert not [f for f in found if f[1] in ("country", "city")]


def test_ambiguous_city_needs_context():
    # جدة is also "grandmother": a name only after a preposition of place or مدينة
    _, found = ents("عنوان\n\nزارت جدة الطفل منزله، ثم سافر الوفد إلى جدة.")
    cities = [f for f in found if f[1] == "city" and f[3] == "gazetteer"]
    assert len(cities) == 1
    # the CRF model tags the first جدة LOC, and a name it tags takes the gazetteer's codes: its
    # misreading here is the price of resolving حماس، دوما (round 46: +6 matches on the gold set)


def test_a_word_after_an_ambiguous_name_can_make_it_a_word():
    # في مسقط رأسه is "in his birthplace", though في would make مسقط a place; مسقط alone is Muscat
    _, found = ents("عنوان\n\nاعتقلت الشرطة الشاب في مسقط رأسه بمدينة دهوك، ثم نقل إلى مسقط.")
    assert [f for f in found if f[0] == "مسقط"] == [("مسقط", "city", "OMN", "gazetteer")]


def test_ambiguous_reading_follows_the_article():
    doc, found = ents("عمان في الأخبار\n\nعمّان - أعلنت الحكومة الأردنية اليوم خطة جديدة.")
    assert ("عمّان", "city", "JOR", "gazetteer") in found


def test_roles_give_sectors():
    doc = marsad.analyze("عنوان\n\nاجتمعت الشرطة الإسبانية والجيش المغربي والمتظاهرون مع وزارة الخارجية.")
    sectors = {e.text: e.sector for e in doc.entities if e.kind == "role"}
    assert sectors["الشرطة"] == ["COP"]
    assert sectors["الجيش"] == ["MIL"]
    assert sectors["المتظاهرون"] == ["CVL"]
    assert sectors["وزارة الخارجية"] == ["GOV"]


def test_person_after_title_with_comma_and_without():
    doc = marsad.analyze("عنوان\n\nقال وزير الخارجية الإسباني، خوسيه مانويل ألباريس، إن الرئيس عبد المجيد تبون سيزور مدريد.")
    people = {e.text for e in doc.entities if e.kind == "person"}
    assert people == {"خوسيه مانويل ألباريس", "عبد المجيد تبون"}


def test_person_after_a_long_title():
    doc = marsad.analyze("عنوان\n\nوقال وكيل وزارة الخزانة لشؤون الإرهاب، جون سميث، إن القرار نهائي.")
    assert [e.text for e in doc.entities if e.kind == "person"] == ["جون سميث"]


def test_person_named_before_his_title():
    doc = marsad.analyze("عنوان\n\nوقال كريم الحسني، المتحدث باسم الحكومة، إن الاتفاق قريب.")
    assert [e.text for e in doc.entities if e.kind == "person"] == ["كريم الحسني"]


def test_phrases_are_not_names():
    doc = marsad.analyze("عنوان\n\nسلمه رسالة من الرئيس التونسي تتعلق بتطوير العلاقات الثنائية.")
    assert not [e for e in doc.entities if e.kind == "person"]


def test_entity_offsets_point_into_the_text():
    doc = marsad.analyze("عنوانٌ\n\nوَصَلَ وزيرُ الداخليةِ الفرنسيُّ إلى الرباطِ.")
    assert doc.entities
    for e in doc.entities:
        assert doc.text[e.start:e.end] == e.text
