"""People killed, hurt, detained or displaced in a place are that place's country's, when their
sentence names no country: "detained after the protests in Tehran" is Iran's, "killed in the
northern city of Mosul" Iraq's, "killed in Ahvaz" Iran's. Places of two countries, or none the
gazetteers know, leave the figure to the sentences before it.

Sentences written for this test; each expected record is (metric, subjects, value).
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
]


@pytest.mark.parametrize("text, expected", CASES)
def test_casualty_places(text: str, expected: list) -> None:
    extraction = run(Article(id="c", text=text, published="2019-11-19"))
    assert [(i.metric, i.subjects, i.value) for i in extraction.indicators] == expected
