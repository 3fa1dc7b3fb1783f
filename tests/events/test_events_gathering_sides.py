"""Sides named on the other side of the edge of a gathering a meeting was held beside (twenty-ninth
session, evtt45), on Tehran Times sentences of the gold set (tests/gold/articles): the country of a
committee or the body whose summit was where two met is no side of their meeting, and those who met
there are no sides of the gathering (`accords.events.formats.without_gathering_sides`)."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

# tt_466267
_COMMITTEE = ("Turkish Foreign Ministry Director General Selçuklu Önal met with Khaji on the sidelines of the "
              "meeting of the Syrian Constitutional Committee in Geneva on October 20.")
# tt_466267
_CONSTITUTION = ("Earlier, Khaji met with Qatar’s Special Envoy for Regional and Syrian Affairs on the sidelines of "
                 "a meeting in Geneva to draft Syria’s new constitution.")
# tt_476874
_SUMMIT = ("On the sidelines of the 22nd summit of the Shanghai Cooperation Organization (SCO) which was held on "
           "September 15-16 in Samarkand, Uzbekistan, the agreement was signed by Iranian Industry, Mining, and "
           "Trade Minister Reza Fatemi-Amin and Uzbek Minister of Innovative Development Ibrohim Abdurakhmonov, "
           "IRIB reported.")
# tt_432549
_UNGA = ("President Hassan Rouhani met the Armenian prime minister on the sidelines of the 73rd session of the "
         "United Nations General Assembly in September 2018.")
# tt_138300 (the pair names the commission's members: Iran is a side)
_PAIR = ("He made the remark in a meeting in Ankara with his Turkish counterpart Abdullah Gul on the sidelines of "
         "the 19th session of the Iran-Turkey Joint Economic and Trade Commission. Mottaki added that profound "
         "historical, cultural and religious affinities between Iran and Turkey have paved the way for expanding "
         "ties between the two nations.")
# tehrantimes_region_dev.jsonl, "Ayatollah Raisi receives message from Tajik counterpart" (a visit is no gathering)
_VISIT = ("Speaking with the Tajik leader, Raisi stressed that Iran and Tajikistan enjoy good capacities to expand "
          "ties. On the sidelines of Raisi’s visit to Tajikistan, officials from both sides had also met and set the "
          "goal for promoting trade ties to €500 million per year.")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "absent", "kept"), [
    pytest.param(_COMMITTEE, "SYR", None, id="committee-country-no-side"),
    pytest.param(_CONSTITUTION, "SYR", None, id="constitution-topic-no-side"),
    pytest.param(_SUMMIT, "IRN", ("SUPPORT", ("IRN", "UZB"), "occurred"), id="signers-no-side-of-summit"),
    pytest.param(_PAIR, "SYR", ("CONSULT", ("IRN", "TUR"), "occurred"), id="pair-commission-members-kept"),
    pytest.param(_VISIT, "SYR", ("AGREE", ("IRN", "TJK"), "occurred"), id="visit-no-gathering"),
    pytest.param(_UNGA, "UN", ("CONSULT", ("ARM", "IRN"), "occurred"), id="unga-meeting-kept"),
])
def test_gathering_sides(text, absent, kept):
    found = events_with_sides(text, source="Tehran Times")
    assert not [e for e in found if absent in e[1] and e[0] == "CONSULT"], found
    if kept is not None:
        assert kept in found
