"""entities.v2: bodies and governments of states.

- One country's ministry named two ways is one entity; two countries' ministries stay two; so is a
  department named both ways ("the Department of State", "the State Department").
- A state's government named by its country ("the Government of Guatemala", "the U.S.
  Government") is the state, no ORG (tests/gold/README.md, "Governments and administrations").
- A body named by two portfolios before its state ("Education and Research Committee of the
  Iranian Parliament") keeps both.
- A US state in a list of links is a place; a document's head noun left alone is no body;
  a consultative group of two governments is a recurring meeting (EVENT_NAME).

Sentences from Tehran Times (tehrantimes.com, news ids 415635, 452962, 456051, 457197, 463363), licensed
CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), via the Tehran-Times-Dataset crawl, and
from White House statements of 2021-2024 (works of the US government, public domain; via the
whitehouse-briefings corpus); shortened.
"""

import pytest

from tests.entities.found import found, stage_entities


pytestmark = pytest.mark.slow


def ministries(text: str) -> list[tuple[str, str | None]]:
    return sorted((e.name, e.country) for e in stage_entities(text).entities if e.type == "ORG")


# (id, text, the organisations found: (name, country))
MINISTRIES = [
    ("possessive-and-demonym-forms-join-beside-another-country",
     "Iran’s Foreign Ministry also offered help to put an end to the violence. “The Islamic Republic of Iran "
     "is closely watching the clashes,” the spokesman for the Iranian Foreign Ministry said in a statement on "
     "Sunday. Russian Foreign Ministry spokesperson Maria Zakharova said on Friday that the Iranian foreign "
     "minister will pay a visit to Moscow.",
     [("Iranian Foreign Ministry", "IRN"), ("Russian Foreign Ministry", "RUS")]),
    ("two-possessive-forms-of-two-countries-stay-apart",
     "Saeed Khatibzadeh, the spokesman for Iran’s Foreign Ministry, announced the visit. Azerbaijan’s Foreign "
     "Ministry said in a statement that new opportunities opened.",
     [("Foreign Ministry", "AZE"), ("Foreign Ministry", "IRN")]),
    ("of-country-form-joins-the-demonym-form",
     "The Armenian Defense Ministry said that units took actions. The Defense Ministry of Armenia stated that "
     "the Armenian side did not act. On Friday, the Azerbaijani Defense Ministry accused Armenia.",
     [("Azerbaijani Defense Ministry", "AZE"), ("Defense Ministry of Armenia", "ARM")]),
    ("department-named-both-ways-is-one",  # White House, Costa Rica meeting readout, 2023-08-29
     "The United States, through the Department of State, will support new projects to strengthen Costa "
     "Rica’s law enforcement and justice sector institutions. In support of these efforts, the State "
     "Department will fund new programs for women entrepreneurs.",
     [("Department of State", None)]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in MINISTRIES], ids=[c[0] for c in MINISTRIES])
def test_ministries_by_country(text, expected):
    assert ministries(text) == expected


# (id, text, entities that must be found, entities that must not)
CASES = [
    ("government-of-a-country-is-the-state",
     "The Government of Guatemala will increase the number of border security personnel at its northern and "
     "southern borders.",
     {("COUNTRY", "Guatemala")}, {("ORG", "Government of Guatemala")}),
    ("country-government-is-the-state",
     "Upon confirmation of the outbreaks, the U.S. Government implemented a forward-leaning, "
     "whole-of-government response.",
     {("COUNTRY", "United States")}, {("ORG", "U.S. Government")}),
    ("a-coalition-government-keeps-its-name",
     "The President congratulated the Government of National Unity on its formation.",
     {("ORG", "Government of National Unity")}, set()),
    ("us-states-in-a-list-of-links",
     "**Factsheet by State/Territory:**\n\n[Alabama](https://bidenwhitehouse.archives.gov/wp-content/uploads/"
     "2022/03/ARP-Higher-Ed-Alabama.pdf)\n\n[Alaska](https://bidenwhitehouse.archives.gov/wp-content/uploads/"
     "2022/03/ARP-Higher-Ed-Alaska.pdf)\n\n[Louisiana](https://bidenwhitehouse.archives.gov/wp-content/"
     "uploads/2022/03/ARP-Higher-Ed-Louisiana.pdf)",
     {("PLACE", "Louisiana")}, {("ORG", "Louisiana"), ("ORG", "Alabama")}),
    ("document-head-alone-refers-back",
     "Today, with Prime Minister Trudeau visiting Washington D.C., I am pleased to announce that our countries "
     "have reached agreement in principle on the key elements of a modernized Treaty. After 60 years, the "
     "Treaty needs updating to reflect our changing climate.",
     set(), {("ORG", "Treaty")}),
    ("congress-is-a-body",
     "The Vice President urged Congress to act on the bipartisan bill.",
     {("ORG", "Congress")}, set()),
    ("two-portfolios-joined-before-the-state",
     "The director of the Education and Research Committee of the Iranian Parliament, Mohammad-Mehdi Zahedi, "
     "said that development of the Persian language in Armenia can help the cultural relations.",
     {("ORG", "Education and Research Committee of the Iranian Parliament")},
     {("ORG", "Research Committee of the Iranian Parliament")}),
    ("two-ministries-joined-after-their-portfolios-stay-two",
     "Kazakhstan’s Ministry of Agriculture and Ministry of Industry met the delegation.",
     {("ORG", "Ministry of Agriculture"), ("ORG", "Ministry of Industry")}, set()),
    ("consultative-group-of-two-governments-meets",
     "Sullivan hosted the Israeli delegation for a meeting of the U.S.-Israel Strategic Consultative Group.",
     {("EVENT_NAME", "U.S.-Israel Strategic Consultative Group")},
     {("ORG", "U.S.-Israel Strategic Consultative Group")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_states_and_their_bodies(text, present, absent):
    got = found(text)
    assert present <= got
    assert not absent & got
