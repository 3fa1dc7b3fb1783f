"""A bare surname after a capitalised title ("Speaker Pelosi", "FEMA Administrator Criswell") is a person
(`accords.entities.namebounds.titled_surname`); a listed given name alone after the person's full name
("Cherelle" after "Cherelle Griner") is that person (`accords.entities.linking`, `accords.entities.countryfirst.
names_read_as_bodies`), not a body and not a second person; a roster that writes each person on a line of its
own between blank lines names the bodies after the titles as a bulleted one does (`accords.entities.rosters`);
"Senior Administration officials" names no body (`accords.entities.offices.is_administration`).

Sources: White House readouts and statements of 2021-2022 (bidenwhitehouse.archives.gov, public domain;
tests/gold/articles/wh_20210821-biden-pelosi-call.json, wh_20220714-council-of-governors-meeting.json,
wh_20220706-biden-cherelle-griner-call.json, wh_20220617-talent-pipeline-challenge-launch.json,
wh_20220724-colombia-finer-travel.json) and a participants' list of the White House corpus, quoted; the
"General Motors" and "Virginia" rows are written here.
"""

import pytest

from tests.entities.found import found

pytestmark = pytest.mark.slow

PELOSI = """This afternoon, the President and Speaker Pelosi spoke by phone about
the ongoing evacuation operations in Afghanistan as well as the
President’s Build Back Better agenda and the upcoming House action this
week on key domestic issues.
"""

GOVERNORS = """The Council also received an
overview of the National Defense Strategy from Assistant Secretary
Melissa Dalton, an update on preparedness for the 2022 disaster season
from FEMA Administrator Criswell, and information on the strategic
guidelines for the Department of Defense Fiscal year 2024 program from
Under Secretary of Defense McCord.
"""

GRINER = """President Biden, joined by Vice President Harris, spoke today with
Cherelle Griner, the wife of Brittney Griner who is wrongfully detained
in Russia under intolerable circumstances. The President called Cherelle
to reassure her that he is working to secure Brittney’s release as soon
as possible.
"""

ROSTER = """Participants in today’s launch event included:

***Employers***

Brendan Bechtel, CEO, Bechtel

John Stankey, CEO, AT&T

***Unions***

Kenny Cooper, Secretary Treasurer, International Brotherhood of
Electrical Workers (IBEW)

***Training Providers & Intermediaries***

Rusty Greiff, Chief Strategy Officer, Jobs for the Future

Andy Van Kleunen, Chief Executive Officer, National Skills Coalition
"""

COLOMBIA = """On Friday, July 22, Principal Deputy National Security Advisor Jon Finer
traveled to Colombia and met with President Ivan Duque, President-Elect
Gustavo Petro, Vice President-Elect Francia Marquez, and Colombian
elected officials.

During the visit, Mr. Finer thanked President Duque on behalf of
President Biden for his partnership. Mr. Finer also
congratulated the incoming government of President-Elect Petro and Vice
President-Elect Marquez and stressed the Biden-Harris Administration’s
commitment to forging a close relationship.
"""

# (id, text, entities that must be found, entities that must not)
CASES = [
    ("speaker-and-surname", PELOSI, {("PERSON", "Pelosi")}, set()),
    ("administrator-and-surname", GOVERNORS, {("PERSON", "Criswell"), ("PERSON", "McCord")}, set()),
    ("portfolio-noun-is-no-surname",  # wh corpus, a participants' list of 2022
     "Samantha Silverberg, Deputy Assistant to the President for\nInfrastructure Implementation, joined them.\n",
     set(), {("PERSON", "Infrastructure Implementation"), ("PERSON", "Implementation")}),
    ("rank-before-administration",  # wh_20220614-state-legislators-reproductive-rights
     "Senior Administration officials thanked the state legislative leaders\nfor their efforts to protect reproductive "
     "rights.\n", set(), {("ORG", "Senior Administration")}),
    ("an-editors-bracket-cuts-the-name",  # tests/quotes/test_glued_marks_and_named_kinds.py, Tehran Times
     "\u201cAlthough we are happy over [U.S. President Donald] Trump\u2019s defeat, we wait,\u201d Ghalibaf said.\n",
     set(), {("PERSON", "Donald")}),
    ("general-opens-a-company",  # "General" of "General Motors" is no title before a surname
     "Shares of General Motors rose on Tuesday after the company reported its sales.\n",
     set(), {("PERSON", "Motors")}),
    ("given-name-alone", GRINER, {("PERSON", "Cherelle Griner"), ("PERSON", "Brittney Griner")},
     {("ORG", "Cherelle"), ("PERSON", "Cherelle"), ("PERSON", "Brittney")}),
    ("surname-after-a-hyphened-title", COLOMBIA, {("PERSON", "Francia Marquez")}, {("PERSON", "Elect Marquez")}),
    ("place-that-opens-a-misread-name",  # "Virginia" is a given name too: the state stays a place
     "In Virginia, voters chose the state legislature. Virginia Democrats won a majority for the first time.\n",
     {("PLACE", "Virginia")}, set()),
    ("roster-between-blank-lines", ROSTER,
     {("ORG", "Bechtel"), ("ORG", "AT&T"), ("ORG", "Jobs for the Future"), ("ORG", "National Skills Coalition"),
      ("ORG", "International Brotherhood of Electrical Workers"), ("PERSON", "Rusty Greiff")},
     {("PERSON", "Treasurer"), ("PERSON", "Skills Coalition")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_titled_surnames_and_given_names(text, present, absent):
    got = found(text, source="The White House")
    assert present <= got, f"missing {present - got}"
    assert not (absent & got), f"unexpected {absent & got}"
