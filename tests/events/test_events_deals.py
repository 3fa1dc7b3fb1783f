"""Deals and backing in the register of official statements (issue 13): a deal "secured",
"struck" or "clinched" is an agreement reached (AGREE); a commitment "emphasized", "stressed" or
"reinforced" backs the partner it names (SUPPORT, as "reaffirmed" does). The cases vary the
President, the partner and the date; the must-not cases keep the verbs' other senses out."""

from __future__ import annotations

import pytest

import accords
from tests.events.sides import STAGES, sides

WH = "The White House"


def _events(text, published="2025-10-27", source=WH):
    extraction = accords.extract(text, published=published, source=source, stages=STAGES)
    return [(e.type, sides(e)) for e in extraction.events]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param("President Donald J. Trump secured a historic trade deal with Indonesia.", "2025-07-22",
                 [("AGREE", ("IDN", "USA"))], id="secured-a-deal-with"),
    pytest.param("President Biden met today with Prime Minister Anwar Ibrahim of Malaysia. The leaders struck an "
                 "agreement on clean energy.", "2024-05-14",
                 [("CONSULT", ("MYS", "USA")), ("AGREE", ("MYS", "USA"))], id="struck-an-agreement"),
    pytest.param("President Trump met today with Prime Minister Anwar Ibrahim of Malaysia. The President emphasized "
                 "the United States' commitment to Malaysia's security.", "2025-10-27",
                 [("CONSULT", ("MYS", "USA")), ("SUPPORT", ("MYS", "USA"))], id="emphasized-commitment"),
    pytest.param("National Security Advisor Jake Sullivan met today with Minister Ron Dermer of Israel. Mr. Sullivan "
                 "stressed the United States' support for Israel's security.", "2023-11-09",
                 [("CONSULT", ("ISR", "USA")), ("SUPPORT", ("ISR", "USA"))], id="stressed-support"),
    # the parser hangs "to ... Vietnam" on the verb, not on "commitment" (White House, 2024-09-25)
    pytest.param("President Joseph R. Biden, Jr. met today with General Secretary Tô Lâm of Vietnam in New York. "
                 "President Biden celebrated the one-year milestone of our Comprehensive Strategic Partnership and "
                 "reinforced the United States’ commitment to a strong, prosperous, resilient, and independent "
                 "Vietnam.", "2024-09-25",
                 [("CONSULT", ("USA", "VNM")), ("SUPPORT", ("USA", "VNM"))], id="commitment-to-on-the-verb"),
])
def test_deal_and_backing(text, published, expected):
    assert _events(text, published) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    pytest.param("Israeli forces struck targets in southern Lebanon overnight.", id="struck-targets"),
    pytest.param("The company secured financing for the new plant in Texas.", id="secured-financing"),
    pytest.param("The minister stressed the importance of the meeting.", id="stressed-importance"),
    pytest.param("President Trump emphasized his commitment to lower taxes.", id="commitment-names-no-partner"),
])
def test_other_senses_are_no_event(text):
    assert [event for event in _events(text) if event[0] in ("AGREE", "SUPPORT")] == []
