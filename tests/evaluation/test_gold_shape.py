"""to_gold: the public gold shape of an extraction (docs/gold-format.md)."""

from __future__ import annotations

import pytest

from accords.gold import to_gold
from accords.model import Article, Entity, Event, Evidence, Extraction, Indicator, Quote, TimeExpression

TEXT = ("Azerbaijan and Turkey signed a roadmap on September 14. "
        "Trade turnover reached $2.5 billion in 2020, Ali Taha Koch said.")


def ev(start: int, end: int) -> tuple[Evidence, ...]:
    return (Evidence("a1", start, end),)


def test_to_gold_writes_every_field_with_gold_conventions():
    article = Article(id="a1", text=TEXT, published="2021-09-15", source="Azernews", url="https://x.test/1")
    extraction = Extraction(
        article_id="a1",
        entities=(
            Entity(id="e2", type="PERSON", name="Ali Taha Koch", evidence=ev(100, 113), aliases=("Ali Taha Koç",),
                   country="TUR", title="President"),
            Entity(id="e1", type="COUNTRY", name="Azerbaijan", evidence=ev(0, 10), canonical_id="AZE"),
        ),
        events=(Event(id="v1", type="SUPPORT", evidence=ev(22, 38), mode="sign", actor_countries=("TUR",),
                      recipient_countries=("AZE", "TUR"), date="2021-09-14", object="roadmap",
                      sectors=("digital transformation",)),),
        indicators=(Indicator(id="i1", metric="trade_turnover", value=2.5e9, unit="USD", evidence=ev(56, 99),
                              subjects=("TUR", "AZE"), period=("2020-01-01", "2020-12-31")),),
        quotes=(Quote(id="q1", text="Trade turnover reached $2.5 billion in 2020", evidence=ev(56, 99),
                      speaker_name="Ali Taha Koch", cue="said", direct=True),),
        times=(TimeExpression(id="t1", text="September 14", value="2021-09-14", precision="day", evidence=ev(42, 54)),
               TimeExpression(id="t2", text="so far", value=None, precision=None, evidence=ev(0, 2))),
    )
    assert to_gold(article, extraction, file="articles/a1.txt") == {
        "article": {"file": "articles/a1.txt", "id": "a1", "url": "https://x.test/1", "published": "2021-09-15",
                    "source": "Azernews", "author": None, "title": None, "article_id": "a1"},
        "entities": [
            {"type": "COUNTRY", "id": "AZE", "name": "Azerbaijan"},
            {"type": "PERSON", "name": "Ali Taha Koch", "aliases": ["Ali Taha Koç"], "country": "TUR",
             "title": "President"},
        ],
        "events": [{"type": "SUPPORT", "mode": "sign", "actors": ["AZE", "TUR"], "date": "2021-09-14",
                    "location": None, "object": "roadmap", "status": "occurred",
                    "sectors": ["digital transformation"], "evidence": "signed a roadmap"}],
        "indicators": [{"metric": "trade_turnover", "subjects": ["AZE", "TUR"], "value": 2500000000, "unit": "USD",
                        "period": ["2020-01-01", "2020-12-31"], "kind": "actual", "qualifier": None,
                        "deadline": None, "evidence": "Trade turnover reached $2.5 billion in 2020"}],
        "quotes": [{"speaker": "Ali Taha Koch", "text": "Trade turnover reached $2.5 billion in 2020", "cue": "said",
                    "direct": True}],
        "times": [{"text": "September 14", "value": "2021-09-14", "start": 42, "end": 54}],
    }


@pytest.mark.parametrize(
    ("status", "listed"),
    [("occurred", True), ("planned", True), ("intended", True), ("hypothetical", False), ("denied", False)],
    ids=["occurred", "planned", "intended", "hypothetical", "denied"],
)
def test_gold_shape_lists_only_events_an_analyst_records(status, listed):
    article = Article(id="a1", text="Iran and Turkey did not sign the deal.")
    event = Event(id="e1", type="SUPPORT", evidence=(Evidence("a1", 0, 38),), actor_countries=("IRN", "TUR"),
                  status=status)
    gold = to_gold(article, Extraction(article_id="a1", events=(event,)))
    assert [e["status"] for e in gold["events"]] == ([status] if listed else [])


@pytest.mark.parametrize(("direct", "indirect", "listed"),
                         [(True, False, True), (False, False, False), (True, True, True), (False, True, True)],
                         ids=["direct", "indirect", "direct-asked-all", "indirect-asked-all"])
def test_gold_shape_lists_direct_quotes_and_indirect_only_when_asked(direct, indirect, listed):
    """Gold quotes are "the quoted words without the quote marks": indirect speech stays in the
    extraction but is not a gold quote, unless asked for (the evaluation's all-quotes rows),
    and then it is marked `direct: false`."""
    article = Article(id="a1", text='Aliyev said that the talks went well. "We agreed," he said.')
    quote = Quote(id="q1", text="the talks went well", evidence=(Evidence("a1", 0, 37),), speaker_name="Ilham Aliyev",
                  cue="said", direct=direct)
    gold = to_gold(article, Extraction(article_id="a1", quotes=(quote,)), indirect=indirect)
    assert [(q["text"], q["direct"]) for q in gold["quotes"]] == ([("the talks went well", direct)] if listed else [])
