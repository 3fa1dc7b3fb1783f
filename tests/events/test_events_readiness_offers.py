"""White House readouts and statements (2021-2024, public domain):
a readiness to punish is no agreement (`accords.events.complements.punitive`), backing offered
"for" something is SUPPORT (`accords.events.matching._backing_offered`), a decision of "both" or
"they" who met is agreed (`accords.events.joint._those_who_met`), and a package of assistance
announced for a state is aid (`accords.events.aidgiven`). Twenty-fourth session, evwh34."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

WH = "The White House"


def _types_and_sides(text, published, source=WH):
    return [(kind, sides) for kind, sides, _status in events_with_sides(text, published, source=source)]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "source", "absent"), [
    pytest.param(
        "We stand ready to impose further economic costs on Russia, and on individuals and entities – inside and "
        "outside of Russia –providing political or economic support for Russia’s illegal attempts to change the "
        "status of Ukrainian territory.", "2022-09-23", WH, "AGREE", id="g7-ready-to-impose-costs"),
    pytest.param(
        "In this spirit, we demand that Iran and its proxies cease their attacks, and we stand ready to take "
        "further measures now and in response to further destabilizing initiatives.", "2024-04-14", WH, "AGREE",
        id="g7-ready-to-take-further-measures"),
    pytest.param(
        "We reaffirm our steadfast support for Ukraine and the Ukrainian people in the face of ongoing Russian "
        "aggression, as well as our continued readiness to hold Russia accountable for its brazen attacks on "
        "Ukrainian communities.", "2022-11-15", WH, "AGREE", id="readiness-to-hold-accountable"),
])
def test_readiness_to_punish_is_no_agreement(text, published, source, absent):
    assert absent not in [kind for kind, _sides in _types_and_sides(text, published, source)]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "source", "expected"), [
    # a readiness to act together stays an intended agreement
    pytest.param(
        "Mr. Sullivan stressed that the United States is ready to help Ethiopia address the crisis, building on our "
        "longstanding bilateral partnership and friendship.", "2021-04-08", WH, ("AGREE", ("ETH", "USA")),
        id="ready-to-help"),
    pytest.param(
        "President Joseph R. Biden Jr. spoke today with Prime Minister Mustafa Al-Kadhimi of Iraq to discuss U.S. "
        "support for a sovereign and independent Iraq. The President finally offered his full support for Prime "
        "Minster Kadhimi’s efforts to de-escalate tensions in the region through dialogue and diplomacy.",
        "2022-08-31", WH, ("SUPPORT", ("IRQ", "USA")), id="offered-full-support-for"),
    pytest.param(
        "National Security Advisor Jake Sullivan met today with Nigerian National Security Adviser Nuhu Ribadu "
        "about bilateral security cooperation. Both decided to maintain close coordination and continue to deepen "
        "our partnership to advance shared interests.", "2024-01-18", WH, ("AGREE", ("NGA", "USA")),
        id="both-decided"),
    pytest.param(
        "Both Presidents expressed their commitment to furthering bilateral economic cooperation for the mutual "
        "benefit of the Egyptian and American people. They decided to explore new ways to expand bilateral trade, "
        "increase private sector investments, and collaborate on clean energy and climate technology.",
        "2022-07-16", WH, ("AGREE", ("EGY", "USA")), id="they-decided"),
    pytest.param(
        "President Joseph R. Biden met with President Volodymyr Zelenskyy of Ukraine today to underscore the strong "
        "and abiding U.S. support for Ukraine’s fight for freedom. President Biden announced a new package of "
        "security assistance for Ukraine and reiterated the critical need for immediate Congressional action.",
        "2023-12-12", WH, ("AID", ("UKR", "USA")), id="announced-package-of-assistance"),
    pytest.param(
        "During the meeting, President Biden announced an additional package of security assistance for Ukraine, "
        "which includes a Patriot air defense system, air defense interceptors, and artillery and HIMARS "
        "ammunition.", "2024-07-11", WH, ("AID", ("UKR", "USA")), id="announced-additional-package"),
])
def test_found(text, published, source, expected):
    assert expected in _types_and_sides(text, published, source)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "unexpected"), [
    # one side's decision reported in another's words is no decision of those who met
    pytest.param(
        "National Security Advisor Jake Sullivan met today with Nigerian National Security Adviser Nuhu Ribadu. "
        "Nigerian officials said they decided to review the program.", "2024-01-18", ("AGREE", ("NGA", "USA")),
        id="said-they-decided"),
    # the offered backing is no offer to act
    pytest.param(
        "President Joseph R. Biden Jr. spoke today with Prime Minister Mustafa Al-Kadhimi of Iraq. The President "
        "finally offered his full support for Prime Minster Kadhimi’s efforts to de-escalate tensions in the region "
        "through dialogue and diplomacy.", "2022-08-31", ("AGREE", ("IRQ", "USA")), id="offered-support-no-agree"),
    # a package of sanctions is no aid
    pytest.param(
        "President Joseph R. Biden met with President Volodymyr Zelenskyy of Ukraine today. The President announced "
        "a package of sanctions against Russia.", "2023-12-12", ("AID", ("UKR", "USA")), id="package-of-sanctions"),
])
def test_not_found(text, published, unexpected):
    assert unexpected not in _types_and_sides(text, published)
