"""A sized meeting whose sentence names no side ("during the trilateral summit it was agreed")
stands for the countries of the leaders (else the foreign ministers) the article named before it,
when they are exactly as many (`accords.events.offices.meeting_group`): an Astana-guarantor summit
article names Syria more often than Iran, and the summit's agreement was Russia, Syria and Turkey.
Otherwise the group is resolved as before.

Sentences from Tehran Times (CC BY 4.0, news 474863); the "During the trilateral summit, the
sides agreed" line and the openings with two or four presidents are paraphrased for this test."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_OPENING = ("TEHRAN — Iranian President Ebrahim Raisi, Russian President Vladimir Putin and Turkish President Recep Tayyip "
            "Erdogan, whose countries are knowns as guarantors of the Astana peace process to end the Syria crisis, responded "
            "to series of questions after concluding their summit in Tehran on Tuesday night. ")
_SYRIA = ("Erdogan went on to say that peace and tranquility should be established in Syria once again, elaborating, “Our "
          "main goal at the Astana process is to end the human tragedy in Syria.” He went on to say that the process of "
          "implementing previous agreements on Syria was also reviewed in the talks. ")
_AID = ("He went on to note that during the trilateral summit it was agreed to continue to send humanitarian aid to the "
        "oppressed people of Syria from all around the world as well as Iran, Russia and Turkey to help alleviate the "
        "livelihood problems of the “oppressed” Syrian people.")
_PLAIN = "During the trilateral summit, the sides agreed to continue the Astana process."
_TWO = ("TEHRAN — Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan responded to questions after "
        "concluding the summit in Tehran on Tuesday night. ")
_FOUR = ("TEHRAN — Iranian President Ebrahim Raisi, Russian President Vladimir Putin, Syrian President Bashar al-Assad and "
         "Turkish President Recep Tayyip Erdogan were named in the report on Tuesday night. ")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_OPENING + _SYRIA + _AID, ("IRN", "RUS", "TUR"), id="summit-sentence-names-the-three-and-the-topic"),
    pytest.param(_OPENING + _SYRIA + _PLAIN, ("IRN", "RUS", "TUR"), id="summit-sentence-names-no-side"),
])
def test_meeting_of_the_leaders_named_before(text, expected):
    agreed = [found for type_, found, _status in events_with_sides(text, published="2022-07-20") if type_ == "AGREE"]
    assert agreed[-1] == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # the sentence names its own three sides: they stay, not the presidents named before
    pytest.param(_OPENING + _SYRIA + "During the trilateral meeting in Baku, Azerbaijan, Georgia and Turkey agreed to "
                 "expand the railway.", ("AZE", "GEO", "TUR"), id="sides-named-in-the-sentence"),
    pytest.param(_OPENING + _SYRIA + "A trilateral summit between Azerbaijan, Georgia and Turkey agreed to expand the "
                 "railway.", ("AZE", "GEO", "TUR"), id="parties-listed"),
])
def test_sides_named_stay(text, expected):
    assert events_with_sides(text, published="2022-07-20")[-1][1] == expected


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    pytest.param(_TWO + _SYRIA + _PLAIN, id="two-presidents-named"),
    pytest.param(_FOUR + _SYRIA + _PLAIN, id="four-presidents-named"),
])
def test_other_number_of_leaders(text):
    # the group is resolved as before, never from the presidents named before
    agreed = [found for type_, found, _status in events_with_sides(text, published="2022-07-20") if type_ == "AGREE"]
    assert not agreed or agreed[-1] != ("IRN", "RUS", "TUR")
