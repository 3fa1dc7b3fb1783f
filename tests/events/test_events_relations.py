"""Sides and triggers that mean an international relation (issue 13): a language, currency or
cuisine is no country; a call with the press is no meeting of states; a place phrase hung on
the partner is a venue; in an article about a pair, an event needs two sides."""

from __future__ import annotations

import pytest

import accords
from tests.events.sides import STAGES, directed_events, events_with_sides


@pytest.mark.slow
@pytest.mark.parametrize(("text", "countries"), [
    pytest.param("The portal supports English and Russian languages.", [], id="languages"),
    pytest.param("The price was set in Iranian rials and Russian rubles.", [], id="currencies"),
    pytest.param("Azerbaijani cuisine was served at the reception.", [], id="cuisine"),
    # Tehran Times (CC BY): a country's name before a currency names money, not the country
    pytest.param("Thousands of Iranians visited Georgia in the last years and trade turnover between Georgia and Iran "
                 "reached hundreds of millions of US dollars.", ["GEO", "IRN"], id="us-dollars"),
    pytest.param("Brazil and China as two economic powerhouses struck a deal in March to ditch the U.S. dollar in "
                 "favor of their own currencies in trade transactions.", ["BRA", "CHN"], id="the-us-dollar"),
    pytest.param("The U.S. imposed sanctions on Iran's central bank.", ["IRN", "USA"], id="us-stays"),
    pytest.param("The book was translated into Russian.", [], id="into-language"),
    pytest.param("Iranian and Russian officials met in Tehran.", ["IRN", "RUS"], id="officials-stay"),
])
def test_country_adjectives(text, countries):
    extraction = accords.extract(text, stages=STAGES)
    assert sorted(e.canonical_id for e in extraction.entities if e.type == "COUNTRY") == countries


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The portal supports English and Russian languages.", [], id="language-no-support"),
    pytest.param("Iran and Turkey are neighbours. Iran and Turkey trade. The minister said on a conference call "
                 "with media that Turkey matters.", [], id="call-with-media"),
    pytest.param("Iran and Turkey are neighbours. Iran and Turkey trade. The minister said in a phone call with "
                 "Turkish officials that Turkey matters.", [("CONSULT", ("IRN", "TUR"), "occurred")],
                 id="call-with-officials"),
    # one side known, not of the article's pair: nothing completes it, and it is dropped
    pytest.param("Iran and Turkey are neighbours. Iran and Turkey trade. The Russian minister discussed the war.",
                 [], id="one-side-in-pair-article"),
])
def test_relations(text, expected):
    assert events_with_sides(text) == expected


@pytest.mark.slow
def test_venue_hung_on_partner():
    assert directed_events("President of the European Commission Ursula von der Leyen met with President Ilham "
                           "Aliyev in Brussels.", published="2024-07-10") == [("CONSULT", ("EU",), ("AZE",))]
