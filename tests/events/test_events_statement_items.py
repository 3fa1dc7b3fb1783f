"""events.v2: the numbered items of a statement act for the authors its lead-in names
(`accords.events.statementitems`, nineteenth session). Passages from Tehran Times articles not
in the gold set (CC BY 4.0, Tehran Times / Mehr News; tehrantimes_region_dev), shortened, or
written for the test in that register. Exact type, sides and status of every event found."""

from __future__ import annotations

import pytest
from sides import events_with_sides as _events

pytestmark = pytest.mark.slow

_GUARANTORS = ("TEHRAN - Iran, Russia and Turkey, guarantors of the Syrian peace process, have issued a joint "
               "statement on Syria. The full text of the statement is as follows: The Islamic Republic of Iran, the Russian Federation "
               "and the Republic of Turkey as guarantors of the Astana format: 1. ")

CASES = [
    # an item with no subject: the authors act, not the states it names as its topic
    ("item-reaffirmed-commitment",  # tt_438955, shortened
     _GUARANTORS + "Reaffirmed their strong commitment to the sovereignty, independence, unity and territorial "
     "integrity of the Syrian Arab Republic and to the purposes and principles of the UN Charter.",
     [("SUPPORT", ("IRN", "RUS", "TUR"), "occurred")]),
    ("item-welcomed-observers",  # tt_438955, shortened
     _GUARANTORS + "Reviewed the situation in the region. 2. Welcomed the participation of the delegations of "
     "Iraq and Lebanon as new observers of the Astana format.",
     [("SUPPORT", ("IRN", "RUS", "TUR"), "occurred")]),
    ("item-decided-to-hold",  # tt_430068, shortened
     _GUARANTORS + "Reviewed the situation in the region. 2. Decided to hold the next International Meeting on "
     "Syria in Astana in early February 2019.",
     [("AGREE", ("IRN", "RUS", "TUR"), "intended")]),
    # "they" in an item is the authors too
    ("item-they-agreed",  # tt_438955, shortened
     _GUARANTORS + "Reviewed the situation in the region. 2. While deploring civilian casualties, they agreed to "
     "undertake concrete measures to ensure the protection of the civilian population in Syria.",
     [("AGREE", ("IRN", "RUS", "TUR"), "occurred")]),
    # a lead-in that names no one: the sentence that tells of the statement names its authors
    ("lead-in-the-presidents",  # tt_432969, shortened
     "TEHRAN - Iran, Russia and Turkey issued a joint statement on Syria on Thursday. "
     "The statement was issued by Iranian President Hassan Rouhani, Russian President Vladimir Putin and Turkish "
     "President Recep Tayyip Erdogan. The Presidents: 1. Decided to hold the next Tripartite Summit in the "
     "Republic of Turkey.",
     [("AGREE", ("IRN", "RUS", "TUR"), "intended")]),
    # must stay: a list with a subject of its own, and a sentence with a subject after a list
    ("item-with-subject",  # written for this test, in the register above
     "The report lists the following: 1. Iran and Azerbaijan signed a memorandum on transit in Baku on Monday.",
     [("SUPPORT", ("AZE", "IRN"), "occurred")]),
    ("no-numbered-list",  # written for this test, in the register above
     "Iran and Turkey signed a memorandum of understanding on trade in Ankara on Monday.",
     [("SUPPORT", ("IRN", "TUR"), "occurred")]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_statement_items(text: str, expected: list) -> None:
    assert _events(text, source="Tehran Times") == expected
