"""An intention or a plan whose sentence names none of its sides, in an article of an outlet that
speaks for no state (`accords.events.relations.anchored`): general news retells the wishes and
conditions of people around the article's pair, and the pair filled in makes them a plan of
the two states. A government's own press, an unknown outlet and an event record keep them.

The page is from the article-extraction-benchmark (news_82b6d780c7, an AP story on the
impeachment inquiry, MIT licence, tests/gold/README)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import accords
from accords.nlp import normalise_for_nlp
from tests.events.sides import STAGES, sides

GOLD = Path(__file__).resolve().parents[1] / "gold"
_CONDITION = "before the administration would agree to a meeting"


def _plans(source: str | None) -> list[tuple[str, tuple[str, ...], str]]:
    record = json.loads((GOLD / "articles" / "news_82b6d780c7.json").read_text(encoding="utf-8"))
    extraction = accords.extract(record["text"], published=record["published"], source=source, stages=STAGES)
    text = normalise_for_nlp(record["text"])
    sentences = [text[s.start:s.end] for s in extraction.sentences]
    return [(e.type, sides(e), e.status) for e in extraction.events if e.status in ("intended", "planned")
            and any(_CONDITION in sentence and sentence.find(text[ev.start:ev.end]) >= 0
                    for ev in e.evidence for sentence in sentences)]


@pytest.mark.slow
@pytest.mark.parametrize(("source", "expected"), [
    pytest.param("AP", [], id="wire-news-retold-condition-dropped"),
    pytest.param("The White House", [("AGREE", ("UKR", "USA"), "planned")], id="government-press-keeps-it"),
    pytest.param(None, [("AGREE", ("UKR", "USA"), "planned")], id="unknown-outlet-keeps-it"),
])
def test_plans_of_the_pair_in_news(source, expected):
    assert _plans(source) == expected
