"""service.ingest counts what it did: new, duplicates, gated, other languages, rejections."""

from __future__ import annotations

from pathlib import Path

import pytest

from accords import service
from accords.store import Store

SEED = Path(__file__).parent / "gold" / "articles" / "seed_000.txt"
GERMAN = (
    "Der Bundestag hat heute über den Haushalt für das kommende Jahr beraten. Die Abgeordneten der "
    "Regierung und der Opposition stritten lange über die Ausgaben für die Bahn und die Schulen.\n"
)
SPORT = (
    "The local football club won its match on Saturday. The coach said the players worked hard all "
    "week and the fans were happy with the result.\n"
)


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_seed.txt").write_bytes(SEED.read_bytes())
    (folder / "b_german.txt").write_text(GERMAN, encoding="utf-8")
    (folder / "c_sport.txt").write_text(SPORT, encoding="utf-8")
    (folder / "d_empty.txt").write_text("", encoding="utf-8")
    return folder


@pytest.mark.slow
def test_ingest_report_counts_each_outcome(tmp_path, corpus):
    with Store.open(f"sqlite:///{tmp_path / 'a.db'}") as store:
        first = service.ingest(store, [corpus])
        again = service.ingest(store, [corpus / "a_seed.txt"])
        events = store.events()
    assert (first.read, first.new, first.extracted, first.not_relevant, first.other_language) == (3, 3, 3, 1, 1)
    assert [(r.origin.endswith("d_empty.txt"), r.reason) for r in first.rejected] == [(True, "empty file")]
    assert (again.read, again.new, again.duplicate, again.extracted) == (1, 0, 1, 0)
    assert events, "the seed's events were stored"


@pytest.mark.slow
def test_without_the_gate_every_english_article_is_analysed(tmp_path, corpus):
    with Store.open(f"sqlite:///{tmp_path / 'b.db'}") as store:
        report = service.ingest(store, [corpus / "c_sport.txt"], gate=False)
        article = store.articles()[0]
        extraction = store.extraction(article.id)
    assert report.not_relevant == 0
    assert not any(note.startswith("gate.") for note in extraction.notes)
    assert extraction.sentences
