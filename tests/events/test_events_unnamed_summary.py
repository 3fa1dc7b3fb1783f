"""A lead that sums up a meeting or trip without naming anyone, then the meeting told with its people
(twenty-ninth session, evtt44), on Tehran Times articles of the gold set (tests/gold/articles): one
occurrence, not two (`accords.events.dedup.unnamed_summary`). A later meeting set apart ("separately",
"also met", an ordinal) stays its own."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

# tt_421864
_ENVIRONMENT = (
    "TEHRAN – Iran and Azerbaijan discussed ways to boost bilateral cooperation on environmental issues concerning "
    "both sides.  In a meeting held in Tehran on Tuesday between Azerbaijani Ambassador to Tehran Bunyad Huseynov and "
    "Iran’s Department of Environment chief Isa Kalantari, the two officials exchanged views on environmental issues "
    "of the region, Mehr reported."
)
# tt_440241
_PRESIDENTS = (
    "TEHRAN –In a meeting between Iran and Turkey’s presidents on Monday in Ankara, the two sides stressed expansion "
    "of economic and banking ties and emphasized the need for following up on a plan for trade via national "
    "currencies, the governor of the Central Bank of Iran (CBI) said. “Mutual talks between Iranian and Turkish "
    "Presidents, held today, majorly revolved around improvement of economic, trade and banking relations between "
    "the two sides besides improvement of bilateral trade volume and removal of banking difficulties,” CBI Governor "
    "Abdolnaser Hemmati said."
)
# tt_415976 (first three sentences)
_MILITARY_CHIEF = (
    "TEHRAN - Iran’s military chief who visited Ankara on Tuesday said he had begun a trip to Turkey to exchange "
    "views with Turkish officials on security issues and campaign against terrorism in view of new developments in "
    "the region.\n“We have centuries-old friendship with Turkey and have calm and secure borders, but it was "
    "necessary to make this visit for exchange of views and more cooperation on military issues and other regional "
    "matters,” Hossein Baqeri, the armed forces chief of staff, told reporters in Ankara, IRNA reported. Major "
    "General Mohammad Baqeri, leading a military delegation to Turkey for a three-day visit, held talks with his "
    "Turkish counterpart General Hulusi Akar on issues related to security in the two countries, securing borders, "
    "and fighting terrorism."
)
# the tt_421864 lead, then a meeting set apart (words of our own)
_SEPARATE = (
    "TEHRAN – Iran and Azerbaijan discussed ways to boost bilateral cooperation on environmental issues concerning "
    "both sides. In a separate meeting in Baku on Wednesday, Azerbaijani Foreign Minister Jeyhun Bayramov met with "
    "Iran’s ambassador Abbas Mousavi."
)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "pair", "count"), [
    pytest.param(_ENVIRONMENT, ("AZE", "IRN"), 1, id="discussed-then-meeting-between"),
    pytest.param(_PRESIDENTS, ("IRN", "TUR"), 1, id="meeting-then-mutual-talks"),
    pytest.param(_MILITARY_CHIEF, ("IRN", "TUR"), 1, id="trip-then-talks-with-counterpart"),
    pytest.param(_SEPARATE, ("AZE", "IRN"), 2, id="separate-meeting-stays"),
])
def test_unnamed_summary_told_in_detail(text, pair, count):
    found = events_with_sides(text, source="Tehran Times")
    assert sum(1 for e in found if e[0] == "CONSULT" and e[1] == pair) == count, found
