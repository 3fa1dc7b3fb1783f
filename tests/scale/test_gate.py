"""The relevance gate: every gold article passes; unrelated news is skipped, with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from accords import pipeline
from accords.gate import relevance
from accords.ingest import read_path
from accords.model import Article

GOLD_ARTICLES = Path(__file__).resolve().parents[1] / "gold" / "articles"


def test_every_gold_article_passes_the_gate():
    gold = [item for item in read_path(GOLD_ARTICLES) if isinstance(item, Article)]
    assert len(gold) >= 30
    assert [a.origin for a in gold if not relevance(a).relevant] == []


CASES = [
    ("Iran and Kyrgyzstan signed four memorandums of understanding on economic cooperation.", None,
     True, "IRN/KGZ with 'sign'"),
    ("Iran's foreign minister met his Turkish counterpart in Ankara on Monday.", None,
     True, "IRN/TUR with 'foreign'"),
    ("The UN envoy arrived in Kabul.", None, True, "AFG/UN with 'envoy'"),
    ("Turkey reproaches Germany.", "Turkey reproaches Germany over its EU hopes", True, "the title names DEU/EU/TUR"),
    ("Chelsea beat Arsenal 2-1 on Saturday.\n\nThe striker scored twice.", None,
     False, "names no country or international organisation"),
    ("The German economy grew by 1.7% last year.\n\nExports rose in December, officials in Berlin said.", None,
     False, "no sentence relates two international actors (DEU named)"),
]


@pytest.mark.parametrize(("text", "title", "relevant", "reason"), CASES,
                         ids=["mou", "counterpart", "igo-envoy", "title", "sport", "one-country"])
def test_gate_decisions(text, title, relevant, reason):
    decision = relevance(Article(id="a", text=text, title=title))
    assert (decision.relevant, decision.reason) == (relevant, reason)


def test_run_many_skips_the_heavy_stages_of_an_irrelevant_article_with_a_note():
    article = Article(id="s", text="Chelsea beat Arsenal 2-1.\n\nThe striker scored twice.", language="en")
    (extraction,) = pipeline.run_many([article])
    assert extraction.pipeline == pipeline.DEFAULT_PIPELINE
    assert extraction.notes == (
        "gate.v1: skipped entities.v2, times.v2, quantities.v1, events.v2, quotes.v1, indicators.v2: "
        "names no country or international organisation",
    )
    assert [article.text[p.start:p.end] for p in extraction.paragraphs] == [
        "Chelsea beat Arsenal 2-1.", "The striker scored twice."]
    assert (extraction.sentences, extraction.entities, extraction.events) == ((), (), ())


@pytest.mark.slow
def test_gate_off_analyses_every_article():
    article = Article(id="s", text="Chelsea beat Arsenal 2-1 in London on Saturday.", language="en")
    (extraction,) = pipeline.run_many([article], gate=False)
    assert extraction.notes == ()
    assert len(extraction.sentences) == 1


@pytest.mark.slow
def test_gate_is_not_consulted_without_a_gated_stage():
    article = Article(id="s", text="Chelsea beat Arsenal.", language="en")
    (extraction,) = pipeline.run_many([article], stages=["segment.v1"], gate=True)
    assert extraction.notes == ()
    assert len(extraction.sentences) == 1
