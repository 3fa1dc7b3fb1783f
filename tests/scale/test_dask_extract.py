"""Scale-out end to end: a LocalCluster (2 worker processes) extracts a small corpus into
shards, with one partition whose input vanished after planning; the shards load into
SQLite and PostgreSQL with the same facts, and loading twice changes nothing."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accords import pipeline
from accords.cli import app
from accords.scale.dask_engine import extract
from accords.scale.load import load_shards
from accords.scale.partitions import plan, read_partition
from accords.scale.shards import read_manifest, read_shard
from accords.store import Store

GOLD = Path(__file__).resolve().parents[1] / "gold" / "articles"
FILES = ["seed_000.txt", "seed_004.txt", "tt_402494.json"]
LINES = ["tt_403295.json", "tt_405057.json", "tt_406795.json"]

pytestmark = pytest.mark.slow


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for name in FILES:
        shutil.copy(GOLD / name, folder / name)
    with (folder / "records.jsonl").open("w", encoding="utf-8") as out:
        for name in LINES:
            out.write(json.dumps(json.loads((GOLD / name).read_text(encoding="utf-8")), ensure_ascii=False) + "\n")
    return folder


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory):
    """One cluster run: the corpus in 4 partitions plus one whose file is gone."""
    root = tmp_path_factory.mktemp("scale")
    corpus = _corpus(root / "corpus")
    partitions, rejected = plan([corpus], files_per_partition=2, lines_per_partition=2)
    vanished = root / "vanished.txt"
    vanished.write_text("Iran and Turkey signed a trade agreement in Ankara.", encoding="utf-8")
    (bad,), _ = plan([vanished])
    vanished.unlink()
    partitions.append(dataclasses.replace(bad, index=len(partitions)))
    out = root / "out"
    manifest = extract([corpus], out_dir=out, engine="dask", workers=2, processes=True, retries=1,
                       partitions=partitions)
    return corpus, out, manifest, partitions, rejected, vanished


def test_plan_splits_files_and_jsonl_lines(run):
    _corpus, _out, _manifest, partitions, rejected, _vanished = run
    assert rejected == []
    assert [(p.kind, [Path(f).name for f in p.files], p.first_line) for p in partitions[:4]] == [
        ("lines", [], 1), ("lines", [], 3), ("files", ["seed_000.txt", "seed_004.txt"], 1),
        ("files", ["tt_402494.json"], 1)]


def test_a_failed_partition_is_reported_and_the_others_complete(run):
    _corpus_dir, out, manifest, _partitions, _rejected, vanished = run
    assert manifest.failures == ((f"1 files from {vanished}",
                                  f"PartitionError: {vanished}: input is gone or not a file (it was there when planned)"),)
    assert [s.file for s in manifest.shards] == [f"shard-0000{i}.jsonl" for i in range(4)]
    assert manifest.counts == {"articles": 6, "skipped_by_gate": 0, "rejected": 0, "failed_partitions": 1}
    assert read_manifest(out) == manifest
    assert manifest.pipeline == pipeline.DEFAULT_PIPELINE


def test_shards_hold_what_the_pipeline_gives_in_process(run):
    _corpus_dir, out, manifest, partitions, _rejected, _vanished = run
    rows = [row for shard in manifest.shards for row in read_shard(out / shard.file)]
    articles = [item for p in partitions[:4] for item in read_partition(p)]
    assert [a for a, _ in rows] == articles
    assert [e for _, e in rows] == list(pipeline.run_many(articles))
    assert sorted(a.origin.rsplit("/", 1)[1] for a in articles) == sorted(
        ["records.jsonl:1#tt_403295", "records.jsonl:2#tt_405057", "records.jsonl:3#tt_406795",
         "seed_000.txt", "seed_004.txt", "tt_402494.json#tt_402494"])


def _load_twice(url: str, out: Path):
    with Store.open(url) as store:
        first = load_shards(store, out)
        second = load_shards(store, out)
        facts = {a.id: store.extraction(a.id) for a in store.articles(limit=100)}
    return first, second, facts


def test_sqlite_and_postgresql_hold_the_same_facts_and_a_second_load_changes_nothing(run, sqlite_url, pg_url):
    _corpus_dir, out, manifest, _partitions, _rejected, _vanished = run
    expected = {e.article_id: e for shard in manifest.shards for _, e in read_shard(out / shard.file)}
    for url in (sqlite_url, pg_url):
        first, second, facts = _load_twice(url, out)
        assert (first.new, first.saved, first.failed) == (6, 6, ())
        assert (second.new, second.duplicate, second.saved, second.unchanged) == (0, 6, 0, 6)
        assert facts == expected


def test_sqlite_load_alone(run, sqlite_url):
    """The SQLite half of the comparison, so it runs where PostgreSQL is not available."""
    _corpus_dir, out, manifest, _partitions, _rejected, _vanished = run
    expected = {e.article_id: e for shard in manifest.shards for _, e in read_shard(out / shard.file)}
    first, second, facts = _load_twice(sqlite_url, out)
    assert (first.saved, second.saved, second.unchanged) == (6, 0, 6)
    assert facts == expected


def test_cli_extract_out_and_load(tmp_path: Path):
    corpus = _corpus(tmp_path / "corpus")
    runner = CliRunner()
    result = runner.invoke(app, ["extract", str(corpus / "seed_000.txt"), str(tmp_path / "missing.txt"),
                                 "--out", str(tmp_path / "out")])
    assert result.exit_code == 2, result.output
    assert f"rejected {tmp_path / 'missing.txt'}: no such file or directory" in result.output
    assert "1 articles in 1 shards" in result.output
    db = f"sqlite:///{tmp_path / 'a.db'}"
    for expected in ("new 1, already stored 0", "new 0, already stored 1"):
        loaded = runner.invoke(app, ["--db", db, "load", str(tmp_path / "out")])
        assert loaded.exit_code == 0, loaded.output
        assert expected in loaded.output


def test_cli_extract_several_inputs_needs_out(tmp_path: Path):
    corpus = _corpus(tmp_path / "corpus")
    result = CliRunner().invoke(app, ["extract", str(corpus / "seed_000.txt"), str(corpus / "seed_004.txt")])
    assert result.exit_code == 2
    flat = " ".join(result.output.replace("│", " ").split())
    assert "several inputs, --engine dask and --scheduler need --out DIR" in flat
