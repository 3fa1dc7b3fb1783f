"""Both sides of an aircraft order, regions of the Americas, charges continuing a list, and topics.

- An order is a deal between a buyer and a maker: aircraft an airline orders, buys or takes delivery
  of from a maker the sentence names are the buyer's and the maker's figures (the maker's country by
  its headquarters, `accords.knowledge.companies`); a fleet an airline operates stays its own, and a
  sentence naming two makers gives each count the maker named right after it.
- "Central Americans", "Latin American" name a region of the Americas, not the United States.
- "faces nine state charges of aggravated kidnapping, six counts of ... and two counts of ...": counts
  continuing a list of charges are charges too; counts of anything else are not.
- A country named only in a list of three or more, tied with the others, is no topic of the figures
  after it that name no country (`subjects.stands_out`); a page of a known US outlet is about the US.
- A post embedded in a page (its paragraph above "— Name (@handle) November 18, 2019") is no statement
  of the page: its figures are left out (`indicators.embeds`).

Texts: the charges sentence is from NBC 5 Dallas-Fort Worth (news_51d066b060), a page of the
article-extraction-benchmark (MIT, tests/gold/README.md); the others are written for this test in the
register of airline, migration and court news. Each expected record is (metric, subjects, value, unit,
kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from accords.model import Article
from accords.pipeline import run
from tests.indicators.figures import figures

CASES = [
    pytest.param(
        "Emirates finalised an order for 30 Boeing 787-9 Dreamliners on Wednesday.",
        [("aircraft", ("ARE", "USA"), 30.0, "count", "actual", None)],
        id="an-order-is-the-buyers-and-the-makers",
    ),
    pytest.param(
        "Azerbaijan Airlines will buy 10 planes from Embraer, the carrier said.",
        [("planes", ("AZE", "BRA"), 10.0, "count", "target", None)],
        id="the-maker-named-after-from",
    ),
    pytest.param(
        "Turkish Airlines ordered 25 Boeing 787 jets and 10 Airbus A350 jets for its long-haul routes.",
        [("jets", ("TUR", "USA"), 25.0, "count", "actual", None), ("jets", ("FRA", "TUR"), 10.0, "count", "actual", None)],
        id="each-count-its-own-maker",
    ),
    pytest.param(
        "Emirates operates a fleet of 115 Airbus A380 superjumbos.",
        [("superjumbos", ("ARE",), 115.0, "count", "actual", None)],
        id="a-fleet-operated-is-the-airlines-own",
    ),
    pytest.param(
        "Mexico has deported more than 1,500 Central Americans this year.",
        [("deportees", ("MEX",), 1500.0, "count", "actual", "lower")],
        id="central-americans-are-no-us-citizens",
    ),
    pytest.param(
        "Webb still faces nine state charges of aggravated kidnapping, six counts of aggravated sexual assault of a "
        "child (enhanced) and two counts of indecency with a child (habitual offender notice) in Texas.",
        [("charges", ("USA",), 9.0, "count", "actual", None), ("charges", ("USA",), 6.0, "count", "actual", None),
         ("charges", ("USA",), 2.0, "count", "actual", None)],
        id="nbc5-counts-continuing-a-list-of-charges",
    ),
    pytest.param(
        "Election officials in Georgia finished 3 counts of the ballots and 2 counts of the absentee votes.",
        [],
        id="counts-of-votes-listed-are-no-charges",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_order_sides(text: str, expected: list) -> None:
    assert figures(text, published="2019-11-20") == expected


#: A country named only in a list of markets is no topic of the figures after it; a US outlet's page is about the US.
LIST_CASES = [
    pytest.param(
        "The app was tested in Italy, Canada, Ireland, Japan and Brazil last year. The feature spread quickly. "
        "Users liked it. Advertisers liked it more. There are now 140 million monthly active businesses on the platform.",
        None,
        [("companies", (), 140000000.0, "count", "actual", None)],
        id="a-list-of-markets-gives-no-topic",
    ),
    pytest.param(
        "The app was tested in Italy, Canada, Ireland, Japan and Brazil last year. The feature spread quickly. "
        "Users liked it. Advertisers liked it more. There are now 140 million monthly active businesses on the platform.",
        "https://www.wired.com/story/instagram-business-accounts-analytics/",
        [("companies", ("USA",), 140000000.0, "count", "actual", None)],
        id="a-us-outlets-page-is-the-us-figure",
    ),
    pytest.param(
        "The Swiss food group cut costs as sales in Brazil slowed. Its profits rose in the year. Its margins improved again. "
        "Its investors cheered the results. Its chief executive was pleased. "
        "The company now has 4,000 employees.",
        None,
        [("employees", ("CHE",), 4000.0, "count", "actual", None)],
        id="a-country-named-once-outside-a-list-stays-the-topic",
    ),
]


@pytest.mark.parametrize(("text", "url", "expected"), LIST_CASES)
def test_topics_of_pages_with_lists(text: str, url: str | None, expected: list) -> None:
    extraction = run(Article(id="i", text=text, published="2019-11-15", url=url))
    assert [(i.metric, i.subjects, i.value, i.unit, i.kind, i.qualifier) for i in extraction.indicators] == expected


#: An embedded post's paragraph, above its "— Name (@handle) date" line, is no statement of the page.
POST_CASES = [
    pytest.param(
        "Yes the state spent nearly half a million dollars on it: https://t.co/abc\n\n"
        "— A Reader (@areader) November 18, 2019\n\nThe state spent $449,000 on the campaign.",
        [("spending", ("USA",), 449000.0, "USD", "actual", None)],
        id="a-tweets-figure-is-left-out",
    ),
]


@pytest.mark.parametrize(("text", "expected"), POST_CASES)
def test_embedded_posts(text: str, expected: list) -> None:
    extraction = run(Article(id="i", text=text, published="2019-11-19", url="https://www.nj.com/x"))
    assert [(i.metric, i.subjects, i.value, i.unit, i.kind, i.qualifier) for i in extraction.indicators] == expected
