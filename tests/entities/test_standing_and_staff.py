"""Standing meetings of governments named like bodies (`accords.entities.standing`), the White House
before its staff's titles (`accords.entities.titles.staff_title_front`), and a holder's surname after
"<Title> of <Portfolio>" (`accords.entities.people.refine_person`, `accords.entities.offices`), and
a named agreement the small model took for a place (`accords.entities.lexicon.is_document_name`), and a
name cut before its tail joined to the full name (`accords.entities.linking`), on sentences of real texts.

Sources: White House briefing-room texts 2021-2024 (public domain, United States government works;
via the whitehouse-briefings corpus): the joint statement on Jake Sullivan's meeting with Nikolay
Patrushev of 2021-05-24, the joint statement on the U.S.-EU Task Force on Energy Security of
2022-11-07, the NSC spokesperson's statement on the meeting with Prime Minister al-Sudani of
2023-09-21, the rural America fact sheet of 2024-02-21, the readout of the Americas Partnership Angel
Investor Network meeting of 2024-07-17, the U.S.-ROK joint statement on nuclear
deterrence guidelines of 2024-07-11, the trilateral summit statement of 2024-03-18.
"""

import pytest

from tests.entities.found import found, stage_entities


pytestmark = pytest.mark.slow


# (id, text, publication day, entities that must be found, entities that must not)
CASES = [
    ("consultative-group-by-its-acronym",
     "The progress made since the establishment of the U.S.-ROK Nuclear Consultative Group (NCG) demonstrates "
     "the truly global, comprehensive, strategic alliance between the two countries.",
     "2024-07-11", {("EVENT_NAME", "Nuclear Consultative Group")}, {("ORG", "Nuclear Consultative Group")}),
    ("task-force-of-two-governments",
     "On 3 November 2022, the U.S.-EU Task Force on Energy Security met in Washington to discuss implementation "
     "of the 25 March Joint Statement by Presidents Biden and Von der Leyen.",
     "2022-11-07", {("EVENT_NAME", "U.S.-EU Task Force on Energy Security"), ("PLACE", "Washington")}, set()),
    ("white-house-in-a-staff-title",
     "Deputy Assistant to the President and White House Coordinator for the Middle East and North Africa\n"
     "Brett McGurk and Deputy Assistant and Senior Advisor to the President for Energy and Investment Amos\n"
     "Hochstein met last night with Prime Minister Mohammed Shia al-Sudani of Iraq.",
     "2023-09-21", {("PERSON", "Mohammed Shia al-Sudani"), ("COUNTRY", "Iraq")}, {("ORG", "White House")}),
    ("white-house-before-two-staff-titles",
     "Today, White House Domestic Policy Advisor Neera Tanden and Secretary of Agriculture Tom Vilsack are "
     "traveling to Tarboro, North Carolina to launch the Investing in Rural America Regional Event Series.",
     "2024-02-21", {("PERSON", "Neera Tanden"), ("PERSON", "Tom Vilsack")}, {("ORG", "White House")}),
    ("named-agreement-the-model-took-for-a-place",
     "Brett McGurk met last night with Prime Minister Mohammed Shia al-Sudani of Iraq to confirm the strong U.S. "
     "partnership with Iraq as outlined in the Strategic Framework Agreement between the two countries.",
     "2023-09-21", {("DOCUMENT", "Strategic Framework Agreement")}, {("PLACE", "Strategic Framework Agreement")}),
    ("a-programme-named-short-before-its-tail",
     "National Security Advisor Jake Sullivan hosted the inaugural meeting of the Angel Investor Network announced "
     "by President Joe Biden in November 2023 under the Americas Partnership for Economic Prosperity (Americas "
     "Partnership). Foreign ministers and senior officials of the eleven other Americas Partnership countries "
     "discussed how to work together.",
     "2024-07-17", {("PROJECT", "Americas Partnership for Economic Prosperity")}, {("PROJECT", "Americas Partnership")}),
    ("white-house-as-a-place-stays",
     "President Biden will host President Ferdinand R. Marcos Jr. of the Philippines and Prime Minister Kishida "
     "Fumio of Japan on April 11 at the White House for the first trilateral U.S.-Japan-Philippines leaders’ summit.",
     "2024-03-18", {("PLACE", "White House")}, set()),
]


@pytest.mark.parametrize("text,published,present,absent", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_standing_meetings_and_staff_titles(text, published, present, absent):
    got = found(text, source="The White House", published=published)
    assert present <= got, present - got
    assert not (absent & got), absent & got


def test_secretary_of_state_by_surname_is_the_holder():
    """"Secretary of State Blinken": the surname after "<Title> of <Portfolio>" is the holder of that
    office on the day of the text, a person of the United States (the Reykjavik talks of 2021)."""
    text = ("The meeting was a logical continuation of the recent discussions held in Reykjavik between Secretary "
            "of State Blinken and\nForeign Minister Lavrov.")
    people = {e.name: e for e in stage_entities(text, source="The White House", published="2021-05-24").entities
              if e.type == "PERSON"}
    assert people["Blinken"].country == "USA"
    assert people["Blinken"].title == "Secretary of State"
    assert people["Lavrov"].country == "RUS"
