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


def test_harvest_without_corpora_says_so(tmp_path):
    result = CliRunner().invoke(app, ["knowledge", "harvest", "--corpora", str(tmp_path / "missing"),
                                      "--out", str(tmp_path / "out.tsv")])
    assert result.exit_code == 1
    assert "corpora folder not found" in result.output
    assert not (tmp_path / "out.tsv").exists()


def test_harvest_end_to_end_on_documents():
    from accords.harvest import harvest
    from accords.harvest.corpora import Document

    docs = [
        Document("whitehouse-briefings", "a", "2022-05-16", "Readout of President Biden's Call with Prime Minister "
                 "Abela of Malta", "President Biden spoke today with Prime Minister Robert Abela of Malta.", readout=True),
        Document("whitehouse-briefings", "b", "2023-03-25", "Readout of a Meeting",
                 "Maltese Prime Minister Robert Abela welcomed the delegation.", readout=False),
        Document("tehrantimes-region", "c", None, None, "Former Maltese Prime Minister Joseph Muscat said.", readout=False),
    ]
    (row,) = harvest(docs)
    assert (row.name, row.aliases, row.office, row.country, row.first_seen, row.last_seen, row.documents) == (
        "Robert Abela", ("Abela",), "Prime Minister", "MLT", "2022-05-16", "2023-03-25",
        ("whitehouse-briefings/a", "whitehouse-briefings/b"))
