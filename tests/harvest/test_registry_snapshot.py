"""`accords knowledge registry`: the store's cross-article registry becomes a snapshot table
of office holders (two articles needed), in the columns the lookups read."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from accords import knowledge
from accords.cli import app

#: Readout-shaped records (the White House 2021-2024 corpus writes its readouts this way).
RECORDS = [
    {"title": "Readout of President Biden's Call with Prime Minister Abela of Malta", "published": "2022-05-16",
     "url": "https://example.org/a", "source": "The White House",
     "text": "President Joseph R. Biden, Jr. spoke today with Prime Minister Robert Abela of Malta. The leaders "
             "discussed energy security and the war in Ukraine. President Biden and Prime Minister Abela reaffirmed "
             "the strong ties between the United States and Malta."},
    {"title": "Readout of President Biden's Meeting with Prime Minister Abela of Malta", "published": "2023-03-25",
     "url": "https://example.org/b", "source": "The White House",
     "text": "President Biden met today with Prime Minister Robert Abela of Malta at the White House. The two leaders "
             "discussed cooperation between the United States and Malta in the Mediterranean."},
]


def test_registry_snapshot(tmp_path):
    source = tmp_path / "readouts.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'accords.db'}"
    runner = CliRunner()
    result = runner.invoke(app, ["--db", url, "ingest", "-q", "--no-gate", str(source)])
    assert result.exit_code == 0, result.output
    out = tmp_path / "registry.tsv"
    result = runner.invoke(app, ["--db", url, "knowledge", "registry", "--out", str(out)])
    assert result.exit_code == 0, result.output
    (term,) = knowledge.parse(out.read_text(encoding="utf-8"), origin="registry")
    assert (term.name, term.office, term.country, str(term.start), str(term.end), term.documents) == (
        "Robert Abela", "Prime Minister", "MLT", "2022-05-16", "2023-03-25", 2)
    assert term.source == "registry"
