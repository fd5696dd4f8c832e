"""scripts/build_countries.py: refreshes only the CLDR column, and is idempotent on the committed file."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "build_countries.py"
DATA = ROOT / "marsad" / "data" / "gazetteer" / "countries.tsv"


def load_script():
    spec = importlib.util.spec_from_file_location("build_countries", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SAMPLE = (
    "# comment kept as is\n"
    "alpha3\talpha2\tname_cldr\taliases\n"
    "MAR\tMA\tOLD\tالمملكة المغربية\n"
    "# another comment\n"
    "FRA\tFR\tفرنسا\t\n"
)


def test_rebuild_rewrites_only_the_cldr_column():
    build = load_script()
    out, warnings = build.rebuild(SAMPLE, {"MA": "المغرب", "FR": "فرنسا"})
    assert out == SAMPLE.replace("OLD", "المغرب")
    assert warnings == []
    again, _ = build.rebuild(out, {"MA": "المغرب", "FR": "فرنسا"})
    assert again == out


def test_rebuild_warns_about_unknown_and_missing_codes():
    build = load_script()
    _, warnings = build.rebuild(SAMPLE, {"MA": "المغرب", "DE": "ألمانيا", "EU": "الاتحاد الأوروبي"})
    assert any("FR" in w for w in warnings)  # a row CLDR does not know: kept
    assert any("DE" in w for w in warnings)  # a CLDR territory with no row
    assert not any("EU" in w for w in warnings)  # not an ISO country


def test_committed_file_is_up_to_date_with_babel():
    pytest.importorskip("babel")
    build = load_script()
    text = DATA.read_text(encoding="utf-8")
    out, warnings = build.rebuild(text, build.cldr_names())
    assert out == text, "run scripts/build_countries.py"
    assert warnings == []


def test_check_mode_does_not_write(tmp_path):
    pytest.importorskip("babel")
    build = load_script()
    copy = tmp_path / "countries.tsv"
    copy.write_text(DATA.read_text(encoding="utf-8").replace("\tالمغرب\t", "\tOLD\t", 1), encoding="utf-8")
    before = copy.read_text(encoding="utf-8")
    assert build.main(["--path", str(copy), "--check"]) == 1
    assert copy.read_text(encoding="utf-8") == before
    assert build.main(["--path", str(copy)]) == 0
    assert copy.read_text(encoding="utf-8") == DATA.read_text(encoding="utf-8")
    assert build.main(["--path", str(copy), "--check"]) == 0
