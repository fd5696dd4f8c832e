"""The twelfth round of the event-coding push, each rule on sentences the team wrote. Tuned
on tuning batches 1-10; batches 11 and 12 stay out (see the README)."""
import marsad
from test_push_round3 import code


def test_a_threat_at_home_and_a_states_promise_to_the_other_party():
    # a threat at home to no one named is made to the home country; a state's promise naming no
    # one is made to the other party the article is about
    got = code("وهدد المحتجون في مدينة تطاوين التونسية بالتصعيد.")
    assert ("THREATEN", ["TUN"], ["TUN"], "actual", "subject") in got, got
    doc = marsad.analyze("ترامب يلتقي كيم\n\nالتقى الرئيس الأمريكي دونالد ترامب الزعيم الكوري الشمالي كيم جونغ أون. "
                         "وقالت الولايات المتحدة إن كوريا الشمالية جادة. وتعهدت كوريا الشمالية بنزع السلاح النووي. "
                         "ورحبت الولايات المتحدة بذلك.", published="2018-06-12")
    got = [(e.event_type, [a["country"] for a in e.actor], [a["country"] for a in e.recipient]) for e in doc.events]
    assert ("AGREE", ["PRK"], ["USA"]) in got, got
