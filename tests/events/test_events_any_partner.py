"""A partner named by kind ("with every country", "with foreign ambassadors") is not the other
side of the article's pair: `accords.events.completion.any_partner` (issue 13). A partner named
by its country, or "the two countries", still is.

Sentences from Tehran Times (CC BY 4.0, tests/gold/README: "Erdogan's unconstructive messaging
toward Iran"); the lead sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_LEAD = ("TEHRAN – Iranian Foreign Minister Hossein Amir-Abdollahian met with his Turkish counterpart Mevlut "
         "Cavusoglu in Tehran on Saturday. ")
_MET = ("CONSULT", ("IRN", "TUR"), "occurred")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_LEAD + "On Sunday, Erdogan wrote an op-ed for the Khaleej Times newspaper, saying that Ankara is "
                 "willing to develop relations with every country.", [_MET], id="with-every-country"),
    pytest.param(_LEAD + "Iranian President Ayatollah Seyed Ebrahim Raisi on Thursday laid out the principles of his "
                 "administration’s foreign policy in a meeting with foreign ambassadors in Tehran.", [_MET],
                 id="with-foreign-ambassadors"),
    pytest.param(_LEAD + "On Sunday, Erdogan wrote an op-ed for the Khaleej Times newspaper, saying that Ankara is "
                 "willing to develop relations with Tehran.", [_MET, ("AGREE", ("IRN", "TUR"), "intended")],
                 id="with-tehran-stays"),
    pytest.param(_LEAD + "The two ministers also met with the ambassadors of the two countries.", [_MET, _MET],
                 id="the-two-countries-stay"),
])
def test_any_partner(text, expected):
    assert events_with_sides(text, published="2022-02-14") == expected


# evwh46: a fact sheet's aid "to countries of greatest need" (a bare plural of states, described, none
# named) goes to no member of the article's pair (`completion._kind_described`). The bullet is from the
# Quad's Tokyo summit fact sheet of 2022-05-23 (whitehouse-briefings corpus, public domain); the lead is ours.
_QUAD = ("President Biden met with Prime Minister Modi of India in Tokyo. The United States and India will expand "
         "their vaccine partnership. ")
_QUAD_EVENTS = [("CONSULT", ("IND", "USA"), "occurred"), ("AGREE", ("IND", "USA"), "intended")]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_QUAD + "The United States will provide COVID-19 boosters and pediatric doses to countries of "
                 "greatest need, including in the Indo-Pacific.", _QUAD_EVENTS, id="to-countries-of-greatest-need"),
    pytest.param(_QUAD + "The United States will provide COVID-19 boosters and pediatric doses to nations in the "
                 "region.", _QUAD_EVENTS, id="to-nations-in-the-region"),
    pytest.param(_QUAD + "The United States will provide COVID-19 boosters and pediatric doses to India.",
                 [*_QUAD_EVENTS, ("AID", ("IND", "USA"), "planned")], id="to-india-stays"),
    pytest.param(_QUAD + "The United States will provide COVID-19 boosters and pediatric doses to the two countries.",
                 [*_QUAD_EVENTS, ("AID", ("IND", "USA"), "planned")], id="to-the-two-countries-stays"),
])
def test_aid_to_states_described(text, expected):
    assert events_with_sides(text, published="2022-05-23", source="The White House") == expected
