"""Round 40 (see the README): what a slogan or banner says is the protest's content, so the
learned doer chooser is not asked to find who "demanded" it (ورفع المحتجون شعارات تطالب الحكومة);
any other verb whose subject is a noun before it still is."""
import marsad
from marsad.events import coder


def _asked(monkeypatch, text):
    asked = []

    def choose(doc, s, si, t0, t1, *rest):
        asked.append(doc.tokens[t0].text)
        return None

    monkeypatch.setattr(coder.actor_model, "choose", choose)
    marsad.analyze("عنوان\n\n" + text, published="2018-05-01", all_sections=True)
    return asked


def test_a_slogans_demand_asks_no_doer(monkeypatch):
    assert "تطالب" not in _asked(monkeypatch, "ورفع المحتجون، وبينهم نساء، لافتات تطالب الحكومة بإيجاد حلول عاجلة.")
    assert "تطالب" not in _asked(monkeypatch, "وردد المتظاهرون هتافات تطالب برحيل الحكومة.")


def test_a_reports_charge_still_asks_for_one(monkeypatch):
    assert "تتهم" in _asked(monkeypatch, "ونشرت الصحف تقارير تتهم الحكومة بالفساد.")
