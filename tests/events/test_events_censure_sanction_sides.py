"""Target sides of censure and sanctions in the White House register (whsides28).

Conjoined acts of different states condemned in one clause are one ACCUSE each, of the censurers
and the state whose act it is (`accords.events.censure`), and the country an owned act is done in
is no side ("Russia's war in Ukraine"); a country's people and bodies named by a demonym before a
group noun are the target of a designation or of visa or export restrictions ("designating a key
Nicaraguan entity", `accords.events.cameo.DESIGNATED`; "imposing visa restrictions on more than 500
Nicaraguan individuals", `accords.events.measures.is_measure`), and "Treasury" in a White House text
is the United States (`accords.events.home`). Sentences from White House statements of 2021-2024
(public domain), some shortened or with a lead-in of our own; the negative cases are corpus text
or paraphrase."""

from __future__ import annotations

import pytest

from tests.events.sides import directed_events

_WH = "The White House"
_MET = "National Security Advisor Jake Sullivan met today with Kim Sung-han, National Security Advisor of the Republic of Korea. "


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_MET + "The two condemned the DPRK’s transfer of ballistic missiles to Russia and Russia’s use of these "
                 "missiles against Ukraine.",
                 [("CONSULT", ("USA",), ("KOR",)), ("ACCUSE", ("KOR", "USA"), ("PRK",)), ("ACCUSE", ("KOR", "USA"), ("RUS",))],
                 id="transfer-and-use-two-accusations"),
    pytest.param("National Security Advisor Jake Sullivan of the United States met with Secretary General Akiba Takeo of "
                 "Japan and Director Kim Sung-han of the Republic of Korea on September 1, 2022 in Honolulu. They "
                 "discussed their joint commitment to peace and stability across the Taiwan Strait and condemned the "
                 "DPRK’s continued development of its ballistic missile and weapons of mass destruction programs, and "
                 "Russian aggression in Ukraine.",
                 [("CONSULT", ("USA",), ("JPN", "KOR")), ("ACCUSE", ("JPN", "KOR", "USA"), ("PRK",)),
                  ("ACCUSE", ("JPN", "KOR", "USA"), ("RUS",))],
                 id="programs-and-russian-aggression"),
    pytest.param("Japan, the Republic of Korea and the United States condemned Iran’s attack on Israel and Russian "
                 "aggression in Ukraine.",
                 [("ACCUSE", ("JPN", "KOR", "USA"), ("IRN",)), ("ACCUSE", ("JPN", "KOR", "USA"), ("RUS",))],
                 id="attack-on-israel-and-russian-aggression"),
    pytest.param(_MET + "They condemned Russia’s war in Ukraine and discussed the pressing need to continue to supply "
                 "assistance to the Ukrainian people.",
                 [("CONSULT", ("USA",), ("KOR",)), ("ACCUSE", ("KOR", "USA"), ("RUS",))],
                 id="owned-war-in-ukraine-no-side"),
    pytest.param("Turkey condemned the arrest of a reporter in Iran and the closure of newspapers.",
                 [("ACCUSE", ("TUR",), ("IRN",))], id="act-without-owner-not-split"),
    pytest.param("Israel condemned Hezbollah’s attacks on Israel and Lebanese civilians.",
                 [("ACCUSE", ("ISR",), ("LBN",))], id="victims-joined-not-an-act"),
])
def test_conjoined_censure(text, expected):
    found = directed_events(text, published="2024-01-09", source=_WH)
    assert found == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("In addition, the Department of the Treasury is designating a key Nicaraguan entity.",
                 [("SANCTION", ("USA",), ("NIC",))], id="designating-nicaraguan-entity"),
    pytest.param("The State Department is imposing visa restrictions on more than 500 Nicaraguan individuals, and "
                 "their family members.", [("SANCTION", ("USA",), ("NIC",))], id="visa-restrictions-nicaraguan-individuals"),
    pytest.param("Treasury will designate seven Russian entities, SDN Strategic Culture Foundation and associated outlets.",
                 [("SANCTION", ("USA",), ("RUS",))], id="treasury-designates-russian-entities"),
    pytest.param("On July 22, the U.S. Department of the Treasury’s Office of Foreign Assets Control (OFAC) sanctioned one "
                 "Cuban individual and one Cuban entity for serious human rights abuse.",
                 [("SANCTION", ("USA",), ("CUB",))], id="sanctioned-cuban-individual"),
    pytest.param("They discussed the October 12 announcement of an expanded legal pathway for Venezuelan nationals.",
                 [], id="pathway-for-venezuelan-nationals"),
    pytest.param("Iranian nationals traveling to the United States must obtain visas.", [], id="iranian-nationals-travel"),
    pytest.param("Russian companies invested in the project.", [], id="russian-companies-invest"),
    pytest.param("The Taliban imposed restrictions on Afghan women.", [], id="restrictions-on-people-at-home"),
    pytest.param("The President designated a special envoy to Sudan.", [], id="designated-envoy"),
])
def test_sanction_targets(text, expected):
    assert directed_events(text, published="2022-10-24", source=_WH) == expected
