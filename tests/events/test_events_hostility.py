"""Hostile words that report no hostile act, and where a one-sided act happened (issue 13,
`accords.events.hostility`, `accords.events.scenes`).

- A warning is a THREATEN only when it names what the warner's side will do, a consequence, or
  the one warned off an act; a forecast ("warned that growth could slow") threatens no one.
- A thing that threatens ("the skirmishes threaten ...") makes no threat; "seize this
  opportunity" seizes nothing; a disaster that kills is no ASSAULT.
- A hostile one-sided act that is only intended, imagined or denied is no event.
- An attack or a protest whose clause names no side happened in the country of its place
  phrase ("in northern Nigeria", "in the capital Abuja", "in the cities of Baghdad and Najaf").

Sentences written for these tests, in the constructions found in unannotated wire and state-press
text, except where a source is named: the Tehran Times region corpus (CC BY 4.0, Mehr News /
Tehran Times)."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_HOSTILE = ("THREATEN", "COERCE", "ASSAULT", "PROTEST", "ACCUSE")


def _hostile(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [e for e in events_with_sides(text, published="2020-06-01") if e[0] in _HOSTILE]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Iran warned the United States that it would respond to any attack on its soil.",
                 [("THREATEN", ("IRN", "USA"), "occurred")], id="warned-it-would-respond"),
    pytest.param("Turkey warned Syria not to interfere in the region or face retaliation.",
                 [("THREATEN", ("SYR", "TUR"), "occurred")], id="or-face-retaliation"),
    pytest.param("China warned Japan against any further provocation in the disputed waters.",
                 [("THREATEN", ("CHN", "JPN"), "occurred")], id="warned-x-against"),
    # Tehran Times region corpus
    pytest.param("Earlier this month, Iran's Defense Minister Brigadier General Amir Hatami warned the two sides "
                 "that the Islamic Republic will take stronger measures if shells fired in the fighting continue to "
                 "hit the country's border regions.", [("THREATEN", ("IRN",), "occurred")],
                 id="will-take-stronger-measures"),
    pytest.param("Russia threatened to cut gas supplies to Ukraine.", [("THREATEN", ("RUS", "UKR"), "occurred")],
                 id="threatened-to-cut"),
])
def test_threats_that_stay(text, expected):
    assert _hostile(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    pytest.param("Iran warned that the economy could slow sharply next year.", id="warned-growth-could-slow"),
    pytest.param("Azerbaijan warned that the opening of the border with Armenia could cause instability in the "
                 "South Caucasus.", id="warned-could-cause-instability"),
    pytest.param("Millions of workers in Bangladesh will lose their jobs under the new trade rules, a charity has "
                 "warned.", id="a-charity-has-warned"),
    pytest.param("Adverse consequences may occur in the coastal areas of Iran if the trend continues, the "
                 "meteorological office of Iran has warned.", id="consequences-may-occur"),
    pytest.param("The skirmishes between Armenia and Azerbaijan threaten regional stability.",
                 id="skirmishes-threaten-stability"),
    pytest.param("China could use the weapons to threaten Taiwan.", id="could-threaten"),
    pytest.param("The United States will seize this opportunity to lead with Japan.", id="seize-the-opportunity"),
    pytest.param("The earthquake killed 300 people in Turkey on Monday.", id="earthquake-killed"),
    pytest.param("Armenian forces did not open fire on Azerbaijani positions, the Armenian ministry said.",
                 id="did-not-open-fire"),
    pytest.param("The British government plans to deport the suspects to Jordan.", id="plans-to-deport"),
    pytest.param("Turkish opposition groups plan to protest against the decision.", id="plan-to-protest"),
])
def test_no_hostile_act(text):
    assert _hostile(text) == []


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Gunmen killed at least 12 people in an attack on a village in northern Nigeria on Sunday.",
                 [("ASSAULT", ("NGA",), "occurred")], id="gunmen-in-northern-nigeria"),
    pytest.param("A suicide bomber killed 20 people at a market in Kabul, officials said.",
                 [("ASSAULT", ("AFG",), "occurred")], id="bomber-in-kabul"),
    pytest.param("Hundreds of people protested in the capital Abuja on Friday.",
                 [("PROTEST", ("NGA",), "occurred")], id="protested-in-the-capital-abuja"),
    # Tehran Times region corpus
    pytest.param("In separate attacks in Iraqi cities of Baghdad and Najaf, more than 30 people were killed.",
                 [("ASSAULT", ("IRQ",), "occurred")], id="cities-of-baghdad-and-najaf"),
    # no fighters and no attack named: crime news, no side taken from the place
    pytest.param("A British lawmaker was attacked in a park in Nairobi.", [], id="no-attackers-no-place-side"),
])
def test_the_scene_is_the_side(text, expected):
    assert _hostile(text) == expected


@pytest.mark.slow
def test_a_protest_an_act_was_done_for_happened():
    """"Began a hunger strike to protest ...": the protest is the strike's purpose, and is kept
    (its status stays that of the infinitive)."""
    text = "Hundreds of Iranian students began a hunger strike on Monday to protest against the ruling."
    assert [(kind, sides) for kind, sides, _status in _hostile(text)] == [("PROTEST", ("IRN",))]


@pytest.mark.slow
def test_a_located_attack_alone_is_no_event_in_an_article():
    """In an article, an attack located by its place with no attacker's state named is that
    country's own news, no event between sides (`accords.events.relations._FORCE_AT_HOME`,
    evnews51); an event record keeps it (`test_the_scene_is_the_side`)."""
    text = ("Gunmen killed at least 12 people in an attack on a village in northern Nigeria on Sunday. "
            "The attackers escaped on motorcycles, witnesses told reporters. "
            "Police said they had launched a search of the area. "
            "In a separate report, officials in Kabul said Afghanistan would hold elections next year. "
            "Afghanistan's election commission said the vote would be held in April.")
    assert ("ASSAULT", ("NGA",), "occurred") not in _hostile(text)
