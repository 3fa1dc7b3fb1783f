"""Shares of a whole by origin (`accords.indicators.origins.origin_shares`), percent changes whose
sign the text leaves out (`accords.quantities.extract`: "an 18.8 year-on-year increase") and
counts of containers (a count, not TEU), with the country where goods are held
(`accords.indicators.places.held_at`). Sentences from Tehran Times articles of `tehrantimes-region`
(Tehran Times, CC BY 4.0), or our own paraphrases of that register where marked."""

from __future__ import annotations

import pytest

from accords.quantities.extract import find_quantities
from tests.indicators.figures import figures

_AZE_LIST = ("TEHRAN - The number of Iranian nationals visiting Azerbaijan dropped by 5.4 percent in the first four "
             "months of 2018 over the same period last year, AzerNews reported. Of the total visitors to the country, "
             "28.3% were from Russia, 21.9% from Georgia, 13.4% from Iran, 11.3% from Turkey, 4.6% from the United "
             "Arab Emirates, 2% from Ukraine, 1.9% from Iraq, and 16.5% were citizens of other countries, the report "
             "said.")

CASES = [
    (
        "shares-by-origin-of-the-country-before",  # tehrantimes 423949
        _AZE_LIST,
        [("nationals_growth", ("AZE", "IRN"), -5.4, "percent", "actual", None),
         *[("tourists_share", tuple(sorted(("AZE", origin))), value, "percent", "actual", None) for origin, value in (
             ("RUS", 28.3), ("GEO", 21.9), ("IRN", 13.4), ("TUR", 11.3), ("ARE", 4.6), ("UKR", 2.0), ("IRQ", 1.9))],
         ("tourists_share", ("AZE",), 16.5, "percent", "actual", None)],
    ),
    (
        "share-of-the-arrivals-the-host-received",  # our paraphrase
        "Georgia received 1.2 million foreign visitors last year. Of the arrivals, 12 percent came from Iran.",
        [("tourists", ("GEO",), 1200000.0, "count", "actual", None),
         ("tourists_share", ("GEO", "IRN"), 12.0, "percent", "actual", None)],
    ),
    (
        "shares-of-a-named-host-s-imports",  # our paraphrase
        "Of Azerbaijan's imports, 18 percent came from Russia and 14 percent from China.",
        [("imports_share", ("AZE", "RUS"), 18.0, "percent", "actual", None),
         ("imports_share", ("AZE", "CHN"), 14.0, "percent", "actual", None)],
    ),
    (
        "no-whole-named-no-share",  # our paraphrase: "28.3% were from Russia" says not of what
        "Some 28.3% were from Russia, 21.9% from Georgia and 13.4% from Iran, the report said.",
        [],
    ),
    (
        "whole-of-no-travel-or-trade-no-share",  # our paraphrase: students are no whole the lexicon shares out
        "Of the students, 40 percent were from Iran and 20 percent from Iraq.",
        [],
    ),
    (
        "year-on-year-increase-without-percent",  # tehrantimes 418199
        "TEHRAN – The number of Iranian tourists visiting Georgia in the first 10 months of 2017 has risen by 123 "
        "percent in comparison to the same period last year, IRNA reported on Thursday. Georgia hosted over 6.4 "
        "million international travelers in the aforementioned period that shows an 18.8 year-on-year increase.",
        [("tourists_visiting_growth", ("GEO", "IRN"), 123.0, "percent", "actual", None),
         ("tourists", ("GEO",), 6400000.0, "count", "actual", "lower"),
         ("tourists_growth", ("GEO",), 18.8, "percent", "actual", None)],
    ),
    (
        "rose-a-decimal-year-on-year",  # our paraphrase
        "Iran's non-oil exports to Iraq rose 12.5 year-on-year to $5 billion in the first half of the year.",
        [("non_oil_exports_growth", ("IRN", "IRQ"), 12.5, "percent", "actual", None),
         ("non_oil_exports", ("IRN", "IRQ"), 5000000000.0, "USD", "actual", None)],
    ),
    (
        "rose-a-whole-number-compared-stays-a-count",  # our paraphrase: twelve flights more, no percent
        "The number of flights between Tehran and Baku rose by 12 compared to last year.",
        [("flights_change", ("AZE", "IRN"), 12.0, "count", "actual", None)],
    ),
    (
        "containers-are-a-count-held-where-they-are",  # tehrantimes 439069
        "According to MME: “Saudi authorities blocked 80 Turkish trucks transporting textile products and chemicals "
        "from entering the kingdom through its Duba port”. Three hundred containers carrying fruit and vegetables from "
        "Turkey had also been held in Jeddah’s port, according to a Turkish official.",
        [("trucks", ("SAU", "TUR"), 80.0, "count", "actual", None),
         ("containers", ("SAU", "TUR"), 300.0, "count", "actual", None)],
    ),
    (
        "teu-said-stays-teu",  # our paraphrase
        "The Baku port handled 50,000 TEU of containers in 2024.",
        [("cargo_handled", ("AZE",), 50000.0, "TEU", "actual", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_figures(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected


QUANTITIES = [
    ("an-n-year-on-year-increase", "shows an 18.8 year-on-year increase", (18.8, "percent")),
    ("a-whole-number-y-o-y-decline", "recorded a 7 y-o-y decline", (7.0, "percent")),
    ("verb-decimal-compared", "Imports dropped by 4.2 compared to last year", (4.2, "percent")),
    ("verb-whole-number-y-o-y-stays-a-count", "The number of flights rose by 12 year-on-year", (12.0, "count")),
    ("bare-decimal-stays-a-count", "The index stood at 18.8 in March", (18.8, "count")),
    ("containers-are-counted", "300 containers were held", (300.0, "count")),
    ("teus-are-teu", "Some 1,200 TEUs were handled", (1200.0, "TEU")),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in QUANTITIES], ids=[c[0] for c in QUANTITIES])
def test_quantities(text: str, expected: tuple[float, str]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == [expected]
