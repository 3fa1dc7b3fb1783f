"""A capitalised "Law" with a name before it names a law, a DOCUMENT ("Bipartisan Infrastructure
Law"), as "Act" does; a branch of law, a law school or a law cited by number does not
(`accords.entities.plausible.law_start`); documents listed with commas stay apart. The last word
of a title's portfolio is no given name of the person after it (`accords.entities.people`).

The first three sentences and the last are quoted from White House texts of 2022-2024
(bidenwhitehouse.archives.gov, public domain); the others are written for the cases.
"""

import pytest

from tests.entities.found import found

pytestmark = pytest.mark.slow

# (id, text, entities that must be found, entities that must not)
CASES = [
    ("law-named-like-an-act",
     "Thanks to the Inflation Reduction Act and the Bipartisan Infrastructure Law, investment is booming.",
     {("DOCUMENT", "Inflation Reduction Act"), ("DOCUMENT", "Bipartisan Infrastructure Law")}, set()),
    ("law-across-a-line-break",
     "President Biden’s Bipartisan\n    Infrastructure Law includes billions for ecosystem restoration.",
     {("DOCUMENT", "Bipartisan Infrastructure Law")}, {("DOCUMENT", "Infrastructure Law")}),
    ("documents-listed-with-commas",
     "Investments from the Bipartisan Infrastructure Law, CHIPS and Science Act, and Inflation Reduction Act "
     "are growing.",
     {("DOCUMENT", "Bipartisan Infrastructure Law"), ("DOCUMENT", "CHIPS and Science Act"),
      ("DOCUMENT", "Inflation Reduction Act")},
     {("DOCUMENT", "Bipartisan Infrastructure Law, CHIPS and Science Act")}),
    ("two-heads-joined-by-and-stay-one",
     "The ministry published the Fourth Energy Technology Development Plan and Roadmap on Monday.",
     {("DOCUMENT", "Fourth Energy Technology Development Plan and Roadmap")}, set()),
    ("law-school-is-no-law",
     "She studied at Harvard Law School.",
     set(), {("DOCUMENT", "Harvard Law")}),
    ("person-named-law",
     "Tennis commentator David Law said the finals were a success.",
     {("PERSON", "David Law")}, {("DOCUMENT", "David Law")}),
    ("branch-of-law-is-no-law",
     "Federal Law prohibits such transfers.",
     set(), {("DOCUMENT", "Federal Law")}),
    ("law-with-a-hyphenated-name",
     "The Anti-Corruption Law was adopted by the Milli Majlis.",
     {("DOCUMENT", "Anti-Corruption Law")}, set()),
    ("portfolio-word-before-a-name",
     "They underscored the importance of concrete steps to tackle the climate crisis and welcomed further "
     "discussions during Senior Advisor to the President for International Climate Policy John Podesta’s "
     "upcoming travel to China.",
     {("PERSON", "John Podesta")}, {("PERSON", "Policy John Podesta")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_named_laws(text, present, absent):
    got = found(text)
    assert present <= got, f"missing {present - got}"
    assert not (absent & got), f"unexpected {absent & got}"
