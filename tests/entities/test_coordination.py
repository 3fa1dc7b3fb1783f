"""entities.v2 on two names joined by a coordination (issue 13/14): the head-noun pattern reads a
name leftwards across commas and "and"; where spaCy's NER marks an entity ending before the
connector and another starting after it, the connector ends the name ("Blue Origin, Sierra Nevada
Corporation" are two companies), while a name with "and" inside stays whole. And a name spaCy took
for a place is a company's when a company's noun follows it ("Jefferies analyst").
Sentences from the article-extraction-benchmark (MIT; news_42aad16bde, news_65408257db) and from
White House briefings 2021-2024 (public domain; ../shared/corpora/whitehouse-briefings), Tehran Times
(tehrantimes.com, news ids 413530, 470262; CC BY 4.0, https://creativecommons.org/licenses/by/4.0/, via
the Tehran-Times-Dataset crawl), and the seed article seed_000.
Each case: the entities (type, name) that must be found and those that must not.
"""

import pytest

from tests.entities.found import found as entity_names


pytestmark = pytest.mark.slow


def found(text: str) -> set[tuple[str, str]]:
    return entity_names(text, source="Reuters", published="2019-11-19")


CASES = [
    ("comma-between-companies",
     "A few of the new additions - Blue Origin, Sierra Nevada Corporation and SpaceX - are notable for not "
     "having been on the original list.",
     {("ORG", "Sierra Nevada Corporation")}, {("ORG", "Blue Origin, Sierra Nevada Corporation")}),
    ("and-between-companies",
     "NASA also expects to receive bids from two relatively smaller organisations, Ceres Robotics and Tyvak "
     "Nano-Satellite Systems Inc, for indefinite delivery contracts.",
     {("ORG", "Tyvak Nano-Satellite Systems Inc")}, {("ORG", "Ceres Robotics and Tyvak Nano-Satellite Systems Inc")}),
    ("acronym-and-bank",
     "Nomura said the order favoured banks and identified SBI and ICICI Bank as its key beneficiaries.",
     {("ORG", "ICICI Bank")}, {("ORG", "SBI and ICICI Bank")}),
    ("and-inside-one-name",
     "The U.S. Trade and Development Agency (USTDA) is creating opportunities for U.S. businesses.",
     {("ORG", "U.S. Trade and Development Agency")}, {("ORG", "Development Agency")}),
    ("and-inside-a-health-body",
     "Request accessible instructions from manufacturers who have received a Food and Drug Administration (FDA) "
     "Emergency Use Authorization (EUA).",
     {("ORG", "Food and Drug Administration")}, {("ORG", "Drug Administration")}),
    ("portfolios-of-one-ministry",
     # the seed article tests/gold/articles/seed_000.txt
     "Azerbaijan’s Transport, Communications and High Technologies Ministry and Turkey’s Digital Transformation "
     "Office have signed a roadmap for the Azerbaijani-Turkish working group on digital transformation.",
     {("ORG", "Transport, Communications and High Technologies Ministry")}, {("ORG", "High Technologies Ministry")}),
    ("serial-comma-inside-a-body",  # Tehran Times 413530 (CC BY 4.0)
     "TEHRAN – Iran’s Cultural Heritage, Tourism, and Handicrafts Organization is stepping up efforts to improve "
     "the tourism sector.",
     {("ORG", "Cultural Heritage, Tourism, and Handicrafts Organization")},
     {("ORG", "Cultural Heritage"), ("ORG", "Handicrafts Organization")}),
    ("serial-comma-inside-a-ministry",  # Tehran Times 470262 (CC BY 4.0)
     "TEHRAN – Iranian Industry, Mining, and Trade Ministry is going to hold the 14th Iran-Uzbekistan joint "
     "economic committee.",
     {("ORG", "Iranian Industry, Mining, and Trade Ministry")}, {("ORG", "Trade Ministry")}),
    ("serial-comma-inside-an-agreement",  # White House readout, 2021-11-19
     "They announced their intent to negotiate a bilateral Science, Technology, and Innovation Agreement in 2022.",
     {("DOCUMENT", "Science, Technology, and Innovation Agreement")}, {("DOCUMENT", "Innovation Agreement")}),
    ("one-comma-before-and-joins-two-bodies",  # White House readout, 2024-04-11
     "Mr. Finer was joined by Assistant Secretary Brian Nichols of the Department of State, Assistant Secretary "
     "Blas Nunez-Neto of the Department of Homeland Security, and National Security Council Senior Director for "
     "Western Hemisphere Affairs.",
     set(), {("ORG", "Homeland Security, and National Security Council")}),
    ("serial-comma-between-companies",  # written for this test
     "Representatives of Google, Amazon, and Microsoft Corporation attended the hearing.",
     {("ORG", "Microsoft Corporation")}, {("ORG", "Google, Amazon, and Microsoft Corporation")}),
]


#: A name spaCy took for a place, followed by a company's noun (news_f8ff621a0b).
COMPANY_CASES = [
    ("analyst-of-a-company",
     "In a research report early Tuesday, Jefferies analyst Jonathan Matuszewski said the market is "
     "misinterpreting the results.",
     {("ORG", "Jefferies")}, {("PLACE", "Jefferies")}),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [c[1:] for c in COMPANY_CASES],
                         ids=[c[0] for c in COMPANY_CASES])
def test_company_cue(text: str, wanted: set, unwanted: set) -> None:
    got = found(text)
    assert wanted <= got, got
    assert not (unwanted & got), got


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_coordination(text: str, wanted: set, unwanted: set) -> None:
    got = found(text)
    assert wanted <= got, got
    assert not (unwanted & got), got
