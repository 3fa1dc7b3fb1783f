"""Requests an export cannot do are refused before anything is read or written, with a
message that names the choices: library call and CLI, on an empty store (no spaCy)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from typer.testing import CliRunner

from accords.cli import app
from accords.export import ExportError, Exporter, export, exporters, register

FORMATS = "jsonl, csv, parquet, plover, graphml"
KINDS = "events, indicators, quotes, entities, articles, extractions"

BAD_REQUESTS = [
    (dict(format="xml", kind="events"), f"unknown format 'xml'; choose one of: {FORMATS}"),
    (dict(format="csv", kind="people"), f"unknown kind 'people'; choose one of: {KINDS}"),
    (dict(format="plover", kind="indicators"), "format 'plover' cannot export kind 'indicators'; it exports: events"),
    (dict(format="graphml", kind="quotes"), "format 'graphml' cannot export kind 'quotes'; it exports: events"),
    (dict(format="csv", kind="extractions"),
     "format 'csv' cannot export kind 'extractions'; it exports: events, indicators, quotes, entities, articles"),
    (dict(format="jsonl", kind="articles", country="AZE"),
     "--country does not apply to kind 'articles'; it filters: events, indicators, quotes, entities"),
    (dict(format="jsonl", kind="entities", pair=("AZE", "TUR")),
     "--between does not apply to kind 'entities'; it filters: events, indicators, quotes"),
    (dict(format="jsonl", kind="events", since="last year"),
     "--since 'last year' is not an ISO date (2021, 2021-09, 2021-Q3, 2021-09-14)"),
    (dict(format="parquet", kind="events", out="-"),
     "format 'parquet' is binary; give a file path with --out, not '-'"),
]


@pytest.mark.parametrize(("request_", "message"), BAD_REQUESTS, ids=[m.split(";")[0] for _, m in BAD_REQUESTS])
def test_bad_request_is_refused_with_the_choices(empty_store, tmp_path, request_, message):
    out = request_.pop("out", tmp_path / "out.file")
    with pytest.raises(ExportError) as caught:
        export(empty_store, out=out, **request_)
    assert str(caught.value) == message
    assert list(tmp_path.glob("*.file*")) == []


UNWRITABLE = [
    ("missing-folder", lambda tmp: tmp / "no" / "such" / "dir" / "events.csv", "No such file or directory"),
    ("a-directory", lambda tmp: tmp, "it is a directory"),
]


@pytest.mark.parametrize(("make_path", "reason"), [(m, r) for _, m, r in UNWRITABLE], ids=[i for i, _, _ in UNWRITABLE])
def test_unwritable_out_path(empty_store, tmp_path, make_path, reason):
    path = make_path(tmp_path)
    with pytest.raises(ExportError) as caught:
        export(empty_store, format="csv", kind="events", out=path)
    assert str(caught.value) == f"cannot write {path}: {reason}"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--format", "yaml", "--out", "-"], 1, f"error: unknown format 'yaml'; choose one of: {FORMATS}"),
        (["--format", "csv", "--kind", "people", "--out", "-"], 2,
         f"error: --kind: 'people' is not one of {KINDS}"),
        (["--format", "csv", "--out", "{tmp}/no/such/events.csv"], 1,
         "error: cannot write {tmp}/no/such/events.csv: No such file or directory"),
    ],
    ids=["unknown-format", "unknown-kind", "unwritable-out"],
)
def test_cli_errors(empty_store, tmp_path, args, code, message):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = CliRunner().invoke(app, ["--db", empty_store.url, "export", *args])
    assert result.exit_code == code
    assert result.stderr.strip() == message.replace("{tmp}", str(tmp_path))


def test_empty_store_gives_valid_empty_documents(empty_store, tmp_path):
    written = {}
    for name in ("jsonl", "csv", "plover", "graphml"):
        stream = io.StringIO()
        assert export(empty_store, format=name, kind="events", out="-", stdout=stream) == 0
        written[name] = stream.getvalue()
    assert written["jsonl"] == ""
    assert next(csv.reader(io.StringIO(written["csv"])))[:3] == ["id", "article_id", "url"]
    assert json.loads(written["plover"]) == []
    root = ET.fromstring(written["graphml"])
    assert root.tag == "{http://graphml.graphdrawing.org/xmlns}graphml"
    assert export(empty_store, format="parquet", kind="quotes", out=tmp_path / "q.parquet") == 0
    import pyarrow.parquet as pq

    assert pq.read_table(tmp_path / "q.parquet").num_rows == 0


def test_a_plugin_exporter_registers_beside_the_built_in_ones(empty_store):
    def write(records, out, *, kind):
        n = sum(1 for _ in records)
        out.write(f"{kind}: {n}\n")
        return n

    plugin = register(Exporter(name="count", suffix=".txt", help="How many records.", write=write))
    try:
        stream = io.StringIO()
        export(empty_store, format="count", kind="articles", out="-", stdout=stream)
        assert stream.getvalue() == "articles: 0\n"
        with pytest.raises(ExportError, match="an exporter named 'count' is already registered"):
            register(Exporter(name="count", suffix=".txt", help="again", write=write))
    finally:
        from accords import export as package

        package._REGISTRY.pop(plugin.name)  # noqa: SLF001 - leave the registry as found
    assert "count" not in exporters()


def test_a_failed_write_leaves_no_file(empty_store, tmp_path: Path):
    def write(records, out, *, kind):
        out.write("partial")
        raise ExportError("writer gave up")

    register(Exporter(name="broken", suffix=".txt", help="Fails.", write=write))
    try:
        with pytest.raises(ExportError, match="writer gave up"):
            export(empty_store, format="broken", kind="events", out=tmp_path / "x.txt")
    finally:
        from accords import export as package

        package._REGISTRY.pop("broken")  # noqa: SLF001
    assert list(tmp_path.glob("*x.txt*")) == []
