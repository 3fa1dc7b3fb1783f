"""Web news (evnews51, issue #13): in an article, one state's force at home is its own news, no
event between sides (`accords.events.relations._FORCE_AT_HOME`): police detaining a firm's
managers, a court ruling against its government, a bombing with no attacker named. A politician
"attacked over" or "on" a matter is criticised about it, no ASSAULT
(`accords.events.nonevents.attack_in_words`); an attack on a day, over a weekend or on a front stays.

The passages are our own short paraphrases of the kind of business and politics story where the
rules fire (no corpus text)."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides


def _of(types: tuple[str, ...], text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [e for e in events_with_sides(text, published="2005-01-20") if e[0] in types]


_DAIRY = ("Shares in a large dairy group fell sharply on Tuesday. The firm said its business was sound and that its "
          "accounts would be published soon. ")
_DAIRY_END = (" Analysts said the case could hurt the firm's plans to sell shares abroad. The group makes milk powder "
              "and yoghurt for shops across the region.")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "types", "expected"), [
    pytest.param(_DAIRY + "Chinese police have detained three senior managers of the company over missing funds."
                 + _DAIRY_END, ("COERCE",), [], id="police-detain-managers-no-coerce"),
    pytest.param(_DAIRY + "A bomb attack on a market in Madrid killed four people last spring." + _DAIRY_END,
                 ("ASSAULT",), [], id="bombing-with-no-attacker-no-assault"),
    pytest.param(_DAIRY + "Turkish troops attacked Kurdish positions in northern Iraq on Monday." + _DAIRY_END,
                 ("ASSAULT",), [("ASSAULT", ("IRQ", "TUR"), "occurred")], id="attack-between-states-stays"),
    pytest.param("Gunmen killed 12 people in northern Nigeria on Sunday.",
                 ("ASSAULT",), [("ASSAULT", ("NGA",), "occurred")], id="event-record-keeps-one-side"),
])
def test_force_at_home_in_an_article(text, types, expected):
    assert _of(types, text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Foreign minister attacked over Iran arms sales", [], id="headline-attacked-over-a-matter"),
    pytest.param("Premier attacked on China trade plans", [], id="headline-attacked-on-a-matter"),
    pytest.param("The Iraqi town was attacked over the weekend by Turkish jets.",
                 [("ASSAULT", ("IRQ", "TUR"), "occurred")], id="attacked-over-the-weekend-stays"),
    pytest.param("Russian forces attacked on the northern front near Ukraine's Kharkiv.",
                 [("ASSAULT", ("RUS", "UKR"), "occurred")], id="attacked-on-a-front-stays"),
    pytest.param("Hamas attacked Israel on October 7.", [("ASSAULT", ("ISR", "PSE"), "occurred")],
                 id="attacked-on-a-date-stays"),
])
def test_attacked_over_a_matter(text, expected):
    assert _of(("ASSAULT",), text) == expected
