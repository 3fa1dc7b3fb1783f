"""Praise of another side's act is SUPPORT of the praising side and the side whose act it is
(`accords.events.praise.praised_doer`): "The President commended Germany's exemplary
contributions to Ukraine's self-defense" is SUPPORT of the United States and Germany; whom the act
helps or concerns (Ukraine) is no side of the praise (tests/gold/README, White House guidelines).
The praising side's own act ("our growing defense cooperation with Poland") and backing not
said as praise ("reaffirmed their resolute support for Ukraine") keep their partners. Sentences
from White House readouts (public domain, whitehouse-briefings corpus), shortened. Exact type,
sides and status of every event found."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param("President Joseph R. Biden, Jr. welcomed Chancellor Olaf Scholz of Germany to the White House today. "
                 "The President commended Germany’s exemplary contributions to Ukraine’s self-defense.", "2024-02-09",
                 [("CONSULT", ("DEU", "USA"), "occurred"), ("SUPPORT", ("DEU", "USA"), "occurred")],
                 id="commended-contributions-to-a-third"),
    pytest.param("President Biden met with Prime Minister Albanese of Australia today. The President welcomed "
                 "Australia’s contributions to the Quad, its growing partnership with Japan, and its active engagement "
                 "in the Pacific region.", "2024-09-20",
                 [("CONSULT", ("AUS", "USA"), "occurred"), ("SUPPORT", ("AUS", "USA"), "occurred")],
                 id="welcomed-partnership-with-a-third"),
    pytest.param("National Security Advisor Jake Sullivan met today with Akiba Takeo, the Secretary General of Japan’s "
                 "National Security Secretariat. Mr. Sullivan commended Japan’s strong response to Russia’s brutal and "
                 "unjustified further invasion of Ukraine, including financial sanctions, export controls, and "
                 "humanitarian and defense assistance for Ukraine.", "2022-05-03",
                 [("CONSULT", ("JPN", "USA"), "occurred"), ("SUPPORT", ("JPN", "USA"), "occurred")],
                 id="commended-response-to-an-invasion"),
    pytest.param("President Joseph R. Biden, Jr. met with Prime Minister Kishida Fumio of Japan today in Wilmington, "
                 "Delaware. He also commended the Prime Minister’s courage and conviction in strengthening ties with the "
                 "Republic of Korea (ROK).", "2024-09-21",
                 [("CONSULT", ("JPN", "USA"), "occurred"), ("SUPPORT", ("JPN", "USA"), "occurred")],
                 id="commended-the-counterparts-courage"),
    # the praising side's own act, and backing that is no praise, keep their partners
    pytest.param("President Biden met with Prime Minister Morawiecki of Poland at the White House today. President "
                 "Biden welcomed our growing defense cooperation with Poland and Lithuania.", "2023-04-11",
                 [("CONSULT", ("POL", "USA"), "occurred"), ("COOPERATE", ("LTU", "POL", "USA"), "occurred")],
                 id="own-cooperation-keeps-partners"),  # own cooperation welcomed: under way (ongoing.cooperation_reviewed)
    pytest.param("President Biden met with Chancellor Scholz of Germany today. President Biden and Chancellor Scholz "
                 "reaffirmed their resolute support for Ukraine.", "2024-02-09",
                 [("CONSULT", ("DEU", "USA"), "occurred"), ("SUPPORT", ("DEU", "UKR", "USA"), "occurred")],
                 id="backing-a-third-stays"),
])
def test_praised_acts(text, published, expected):
    assert events_with_sides(text, published=published) == expected
