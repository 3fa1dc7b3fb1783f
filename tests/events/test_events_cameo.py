"""The news register's words for conflictual and political acts (issue 13, `accords.events.cameo`,
`accords.events.incidents`):
a CAMEO/PLOVER coder's verbs of censure, refusal, request, coercion, force, troops sent,
concession, protest and backing, and the phrasal ones ("lashed out at", "turned down",
"pulled out of the deal", "called for an end to"), attacks and protests told as nouns ("Hamas
attacks on Israel have killed", "protests erupted"), with their sides; the readings of the same
words that are no act ("hails from", "backed away from", "called for comment", "homes were
demolished" with no one who demolished them, "a heart attack") make none.

Sentences written for these tests in the constructions of unannotated wire text, except the
PLOVER gold records of the Open Event Data Alliance (`PLOVER-GSR01-PROTEST-0023`, `-COERCE-0006`,
`-COERCE-0010`, `-REJECT-0027`, `-DEMAND-0026`: shared/corpora/plover-gsr, CC BY-SA 4.0,
https://creativecommons.org/licenses/by-sa/4.0/; used here as published)."""

from __future__ import annotations

import pytest

from accords.events.triggers import may_trigger
from tests.events.sides import directed_events


def _acts(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return directed_events(text, published="2019-11-20")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("China lashed out at the United States on Tuesday over its support for the protesters.",
                 [("ACCUSE", ("CHN",), ("USA",))], id="lashed-out-at"),
    pytest.param("Iran castigated Britain for seizing the tanker.", [("ACCUSE", ("IRN",), ("GBR",))],
                 id="castigated"),
    pytest.param("Venezuela railed against Washington's sanctions.", [("ACCUSE", ("VEN",), ("USA",))],
                 id="railed-against"),
    pytest.param("Russia turned down a Ukrainian offer of talks.", [("REJECT", ("RUS",), ("UKR",))],
                 id="turned-down"),
    pytest.param("The United States pulled out of the nuclear deal with Iran in 2018.",
                 [("REJECT", ("USA",), ("IRN",))], id="pulled-out-of-the-deal"),
    pytest.param("France called on Turkey to halt its offensive.", [("REQUEST", ("FRA",), ("TUR",))],
                 id="called-on"),
    pytest.param("Pakistan sought the extradition of the suspect from Britain.",
                 [("REQUEST", ("PAK",), ("GBR",))], id="sought-extradition"),
    pytest.param("Japan restricted exports of chemicals to South Korea.", [("SANCTION", ("JPN",), ("KOR",))],
                 id="restricted-exports"),
    pytest.param("A court in Tehran sentenced a British-Iranian charity worker to five years in prison.",
                 [("COERCE", ("IRN",), ("GBR",))], id="sentenced"),
    pytest.param("Palestinian homes were demolished by Israeli forces in the West Bank.",
                 [("COERCE", ("ISR", "PSE"), ())], id="demolished-by"),
    pytest.param("Thousands of Iraqis took to the streets of Baghdad on Friday.", [("PROTEST", ("IRQ",), ())],
                 id="took-to-the-streets"),
    pytest.param("Germany backed France's call for an EU army.", [("SUPPORT", ("DEU",), ("EU", "FRA"))],
                 id="backed"),
    pytest.param("Turkey hailed the agreement with Russia.", [("SUPPORT", ("TUR",), ("RUS",))], id="hailed"),
    pytest.param("Hamas attacks on Israel have killed 1,400 people.", [("ASSAULT", ("PSE",), ("ISR",))],
                 id="attacks-on-israel-killed"),
    pytest.param("Protests erupted in Baghdad after the election.", [("PROTEST", ("IRQ",), ())],
                 id="protests-erupted"),
    pytest.param("Iran renewed its call that the United States lift the sanctions.",
                 [("REQUEST", ("IRN",), ("USA",))], id="renewed-its-call-that"),
    pytest.param("Russia violated the ceasefire in eastern Ukraine.", [("ASSAULT", ("RUS",), ("UKR",))],
                 id="violated-the-ceasefire"),
    pytest.param("Israel rejected the Egyptian proposal and agreed to hold talks with Egypt.",
                 [("REJECT", ("ISR",), ("EGY",)), ("AGREE", ("ISR",), ("EGY",))], id="rejected-and-agreed"),
    # PLOVER-GSR01-PROTEST-0023, -COERCE-0006, -COERCE-0010
    pytest.param("Palestinian prisoners rioted Monday at this jail in northern Israel, setting fire to their "
                 "mattresses and smashing furniture, police sources said.", [("PROTEST", ("PSE",), ())],
                 id="plover-rioted"),
    pytest.param("Israeli army bulldozers demolished Palestinian homes and civilian buildings in southern Gaza on "
                 "Sunday, Palestinian officials and US witnesses said.", [("COERCE", ("ISR",), ("PSE",))],
                 id="plover-demolished"),
    pytest.param("Turkish authorities have imposed a curfew in the town of Cizre in southeastern Turkey after a "
                 "demonstration over fraud allegations in Sunday's local elections, security sources said here "
                 "Tuesday.", [("COERCE", ("TUR",), ())], id="plover-imposed-a-curfew"),
    pytest.param("Palestinian leader Yasser Arafat Wednesday rejected a US offer to host a summit in mid-July to "
                 "hammer out a framework agreement for peace between the Israelis and the Palestinians.",
                 [("REJECT", ("PSE",), ("USA",))], id="plover-rejected-an-offer-to-host"),
    pytest.param("The International Labor Office (ILO) reiterated its demand today that Israel ease restrictions on "
                 "the movement of Palestinian workers.", [("REQUEST", ("ILO",), ("ISR",))],
                 id="plover-reiterated-its-demand"),
    pytest.param("Turkey banned the pro-Kurdish party on Monday.", [("COERCE", ("TUR",), ())], id="banned-a-party"),
    pytest.param("The junta outlawed the main opposition movement.", [], id="outlawed-by-no-state"),
])
def test_news_register_acts(text, expected):
    assert _acts(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    pytest.param("He hails from Texas.", id="hails-from"),
    pytest.param("Palestinian homes were demolished in the West Bank.", id="demolished-by-no-one"),
    pytest.param("The Pentagon dispatched 3,000 troops to Saudi Arabia.", id="sender-no-state"),
    pytest.param("The minister called for comment on the report.", id="called-for-comment"),
    pytest.param("France beat Germany 2-1 in Paris on Saturday.", id="beat-at-football"),
    pytest.param("Britain backed away from its plan to tax imports from China.", id="backed-away"),
    pytest.param("The Saudi journalist was murdered by fellow countrymen in the consulate in Istanbul.",
                 id="agent-names-no-side"),
    pytest.param("They welcomed the release of two hostages and called for the immediate release of all remaining "
                 "hostages.", id="called-for-naming-no-one"),
    pytest.param("He suffered a heart attack in 2015.", id="heart-attack"),
    pytest.param("The Iranian man pleaded guilty to attacking the British embassy.", id="pleaded-guilty"),
    pytest.param("Since the 2015 attacks, France has tightened security.", id="attacks-as-background"),
    pytest.param("The league banned the player for two matches.", id="banned-a-player"),
])
def test_no_act(text):
    assert _acts(text) == []


@pytest.mark.parametrize(("words", "expected"), [
    ({"china", "lash", "lashed", "out", "at"}, True),
    ({"russia", "turn", "turned", "down", "the", "offer"}, True),
    ({"she", "turn", "turned", "the", "page"}, False),
], ids=["lashed-out", "turned-down", "turned-no-particle"])
def test_scan_lets_phrasal_acts_through(words, expected):
    assert may_trigger(words) is expected
