"""Whose a figure is, where the sentence pairs or places it.

"Iran is followed by Germany and Georgia with 666,000 and 651,000 travelers respectively": each figure
is the country listed in its place, not the other listed or ranked ones
(`accords.indicators.respective`), with the host the sentence before names; a list of metrics before "respectively" still pairs metrics, and
a list of countries of another length pairs nothing. "Afrin has a population of 300,000" in a text on
Turkey: a place's figure is its country's (`accords.indicators.places.named_place`). "A Turkish
aircraft with 11 passengers aboard heading from Sharjah in the United Arab Emirates to Istanbul":
a journey's ends are no side of a count of people aboard (`accords.indicators.owners`), while a flow
of passengers "from Iran to Turkey" keeps both.

Texts: sentences of Tehran Times articles of `tehrantimes-region` (CC BY 4.0): 424176, 63183, 420737
(after a sentence of our own on Turkey), 421985; the others our own paraphrases. Each expected record
is (metric, subjects, value) of the figures, in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

TT = "Tehran Times"
ON_TURKEY = "Turkey launched an operation on Saturday. "

CASES = [
    pytest.param(
        "Over 850,000 Iranians visited Turkey from January to May, IRNA reported. Iran is followed by Germany and "
        "Georgia with 666,000 and 651,000 travelers respectively, the report said.",
        [("visits", ("IRN", "TUR"), 850000), ("tourists", ("DEU", "TUR"), 666000), ("tourists", ("GEO", "TUR"), 651000)],
        id="ranked-list-respectively"),  # and the host named before (indtt47, `visits.with_host`; gold tt_424176)
    pytest.param(
        "Azerbaijan's exports to Russia, Turkey and Georgia stood at $1.2 billion, $900 million and $500 million, "
        "respectively.",
        [("exports", ("AZE", "RUS"), 1.2e9), ("exports", ("AZE", "TUR"), 900e6), ("exports", ("AZE", "GEO"), 500e6)],
        id="partners-respectively"),
    pytest.param(
        "The report, a copy of which was made available to IRNA, said Turkey's exports to and imports from Iran in "
        "the first two months of 2000 was $34.897 million and $88.756 million respectively.",
        [("exports", ("IRN", "TUR"), 34.897e6), ("imports", ("IRN", "TUR"), 88.756e6)],
        id="metrics-respectively-keep-the-pair"),
    pytest.param(
        "Iran's exports to Iraq, Afghanistan and Turkey reached $5 billion and $3 billion respectively.",
        [("exports", ("AFG", "IRN", "IRQ", "TUR"), 5e9), ("exports", ("AFG", "IRN", "IRQ", "TUR"), 3e9)],
        id="list-of-another-length"),
    pytest.param(
        ON_TURKEY + "A: The United Nations spokesperson has said that Afrin has a population of 300,000.",
        [("population", ("SYR",), 300000)], id="place-population"),
    pytest.param(
        ON_TURKEY + "Iran has a population of 80 million, the minister said.",
        [("population", ("IRN",), 80e6)], id="country-population"),
    pytest.param(
        "TEHRAN-- A Turkish aircraft with 11 passengers aboard heading from Sharjah in the United Arab Emirates to "
        "Istanbul, Turkey, crashed around the city of Shahr-e Kord, southwestern Chaharmahal and Bakhtiari province .",
        [("passengers", ("TUR",), 11)], id="journey-ends"),
    pytest.param(
        "Iran Air will operate 20 weekly flights from Tehran to Istanbul, carrying 3,000 passengers from Iran to Turkey.",
        [("flights", ("IRN", "TUR"), 20), ("passengers", ("IRN", "TUR"), 3000)], id="passenger-flow-keeps-both"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_respective_places_journeys(text: str, expected: list[tuple]) -> None:
    found = [(metric, subjects, value) for metric, subjects, value, _unit, _kind, _q in figures(text, source=TT)]
    assert found == expected
