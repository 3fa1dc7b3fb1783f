"""Figures a joint text asks all other countries to reach are no figures of its sides (accords.indicators.urged;
twenty-ninth session, indwh44).

Texts: the Declaration on U.S.-Pacific Partnership (2022-09-29), from the whitehouse-briefings corpus
(bidenwhitehouse.archives.gov; works of the United States government, public domain), with its line breaks; the
last cases are our own words. Expected records are (metric, subjects, value)."""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"

CASES = [
    pytest.param(
        "We urge all countries to reduce collective anthropogenic methane emissions at\n"
        "least 30 percent by 2030 from 2020 levels.", [], id="urge-all-countries-methane"),
    pytest.param(
        "We urge all developed countries to deliver on their commitment to the goal of\n"
        "mobilizing $100 billion annually through 2025 to support developing countries, in\n"
        "the context of meaningful mitigation actions and transparency on implementation.", [],
        id="urge-all-developed-countries-100-billion"),
    pytest.param(
        "We urge all countries – especially major emitters – whose 2030 nationally\n"
        "determined contributions targets are not yet aligned with the Paris temperature goal\n"
        "to increase their ambition and align such targets with a 1.5 °C pathway  before COP27.", [],
        id="urge-all-countries-aside-1-5-degrees"),
    pytest.param(
        "The United States and the EU will cut methane emissions by 30 percent by 2030 and urge all countries to join.",
        [("methane_emissions_change", ("EU", "USA"), -30)], id="own-cut-before-the-call-kept"),
    pytest.param(
        "The United States will provide $8 million for early warning systems; we call on all countries to do more.",
        [("aid", ("USA",), 8000000)], id="call-after-the-figure-kept"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_figures_urged_on_all_countries(text, expected):
    assert [(m, s, v) for m, s, v, _u, _k, _q in figures(text, published="2022-09-29", source=WH)] == expected
