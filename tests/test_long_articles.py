"""Long articles are analysed in bounded parts whose facts merge back with their spans
pointing into the whole text, and an article past its time budget keeps what was found
with a note that says so."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from accords import pipeline
from accords.ingest import make_article
from accords.pipeline import Stage, parts

pytestmark = pytest.mark.slow

GOLD = Path(__file__).parent / "gold" / "articles"
PART = 3000


def _long_text() -> str:
    """Real paragraphs: the two seed articles and one Tehran Times article, three times over
    (a repeated text must not give two facts one id)."""
    texts = [make_article((GOLD / name).read_text(encoding="utf-8"), origin=name).text
             for name in ("seed_000.txt", "seed_004.txt")]
    return "\n\n".join(texts * 3)


@pytest.fixture
def probe(monkeypatch):
    """A stage (registered for one test) that records the length of every text it is given
    and sleeps `probe.pause` seconds."""
    seen: list[int] = []

    def record(article, _doc, extraction):
        seen.append(len(article.text))
        time.sleep(record.pause)
        return extraction

    record.pause = 0.0
    record.seen = seen
    monkeypatch.setitem(pipeline._REGISTRY, "probe.v1", Stage("probe.v1", record, needs_doc=False))  # noqa: SLF001
    return record


def test_a_long_article_goes_in_parts_and_its_spans_point_into_the_whole_text(monkeypatch, probe):
    monkeypatch.setattr(parts, "PART_CHARS", PART)
    article = make_article(_long_text(), origin="long")
    assert len(article.text) > 4 * PART
    extraction = pipeline.run(article, stages=[*pipeline.DEFAULT_PIPELINE, "probe.v1"], time_budget=None)
    assert probe.seen and max(probe.seen) <= PART  # no stage saw more than one part
    count = len(parts.split(article.text, PART))
    assert extraction.notes[0] == f"long text: analysed in {count} parts of at most {PART} characters"
    text = article.text
    for mention in extraction.mentions:
        assert all(text[ev.start:ev.end] == mention.text for ev in mention.evidence), mention
    for quote in extraction.quotes:
        assert all(ev.end <= len(text) for ev in quote.evidence)
    ids = [f.id for kind in ("mentions", "entities", "times", "quantities", "events", "indicators", "quotes")
           for f in getattr(extraction, kind)]
    assert len(ids) == len(set(ids))
    entity_ids = {e.id for e in extraction.entities}
    assert all(m.entity_id in entity_ids for m in extraction.mentions if m.entity_id)
    assert [s.start for s in extraction.sentences] == sorted(s.start for s in extraction.sentences)
    assert extraction.events and len({e.type for e in extraction.events}) > 1
    # no event told twice where two parts meet, and every copy of the text gives events (the
    # copies need not give the same ones: what a sentence's "the two sides" or an unnamed
    # subject stands for depends on the events told before it, which differ from copy to copy)
    spans = [(e.type, e.evidence[0].start, e.evidence[0].end) for e in extraction.events]
    assert len(spans) == len(set(spans))
    copy = len(text) // 3
    assert all(any(k * copy <= start < (k + 1) * copy for _type, start, _end in spans) for k in range(3))


def test_past_the_time_budget_the_article_keeps_what_was_found_with_a_note(monkeypatch, probe):
    monkeypatch.setattr(parts, "PART_CHARS", PART)
    probe.pause = 0.4
    article = make_article(_long_text(), origin="long")
    count = len(parts.split(article.text, PART))
    extraction = pipeline.run(article, stages=["probe.v1"], time_budget=0.2)  # no parse: only the probe's time
    assert len(probe.seen) == 1  # the first part ran, the budget was spent before the second
    [note] = [n for n in extraction.notes if n.startswith(pipeline.TIMED_OUT)]
    assert note.endswith(f"(budget 0.2 s): parts 2-{count} of {count} not analysed "
                         f"(characters {parts.split(article.text, PART)[1][0]} to {len(article.text)})")


def test_a_short_article_past_its_budget_runs_no_further_stage(probe):
    probe.pause = 0.3
    article = make_article("Iran and Armenia signed a memorandum on energy in Yerevan on Monday.", origin="t")
    extraction = pipeline.run(article, stages=["segment.v2", "probe.v1", "entities.v2"], time_budget=0.1)
    assert extraction.entities == ()
    assert extraction.notes[-1].startswith(pipeline.TIMED_OUT)
    assert extraction.notes[-1].endswith("(budget 0.1 s): entities.v2 not run")


def test_ingest_counts_and_prints_a_timed_out_article(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from accords.cli import app

    monkeypatch.setattr(pipeline, "TIME_BUDGET_S", 0.0)
    (tmp_path / "a.txt").write_text("Iran and Armenia signed a memorandum on energy in Yerevan on Monday, the "
                                    "ministry said.\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'a.db'}"
    result = CliRunner().invoke(app, ["--db", db, "ingest", "-q", "--no-gate", str(tmp_path / "a.txt")])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == ("timed out 1: stored with the facts found within the per-article "
                                              "time budget; `accords show ID` gives the note")
    shown = CliRunner().invoke(app, ["--db", db, "show", _only_id(db)])
    assert f"note: {pipeline.TIMED_OUT} after" in shown.output


def _only_id(db: str) -> str:
    from accords.store import Store

    with Store.open(db) as store:
        [article] = store.articles()
    return article.id
