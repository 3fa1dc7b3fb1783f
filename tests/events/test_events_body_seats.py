"""A meeting in a city that seats international bodies (Geneva, Vienna, New York, Brussels) is no
visit to the host country: when the event names fewer than two sides, the host is not added as
the other (`accords.events.phrases.seat_of_bodies`, issue 13). A host of no such seat still is.

Sentences written for this test in the register of Tehran Times."""

from __future__ import annotations

import pytest

from tests.events.sides import directed_events


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Iran's deputy foreign minister met with Russia's special envoy for Syria Alexander Lavrentiev in "
                 "Geneva on Tuesday.", [("CONSULT", ("IRN",), ("RUS",))], id="geneva-is-no-side"),
    pytest.param("Iran's foreign minister met his counterpart in Ankara on Monday.",
                 [("CONSULT", ("IRN",), ("TUR",))], id="a-capital-is-its-country"),
])
def test_body_seats(text, expected):
    assert directed_events(text, published="2023-05-01") == expected
