"""A company or a charity a fact sheet's paragraph or list item introduces stays the giver of the money its later
sentences give, so the home country is not added as the giver (`accords.indicators.privategivers.private_giver`,
asked by `pledges.with_giver`): the giver named again ("To date, CrossBoundary has closed two transactions and
mobilized"), named as "they" after a first sentence whose giver is private, or named after the paragraph said what it
is ("Davivienda is a multi-national, Colombian bank"); "companies and organizations" that commit are the private
sector. The home's own body named as the giver stays the home's.

Texts: the first four from tests/gold/articles (wh_20230206-harris-central-america-private-sector,
wh_20210527-northern-triangle-call-to-action-factsheet, wh_20230206-root-causes-update-factsheet); the last written
for this test. Each expected record is (subjects, value) of the money named.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"

CASES = [
    pytest.param(
        "-   CrossBoundary, in partnership with USAID, committed to support eight\n    small and medium businesses to "
        "attract $20 to $30 million of total\n    capital investment to El Salvador.  To date, CrossBoundary has\n    "
        "closed two transactions and mobilized more than $1.5 million for El\n    Salvador and expects to close at least "
        "four deals totaling $10\n    million by 2024.",
        1.5e6, ("SLV",), id="the-giver-named-again"),
    pytest.param(
        "-   Deetken Impact, in partnership with USAID, committed to support at\n    least 10 investments and closing "
        "investment transactions totaling at\n    least $20 million, in addition to investing at least $5 million of\n"
        "    its own capital in El Salvador. To date, they have closed two\n    transactions, and mobilized more than $17 "
        "million, of which $2.2\n    million were dedicated to renewable energy.",
        17e6, ("SLV",), id="they-after-a-private-first-sentence"),
    pytest.param(
        "Davivienda is a multi-national, Colombian bank with a presence in the\nUnited States, Honduras, El Salvador, "
        "Costa Rica and Panama. As part of this Call to Action, in collaboration\nwith public and private sector "
        "partners, Davivienda will commit to\nconnecting 1 million unbanked individuals in the Northern Triangle with\n"
        "financial services. Davivienda\nwill also commit to contributing $500 million in loans to support\nlow-income "
        "housing, small- and medium-sized businesses, renewable energy\nprojects, and women entrepreneurs in the "
        "Northern Triangle.",
        5e8, ("GTM", "HND", "SLV"), id="described-as-a-bank"),
    pytest.param(
        "-   **Improving Economic Livelihoods:** In response to the Vice\n    President’s Call to Action for Northern "
        "Central America,\n    approximately 47 companies and organizations have committed to\n    invest more than "
        "$4.2 billion to strengthen economic security for\n    people in the region.",
        4.2e9, ("GTM", "HND", "SLV"), id="companies-and-organizations"),
    pytest.param(
        "Banco Azul is a regional bank that lends to farmers in Guatemala. USAID will provide $5 million to Guatemala "
        "to expand rural credit.",
        5e6, ("GTM", "USA"), id="the-home-body-stays-the-giver"),
]


@pytest.mark.parametrize(("text", "value", "subjects"), CASES)
def test_paragraph_private_givers(text: str, value: float, subjects: tuple[str, ...]) -> None:
    found = [s for _, s, v, *_ in figures(text, published="2023-02-06", source=WH) if v == value]
    assert found == [subjects]
