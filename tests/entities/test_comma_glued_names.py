"""entities.v2: a name the small model ran on past a comma.

A name runs on past a comma only in a series that "and" closes ("Ministry of Industry, Mining and
Trade"), before "the" ("Gavi, the Vaccine Alliance") or a company's suffix ("Lockheed Martin,
Inc."). Else the comma joins two names, a list of words or a sentence's opening word, and the span
is no organisation ("Today, Senior Biden-Harris Administration"; "Determined, Resilient,
Empowered").

Sentences from White House statements of 2021-2024 (works of the US government, public domain;
via the whitehouse-briefings corpus: the fact sheet on the Phoenix Workforce Hub, 2023, and on
the US response to HIV, 2023, and the national strategy to counter antisemitism, 2023), and ones written for this test in the register of Tehran Times and
of company news; shortened.
"""

import pytest

from tests.entities.found import found


pytestmark = pytest.mark.slow


# (id, text, entities that must be found, entities that must not)
CASES = [
    ("sentence-opening-word-glued",
     "Today, Senior Biden-Harris Administration officials will travel to Phoenix, Arizona for a Workforce Hub "
     "convening announcing commitments to equitable workforce development.",
     set(), {("ORG", "Today, Senior Biden-Harris Administration")}),
    ("list-of-words-glued",
     "The Determined, Resilient, Empowered, AIDS-Free, Mentored and Safe (DREAMS) program reached 2.3 million "
     "adolescent girls and young women.",
     set(), {("ORG", "Determined, Resilient, Empowered")}),
    ("series-closed-by-and-is-one-name",
     "The Ministry of Industry, Mining and Trade said on Sunday that exports to Iraq rose by ten percent.",
     {("ORG", "Ministry of Industry, Mining and Trade")}, set()),
    ("company-suffix-after-comma",
     "Lockheed Martin, Inc. said on Tuesday that it had signed the contract with the Polish army.",
     {("ORG", "Lockheed Martin, Inc.")}, set()),
    # a list of bodies that "and" closes: each piece ends in a body's head noun and is a name of its own
    ("list-of-bodies-closed-by-and",
     "Today’s announcements include commitments from the Religious Freedom & Business Foundation,\nSikh "
     "Coalition, Southern Poverty Law Center, and UnidosUS.",
     {("ORG", "Sikh Coalition"), ("ORG", "Southern Poverty Law Center")},
     {("ORG", "Sikh Coalition, Southern Poverty Law Center")}),
    ("portfolio-series-stays-one-name",
     "The Ministry of Education, Culture, Research, and Technology hosted the delegation in Jakarta.",
     set(), {("ORG", "Culture, Research")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_comma_glued_names(text, present, absent):
    got = found(text)
    assert present <= got, got
    assert not absent & got, got
