"""Counts of people and things a programme sends, trains, funds, reaches or charges, named by the
plural noun after them (`accords.indicators.countnouns.count_noun`; issue #14: counts in fact
sheets, also small ones written in words, were left out for want of a metric word).

Texts: White House fact sheets on U.S. assistance to Haiti (2021-07-13), on Caribbean energy and
food security (2022-09-15), on the Root Causes Strategy (2023-02-06), on U.S.-Africa deals
(2023-07-12) and on global illicit drug trafficking (2023-11-16), and the fact sheet on Middle East
partners (2022-07-16), from the whitehouse-briefings corpus (bidenwhitehouse.archives.gov; works of
the United States government, public domain), with their line breaks; the last case is a
paraphrase. Expected records are (metric, value, unit, qualifier) of the counts: the metric and the
value are what this rule decides (the sides are the owners' rules).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"

COUNTS = [
    pytest.param(
        "This fall, USAID will deploy five advisors to the Caribbean region.",
        "2022-09-15", [("advisors", 5, "count", None)], id="deploy-five-advisors"),
    pytest.param(
        "The Department of State supports seven embedded subject\n"
        "matter experts to specialized HNP units to enhance the institution’s\n"
        "capability to support safer communities.",
        "2021-07-13", [("subject_matter_experts", 7, "count", None)], id="supports-seven-experts"),
    pytest.param(
        "USAID support resulted in the\n"
        "rehabilitation of five clinics in the south of Haiti impacted by\n"
        "Hurricane Matthew.",
        "2021-07-13", [("clinics", 5, "count", None)], id="rehabilitation-of-five-clinics"),
    pytest.param(
        "The U.S. Trade and Development Agency has funded eight feasibility studies since the Summit.",
        "2023-07-12", [("feasibility_studies", 8, "count", None)], id="funded-eight-studies"),
    pytest.param(
        "Programs in El\n"
        "Salvador, Guatemala, and Honduras have trained more than 5,000\n"
        "national and local government officials to implement internationally\n"
        "recognized transparency and accountability standards.",
        "2023-02-06", [("local_government_officials", 5000, "count", "lower")], id="joined-modifiers-before-officials"),
    pytest.param(
        "The U.S. Government has reached more than\n"
        "465,000 youth through support for primary and secondary education in\n"
        "areas of high out-migration in El Salvador, Guatemala, and Honduras.",
        "2023-02-06", [("youth", 465000, "count", "lower")], id="reached-youth"),
    pytest.param(
        "In just the last year, the U.S. government brought criminal charges against more than 3,300 associates of\n"
        "the drug cartels responsible for the last mile of distribution of fentanyl.",
        "2023-11-16", [("associates", 3300, "count", "lower")], id="charges-against-associates"),
    pytest.param(
        "In addition, the United States placed 28 chemicals and\n"
        "certain equipment used in the production of fentanyl on the Special Surveillance List.",
        "2023-11-16", [("chemicals", 28, "count", None)], id="placed-28-chemicals"),
    pytest.param(
        "Portions of this funding will support an additional 1,300 border patrol\n"
        "agents to work at the southwest border.",
        "2023-11-16", [("border_patrol_agents", 1300, "count", None)], id="additional-border-agents"),
]

NOT_COUNTS = [
    pytest.param(
        "President Biden set forth five declaratory principles – partnership,\n"
        "deterrence, diplomacy, integration, and values – to guide U.S.\n"
        "engagement in the Middle East over the coming decades.",
        "2022-07-16", id="principles-are-structure"),
    pytest.param(
        "The Administration is partnering with Caribbean nations to promote energy security, access to finance, and\n"
        "food security in the Caribbean—three areas that Caribbean leaders identified as their top priorities.",
        "2022-09-15", id="three-areas-no-figure"),
    pytest.param(
        "The United States will provide two options to the committee for its review.",
        "2022-09-15", id="provide-two-options-not-a-head"),
]


@pytest.mark.parametrize("text, published, expected", COUNTS)
def test_counts_named_by_their_noun(text, published, expected):
    found = [(m, v, u, q) for m, _s, v, u, _k, q in figures(text, published=published, source=WH) if u == "count"]
    assert found == expected


@pytest.mark.parametrize("text, published", NOT_COUNTS)
def test_no_count_without_a_countable_head(text, published):
    assert [f for f in figures(text, published=published, source=WH) if f[3] == "count"] == []
