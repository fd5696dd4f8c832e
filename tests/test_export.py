"""marsad.export: every format written to disk and read back with the reader analysts use.

Rows come from two short articles written for these tests (analysed by marsad) and from
hand-made edge cases: no date, no location, three actors and no recipient, a merge across
three articles, commas, quotes, tabs and line breaks in the evidence sentence.
"""
import copy
import csv
import io
import json

import pytest

import marsad
from marsad.errors import MarsadError
from marsad.export import FORMATS, RowError, check_row, export, rows_from_document
from marsad.export.cameo import COLUMNS as CAMEO_COLUMNS
from marsad.export.codes import cameo_facts, quad_class
from marsad.export.csv import join_list, split_list
from marsad.export.flat import COLUMN_NAMES
from marsad.export.plover import from_plover, to_plover
from marsad.resources import read_tsv as read_data_tsv

try:
    import pyarrow as pa
    import pyarrow.parquet as pq
except ImportError:  # the parquet format's optional dependency: its tests are skipped, not the rest
    pa = pq = None

needs_pyarrow = pytest.mark.skipif(pa is None, reason="pyarrow is not installed (the parquet format needs it)")
ALL_FORMATS = [pytest.param(f, marks=needs_pyarrow) if f == "parquet" else f for f in sorted(FORMATS)]

ARTICLE_RABAT = """الرباط تحتج على توقيف صيادين مغاربة

الرباط - استدعت وزارة الخارجية المغربية أمس السفير الإسباني في الرباط، احتجاجا على توقيف 14 صيادا مغربيا قبالة جزر الكناري.
واتهم وزير الخارجية المغربي ناصر بوريطة الحكومة الإسبانية بـ"انتهاك اتفاق الصيد"، وقال إن بلاده "لن تقبل، بأي حال، هذا السلوك".
ومن المقرر أن يزور وزير الداخلية الإسباني الرباط الشهر المقبل لبحث ملف الهجرة.
"""

ARTICLE_SFAX = """احتجاجات في صفاقس وتوقيف مهاجرين في طرابلس

تظاهر مئات التونسيين أمس في مدينة صفاقس احتجاجا على غلاء الأسعار.
واعتقلت الشرطة الليبية 40 مهاجرا في طرابلس يوم الأحد.
وأدانت الأمم المتحدة وجامعة الدول العربية الهجوم على مخيم للاجئين في السودان.
"""

# commas (Arabic and Latin), ASCII and Arabic quotes, a tab, CRLF and LF line breaks, U+2028
TRICKY_SENTENCE = 'قال المتحدث، "لن نقبل, أبدا" و«نرفض»\tالتهديد;\r\nثم أضاف:\nهذا موقفنا\u2028النهائي.'


def party(text, country, sector, name=None, role=None, actor_id="A1", kind="body"):
    return {"text": text, "name": name, "country": country, "sector": sector, "role": role,
            "actor_id": actor_id, "kind": kind}


def hand_row(**changes):
    """A valid export row built by hand; ``changes`` replace its keys."""
    row = {
        "id": "feedbeef00000001-E1", "doc_id": "feedbeef00000001",
        "event_type": "ACCUSE", "mode": "disapprove", "cameo": "111",
        "actor": [party("الحكومة الجزائرية", "DZA", ["GOV"], actor_id="A1"),
                  party("الجيش التونسي", "TUN", ["GOV", "MIL"], actor_id="A2"),
                  party("جماعة «الفجر»; فرع الجنوب", None, ["REB"], actor_id="A3", kind="group")],
        "recipient": [],
        "modality": "actual",
        "evidence": {"sentence": TRICKY_SENTENCE, "start": 10, "end": 10 + len(TRICKY_SENTENCE),
                     "trigger": "نرفض", "trigger_start": 40, "trigger_end": 44},
        "confidence": 0.55,
        "context": ["diplomatic", "security"],
        "date": None,
        "location": None,
        "mentions": [{"sentence": TRICKY_SENTENCE, "start": 10, "end": 10 + len(TRICKY_SENTENCE),
                      "trigger": "نرفض", "trigger_start": 40, "trigger_end": 44}],
        "relevance": "doubtful",
        "coding": {"trigger": "reject", "actor_rule": "subject", "modality_cue": ""},
        "doc": {"id": "feedbeef00000001", "url": "https://example.org/ar/news/1?a=1,2",
                "source": "وكالة الأنباء", "published": "2025-05-02", "title": 'عنوان، فيه "اقتباس"'},
        "merged": {"id": "feedbeef00000001-E1", "mentions": 3,
                   "doc_ids": ["feedbeef00000001", "cafe000000000002", "cafe000000000003"]},
    }
    row.update(changes)
    return row


def dyad_row():
    """Two actors, two recipients, a month date, a location; no ``merged`` key at all."""
    row = hand_row(
        id="feedbeef00000002-E4", doc_id="feedbeef00000002", event_type="CONSULT", mode="visit", cameo="042",
        actor=[party("وزير الخارجية المصري", "EGY", ["GOV"], role="وزير الخارجية", kind="person"),
               party("وزير الدفاع الأردني أيمن الصفدي", "JOR", ["GOV", "MIL"], name="أيمن الصفدي",
                     role="وزير الدفاع", actor_id="A2", kind="person")],
        recipient=[party("السلطات الليبية", "LBY", ["GOV"], actor_id="A3"),
                   party("المفوضية", None, [], actor_id="A4")],
        modality="future",
        evidence={"sentence": "ومن المقرر أن يزور الوزيران طرابلس في أبريل.", "start": 0, "end": 44, "trigger": "يزور"},
        mentions=[{"sentence": "ومن المقرر أن يزور الوزيران طرابلس في أبريل.", "start": 0, "end": 44,
                   "trigger": "يزور"}],
        date={"value": "2025-04", "granularity": "month", "text": "في أبريل", "reason": "month named"},
        location={"text": "طرابلس", "country": "LBY", "kind": "city"},
        doc={"id": "feedbeef00000002", "url": None, "source": None, "published": None, "title": "زيارة"},
    )
    del row["merged"]
    return row


@pytest.fixture(scope="module")
def article_rows():
    rows = []
    for text, published in ((ARTICLE_RABAT, "2025-03-05"), (ARTICLE_SFAX, "2025-04-14")):
        rows += rows_from_document(marsad.analyze(text, published=published).to_dict())
    assert len(rows) >= 4, "the test articles should give several events"
    return rows


@pytest.fixture(scope="module")
def rows(article_rows):
    return article_rows + [hand_row(), dyad_row()]


def by_id(records, key="id"):
    return {r[key]: r for r in records}


# ---------------------------------------------------------------- rows and registry

def test_formats_registry_and_unknown_format(tmp_path):
    assert set(FORMATS) == {"plover", "csv", "parquet", "cameo"}
    assert FORMATS["parquet"].binary and not FORMATS["csv"].binary
    with pytest.raises(MarsadError, match="unknown export format 'xlsx'.*plover"):
        export([], "xlsx", tmp_path / "x")


def test_rows_from_document_carry_the_article(article_rows):
    for row in article_rows:
        check_row(row)
        assert row["doc"]["id"] == row["doc_id"] and row["merged"] is None
    assert {r["doc"]["published"] for r in article_rows} == {"2025-03-05", "2025-04-14"}
    assert any(r["doc"]["title"] == "الرباط تحتج على توقيف صيادين مغاربة" for r in article_rows)


@pytest.mark.parametrize("breakage, message", [
    (lambda r: r.pop("evidence"), "event feedbeef00000001-E1: missing key 'evidence'"),
    (lambda r: r["evidence"].pop("sentence"), "missing key 'evidence.sentence'"),
    (lambda r: r["actor"][1].pop("country"), "missing key 'actor\\[1\\].country'"),
    (lambda r: r["doc"].pop("url"), "missing key 'doc.url'"),
    (lambda r: r["merged"].pop("doc_ids"), "missing key 'merged.doc_ids'"),
    (lambda r: r.update(confidence="high"), "'confidence' must be int or float, got str"),
    (lambda r: r.update(date={"value": "2025"}), "missing key 'date.granularity'"),
    (lambda r: r["merged"].update(mentions=0), "merged.mentions must be at least 1"),
])
def test_a_malformed_row_names_the_event(breakage, message):
    row = hand_row()
    breakage(row)
    with pytest.raises(RowError, match=message):
        check_row(row)


def test_a_row_without_id_is_named_by_position(tmp_path):
    bad = hand_row()
    del bad["id"]
    with pytest.raises(RowError, match="export row 2 \\(no id\\): missing key 'id'"):
        export([hand_row(), bad], "csv", tmp_path / "e.csv")


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_a_failed_export_leaves_no_file(tmp_path, fmt):
    target = tmp_path / f"events{FORMATS[fmt].suffix}"
    target.write_text("the previous export")
    with pytest.raises(RowError):
        export([hand_row(), {"id": "x-E9"}], fmt, target)
    assert target.read_text() == "the previous export"  # untouched, no truncated dataset
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left


# ---------------------------------------------------------------- plover

def read_jsonl(path):
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert text.endswith("\n")
    return [json.loads(line) for line in text.split("\n")[:-1]]


def test_plover_jsonl(tmp_path, rows):
    path = tmp_path / "events.jsonl"
    assert export(rows, "plover", path) == len(rows)
    records = read_jsonl(path)
    assert len(records) == len(rows)
    # str.splitlines also splits on U+2028: escaped, it cannot break a line
    assert len(path.read_text(encoding="utf-8").splitlines()) == len(rows)
    plover = by_id(records)

    hand = plover["feedbeef00000001-E1"]
    assert hand["event"] == ["ACCUSE"] and hand["mode"] == ["disapprove"]
    assert hand["date"] is None and hand["enddate"] is None and hand["event_loc"] is None
    assert [a["code"] for a in hand["source"]] == ["DZA", "TUN", None]
    assert [a["sector"] for a in hand["source"]] == ["GOV", "GOVMIL", "REB"]
    assert hand["source"][1]["sectors"] == ["GOV", "MIL"]
    assert hand["source"][2]["actor_text"] == "جماعة «الفجر»; فرع الجنوب"
    assert hand["recipient"] == []
    assert hand["text"] == TRICKY_SENTENCE
    assert hand["text_info"] == {"start": 10, "end": 10 + len(TRICKY_SENTENCE), "trigger": "نرفض",
                                 "trigger_start": 40, "trigger_end": 44}
    assert hand["event_text"] == ["نرفض"]
    assert (hand["quad_code"], hand["event_scale"]) == (3, -2.0)  # plover.tsv: ACCUSE/disapprove
    assert hand["cite_info"]["publication"] == "وكالة الأنباء"
    assert hand["cite_info"]["title"] == 'عنوان، فيه "اقتباس"'
    assert hand["coder"] == f"marsad {marsad.__version__}"
    extras = hand["marsad"]
    assert extras["articles"] == 3 and len(extras["doc_ids"]) == 3
    assert (extras["cameo"], extras["modality"], extras["confidence"]) == ("111", "actual", 0.55)

    visit = plover["feedbeef00000002-E4"]
    assert (visit["date"], visit["enddate"]) == ("2025-04-01", "2025-04-30")  # a month: its first and last day
    assert visit["marsad"]["date"]["value"] == "2025-04"
    assert visit["context"][-1] == "future"  # PLOVER's special context for the modality
    assert visit["event_loc"] == {"name": "طرابلس", "cc3": "LBY", "kind": "city"}
    assert (visit["quad_code"], visit["event_scale"]) == (1, 4.0)  # CONSULT/visit
    assert visit["source"][1]["identifier_text"] == "أيمن الصفدي" and visit["source"][1]["office"] == "وزير الدفاع"
    assert visit["marsad"]["articles"] == 1 and visit["marsad"]["merged"] is None

    for row in rows:
        rec = plover[row["id"]]
        assert rec["text"] == row["evidence"]["sentence"]
        assert [a["actor_text"] for a in rec["source"]] == [a["text"] for a in row["actor"]]
        assert [a["actor_text"] for a in rec["recipient"]] == [a["text"] for a in row["recipient"]]


def test_plover_is_lossless(rows):
    for row in rows:
        line = json.loads(json.dumps(to_plover(row), ensure_ascii=False))
        assert from_plover(line) == {"merged": None, **row}


# ---------------------------------------------------------------- csv

def read_csv(path, encoding="utf-8-sig"):
    with open(path, encoding=encoding, newline="") as fh:
        return list(csv.DictReader(fh))


def test_csv_read_back(tmp_path, rows):
    path = tmp_path / "events.csv"
    assert export(rows, "csv", path) == len(rows)
    assert path.read_bytes().startswith(b"\xef\xbb\xbfid,doc_id,")  # BOM by default, for Excel
    records = read_csv(path)
    assert len(records) == len(rows)
    assert tuple(records[0]) == COLUMN_NAMES
    table = by_id(records)

    hand = table["feedbeef00000001-E1"]
    assert hand["sentence"] == TRICKY_SENTENCE  # quoting kept commas, quotes, tab, CR, LF
    assert hand["title"] == 'عنوان، فيه "اقتباس"'
    assert hand["url"] == "https://example.org/ar/news/1?a=1,2"
    assert hand["date"] == hand["date_granularity"] == hand["date_text"] == hand["location"] == ""
    assert hand["merged_id"] == "feedbeef00000001-E1"
    assert split_list(hand["actor_countries"]) == ["DZA", "TUN", ""]
    assert split_list(hand["actor_sectors"]) == ["GOV", "GOVMIL", "REB"]
    assert split_list(hand["actor_texts"]) == ["الحكومة الجزائرية", "الجيش التونسي", "جماعة «الفجر»; فرع الجنوب"]
    assert split_list(hand["recipient_texts"]) == []
    assert split_list(hand["context"]) == ["diplomatic", "security"]
    assert hand["mentions"] == "3" and split_list(hand["doc_ids"])[2] == "cafe000000000003"
    assert (hand["cameo"], hand["quad_class"], hand["goldstein"]) == ("111", "3", "-2.0")
    assert (hand["confidence"], hand["relevance"]) == ("0.55", "doubtful")

    visit = table["feedbeef00000002-E4"]
    assert (visit["date"], visit["date_granularity"], visit["date_text"]) == ("2025-04", "month", "في أبريل")
    assert (visit["cameo"], visit["quad_class"], visit["goldstein"]) == ("042", "1", "1.9")
    assert split_list(visit["recipient_countries"]) == ["LBY", ""]
    assert split_list(visit["actor_names"]) == ["", "أيمن الصفدي"]
    assert (visit["location"], visit["location_country"], visit["mentions"]) == ("طرابلس", "LBY", "1")
    assert visit["url"] == visit["published"] == ""

    for row in rows:
        rec = table[row["id"]]
        assert rec["sentence"] == row["evidence"]["sentence"]
        assert rec["event_type"] == row["event_type"] and rec["cameo"] == row["cameo"]
        assert split_list(rec["actor_texts"]) == [a["text"] for a in row["actor"]]
        assert rec["title"] == row["doc"]["title"]


def test_csv_without_bom_and_to_streams(tmp_path, rows):
    path = tmp_path / "plain.csv"
    export(rows, "csv", path, bom=False)
    assert path.read_bytes().startswith(b"id,doc_id,")
    assert read_csv(path, encoding="utf-8")[0]["id"] == rows[0]["id"]
    binary, text = io.BytesIO(), io.StringIO()
    assert export(rows, "csv", binary) == export(rows, "csv", text) == len(rows)
    assert not binary.closed  # the caller's stream stays open
    with_bom = (tmp_path / "bom.csv")
    export(rows, "csv", with_bom)
    assert binary.getvalue() == text.getvalue().encode("utf-8") == with_bom.read_bytes()


@pytest.mark.parametrize("values", [[], ["a"], ["", "b"], ["a;b", "c\\d", "e\\;"], ["x", ""], [";", "\\"]])
def test_list_cells_round_trip(values):
    assert split_list(join_list(values)) == values


def test_list_cells_null_elements():
    assert join_list(["DZA", None, "TUN"]) == "DZA;;TUN"


# ---------------------------------------------------------------- parquet

@needs_pyarrow
def test_parquet_read_back(tmp_path, rows):
    path = tmp_path / "events.parquet"
    assert export(rows, "parquet", path) == len(rows)
    table = pq.read_table(path)
    assert table.num_rows == len(rows)
    assert tuple(table.column_names) == COLUMN_NAMES
    schema = table.schema
    assert schema.field("id").type == pa.string()
    assert schema.field("quad_class").type == pa.int8()
    assert schema.field("goldstein").type == pa.float64()
    assert schema.field("confidence").type == pa.float64()
    assert schema.field("mentions").type == pa.int32()
    assert schema.field("actor_countries").type == pa.list_(pa.string())
    assert schema.field("context").type == pa.list_(pa.string())
    assert schema.metadata[b"marsad.version"] == marsad.__version__.encode()
    assert pq.ParquetFile(path).metadata.row_group(0).column(0).compression == "ZSTD"
    records = by_id(table.to_pylist())

    hand = records["feedbeef00000001-E1"]
    assert hand["sentence"] == TRICKY_SENTENCE
    assert hand["date"] is None and hand["location"] is None
    assert hand["actor_countries"] == ["DZA", "TUN", None]
    assert hand["actor_sectors"] == ["GOV", "GOVMIL", "REB"]
    assert hand["actor_texts"][2] == "جماعة «الفجر»; فرع الجنوب"
    assert hand["recipient_texts"] == []
    assert (hand["mentions"], hand["merged_id"]) == (3, "feedbeef00000001-E1")
    assert (hand["quad_class"], hand["goldstein"], hand["confidence"]) == (3, -2.0, 0.55)

    visit = records["feedbeef00000002-E4"]
    assert (visit["date"], visit["date_granularity"]) == ("2025-04", "month")
    assert (visit["quad_class"], visit["goldstein"], visit["mentions"]) == (1, 1.9, 1)
    assert visit["recipient_countries"] == ["LBY", None] and visit["actor_names"] == [None, "أيمن الصفدي"]
    assert visit["url"] is None and visit["merged_id"] is None

    for row in rows:
        rec = records[row["id"]]
        assert rec["sentence"] == row["evidence"]["sentence"]
        assert rec["actor_texts"] == [a["text"] for a in row["actor"]]
        assert rec["context"] == row["context"]


@needs_pyarrow
def test_parquet_batches_snappy_empty_and_streams(tmp_path, rows):
    path = tmp_path / "small-groups.parquet"
    assert export(rows, "parquet", path, compression="snappy", batch_size=2) == len(rows)
    meta = pq.ParquetFile(path).metadata
    assert meta.num_row_groups == -(-len(rows) // 2) and meta.num_rows == len(rows)
    assert meta.row_group(0).column(0).compression == "SNAPPY"

    empty = tmp_path / "empty.parquet"
    assert export([], "parquet", empty) == 0
    assert pq.read_table(empty).num_rows == 0 and tuple(pq.read_table(empty).column_names) == COLUMN_NAMES

    buf = io.BytesIO()
    assert export(rows, "parquet", buf) == len(rows)
    assert pq.read_table(io.BytesIO(buf.getvalue())).num_rows == len(rows)
    with pytest.raises(TypeError, match="binary"):
        export(rows, "parquet", io.StringIO())


# ---------------------------------------------------------------- cameo (GDELT-style)

def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_cameo_dyads(tmp_path, rows):
    path = tmp_path / "events.tsv"
    assert export(rows, "cameo", path) == len(rows)  # events, not lines
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf")
    lines = read_tsv(path)
    assert tuple(lines[0]) == CAMEO_COLUMNS
    expected = sum(max(len(r["actor"]), 1) * max(len(r["recipient"]), 1) for r in rows)
    assert len(lines) == expected
    assert len({line["GLOBALEVENTID"] for line in lines}) == len(lines)
    assert {line["MarsadEventId"] for line in lines} == {r["id"] for r in rows}
    for row in rows:
        mine = [line for line in lines if line["MarsadEventId"] == row["id"]]
        assert all(int(line["DyadCount"]) == len(mine) for line in mine)

    # three actors, no recipient: one line per actor, Actor2 empty
    hand = [line for line in lines if line["MarsadEventId"] == "feedbeef00000001-E1"]
    assert [line["Actor1CountryCode"] for line in hand] == ["DZA", "TUN", ""]
    assert [line["Actor1Code"] for line in hand] == ["DZAGOV", "TUNGOVMIL", "REB"]
    assert [(line["Actor1Type1Code"], line["Actor1Type2Code"]) for line in hand][1] == ("GOV", "MIL")
    assert hand[2]["Actor1Name"] == "جماعة «الفجر»; فرع الجنوب"
    assert all(line["Actor2Code"] == line["Actor2Name"] == "" for line in hand)
    first = hand[0]
    assert (first["EventCode"], first["EventBaseCode"], first["EventRootCode"]) == ("111", "111", "11")
    assert (first["QuadClass"], first["GoldsteinScale"]) == ("3", "-2.0")
    assert (first["NumMentions"], first["NumArticles"]) == ("3", "3")
    assert first["SQLDATE"] == first["Year"] == first["ActionGeo_FullName"] == ""
    assert first["SOURCEURL"] == "https://example.org/ar/news/1?a=1,2"

    # two actors × two recipients = four dyads; a month date has no SQLDATE
    visit = [line for line in lines if line["MarsadEventId"] == "feedbeef00000002-E4"]
    assert [(line["Actor1CountryCode"], line["Actor2CountryCode"]) for line in visit] == [
        ("EGY", "LBY"), ("EGY", ""), ("JOR", "LBY"), ("JOR", "")]
    assert visit[2]["Actor1Name"] == "أيمن الصفدي" and visit[0]["Actor1Name"] == "وزير الخارجية المصري"
    assert (visit[0]["SQLDATE"], visit[0]["MonthYear"], visit[0]["Year"]) == ("", "202504", "2025")
    assert (visit[0]["QuadClass"], visit[0]["GoldsteinScale"], visit[0]["Modality"]) == ("1", "1.9", "future")
    assert (visit[0]["ActionGeo_FullName"], visit[0]["ActionGeo_CountryCode"]) == ("طرابلس", "LBY")

    # a day date from a real article
    dated = next(r for r in rows if r["date"] and r["date"]["granularity"] == "day")
    line = next(x for x in lines if x["MarsadEventId"] == dated["id"])
    assert line["SQLDATE"] == dated["date"]["value"].replace("-", "")


def test_cameo_codes_agree_with_the_table():
    for r in read_data_tsv("events", "cameo.tsv"):
        assert quad_class(r["root"]) == int(r["quad_class"]), r["code"]
    assert cameo_facts("0841").base == "084" and cameo_facts("0841").goldstein == 7.0
    assert cameo_facts("173").quad_class == 4 and cameo_facts("173").goldstein == -5.0
    assert cameo_facts("042").quad_class == 1 and cameo_facts("042").goldstein == 1.9
    assert cameo_facts("1419").goldstein == cameo_facts("141").goldstein  # unknown code: its base's score


# ---------------------------------------------------------------- Arabic survives byte for byte

def written_as_is(text, fmt):
    """Whether the format writes ``text`` without any quoting or escaping of its own."""
    specials = {"plover": '"\\\u2028', "csv": '",;\\', "cameo": '"'}[fmt]
    return text.isprintable() and not any(c in text for c in specials)


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_arabic_text_survives_every_format(tmp_path, rows, fmt):
    """Every Arabic string comes back identical (same code points: no normalisation of hamza,
    diacritics or shadda, no escaping left over), and, where the format needs no quoting, the
    file holds the very UTF-8 bytes."""
    path = tmp_path / f"events{FORMATS[fmt].suffix}"
    export(copy.deepcopy(rows), fmt, path)
    if fmt == "plover":
        records = by_id(read_jsonl(path))
        got = {(i, a["actor_text"]) for i, r in records.items() for a in r["source"] + r["recipient"]}
        got |= {(i, r["text"]) for i, r in records.items()}
        got |= {(i, r["cite_info"]["title"]) for i, r in records.items()}
    elif fmt == "csv":
        records = by_id(read_csv(path))
        got = {(i, t) for i, r in records.items() for t in split_list(r["actor_texts"]) + split_list(r["recipient_texts"])}
        got |= {(i, r["sentence"]) for i, r in records.items()} | {(i, r["title"]) for i, r in records.items()}
    elif fmt == "parquet":
        records = by_id(pq.read_table(path).to_pylist())
        got = {(i, t) for i, r in records.items() for t in r["actor_texts"] + r["recipient_texts"]}
        got |= {(i, r["sentence"]) for i, r in records.items()} | {(i, r["title"]) for i, r in records.items()}
    else:  # cameo: parties only, by name when the text gives one
        got = {(x["MarsadEventId"], x[f"Actor{k}Name"]) for x in read_tsv(path) for k in (1, 2) if x[f"Actor{k}Name"]}
    if fmt == "cameo":
        wanted = {(r["id"], p["name"] or p["text"]) for r in rows for p in r["actor"] + r["recipient"]}
    else:
        wanted = {(r["id"], p["text"]) for r in rows for p in r["actor"] + r["recipient"]}
        wanted |= {(r["id"], r["evidence"]["sentence"]) for r in rows} | {(r["id"], r["doc"]["title"]) for r in rows}
    assert got == wanted
    if fmt != "parquet":
        raw = path.read_bytes()
        unquoted = [t for _, t in wanted if written_as_is(t, fmt)]
        assert len(unquoted) > 5
        for t in unquoted:
            assert t.encode("utf-8") in raw, t
