"""Joint statements and readouts across outlets (issue 13): leaders named together who spoke or
convened met one another; "the leaders" and "they" are those who met last; a restated support
or commitment is an event when it backs another side or the relation; what a thing is for,
and an action named as a topic, are no events."""

from __future__ import annotations

import pytest

from tests.events.sides import directed_events, events_with_sides

_CALL = ("Today, President Joseph R. Biden, Prime Minister Trudeau of Canada, President Emmanuel Macron of France, "
         "Chancellor Olaf Scholz of Germany, and Prime Minister Rishi Sunak of the United Kingdom spoke regarding "
         "the ongoing conflict. ")
_FIVE = ("CAN", "DEU", "FRA", "GBR", "USA")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_CALL, [("CONSULT", _FIVE, "occurred")], id="leaders-listed-spoke"),
    pytest.param("Today the Quad Leaders – Prime Minister Scott Morrison of Australia, Prime Minister Narendra Modi of "
                 "India, Prime Minister Fumio Kishida of Japan, and President Joe Biden of the United States – "
                 "convened to discuss the region.", [("CONSULT", ("AUS", "IND", "JPN", "USA"), "occurred")],
                 id="leaders-listed-convened"),
    pytest.param(_CALL + "The leaders reiterated their support for Israel.",
                 [("CONSULT", _FIVE, "occurred"), ("SUPPORT", tuple(sorted((*_FIVE, "ISR"))), "occurred")],
                 id="the-leaders-are-those-who-spoke"),
    pytest.param(_CALL + "They welcomed the decision of Israel to open the crossing.",
                 [("CONSULT", _FIVE, "occurred"), ("SUPPORT", tuple(sorted((*_FIVE, "ISR"))), "occurred")],
                 id="they-are-those-who-spoke"),
    # the convened noun phrase that is no meeting: a committee that convenes is not named
    pytest.param("The committee convened the press.", [], id="convened-no-meeting"),
])
def test_joint_statements(text, expected):
    assert events_with_sides(text, published="2023-10-22") == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("President Biden reaffirmed his ironclad commitment to Israel's security.",
                 [("SUPPORT", ("ISR", "USA"), "occurred")], id="commitment-to-partner"),
    pytest.param("President Biden and Chancellor Scholz of Germany reaffirmed their resolute support for Ukraine.",
                 [("SUPPORT", ("DEU", "UKR", "USA"), "occurred")], id="support-for-partner"),
    pytest.param("President Biden and President López Obrador of Mexico reiterated their commitment to a strong "
                 "partnership.", [("SUPPORT", ("MEX", "USA"), "occurred")], id="commitment-to-relation"),
    pytest.param("President Biden reiterated his support for Speaker Pelosi's work on the infrastructure bill.",
                 [], id="domestic-support"),
    pytest.param("Energy Secretary Granholm of the United States reiterated the President's commitment to "
                 "minimizing pain at the pump.", [], id="domestic-commitment"),
    pytest.param("He also underscored the long-standing U.S. commitment to universal human rights.",
                 [], id="own-commitment"),
])
def test_restated_support(text, expected):
    assert events_with_sides(text, published="2024-02-09") == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Iran and Turkey are neighbours. The leaders of Iran and Turkey reiterated their support for "
                 "Iraq and its right to defend itself against terrorism.",
                 [("SUPPORT", ("IRN", "IRQ", "TUR"), "occurred")], id="right-to-defend"),
    pytest.param("China and the United States trade. Actually signing a deal between the United States and China "
                 "has proved elusive.", [], id="gerund-subject"),
    pytest.param("China and the United States trade. China is wary of offering concessions to the United States.",
                 [], id="gerund-after-adjective"),
    pytest.param("Iran and Azerbaijan are neighbours. After signing the agreement with Azerbaijan, the Iranian "
                 "minister left Baku.", [("SUPPORT", ("AZE", "IRN"), "occurred")], id="gerund-of-time-stays"),
])
def test_no_occurrence(text, expected):
    assert events_with_sides(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Iran and Azerbaijan are neighbours. Iran and Azerbaijan trade. Iran supported Azerbaijan's "
                 "membership of the organisation.", [("SUPPORT", ("AZE", "IRN"), "occurred")], id="backs-another"),
    pytest.param("The United States and China trade. The dollar was supported by recent U.S. economic data.",
                 [], id="supported-by-data"),
    pytest.param("The United States and Guatemala signed a deal. This project will create housing and support "
                 "hundreds of local jobs.", [("SUPPORT", ("GTM", "USA"), "occurred")], id="supports-jobs"),
    pytest.param("McAleenan resigned and Chad Wolf has been named acting secretary. The department said so. "
                 "Health care providers have protested longer detention periods. Doctors agreed.",
                 [], id="no-side-in-an-article"),
    pytest.param("Protesters rallied in the capital.", [("PROTEST", (), "occurred")], id="no-side-in-a-record"),
    pytest.param("One year ago, the United States and Canada reaffirmed the special nature of our relationship.",
                 [("SUPPORT", ("CAN", "USA"), "occurred")], id="reaffirmed-relationship"),
    pytest.param("President Biden and Prime Minister Fiala of the Czech Republic announced their countries' intent "
                 "to sign a memorandum of understanding.", [("AGREE", ("CZE", "USA"), "intended")], id="intent-to-sign"),
])
def test_backing_and_domestic(text, expected):
    assert events_with_sides(text, published="2024-04-15") == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The United States and Indonesia met. In New Delhi, President Biden rallied G20 partners to agree "
                 "on finance.", [("CONSULT", ("IDN", "USA"), "occurred")], id="rallied-partners"),
    pytest.param("The United States and Indonesia met. The side event demonstrated the importance of partnerships "
                 "between Indonesia and the United States.", [("CONSULT", ("IDN", "USA"), "occurred")],
                 id="demonstrated-importance"),
    pytest.param("Thousands of Iranians rallied in Tehran against the United States.",
                 [("PROTEST", ("IRN",), "occurred")], id="street-rally-stays"),
    pytest.param("China and the United States trade. The two sides have been unable to reschedule a meeting "
                 "between the presidents of China and the United States.", [("CONSULT", ("CHN", "USA"), "denied")],
                 id="unable-to-meet"),
])
def test_protests_and_failures(text, expected):
    assert events_with_sides(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Wages rose in Britain this year. A holiday in Spain costs more. Britain's unions said so. "
                 "They agreed to expand cooperation.", [], id="pair-named-apart"),
    pytest.param("Britain and Spain are neighbours. Wages rose in Britain this year. A holiday in Spain costs more. "
                 "They agreed to expand cooperation.", [("AGREE", ("ESP", "GBR"), "occurred")], id="pair-named-together"),
])
def test_pair_shown_together(text, expected):
    assert events_with_sides(text, published="2024-04-15") == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # the European Council is the EU's (`accords.gazetteer.organisations`, EUCO)
    pytest.param("Today, President Joseph R. Biden, Jr. participated virtually in a scheduled summit of the European "
                 "Council.", [("CONSULT", ("EU", "USA"), "occurred")], id="attended-scheduled-summit"),
    pytest.param("President Biden announced the upcoming visit of President Macron of France to Washington.",
                 [("AGREE", ("FRA", "USA"), "planned")], id="announced-upcoming-visit"),
])
def test_scheduled_meetings(text, expected):
    assert events_with_sides(text, published="2021-03-25") == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("President Biden today announced an additional $800 million in security assistance to Ukraine.",
                 [("AID", ("UKR", "USA"), "occurred")], id="announced-package"),
    pytest.param("The United States will provide $50 million in humanitarian assistance to Ukraine.",
                 [("AID", ("UKR", "USA"), "planned")], id="pledged-amount"),
    # aid a giver "will" provide is AID, counted or not, as the White House dev gold records it
    # (events.aidsides.announced_handing); readiness or intent to give stays AGREE
    pytest.param("The United States will provide humanitarian assistance to Ukraine.",
                 [("AID", ("UKR", "USA"), "planned")], id="plan-without-amount"),
    # backing announced with its owner is SUPPORT (events.verbs, evtt20), never AID without an amount
    pytest.param("The United States announced its support for Ukraine.",
                 [("SUPPORT", ("UKR", "USA"), "occurred")], id="announced-without-amount-is-backing"),
    pytest.param("The United States announced new sanctions worth $50 million against Iran.", [],
                 id="announced-amount-no-aid"),
])
def test_aid_packages(text, expected):
    """Fact sheets: an announced amount of aid, and an amount that will be provided, are AID
    (tests/gold/README: aid packages and pledged funds); a plan without an amount stays AGREE."""
    assert events_with_sides(text, published="2022-03-16") == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # the order is no signing between states, but what it does is: a tariff round on a country's
    # goods is one SANCTION (tests/gold/README.md, "Conventions: tariff rounds")
    pytest.param("President Trump signed an Executive Order imposing tariffs on imports from Canada and Mexico.",
                 [("SANCTION", ("CAN", "MEX", "USA"), "occurred")], id="executive-order"),
    pytest.param("The President signed a proclamation adjusting imports of steel into the United States.", [],
                 id="proclamation"),
    pytest.param("Today, President Trump signed a National Security Presidential Memorandum restoring maximum "
                 "pressure on Iran.", [], id="presidential-memorandum"),
    pytest.param("President Biden signed the Ukraine Supplemental Appropriations Act.", [], id="act"),
    pytest.param("President Ilham Aliyev signed an order on the allocation of funds for the construction of a road "
                 "in Shamakhi.", [], id="decree-on-funds"),
    pytest.param("President Ilham Aliyev signed a decree on approving the agreement between Azerbaijan and Georgia.",
                 [("SUPPORT", ("AZE", "GEO"), "occurred")], id="decree-on-agreement"),
    pytest.param("Russia and Iran signed a law enforcement cooperation agreement.",
                 [("SUPPORT", ("IRN", "RUS"), "occurred")], id="agreement-on-law"),
])
def test_domestic_signing(text, expected):
    """A state's own instrument (an executive order, a proclamation, a law, a decree) is no
    international signing, whatever countries it names; a decree approving an agreement between
    states still tells of that agreement, and an order imposing tariffs on a country's goods of
    that measure."""
    assert events_with_sides(text, published="2025-03-12") == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The United States and Ukraine held talks in Kyiv. At least 30 countries have provided security "
                 "assistance to Ukraine since the Russian invasion began.",
                 # no Russia; nor the United States: "30 countries" are states by kind (gold of wh_20220316)
                 [("CONSULT", ("UKR", "USA"), "occurred")],
                 id="since-clause-no-partner"),
    pytest.param("Iran and Turkey are neighbours. Iran was ready to fulfil the energy needs of Pakistan.",
                 [("AGREE", ("IRN", "PAK"), "intended")], id="named-partner-kept"),
])
def test_setting_clause(text, expected):
    """A country named in a clause or phrase of time ("since the Russian invasion began") sets
    the scene: it is not the partner an event with one known side gets."""
    assert events_with_sides(text, published="2022-03-16") == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("President Joe Biden and European Commission President Ursula von der Leyen announced a joint "
                 "Task Force to reduce Europe's dependence on fossil fuels.",
                 [("AGREE", ("EU", "USA"), "occurred")], id="announced-together"),
    pytest.param("President Trump announced a historic trade deal with the United Kingdom.",
                 [("AGREE", ("GBR", "USA"), "occurred")], id="announced-deal-with"),
    # announced alone is no AGREE; the new sanctions it names are a SANCTION (`accords.events.measures`)
    pytest.param("The United States announced new sanctions on Iran.", [("SANCTION", ("IRN", "USA"), "occurred")],
                 id="announced-alone"),
    pytest.param("The Pentagon announced a new initiative to modernize its bases.", [], id="announced-own-initiative"),
])
def test_joint_announcements(text, expected):
    """A joint work two sides announce together is agreed between them (tests/gold: "announced a
    joint Task Force", "announced, with the EU, a Global Methane Pledge" are AGREE)."""
    assert events_with_sides(text, published="2022-03-25") == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("President Biden met today with Prime Minister Petr Fiala of the Czech Republic. They also discussed "
                 "Israel's right to self-defense against the threats it faces.",
                 [("CONSULT", ("CZE", "USA"), "occurred")], id="they-discussed-topic-country"),
    pytest.param("President Biden met today with Prime Minister Petr Fiala of the Czech Republic. Separately, the "
                 "leaders discussed Israel's security with Prime Minister Netanyahu of Israel.",
                 [("CONSULT", ("CZE", "USA"), "occurred"), ("CONSULT", ("CZE", "ISR", "USA"), "occurred")],
                 id="set-apart"),
])
def test_discussed_at_the_meeting(text, expected):
    """"They discussed ..." after a meeting tells what the meeting was about (tests/gold/README:
    part of the call, not a new event), whatever topic countries it names."""
    assert events_with_sides(text, published="2024-04-15") == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Iran called on Turkey to sign the agreement.", [("REQUEST", ("IRN", "TUR"), "occurred")],
                 id="called-on-to-sign"),
    pytest.param("President Biden will continue to call on G20 Leaders to commit to further progress.",
                 [("REQUEST", ("G20", "USA"), "planned")], id="call-on-leaders"),
    pytest.param("President Biden called President Macron of France.", [("CONSULT", ("FRA", "USA"), "occurred")],
                 id="called-is-a-call"),
])
def test_called_on(text, expected):
    """"Called on X to do" is a request of X (tests/gold: "call on G20 Leaders to commit" is
    REQUEST); what X is asked to do is neither done nor the caller's intention."""
    assert events_with_sides(text, published="2022-03-25") == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    # White House readouts (public domain): the country modifying the stance noun holds the stance
    pytest.param("The Vice President reiterated U.S. support for the Palestinian people and their pursuit of "
                 "dignity.", "2023-12-03", [("SUPPORT", ("USA",), ("PSE",))], id="us-support-for"),
    pytest.param("She also underscored the U.S. commitment to support Saudi Arabia in the defense of its "
                 "territory.", "2022-02-09", [("SUPPORT", ("USA",), ("SAU",))], id="us-commitment-to-support"),
    pytest.param("Foreign Minister Araghchi expressed Iran's solidarity with the people of Lebanon.", "2024-10-05",
                 [("SUPPORT", ("IRN",), ("LBN",))], id="possessor-holds"),
])
def test_the_stance_holder_backs(text, published, expected):
    """`events.actors._HELD_STANCES`: "reiterated U.S. support for X" is backing by the United
    States of X, not two sides backing together."""
    assert [e for e in directed_events(text, published) if e[0] == "SUPPORT"] == expected
