"""The twelfth round of the event-coding push, each rule on sentences the team wrote. Tuned
on tuning batches 1-10; batches 11 and 12 stay out (see the README)."""
import marsad


def test_a_states_promise_naming_no_one_is_made_to_the_other_party():
    # the other party the article is about, as for support, threats and meetings
    doc = marsad.analyze("ترامب يلتقي كيم\n\nالتقى الرئيس الأمريكي دونالد ترامب الزعيم الكوري الشمالي كيم جونغ أون. "
                         "وقالت الولايات المتحدة إن كوريا الشمالية جادة. وتعهدت كوريا الشمالية بنزع السلاح النووي. "
                         "ورحبت الولايات المتحدة بذلك.", published="2018-06-12")
    got = [(e.event_type, [a["country"] for a in e.actor], [a["country"] for a in e.recipient]) for e in doc.events]
    assert ("AGREE", ["PRK"], ["USA"]) in got, got
