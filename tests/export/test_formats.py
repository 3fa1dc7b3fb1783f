"""Every format on a real store (the two seeds through the full pipeline), checked exactly:
JSONL round-trips to the stored records, CSV and Parquet carry the known row of the
Azerbaijan-Turkey roadmap signing with its sentence, PLOVER JSON has the gold records'
fields, GraphML parses with its keys declared and edge weights that match the events."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from xml.etree import ElementTree as ET

import pytest

from accords.export import export
from accords.model import Article, Entity, Event, Extraction, Indicator, Quote, from_dict

pytestmark = pytest.mark.slow

#: The first sentence of the roadmap signing, as seed_000 states it.
ROADMAP_SENTENCE = (
    "Azerbaijan’s Transport, Communications and High Technologies Ministry and Turkey’s Digital "
    "Transformation Office have signed a roadmap for the Azerbaijani-Turkish working group on digital transformation."
)
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


def _text(store, *, format: str, kind: str, **filters) -> str:  # noqa: A002
    stream = io.StringIO()
    export(store, format=format, kind=kind, out="-", stdout=stream, **filters)
    return stream.getvalue()


def _stored(store, field: str) -> dict[str, object]:
    """Every stored fact of one extraction field, by id, read through `Store.extraction`."""
    found = {}
    for article in store.articles(limit=10):
        for fact in getattr(store.extraction(article.id), field):
            found[fact.id] = fact
    return found


def _roadmap(rows: list[dict]) -> dict:
    matches = [r for r in rows if r["type"] == "SUPPORT" and r["mode"] == "sign" and r["date"] == "2021-09-14"]
    assert len(matches) == 1, matches
    return matches[0]


ROUND_TRIPS = [("events", Event), ("indicators", Indicator), ("quotes", Quote), ("entities", Entity)]


@pytest.mark.parametrize(("kind", "cls"), ROUND_TRIPS, ids=[k for k, _ in ROUND_TRIPS])
def test_jsonl_round_trips_to_the_stored_records(seed_store, kind, cls):
    lines = _text(seed_store, format="jsonl", kind=kind).splitlines()
    stored = _stored(seed_store, kind)
    rebuilt = {}
    for line in lines:
        data = json.loads(line)
        trace = data.pop("article")
        record = from_dict(cls, data)
        article = seed_store.article(trace["id"])
        assert trace == {"id": article.id, "url": article.url, "published": article.published, "title": article.title}
        assert record.evidence[0].article_id == article.id
        rebuilt[record.id] = record
    assert len(lines) == len(stored) > 0
    assert rebuilt == stored


def test_jsonl_extractions_are_whole_with_their_article(seed_store):
    lines = [json.loads(line) for line in _text(seed_store, format="jsonl", kind="extractions").splitlines()]
    assert len(lines) == 2
    for line in lines:
        assert set(line) == {"article", "extraction"}
        assert line["extraction"]["schema"] == "accords.extraction/1"
        article = from_dict(Article, line["article"])
        assert article == seed_store.article(article.id)
        assert Extraction.from_dict(line["extraction"]) == seed_store.extraction(article.id)


HEADERS = [
    ("events", "id,article_id,url,published,type,mode,status,actors,actor_names,actor_countries,recipients,"
     "recipient_names,recipient_countries,date,date_start,date_end,date_precision,when_start,when_end,when_source,"
     "location,object,document_kind,"
     "count,sectors,trigger,stage,confidence,evidence,evidence_text"),
    ("indicators", "id,article_id,url,published,metric,value,unit,qualifier,subjects,period_start,period_end,kind,"
     "deadline,stage,confidence,evidence,evidence_text"),
    ("quotes", "id,article_id,url,published,speaker,speaker_name,cue,direct,text,stage,confidence,evidence,evidence_text"),
    ("entities", "id,article_id,url,published,type,name,canonical_id,country,title,aliases,roles,stage,confidence,"
     "evidence,evidence_text"),
    ("articles", "id,title,url,source,author,published,language,origin,duplicate_of,text"),
]


@pytest.mark.parametrize(("kind", "header"), HEADERS, ids=[k for k, _ in HEADERS])
def test_csv_header_and_one_row_per_record(seed_store, kind, header):
    text = _text(seed_store, format="csv", kind=kind)
    assert text.split("\r\n", 1)[0] == header
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    expected = len(seed_store.articles(limit=10)) if kind == "articles" else len(_stored(seed_store, kind))
    assert len(rows) == expected


def test_csv_undated_events_are_reported_on_their_article_day(seed_store):
    rows = list(csv.DictReader(io.StringIO(_text(seed_store, format="csv", kind="events"))))
    undated = [r for r in rows if not r["date"]]
    assert undated
    assert {(r["when_start"], r["when_end"], r["when_source"]) for r in undated} == {
        (r["published"][:10], r["published"][:10], "reported") for r in undated}


def test_csv_roadmap_signing_row_carries_its_sentence(seed_store):
    rows = list(csv.DictReader(io.StringIO(_text(seed_store, format="csv", kind="events", pair=("AZE", "TUR")))))
    row = _roadmap(rows)
    article = seed_store.article(row["article_id"])
    assert {k: row[k] for k in ("type", "mode", "status", "actor_countries", "recipient_countries", "date",
                                "date_start", "date_end", "date_precision", "document_kind", "published")} == {
        "type": "SUPPORT", "mode": "sign", "status": "occurred", "actor_countries": "AZE;TUR",
        "recipient_countries": "", "date": "2021-09-14", "date_start": "2021-09-14", "date_end": "2021-09-14",
        "date_precision": "day", "document_kind": "roadmap", "published": "2021-09-15",
    }
    assert (row["when_start"], row["when_end"], row["when_source"]) == ("2021-09-14", "2021-09-14", "event")
    assert row["object"] == "a roadmap for the Azerbaijani-Turkish working group on digital transformation"
    assert set(row["actor_names"].split(";")) >= {
        "Transport, Communications and High Technologies Ministry", "Digital Transformation Office"}
    assert row["evidence_text"].startswith(ROADMAP_SENTENCE)
    first_span = row["evidence"].split(";")[0]
    article_id, _, offsets = first_span.rpartition(":")
    start, end = map(int, offsets.split("-"))
    assert article_id == article.id
    assert article.text[start:end] == ROADMAP_SENTENCE
    assert all(r["actor_countries"].count("AZE") + r["recipient_countries"].count("AZE") for r in rows)


FILTERS = [
    ("country-IRN", dict(country="IRN"), lambda e, _: "IRN" in (*e.actor_countries, *e.recipient_countries)),
    ("pair-AZE-TUR", dict(pair=("AZE", "TUR")),
     lambda e, _: {"AZE", "TUR"} <= {*e.actor_countries, *e.recipient_countries}),
    # the event's `when`: its own date, else (undated) its article's publication day
    ("since-2021-09", dict(since="2021-09"), lambda e, published: (
        (e.date if isinstance(e.date, str) else e.date[1]) if e.date is not None else published[:10]) >= "2021-09"),
]


@pytest.mark.parametrize(("filters", "keep"), [(f, k) for _, f, k in FILTERS], ids=[i for i, _, _ in FILTERS])
def test_filters_select_the_same_events_as_the_model_says(seed_store, filters, keep):
    lines = _text(seed_store, format="jsonl", kind="events", **filters).splitlines()
    exported = {json.loads(line)["id"] for line in lines}
    expected = {i for i, e in _stored(seed_store, "events").items()
                if keep(e, seed_store.article(e.evidence[0].article_id).published)}
    assert exported == expected and expected


def test_small_pages_stream_the_same_records(seed_store):
    whole = _text(seed_store, format="jsonl", kind="entities")
    stream = io.StringIO()
    export(seed_store, format="jsonl", kind="entities", out="-", stdout=stream, page_size=3)
    assert stream.getvalue() == whole


def test_parquet_reads_back_typed(seed_store, tmp_path):
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    n = export(seed_store, format="parquet", kind="events", out=path)
    table = pq.read_table(path)
    assert table.num_rows == n == len(_stored(seed_store, "events"))
    types = {name: str(table.schema.field(name).type) for name in (
        "id", "count", "confidence", "actor_countries", "date_start", "evidence")}
    assert types == {
        "id": "string", "count": "int64", "confidence": "double", "actor_countries": "list<element: string>",
        "date_start": "date32[day]", "evidence": "list<element: struct<article_id: string, start: int64, end: int64>>",
    }
    row = _roadmap(table.to_pylist())
    assert row["actor_countries"] == ["AZE", "TUR"]
    assert str(row["date_start"]) == "2021-09-14"
    span = row["evidence"][0]
    assert span["article_id"] == row["article_id"]
    assert seed_store.article(row["article_id"]).text[span["start"] : span["end"]] == ROADMAP_SENTENCE
    assert row["evidence_text"].startswith(ROADMAP_SENTENCE)


PLOVER_KEYS = {"id", "date", "source", "target", "event", "eventText", "mode", "context", "text", "language",
               "publication", "url", "accords"}


def test_plover_json_has_the_gold_record_fields(seed_store):
    records = json.loads(_text(seed_store, format="plover", kind="events"))
    assert len(records) == len(_stored(seed_store, "events"))
    for record in records:
        assert PLOVER_KEYS <= set(record) <= PLOVER_KEYS | {"eventLoc"}
        assert all(set(actor) <= {"actorText", "code", "sector"} for actor in record["source"] + record["target"])
    roadmap = next(r for r in records if r["event"] == "SUPPORT" and r["accords"]["date"] == "2021-09-14")
    assert {k: roadmap[k] for k in ("date", "event", "mode", "eventText", "target", "publication", "language")} == {
        "date": "2021-09-14", "event": "SUPPORT", "mode": "sign", "eventText": "signed", "target": [],
        "publication": "Azernews", "language": "en",
    }
    assert {a["code"] for a in roadmap["source"]} == {"AZE", "TUR"}
    assert {"actorText": "Digital Transformation Office", "code": "TUR", "sector": "GOV"} in roadmap["source"]
    assert roadmap["text"].startswith(ROADMAP_SENTENCE)
    assert roadmap["context"].split(", ")[0] == "technology"
    extras = roadmap["accords"]
    assert (extras["status"], extras["stage"], extras["document_kind"], extras["date_source"]) == (
        "occurred", "events.v2", "roadmap", "event")
    assert extras["evidence"][0]["article_id"] == extras["article_id"]
    assert "digital transformation" in extras["sectors"]


def test_graphml_nodes_and_edge_weights(seed_store):
    text = _text(seed_store, format="graphml", kind="events")
    root = ET.fromstring(text)
    keys = {k.get("id"): (k.get("for"), k.get("attr.name"), k.get("attr.type")) for k in root.iter(f"{GRAPHML}key")}
    used = {d.get("key") for d in root.iter(f"{GRAPHML}data")}
    assert used <= set(keys)
    assert keys["d_weight"] == ("edge", "weight", "int")
    graph = root.find(f"{GRAPHML}graph")
    assert graph.get("edgedefault") == "undirected"
    nodes = {n.get("id"): {d.get("key"): d.text for d in n} for n in graph.iter(f"{GRAPHML}node")}
    assert {"COUNTRY:AZE", "COUNTRY:TUR", "COUNTRY:IRN"} <= set(nodes)
    assert nodes["COUNTRY:AZE"]["d_type"] == "COUNTRY"
    assert nodes["COUNTRY:AZE"]["d_label"] == "Azerbaijan"
    edges = {
        frozenset((e.get("source"), e.get("target"))): {d.get("key"): int(d.text) for d in e}
        for e in graph.iter(f"{GRAPHML}edge")
    }
    assert all(e["d_weight"] == sum(v for k, v in e.items() if k != "d_weight") for e in edges.values())
    events = _stored(seed_store, "events").values()
    for a, b in (("AZE", "TUR"), ("AZE", "IRN")):
        involved = [e for e in events if {a, b} <= {*e.actor_countries, *e.recipient_countries}]
        edge = edges[frozenset((f"COUNTRY:{a}", f"COUNTRY:{b}"))]
        assert edge["d_weight"] == len(involved) > 0
        by_type = Counter(e.type for e in involved)
        assert {k: v for k, v in edge.items() if k != "d_weight"} == {f"d_{t.lower()}": n for t, n in by_type.items()}
    assert frozenset(("COUNTRY:TUR", "COUNTRY:IRN")) not in edges


def test_cli_export_to_stdout_and_file(seed_store, tmp_path):
    from typer.testing import CliRunner

    from accords.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["--db", seed_store.url, "export", "--format", "csv", "--kind", "events",
                                 "--between", "aze", "tur", "--out", "-"])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert result.stderr == f"exported {len(rows)} events\n"
    assert _roadmap(rows)["document_kind"] == "roadmap"
    out = tmp_path / "graph.graphml"
    result = runner.invoke(app, ["--db", seed_store.url, "export", "-f", "graphml", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert ET.parse(out).getroot().tag == f"{GRAPHML}graphml"
