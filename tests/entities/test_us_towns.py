"""A country's name that is (the end of) a US town's, given with its state, is no mention of the
country: "East Palestine, Ohio" is no Palestine, "Lebanon, Tennessee" no Lebanon. A country in
a list that goes on with places stays a country. Once a text gives a two-word town with its
state, the two words are that town again further on ("the residents of East Palestine").

Texts: White House fact sheets of 2023-2024 (whitehouse-briefings corpus, public domain: the
train derailment fact sheets of 2023-02 and 2024-01-31, the EV charging fact sheet of
2023-02-15), with their line breaks; the last case is a list of countries for contrast. Each
expected record is (name, type) of every entity but the people, in text order.
"""

from __future__ import annotations

import pytest

from accords.model import Article
from accords.pipeline import run

CASES = [
    pytest.param("*President Biden to visit East Palestine, Ohio in February*\n\n"
                 " One year ago, on February 3, 2023, a Norfolk Southern train carrying\n"
                 "hazardous chemicals derailed in East Palestine, Ohio, jeopardizing the\n"
                 "community’s safety and sense of normalcy.",
                 [("East Palestine", "PLACE"), ("Ohio", "PLACE"), ("Norfolk Southern", "ORG")],
                 id="town-before-its-state"),
    pytest.param("The Biden-Harris Administration has mobilized a robust, multi-agency\n"
                 "effort to support the people of East Palestine, Ohio.",
                 [("East Palestine", "PLACE"), ("Ohio", "PLACE")], id="town-state-at-the-end"),
    pytest.param("-   **Tritium DCFC Limited**, an Australian-based EV fast charger\n"
                 "    producer, held a grand opening in August for its first US-based\n"
                 "    factory, located in Lebanon, Tennessee.",
                 [("Australia", "COUNTRY"), ("United States", "COUNTRY"), ("Lebanon", "PLACE"),
                  ("Tennessee", "PLACE")], id="country-name-as-a-town"),
    pytest.param("The President will travel to East Palestine, Ohio on Friday. The Administration has\n"
                 "stood with the people of East Palestine since the derailment, and federal agencies will\n"
                 "keep supporting East Palestine.",
                 [("East Palestine", "PLACE"), ("Ohio", "PLACE")], id="the-town-named-again"),
    pytest.param("Talks between Israel and Palestine resumed in East Jerusalem.",
                 [("Israel", "COUNTRY"), ("Palestine", "COUNTRY"), ("Jerusalem", "PLACE")],
                 id="no-town-given-the-country-stays"),
    pytest.param("The leaders of Iran, Turkey, Georgia and Armenia met in Tehran.",
                 [("Iran", "COUNTRY"), ("Turkey", "COUNTRY"), ("Georgia", "COUNTRY"), ("Armenia", "COUNTRY"),
                  ("Tehran", "PLACE")], id="a-list-of-countries-stays"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_us_town_is_no_country(text, expected):
    extraction = run(Article(id="t", text=text, published="2024-01-31", source="The White House"))
    assert [(e.name, e.type) for e in extraction.entities if e.type != "PERSON"] == expected
