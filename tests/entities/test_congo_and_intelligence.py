"""entities.v2: the Democratic Republic of Congo written without "the" and "Congolese" are the DRC,
not the Republic of the Congo; "Director of National Intelligence" is an office, no organisation
"National Intelligence" (twenty-first session, prec27: a White House readout gave Tshisekedi to
Brazzaville).

White House text (whitehouse.gov briefing room, public domain, via
../shared/corpora/whitehouse-briefings: the readout of 21 November 2023 of the DNI's travel to
Rwanda and the DRC); the must-stay cases were written for this test.
"""

from __future__ import annotations

import pytest

from tests.entities.found import assert_found, stage_entities

pytestmark = pytest.mark.slow

# (id, text, (type, name, country) that must be found, (type, name) that must not)
CASES = [
    ("drc-without-the",
     "Director of National Intelligence (DNI) Avril Haines travelled to Rwanda\nand Democratic Republic of Congo "
     "(DRC) on 19-20 November.",
     {("COUNTRY", "Democratic Republic of the Congo", "COD"), ("PERSON", "Avril Haines", None)},
     {("COUNTRY", "Congo"), ("ORG", "National Intelligence")}),
    ("congolese-president",
     "DNI Haines met with Rwandan President Kagame and Congolese President Tshisekedi to secure commitments from "
     "both leaders to de-escalate\ntensions in eastern DRC.",
     {("PERSON", "Tshisekedi", "COD"), ("PERSON", "Kagame", "RWA")}, {("COUNTRY", "Congo")}),
    # must stay: the Republic of the Congo by its names; a ministry of intelligence is a body
    ("republic-of-the-congo",
     "The Republic of the Congo signed the agreement in Brazzaville.",
     {("COUNTRY", "Congo", "COG")}, set()),
    ("ministry-of-intelligence",
     "The Ministry of Intelligence said the network was dismantled.",
     {("ORG", "Ministry of Intelligence", None)}, set()),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_congo_and_intelligence(text, wanted, unwanted):
    found = stage_entities(text, source="The White House").entities
    assert_found(found, wanted, unwanted)
