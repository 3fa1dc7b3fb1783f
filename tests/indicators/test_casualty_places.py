"""People killed, hurt, detained or displaced in a place are that place's country's, when their
sentence names no country: "detained after the protests in Tehran" is Iran's, "killed in the
northern city of Mosul" Iraq's, "killed in Ahvaz" Iran's, and an attack named by its city ("The
Shiraz attack ..., killing at least 13 people") Iran's. Places of two countries, or none the
gazetteers know, leave the figure to the sentences before it.

Sentences written for this test or from tehrantimes-region (CC BY 4.0); each expected record is
(metric, subjects, value).
"""

from __future__ import annotations

import pytest

from accords.model import Article
from accords.pipeline import run

CASES = [
    pytest.param("About 4,000 people were detained after the protests in Tehran.",
                 [("detentions", ("IRN",), 4000.0)], id="a-capital"),
    pytest.param("At least 30 people were killed in the northern city of Mosul.",
                 [("deaths", ("IRQ",), 30.0)], id="a-listed-city"),
    pytest.param("Floods killed 24 people in Ahvaz on Friday.",
                 [("deaths", ("IRN",), 24.0)], id="a-provincial-capital"),
    pytest.param("Storms killed 40 people in Springfield last week.",
                 [("deaths", (), 40.0)], id="an-unknown-place-decides-nothing"),
    # an attack named by its place (tehrantimes-region, CC BY 4.0; the sentence before names Azerbaijan and Afghanistan)
    pytest.param("The Intelligence Ministry said the Azerbaijani national contacted Daesh’s network of foreign nationals "
                 "through a Daesh superior in Afghanistan. The Shiraz attack took place on October 26 at Maghrib prayer "
                 "time, when a terrorist opened fire at the pilgrims with his AK-47 rifle, killing at least 13 people and "
                 "injuring dozens of others.",
                 [("deaths", ("IRN",), 13.0)], id="an-attack-named-by-its-city"),
    pytest.param("The Ganja missile attack killed 12 civilians, the ministry said.",
                 [("deaths", ("AZE",), 12.0)], id="a-missile-attack-named-by-its-city"),
    pytest.param("A Tuesday attack killed 40 people.", [("deaths", (), 40.0)], id="a-day-names-no-place"),
    pytest.param("Coup plotters martyred 246 people in Ankara.", [("deaths", ("TUR",), 246.0)], id="martyred-before-the-count"),
    # a sympathiser's sentence before the toll: the dead are where the attacks were (tehrantimes-region, CC BY 4.0)
    pytest.param("Turkish presidential sources also said that Erdogan’s conversation with the Russian leader was “very "
                 "productive and positive.” The phone call came after Putin expressed sympathy for the victims of gun and "
                 "bomb attacks at the Istanbul airport Atatürk international airport. Some 41 people were killed and 239 "
                 "others injured in attacks on Tuesday night.",
                 [("deaths", ("TUR",), 41.0), ("injured", ("TUR",), 239.0)], id="not-the-sympathiser-s-dead"),
    pytest.param("The Russian and Turkish leaders spoke on Monday. Putin offered condolences over the bombing in Kabul. "
                 "At least 30 people were killed.",
                 [("deaths", ("AFG",), 30.0)], id="condolences-over-a-place"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_casualty_places(text: str, expected: list) -> None:
    extraction = run(Article(id="c", text=text, published="2019-11-19"))
    assert [(i.metric, i.subjects, i.value) for i in extraction.indicators] == expected
