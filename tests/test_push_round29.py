"""Event push, round 29 (see the README): the deaths an act resulted in (وأسفر عن مقتل …) are that
act's doing, done to its target when no other side is named — not a second act whose doer the
learned chooser guesses (which once took the attacked patrol for the killer of its own soldiers)."""
from coded import coded


def _events(sentence: str) -> list[tuple[str, list, list, str, int]]:
    return coded("عنوان\n\n" + sentence)


def test_deaths_an_attack_resulted_in_are_that_attack():
    got = _events("وأدان الوزير الهجوم الذي شنته جماعة مسلحة أمس على دورية للجيش النيجري قرب الحدود مع مالي، "
                  "وأسفر عن مقتل 12 جنديا.")
    assaults = [e for e in got if e[0] == "ASSAULT"]
    # one attack, on Niger's army, told twice (الهجوم، مقتل); the patrol is no doer
    assert [(a, r) for _, a, r, _, _ in assaults] == [(["None"], ["NER"])], got
    assert assaults[0][4] == 2


def test_deaths_in_clashes_are_the_clashes_between_both_sides():
    got = _events("واندلعت اشتباكات بين الجيش اليمني والحوثيين في صعدة، ما أسفر عن مقتل 20 شخصا.")
    assaults = [e for e in got if e[0] == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0][2] == [], got  # reciprocal: both sides actors, no recipient
