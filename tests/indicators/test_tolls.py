"""Tolls named before their count (`accords.indicators.tolls`): "the death toll ... has risen to 1,100",
"a death toll of 2,000", "has claimed more than 40,000 lives", "300 lives were lost", "the number of dead
rose to 5,300" are `deaths` of the country the sentence names; "the toll of the injured" is `injured`.
Large counts of forces and captives after "the"/"its" state them (`clauses.is_reference_count`): "will
withdraw its 5,100 troops from Mali"; small ones still refer back ("the two soldiers").

Texts: sentences written for these tests in the register of web news on disasters, attacks and
deployments. Each expected record is (metric, subjects, value), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param("The death toll from the floods in Pakistan has risen to 1,100.",
                 [("deaths", ("PAK",), 1100.0)], id="death-toll-risen-to"),
    pytest.param("The death toll in Gaza stood at 11,000, the Palestinian health ministry said.",
                 [("deaths", ("PSE",), 11000.0)], id="death-toll-stood-at"),
    pytest.param("The quake, which had a death toll of 2,000, hit Morocco on Friday.",
                 [("deaths", ("MAR",), 2000.0)], id="a-death-toll-of"),
    pytest.param("The toll from the attack in Kenya rose to 67.", [("deaths", ("KEN",), 67.0)], id="a-toll-rose-to"),
    pytest.param("The earthquake in Turkey has claimed more than 40,000 lives.",
                 [("deaths", ("TUR",), 40000.0)], id="lives-claimed"),
    pytest.param("More than 300 lives were lost in the ferry disaster in Tanzania.",
                 [("deaths", ("TZA",), 300.0)], id="lives-lost"),
    pytest.param("The number of dead in Libya rose to 5,300 on Wednesday.",
                 [("deaths", ("LBY",), 5300.0)], id="number-of-dead"),
    pytest.param("The number of injured in the blast in Lebanon rose to 6,000.",
                 [("injured", ("LBN",), 6000.0)], id="number-of-injured"),
    pytest.param("The toll road in Greece cost 400 million euros to build.", [], id="a-toll-road-is-no-toll"),
    pytest.param("France will withdraw its 5,100 troops from Mali.",
                 [("troops", ("FRA", "MLI"), 5100.0)], id="its-troops-stated"),
    pytest.param("The 2,500 U.S. troops in Iraq will stay, the Pentagon said.",
                 [("troops", ("IRQ", "USA"), 2500.0)], id="the-troops-stated"),
    pytest.param("The two soldiers returned to France on Monday.", [], id="two-soldiers-refer-back"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_tolls(text: str, wanted: list[tuple]) -> None:
    assert [(metric, subjects, value) for metric, subjects, value, unit, _, _ in figures(text) if unit == "count"] == wanted


#: A count in a sentence naming no country but people of one (`accords.indicators.sentencepeople`).
PEOPLE_CASES = [
    pytest.param("The prosecutor met officials in Ukraine last week. On Tuesday, President Trump's lawyers questioned "
                 "12 witnesses over two days.", [("witnesses", ("USA",), 12.0)], id="the-people-named-own-the-count"),
    pytest.param("Officials in Ukraine met the envoy last week. Twelve witnesses testified, President Trump said.",
                 [("witnesses", ("UKR",), 12.0)], id="a-speaker-owns-nothing"),
    pytest.param("Officials in Ukraine met the envoy last week. President Trump emphasized the hearings, noting that "
                 "twelve witnesses testified over two days.", [("witnesses", ("UKR",), 12.0)],
                 id="a-speaker-before-the-count-owns-nothing"),
    pytest.param("Iran and Azerbaijan signed the car deal in Baku on Monday. The plant will create 300 new jobs, "
                 "Iranian minister Reza Rahmani said.", [("jobs", ("AZE", "IRN"), 300.0)], id="the-pair-kept"),
]


@pytest.mark.parametrize(("text", "wanted"), PEOPLE_CASES)
def test_sentence_people(text: str, wanted: list[tuple]) -> None:
    assert [(metric, subjects, value) for metric, subjects, value, unit, _, _ in figures(text) if unit == "count"] == wanted
