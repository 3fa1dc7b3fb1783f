"""indicators.v2: whose a figure is in Azerbaijani state-press reports (the Azernews register).

The sentences were written for these tests in the register of Azernews economy reports (the seed
article's and the held-out outlet's): partner groups as the partner side of a flow, lists of
partners, companies as their country, GDP as an acronym. Each expected record is (metric,
subjects, value, unit, kind, qualifier), in text order; `source` is the outlet, whose home country
(`accords.knowledge.home_country`) is the other side of a flow that names only its partner.
"""

import pytest
from figures import figures

CASES = [
    (
        "partner-groups-with-home",
        "Azernews",
        "Trade turnover with CIS countries amounted to 3.883 billion USD, while trade with EU member states totaled $9.1 billion.",
        [("trade_turnover", ("AZE", "CIS"), 3883000000.0, "USD", "actual", None),
         ("trade_turnover", ("AZE", "EU"), 9100000000.0, "USD", "actual", None)],
    ),
    (
        "partner-group-no-home",
        None,
        "Trade turnover with CIS countries amounted to 3.883 billion USD.",
        [("trade_turnover", ("CIS",), 3883000000.0, "USD", "actual", None)],
    ),
    (
        "list-items-own-partner",
        "Azernews",
        "Italy remained Azerbaijan's main trade partner with $5.3 billion, followed by Turkey with $3.1 billion and Russia with $2.2 billion.",
        [("trade_turnover", ("AZE", "ITA"), 5300000000.0, "USD", "actual", None),
         ("trade_turnover", ("AZE", "TUR"), 3100000000.0, "USD", "actual", None),
         ("trade_turnover", ("AZE", "RUS"), 2200000000.0, "USD", "actual", None)],
    ),
    (
        "after-a-list-the-home",
        "Azernews",
        "Azerbaijan's exports reached $13 billion. Italy remained Azerbaijan's main trade partner with $5.3 billion, "
        "followed by Turkey with $3.1 billion and Russia with $2.2 billion. Non-oil exports grew by 7.2 percent.",
        [("exports", ("AZE",), 13000000000.0, "USD", "actual", None),
         ("trade_turnover", ("AZE", "ITA"), 5300000000.0, "USD", "actual", None),
         ("trade_turnover", ("AZE", "TUR"), 3100000000.0, "USD", "actual", None),
         ("trade_turnover", ("AZE", "RUS"), 2200000000.0, "USD", "actual", None),
         ("non_oil_exports_growth", ("AZE",), 7.2, "percent", "actual", None)],
    ),
    (
        "company-as-its-country",
        None,
        "The pipeline was inaugurated in 2020. SOCAR holds a 10 percent stake in the TAP pipeline.",
        [("stake", ("AZE",), 10.0, "percent", "actual", None)],
    ),
    (
        "company-side-of-a-flow",
        None,
        "Gazprom exported 15 bcm of gas to Turkey.",
        [("exports", ("RUS", "TUR"), 15.0, "bcm", "actual", None)],
    ),
    (
        "agreed-project-is-the-pairs",
        "Tehran Times",
        "Iranian and Armenian energy ministers met in Yerevan. Iran and Armenia discussed electricity trade. "
        "Construction of a 100-MW hydroelectric power plant in Armenia was also agreed in the meeting.",
        [("capacity", ("ARM", "IRN"), 100.0, "MW", "actual", None)],
    ),
    (
        "participants-counted",
        "Tehran Times",
        "Iran and Turkey held a webinar, which was attended by more than 250 entrepreneurs from Iran and Turkey.",
        [("entrepreneurs", ("IRN", "TUR"), 250.0, "count", "actual", "lower")],
    ),
    (
        "gdp-is-no-name",
        "Azernews",
        "Uzbekistan's GDP is expected to grow by 6 percent in 2025.",
        [("gdp_growth", ("UZB",), 6.0, "percent", "forecast", None)],
    ),
]


@pytest.mark.parametrize("case_id, source, text, expected", CASES, ids=[c[0] for c in CASES])
def test_home_owners(case_id, source, text, expected):
    assert figures(text, published="2025-07-20", source=source) == expected


#: Where no such rule may fire: a company further in the sentence owns nothing; a sentence listing
#: countries without figures is no list of partners.
NOT_CASES = [
    (
        "builder-is-no-owner",
        "Tehran Times",
        "Iran and Azerbaijan held talks on a car plant. Production capacity of the plant, which will be constructed by "
        "Iran Khodro Company, is 10,000 cars per year.",
        ("capacity", ("AZE", "IRN"), 10000.0),
    ),
    (
        "list-without-figures",
        "Tehran Times",
        "Iran hosted the forum. The sea is bounded by Kazakhstan, Russia, Azerbaijan, Iran and Turkmenistan. "
        "The sea has a surface area of 371,000 square kilometers.",
        ("area", ("AZE", "IRN", "KAZ", "RUS", "TKM"), 37100000.0),
    ),
]


@pytest.mark.parametrize("case_id, source, text, expected", NOT_CASES, ids=[c[0] for c in NOT_CASES])
def test_no_owner_invented(case_id, source, text, expected):
    assert expected in [f[:3] for f in figures(text, published="2025-07-20", source=source)]
