"""Whose a figure is (issue #14): a country a flow passes through ("via Türkiye") is its route,
not a side; a flow's partner is never the other side of its own flow; a page of a national news
outlet that names no country, or its topic's country only in passing, is about the outlet's
country (`knowledge.outlet_country`). Sentences from a Tehran Times article of `tehrantimes-region`
(Tehran Times / Mehr News Agency, CC BY 4.0), from a Barron's and a Motley Fool page of the article-extraction-
benchmark (MIT), and, where marked, in the style of Azernews. A national outlet's page is about a foreign country it
names twice only where its title or opening names it."""

from __future__ import annotations

import pytest

from accords import knowledge
from accords.model import Article
from accords.pipeline import run
from tests.indicators.figures import figures

CASES = [
    (
        "supply-under-a-contract-is-an-export",  # tehrantimes 413705
        "Kazakhstan’s national company Kazatomprom and the nuclear energy organization of Iran have a contract for "
        "supply of 950 tons of uranium ore.",
        None,
        [("exports", ("IRN", "KAZ"), 950.0, "t", "actual", None)],
    ),
    (
        "a-route-is-no-side",  # in the style of Azernews
        "Azerbaijan will supply 1.2 billion cubic meters of gas to Syria annually via Türkiye.",
        "Azernews",
        [("exports", ("AZE", "SYR"), 1.2, "bcm", "forecast", None)],
    ),
    (
        "the-partner-is-not-its-own-other-side",  # in the style of Azernews
        "The agreement provides for the supply of 1 bcm of gas to Syria via Türkiye.",
        "Azernews",
        [("exports", ("AZE", "SYR"), 1.0, "bcm", "actual", None)],
    ),
]


@pytest.mark.parametrize(("text", "source", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_figures(text: str, source: str | None, expected: list[tuple]) -> None:
    assert figures(text, published="2025-07-20", source=source) == expected


def _subjects(text: str, url: str | None) -> list[tuple[str, ...]]:
    extraction = run(Article(id="o", text=text, url=url, published="2019-11-19"))
    return [i.subjects for i in extraction.indicators]


# Barron's, 2019-11-19 (benchmark page f8ff621a0b), shortened: the page names Canada once, in passing.
HOME_DEPOT = ("Home Depot (ticker: HD) reported $2.53 in per-share earnings for the third quarter. Company "
              "management said comparable-store sales growth in 2019 will be 3.5%. Lumber remains deeply "
              "deflationary and Canada a net headwind, wrote Fadem in a Tuesday research report.")


def test_national_outlet_gives_its_country() -> None:
    assert set(_subjects(HOME_DEPOT, "https://www.barrons.com/articles/home-depot-stock-earnings-51574174442")) \
        == {("USA",)}


# The same page further on: Canada, named once and not in the opening, is no topic of the figure two sentences on.
PEER_STOCK = ("Home Depot (ticker: HD) reported $2.53 in per-share earnings for the third quarter. Wells Fargo analyst "
              "Zachary Fadem points out a couple of additional reasons investors shouldn’t fret. “While certainly a "
              "disappointing result, we note that [the company] faced a hurricane headwind in Q3, lumber remains deeply "
              "deflationary and Canada a net headwind,” wrote Fadem in a Tuesday research report. “Excluding these items, "
              "we believe Q3 comps would have been closer to expectations.” Still, the stock has slid, and peer Lowe’s "
              "(LOW) stock is off too, down 1.8%.")


def test_country_named_once_in_passing_is_no_topic() -> None:
    extraction = run(Article(id="o", text=PEER_STOCK, url="https://www.barrons.com/articles/home-depot-stock-51574168486",
                             published="2019-11-19"))
    assert [i.subjects for i in extraction.indicators if i.value == -1.8] == [("USA",)]


def test_unknown_outlet_gives_none() -> None:
    assert ("USA",) not in _subjects(HOME_DEPOT, "https://example.org/home-depot")


# The Motley Fool, stock picks for 2015 (benchmark page n4k-foolcom1), shortened: China is named in one pick's
# paragraph only, not in the page's opening.
STOCK_PICKS = (
    "Need a reason to invest in stocks? How about the beginning of a new year. To help you find solid stock ideas we "
    "asked Fool.com contributors covering technology and consumer goods stocks to talk about top stocks for 2015.\n\n"
    "Tamara Walsh (WhiteWave Foods): From smart acquisitions to promising opportunities in oversees markets such as "
    "China, WhiteWave Foods is one of my favorite stock picks heading into the new year. However, there should be plenty "
    "of growth ahead thanks to WhiteWave's partnership with Mengniu Dairy, one of China's largest dairy companies.\n\n"
    "Rick Munarriz (SeaWorld Entertainment): I'm going to go full contrarian with a stock that everybody seems to hate. "
    "SeaWorld is in a bad spot these days. Activists have succeeded in keeping guests away from its marine life theme "
    "parks given the negative publicity about killer whales in captivity. Attendance across its 11 parks fell 4.1% in "
    "2013.")


@pytest.mark.parametrize(
    ("source", "expected"),
    [("The Motley Fool (fool.com)", ("USA",)), (None, ("CHN",))],
    ids=["national-page-naming-a-country-in-one-paragraph", "unknown-outlet-keeps-its-main-country"],
)
def test_foreign_country_of_one_paragraph(source: str | None, expected: tuple[str, ...]) -> None:
    found = [f for f in figures(STOCK_PICKS, published="2014-12-20", source=source) if abs(f[2]) == 4.1]
    assert [f[1] for f in found] == [expected]


@pytest.mark.parametrize(
    ("source", "url", "expected"),
    [
        ("Azernews", None, "AZE"),
        (None, "https://www.cnbc.com/2019/11/19/beauty-stock.html", "USA"),
        (None, "https://www.express.co.uk/news/science/1205992/plague", "GBR"),
        (None, "https://www.aljazeera.com/news/2019/11/18/x", None),
        (None, "https://www.reuters.com/article/x", None),
        ("The Motley Fool (fool.com)", None, "USA"),
        ("The Oregonian (oregonlive.com)", None, "USA"),
        ("Bloomberg (bloomberg.com)", None, None),
        ("The Dallas Morning News", None, None),
    ],
    ids=["state-press-home", "us-business-news", "uk-tabloid", "international-outlet", "wire",
         "domain-in-source-name", "regional-daily", "international-outlet-in-source-name", "name-alone-is-no-domain"],
)
def test_outlet_country(source: str | None, url: str | None, expected: str | None) -> None:
    assert knowledge.outlet_country(source, url) == expected
    if url is not None:
        assert knowledge.home_country(source, url) is None  # titles keep no national outlet's country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tehrantimes 473187 (a dev gold article)
        ("TEHRAN – Azerbaijani President Ilham Aliyev has offered condolences over a deadly building collapse in the "
         "southern Iranian city of Abadan, which resulted in the death of more than 30 people.",
         [("deaths", ("IRN",), 30.0, "count", "actual", "lower")]),
        # in the style of Azernews
        ("President Ilham Aliyev expressed condolences to Myanmar over the earthquake that killed more than 3,000 people.",
         [("deaths", ("MMR",), 3000.0, "count", "actual", "lower")]),
    ],
    ids=["condoler-is-no-side", "condolences-to-a-country"],
)
def test_casualties_are_the_stricken_country(text: str, expected: list[tuple]) -> None:
    assert figures(text, published="2025-07-20") == expected
