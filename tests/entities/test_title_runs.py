"""People named at the end of a long title (`accords.entities.titleruns`), and a department named
by its portfolio alone or a list it keeps (`accords.entities.linking`, `accords.entities.occasions`).

The sentences are quoted from White House readouts, joint statements and fact sheets of 2021-2024
(bidenwhitehouse.archives.gov, works of the United States government, public domain) and from
Tehran Times (tehrantimes.com, news id 417514, CC BY 4.0, https://creativecommons.org/licenses/by/4.0/).
"""

import pytest

from tests.entities.found import found

pytestmark = pytest.mark.slow

# (id, text, entities that must be found, entities that must not)
CASES = [
    ("name-after-a-title-of-a-country-and-a-three-word-name",  # gold dev wh_20230727-ukraine-donor-platform-steering
     "The meeting was co-chaired by Deputy Prime Minister for Restoration of Ukraine Oleksandr Kubrakov and "
     "European Commission Director-General for Neighborhood and Enlargement Negotiations Gert Jan Koopman.",
     {("PERSON", "Oleksandr Kubrakov"), ("PERSON", "Gert Jan Koopman")}, {("PERSON", "Negotiations Gert Jan Koopman")}),
    ("name-after-portfolio-before-comma",
     "Members of the delegation included Deputy Secretary of State for\nManagement and Resources Richard Verma, "
     "Combatant Commander of the U.S.\nSouthern Command General Laura Richardson, Assistant Secretary of\nDefense.",
     {("PERSON", "Richard Verma"), ("PERSON", "Laura Richardson")}, set()),
    ("name-after-portfolio-before-of-country",
     "We — Deputy Secretary Cyber and Infrastructure Security Hamish Hansford\nof Australia’s Department of Home "
     "Affairs, National Cyber Security Coordinator Lt General MU Nair of India, and Deputy Assistant to the "
     "President and Deputy National Security\nAdvisor for Cyber and Emerging Technology Anne Neuberger of the "
     "United\nStates of America – met in Tokyo, Japan.",
     {("PERSON", "Hamish Hansford"), ("PERSON", "Anne Neuberger")}, {("PERSON", "Cyber")}),
    ("name-run-into-a-ministry",
     "-   Parliamentary State Secretary at the Ministry for Environment,\n    Nature Conservation and Nuclear "
     "Safety Rita Schwarzelühr-Sutter,\n    Federal Republic of Germany",
     {("PERSON", "Rita Schwarzelühr-Sutter")},
     {("PERSON", "Rita Schwarzelühr")}),
    ("name-at-sentence-end",
     "The U.S. delegation was led by Deputy National Security Advisor for International Economics Daleep Singh.",
     {("PERSON", "Daleep Singh")}, set()),
    ("previous-name-ends-the-title",
     "Today at the White House, National Security Advisor Jake Sullivan and\nSecretary of State Antony Blinken "
     "hosted Israeli National Security\nAdvisor Tzachi Hanegbi, Minister of Strategic Affairs Ron Dermer, and a\n"
     "senior Israeli interagency delegation.",
     {("PERSON", "Tzachi Hanegbi"), ("PERSON", "Ron Dermer")}, {("PERSON", "Hanegbi")}),
    ("previous-name-ends-the-title-tt",
     "The business forum was reportedly attended by the Iranian Labor Minister Ali Rabiei, Georgian Minister of "
     "Economy and Sustainable Development Giorgi Kobulia.",
     {("PERSON", "Ali Rabiei"), ("PERSON", "Giorgi Kobulia")}, {("ORG", "Rabiei")}),
    ("department-by-its-portfolio",
     "The Department of the Treasury is targeting prominent Russian\ngovernment officials. So far, the United "
     "States has added 1,000\nparties to Treasury’s Specially Designated Nationals and Blocked Persons\nList and "
     "over 300 parties have been added to Commerce’s Entity List. The Department of Commerce is further "
     "restricting the Russian military’s ability to obtain technologies.",
     {("ORG", "Department of the Treasury"), ("ORG", "Department of Commerce")},
     {("ORG", "Treasury"), ("ORG", "Commerce"), ("ORG", "Entity List")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_title_runs(text, present, absent):
    got = found(text, source="The White House")
    assert present <= got, f"missing {present - got}"
    assert not (absent & got), f"unexpected {absent & got}"
