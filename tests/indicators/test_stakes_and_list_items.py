"""Figures of companies and of lists (issue #14): a stake named right after its percentage
whatever follows, money per share (a price, earnings, a dividend) as a figure of its own, the
country of each item of a comma list of counts, and a clause of contrast after a figure that
names countries of its own topic.

Sentences from real pages: the Los Angeles Times on the Gannett/GateHouse merger (2019-11-20) and
Fox Business on Home Depot's results (2019-11-19), both via the article-extraction-benchmark
(MIT, Copyright (c) 2020 Scrapinghub); Tehran Times articles 462429 and 136588 (CC BY 4.0, Tehran
Times / Mehr News Agency), some shortened. They are fresh dev gold files of the eighth session
(tests/gold/dev/news_8634d1211c, news_51374560f4, tt_462429, tt_136588).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

ALDEN = ("Alden on Tuesday announced that it had become the largest shareholder of Tribune, the former owner of "
         "The Times, by acquiring the entire 25.2% stake held by Tribune’s former chairman, Michael Ferro, for $13 a "
         "share or $117.9 million.")


@pytest.mark.parametrize(("text", "wanted"), [
    (ALDEN, [("stake", 25.2, "percent"), ("share_price", 13.0, "USD")]),
    ("In December, the firm bid $16.50 per share for Tribune.", [("share_price", 16.5, "USD")]),
    ("The home-improvement retailer earned $2.8 billion, or $2.53 per diluted share, as revenue rose 3.5 percent "
     "to $27.2 billion.",
     [("earnings_per_share", 2.53, "USD")]),
    ("Wall Street analysts surveyed by Refinitiv were expecting $2.52 a share on revenue of $27.53 billion.",
     [("earnings_per_share", 2.52, "USD")]),
], ids=["stake-held-by", "bid-per-share-is-a-price", "per-diluted-share-is-no-restated-revenue",
        "expected-a-share-is-earnings"])
def test_company_figures(text: str, wanted: list[tuple]) -> None:
    found = [(f[0], f[2], f[3]) for f in figures(text, published="2019-11-20")]
    for figure in wanted:
        assert figure in found


@pytest.mark.parametrize(("text", "metric"), [
    ("The bank holds a 10 percent share in the project.", "stake"),
    ("Exports of grain had a 30 percent share of the total.", None),  # a share of a whole, no stake
], ids=["share-in-is-a-stake", "share-of-is-no-stake"])
def test_share_is_a_stake_only_with_in(text: str, metric: str | None) -> None:
    assert ("stake" in [f[0] for f in figures(text)]) == (metric == "stake")


def test_revenue_before_per_share_keeps_its_metric() -> None:
    found = figures("The home-improvement retailer earned $2.8 billion, or $2.53 per diluted share.",
                    published="2019-11-20")
    assert [(f[0], f[2]) for f in found] == [("revenue", 2.8e9), ("earnings_per_share", 2.53)]


@pytest.mark.parametrize(("text", "subjects"), [
    ("According to Alireza Jafari, 30 companies from Russia, 30 companies from Kyrgyzstan, more than 10 companies "
     "from Armenia, more than 10 companies from Kazakhstan, and some companies from Belarus will be participating "
     "at this exhibition along with Iranian companies.",
     [("RUS",), ("KGZ",), ("ARM",), ("KAZ",)]),
], ids=["each-item-its-own-country"])
def test_comma_list_items(text: str, subjects: list[tuple[str, ...]]) -> None:
    assert [f[1] for f in figures(text) if f[3] == "count"] == subjects


TARGETS = ("Turkey had long enjoyed a period of continuous growth in tourism revenues since 2002. Based on previous "
           "performances the Culture and Tourism Ministry had set high targets, namely 26 million tourists and $20 "
           "billion in revenue, for 2006 but some unexpected incidents, including bird flu, tensions in the Middle "
           "East, the war between Lebanon and Israel and events like the World Cup have led to numbers below "
           "expectations.")


@pytest.mark.parametrize(("text", "subjects"), [
    (TARGETS, [("TUR",), ("TUR",)]),
    (TARGETS + " The Turkish Statistics Institute (TUIK) released data. The data showed that $12.55 billion of total "
     "revenue was earned from foreign visitors.", [("TUR",), ("TUR",), ("TUR",)]),
    # a clause of contrast that names no country leaves the figure's own countries alone
    ("Iran's exports to Iraq reached $5 billion, but they fell short of the target.", [("IRN", "IRQ")]),
], ids=["contrast-after-the-figures", "contrast-in-an-earlier-sentence", "contrast-naming-no-country"])
def test_contrast_has_its_own_topic(text: str, subjects: list[tuple[str, ...]]) -> None:
    assert [f[1] for f in figures(text)] == subjects


# the investing company's country, from `knowledge.companies` when the text names none; sentences of
# the White House statement on TSMC of 2024-04-08 (whitehouse-briefings corpus, public domain) and
# in the style of investment announcements
@pytest.mark.parametrize(("text", "wanted"), [
    ("Today, we continue building on that historic progress, with the Department of Commerce announcing a "
     "preliminary agreement with Taiwan Semiconductor Manufacturing Company (TSMC) to support the construction of "
     "leading-edge semiconductor manufacturing facilities right here in the United States. Thanks to this "
     "investment, TSMC will also build a third chip factory in Phoenix, increasing its total investment in Arizona "
     "to $65 billion and creating over 25,000 direct construction and manufacturing jobs.",
     [("investment", ("TWN", "USA")), ("jobs", ("USA",))]),
    ("Hyundai will invest $21 billion in the United States over the next four years.", [("investment", ("KOR", "USA"))]),
    ("SOCAR will invest $1 billion in Turkey's Petkim complex.", [("investment", ("AZE", "TUR"))]),
    # a company further in the sentence is no investor
    ("The United States will invest $2 billion in a plant that Hyundai built.", [("investment", ("USA",))]),
    # the money's purpose, valued: the project is India's, the agency paid for a study of it (a White House fact
    # sheet of 2023, dev gold)
    ("India signed the deal. The U.S. Trade and Development Agency funded a feasibility study for the $330 million "
     "USD project.", [("investment", ("IND",))]),
], ids=["tsmc-opening-phrase", "company-invests-in-a-host", "state-company-invests", "company-not-the-subject",
        "value-of-the-purpose"])
def test_investing_company_country(text: str, wanted: list[tuple]) -> None:
    assert [(f[0], f[1]) for f in figures(text, published="2024-04-08")] == wanted
