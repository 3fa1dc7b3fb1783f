"""The pipeline runner: registry, ordering, failure isolation, language skipping."""

from __future__ import annotations

import dataclasses

import pytest

from accords import pipeline
from accords.errors import StageError
from accords.model import Article


@pipeline.stage("test_marks.v1", needs_doc=False)
def _marks(article, doc, extraction):
    return dataclasses.replace(extraction, notes=extraction.notes + (f"marked {len(article.text)}",))


@pipeline.stage("test_breaks.v1", needs_doc=False)
def _breaks(article, doc, extraction):
    raise ValueError("planted failure")


def _article(text: str, language: str | None = "en") -> Article:
    return Article(id="a1", text=text, language=language)


def test_stages_run_in_order_and_are_recorded():
    extraction = pipeline.run(_article("Hello."), stages=["test_marks.v1", "test_marks.v1"])
    assert extraction.pipeline == ("test_marks.v1", "test_marks.v1")
    assert extraction.notes == ("marked 6", "marked 6")


def test_failing_stage_is_recorded_and_the_rest_still_runs():
    extraction = pipeline.run(_article("Hello."), stages=["test_breaks.v1", "test_marks.v1"])
    assert extraction.notes == ("test_breaks.v1 failed: ValueError: planted failure", "marked 6")


def test_non_english_article_is_not_analysed():
    extraction = pipeline.run(_article("Bonjour.", language="fr"), stages=["test_marks.v1"])
    assert extraction.notes == ("language 'fr' is not analysed; no stage ran",)


@pytest.mark.parametrize(
    ("name", "message"),
    [("events", "must end in a version"), ("events.one", "must end in a version")],
    ids=["no-version", "bad-version"],
)
def test_stage_names_must_be_versioned(name, message):
    with pytest.raises(StageError, match=message):
        pipeline.stage(name)


@pytest.mark.parametrize(("old", "new"), [("events.v1", "events.v2"), ("indicators.v1", "indicators.v2"),
                                        ("times.v1", "times.v2"), ("entities.v1", "entities.v2"),
                                        ("segment.v1", "segment.v2")],
                         ids=["events", "indicators", "times", "entities", "segment"])
def test_withdrawn_stage_names_its_successor(old, new):
    with pytest.raises(StageError, match=rf"'{old}' was withdrawn .*use '{new}'"):
        pipeline.resolve(["segment.v2", old])


def test_unknown_stage_is_named():
    with pytest.raises(StageError, match=r"unknown stages \['nope.v1'\]"):
        pipeline.resolve(["nope.v1"])


def test_a_released_name_cannot_be_taken_by_another_function():
    with pytest.raises(StageError, match="already registered"):
        pipeline.stage("test_marks.v1", needs_doc=False)(lambda a, d, e: e)


@pytest.mark.slow
def test_segment_stage_gives_sentences_and_paragraphs_as_spans():
    text = "Iran and Azerbaijan met in Baku. They signed two memoranda.\n\nThe talks will go on in May."
    extraction = pipeline.run(_article(text), stages=["segment.v2"])
    assert [text[s.start:s.end] for s in extraction.sentences] == [
        "Iran and Azerbaijan met in Baku.", "They signed two memoranda.", "The talks will go on in May.",
    ]
    assert [text[p.start:p.end] for p in extraction.paragraphs] == [
        "Iran and Azerbaijan met in Baku. They signed two memoranda.", "The talks will go on in May.",
    ]


@pytest.mark.slow
def test_run_many_gives_the_same_facts_as_run():
    articles = [
        Article(id=f"a{i}", text=text, language="en")
        for i, text in enumerate(["Tehran and Ankara met.", "", "The two sides signed a deal.\n\nIt was news."])
    ]
    many = list(pipeline.run_many(articles, stages=["segment.v2"]))
    assert many == [pipeline.run(a, stages=["segment.v2"]) for a in articles]


@pytest.mark.slow
def test_long_text_is_parsed_in_chunks_with_offsets_kept(monkeypatch):
    from accords import nlp

    monkeypatch.setattr(nlp, "CHUNK_CHARS", 500)
    paragraph = "Azerbaijan and Turkey signed a roadmap on digital transformation in Baku on Monday. " * 3
    text = "\n\n".join([paragraph.strip()] * 12)
    doc = nlp.parse(text)
    assert doc.text == text
    assert all(text[s.start_char:s.end_char] == s.text for s in doc.sents)
