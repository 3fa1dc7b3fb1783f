"""Aid handed over and the sides of "the leaders" in the White House register (issue #13), on
sentences of White House readouts 2021-2024 (../shared/corpora/whitehouse-briefings, public
domain) and sentences written in that register: aid a participle names with its giver and
recipient is reported aid (AID), as is aid "in the process of" being given; a third country the
leaders discussed is no side of what they then did; "trilateral" cooperation of the two who met
"with" a third named country is the three of them; a joint work announced by its name ("AUKUS, an
enhanced trilateral security partnership") is agreed, as one announced by its kind."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_MET_JPN = "President Joseph R. Biden, Jr. met with Prime Minister Kishida Fumio of Japan in San Francisco today. "


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # aid with its giver and recipient named
    pytest.param("The over 7.5 million vaccine doses donated to Nigeria by the United States to date have saved lives.",
                 ("AID", ("NGA", "USA"), "occurred"), id="doses-donated-by-to"),
    pytest.param("The Danish and Dutch governments are in the process of donating American-made F-16s to Ukraine, "
                 "with the support of the United States.", ("AID", ("DNK", "NLD", "UKR", "USA"), "occurred"),
                 id="in-the-process-of-donating"),
    # what the leaders discussed with a third country is a topic: not a side of what they then did
    pytest.param(_MET_JPN + "The leaders also discussed their respective diplomacy with the People’s Republic of China "
                 "and committed to continue close coordination. Recognizing the U.S. commitment to the defense of "
                 "Japan, the leaders resolved to work together closely to address shared challenges.",
                 ("AGREE", ("JPN", "USA"), "occurred"), id="third-country-discussed-is-a-topic"),
    # a group the two who met form with the country their sentence names
    pytest.param(_MET_JPN + "Building on the historic Camp David Trilateral Summit in August, they agreed to accelerate "
                 "trilateral cooperation with the Republic of Korea in all areas.",
                 ("AGREE", ("JPN", "KOR", "USA"), "occurred"), id="met-pair-and-named-third"),
    # a joint work announced by its name, with what it is in apposition
    pytest.param("In September 2021, the leaders of Australia, the United Kingdom, and the United States announced "
                 "AUKUS, an enhanced trilateral security partnership.", ("AGREE", ("AUS", "GBR", "USA"), "occurred"),
                 id="announced-name-with-apposition"),
])
def test_wh_aid_and_leaders(text, expected):
    found = events_with_sides(text, published="2023-11-16")
    assert expected in found
    if "China" in text:
        assert not [e for e in found if "CHN" in e[1]]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # a thing named by what was done to it, with no giver: no report
    pytest.param("The charter signed in 2002 remains in force.", id="reference-stays"),
    # a process talked about is no act under way
    pytest.param("The officials discussed the process of donating surplus equipment.", id="process-as-topic"),
])
def test_wh_no_aid(text):
    assert not [e for e in events_with_sides(text, published="2023-11-16") if e[0] in ("AID", "SUPPORT")]
