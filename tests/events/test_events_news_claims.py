"""Web-news wording that looks like an event and is none (issue #13, fourteenth session): a
commission that is one state's standing body, "insisted that X was Y" (a claim, no demand), a
country named only as what something is compared with, one state's retreat alone in an article
(a resignation, a withdrawn bid), and deaths in a crash told by a participle ("crashed, killing"). Each rule keeps a case that must still fire.

The sentences are our own, written in the register of the wire and broadcast pages the rules
were checked on (no outlet's text is copied)."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

#: Four sentences: an article, not an event record (`accords.events.relations.RECORD_SENTENCES`).
_POINTS = ("Canada's immigration minister proposed a visa scheme similar to New Zealand's. The plan would "
           "limit seasonal permits. The opposition said it would hurt farms in Canada. Unions want a review.")
_BID = ("The Japanese carmaker has withdrawn its takeover offer for a rival in Tokyo. Its shares fell 3 percent on "
        "Monday. Analysts said the bid had been too expensive. The rival will now merge with a Japanese bank.")
_RESIGNED = ("The defence secretary of Britain resigned on Thursday after a row over spending. He had held the post "
             "for two years. His deputy will take over. The prime minister thanked him.")
_CRASH = ("A US military helicopter crashed in eastern Afghanistan, killing two American soldiers, the US military "
          "said. The Taliban claimed they had shot it down. Afghan officials said the cause was unclear. The US "
          "military denied the claim.")
_RAID = ("Israeli troops raided the West Bank town of Jenin, killing three Palestinians, the Palestinian health "
         "ministry said. Hamas vowed revenge. Egypt called for calm. Jordan condemned the raid.")
_WITHDRAWAL = ("American troops will withdraw from Syria next month, the Pentagon said. The decision surprised allies. "
               "Officials in Damascus welcomed it. Turkey said it would watch closely.")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The senator told a presidential commission investigating the arms sales to Iran that he had not "
                 "been briefed.", [], id="presidential-commission-is-a-body"),
    pytest.param("The company filed its report on Brazil with the Securities and Exchange Commission in Washington "
                 "on Tuesday.", [], id="named-commission-is-a-body"),
    pytest.param("The 14th session of the Iran-Armenia Joint Commission opened in Yerevan on Monday.",
                 [("CONSULT", ("ARM", "IRN"), "occurred")], id="joint-commission-stays"),
    pytest.param("Opposition leaders insisted that the new treaty with France was illegal.", [],
                 id="insisted-on-a-fact"),
    pytest.param("Japanese officials insisted that Washington lift the new tariffs before the talks.",
                 [("REQUEST", ("JPN", "USA"), "occurred")], id="insisted-on-an-act-stays"),
    pytest.param(_POINTS, [], id="country-compared-with"),
    pytest.param("Britain proposed a new trade agreement to Australia on Monday.",
                 [("AGREE", ("AUS", "GBR"), "occurred")], id="proposal-to-a-country-stays"),
    pytest.param(_BID, [], id="withdrawn-bid-alone"),
    pytest.param(_RESIGNED, [], id="resignation-alone"),
    pytest.param(_WITHDRAWAL, [("RETREAT", ("SYR", "USA"), "planned")], id="withdrawal-from-a-country-stays"),
    pytest.param(_CRASH, [], id="crash-killing-is-no-attack"),
    pytest.param(_RAID, [("COERCE", ("ISR", "PSE"), "occurred"), ("ASSAULT", ("ISR", "PSE"), "occurred")],
                 id="raid-killing-stays"),  # the nationals killed are the assault's target (events.violence)
])
def test_news_claims_and_bodies(text, expected):
    assert events_with_sides(text, published="2019-11-19") == expected


_BOMBED = ("Russian warplanes bombed rebel-held towns in Idlib, killing 12 civilians. Syria's army advanced. Turkey "
           "protested. The UN voiced alarm.")
_RAMMED = ("Chinese coast guard vessels rammed a Vietnamese fishing boat near the Paracel Islands. Vietnam protested to "
           "Beijing. China said the boat had entered its waters. The United States criticised China.")
_RALLY = ("Palestinians protested against the US decision in Ramallah. Israel welcomed the decision. Jordan criticised "
          "it. The EU said it disagreed.")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kinds", "expected"), [
    # "bombed ..., killing 12": one attack with its target, no second one of Russia alone; a state
    # that protested to no one and about nothing named held no street protest
    pytest.param(_BOMBED, ("ASSAULT", "PROTEST"), [("ASSAULT", ("RUS", "SYR"), "occurred")],
                 id="killing-told-by-the-attack-and-a-state-protest-to-no-one"),
    pytest.param(_RAMMED, ("PROTEST",), [("PROTEST", ("CHN", "VNM"), "occurred")], id="protested-to-beijing-stays"),
    pytest.param(_RALLY, ("PROTEST",), [("PROTEST", ("PSE",), "occurred")], id="a-people-protesting-stays"),
])
def test_one_attack_and_street_protests(text, kinds, expected):
    """`accords.events.incidents.harm_done`, `accords.events.hostility._protest_of_a_state`."""
    assert [e for e in events_with_sides(text, published="2019-11-19") if e[0] in kinds] == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The senator studied law in Lyon, where she met her future husband, a Belgian engineer.", [],
                 id="met-her-future-husband"),
    pytest.param("The teacher from Ramallah spends his weekends visiting his family in Israel.", [],
                 id="visiting-his-family"),
    pytest.param("The French president met his German counterpart in Berlin on Monday.",
                 [("CONSULT", ("DEU", "FRA"), "occurred")], id="met-his-counterpart-stays"),
])
def test_kin_met_are_no_meeting(text, expected):
    """`accords.events.meetings.private_partners`: kin met or visited is a private meeting."""
    assert events_with_sides(text, published="2019-11-19") == expected
