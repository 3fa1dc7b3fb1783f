"""entities.v2: a surname that is also a portfolio word ("Power", as in "Minister of Power") after a
title and a common given name: "USAID Administrator Samantha Power" is a person
(`accords.entities.people._portfolio_surname`). The small model tags the whole run an organisation,
and the titled-name pattern stopped before "Power", a word of portfolios, so the person was lost.

Sources: White House fact sheets 2022-11-12 (the U.S.-ASEAN partnership) and 2023-02-10 (the
earthquake response in Turkiye and Syria), works of the United States government, public domain
(via the wh-briefings crawl, CC0); the last row is written for the case.
"""

import pytest

from tests.entities.found import found


pytestmark = pytest.mark.slow


# (id, text, entities that must be found, entities that must not)
CASES = [
    ("administrator-with-a-portfolio-word-surname",
     "In September, USAID Administrator Samantha Power co-chaired a special U.N. General Assembly session on "
     "global food security.",
     {("PERSON", "Samantha Power")}, {("ORG", "USAID Administrator Samantha Power"), ("PERSON", "Samantha")}),
    ("in-a-list-of-officials",
     "Secretary Tony Blinken, Secretary Lloyd Austin, and National Security Advisor Jake Sullivan engaged their "
     "Turkish counterparts, and USAID Administrator Samantha Power spoke with the head of the Syrian Civil Defence, "
     "also known as the White Helmets.",
     {("PERSON", "Samantha Power"), ("PERSON", "Lloyd Austin"), ("PERSON", "Jake Sullivan")},
     {("ORG", "USAID Administrator Samantha Power")}),
    ("portfolio-word-that-opens-a-name-stays-out",
     "Minister Maria Energy Charter Conference delegates met in Brussels.",
     set(), {("PERSON", "Maria Energy")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_portfolio_surnames(text, present, absent):
    got = found(text)
    assert present <= got, sorted(got)
    assert not absent & got
