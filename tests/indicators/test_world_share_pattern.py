"""One pattern for a share of a world whole after a figure (prec29): `accords.indicators.worldshares`
owns it and `accords.indicators.places` reads it (the two modules once held a copy each, one with
"per cent" and "worldwide", the other with "worlds"). Phrases from White House fact sheets
(public domain) and paraphrase."""

from __future__ import annotations

import pytest

from accords.indicators import places, worldshares


@pytest.mark.parametrize(("tail", "matches"), [
    pytest.param(" of the world’s gross domestic product", True, id="of-the-worlds-curly"),
    pytest.param(" of the world's GDP", True, id="of-the-worlds"),
    pytest.param(" of world GDP", True, id="of-world"),
    pytest.param(" of global forest cover", True, id="of-global"),
    pytest.param(" percent of global methane emissions", True, id="percent-of-global"),
    pytest.param(" per cent of the world’s trade", True, id="per-cent-of-the-world"),
    pytest.param(" of worldwide output", True, id="of-worldwide"),
    pytest.param(" of its exports", False, id="of-its-exports"),
    pytest.param(" of the country’s GDP", False, id="of-the-country"),
    pytest.param(" in global trade", False, id="in-global-trade"),
])
def test_of_the_world(tail, matches):
    assert bool(worldshares.OF_THE_WORLD.match(tail)) is matches


def test_places_reads_the_one_pattern():
    assert places.OF_THE_WORLD is worldshares.OF_THE_WORLD
    assert not hasattr(places, "_OF_WORLD") and not hasattr(worldshares, "_OF_THE_WORLD")
