"""Figures about no country are dropped unless they are market readings (`accords.indicators.subjectless`), and a
figure of "the company" or "the stock" takes the country of the company named before it, not that of a country
the sentences before name in passing (`accords.indicators.companyrefs`).

Texts: our own paraphrases of a Fox Business page on online shops and of a Motley Fool stock round-up
(newspaper4k pages of the article-extraction benchmark, MIT). Each expected record is
(metric, subjects, value, unit, kind, qualifier), in text order.
"""

import pytest
from figures import figures

#: A whole page naming no country (eight sentences), before its figure.
_SHOP_PAGE = ("Traffic matters less than conversions. Make your site grab attention at once. Show visitors how they "
              "benefit. Check bounce rates with analytics. Improve the pages with high exit rates. Offer related "
              "products on product pages. Reward repeat buyers with a discount. ")

CASES = [
    (
        "a-shop-offer-on-a-page-naming-no-country-is-no-figure",
        _SHOP_PAGE + "Offer free shipping to shoppers who spend $50 or more.",
        [],
    ),
    (
        "a-discount-on-a-page-naming-no-country-is-no-figure",
        _SHOP_PAGE + "Offer 10% off sales of $100 or more.",
        [],
    ),
    (
        "a-snippet-naming-no-country-keeps-its-figure",
        "Offer free shipping to shoppers who spend $50 or more.",
        [("spending", (), 50.0, "USD", "actual", None)],
    ),
    (
        "brent-on-a-page-naming-no-country-stays",
        _SHOP_PAGE + "Brent crude was last at $60.73 a barrel.",
        [("oil_price", (), 60.73, "USD/bbl", "actual", None)],
    ),
    (
        "brent-stays-without-a-country",
        "Brent crude was last at $60.73 a barrel.",
        [("oil_price", (), 60.73, "USD/bbl", "actual", None)],
    ),
    (
        "an-exchange-rate-stays-without-a-country",
        "The euro was last at $1.1075.",
        [("exchange_rate", (), 1.1075, "USD/EUR", "actual", None)],
    ),
    (
        "a-country-figure-stays",
        "Japan's exports rose 5% in October.",
        [("exports_growth", ("JPN",), 5.0, "percent", "actual", None)],
    ),
    (
        "the-company-after-a-market-named-in-passing",
        "WhiteWave Foods (NYSE: WWAV) plans to sell its brands in China, one of the largest consumer markets. "
        "The company reported net sales of $857 million in the third quarter.",
        [("sales", ("USA",), 857000000.0, "USD", "actual", None)],
    ),
    (
        "the-stock-after-a-market-named-in-passing",
        "Acme Parks Inc. (NYSE: ACP) opened its first park in China last year. "
        "The stock that went public at $27 in 2013 now trades in the mid-teens.",
        [("share_price", ("USA",), 27.0, "USD", "actual", None)],
    ),
    (
        "the-company-rivals-are-not-the-company",
        "Acme Parks Inc. (NYSE: ACP) opened its first park in China last year. "
        "The company's rivals sold 27 million tickets in 2013.",
        [],
    ),
]


@pytest.mark.parametrize("text, expected", [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_subjectless_and_referred_companies(text, expected):
    assert figures(text, published="2014-12-29") == expected
