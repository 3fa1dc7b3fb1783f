"""Web news (twenty-fourth session, evnews34): violence of a private person told in a relative
clause ("the man who assassinated two New York City cops") is crime news, no ASSAULT
(`nonstate.private_violence` reads "who" as the noun it hangs on); forces named in a relative
clause still attack.

The first sentence is from the newspaper4k test pages (MIT; tests/gold/README, "Web news dev
additions (twenty-fourth session ...)"); the others are our own sentences."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_COPS = ("The black man who assassinated two New York City cops last week went by the name “Ismaaiyl "
         "Abdullah-Muhammad,” and the man who attempted to hatchet four NYPD officers to death in October had adopted "
         "the name “Zaim Farouq Abdul-Malik.”")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_COPS, [], id="man-who-assassinated-cops"),
    pytest.param("A woman who stabbed two French tourists in Nice was arrested on Monday.", [], id="woman-who-stabbed"),
    pytest.param("Israeli soldiers who raided the camp killed three Palestinians in Jenin.",
                 [("ASSAULT", ("ISR", "PSE"), "occurred")], id="soldiers-who-raided-still-attack"),
    pytest.param("The Russian troops that attacked the town killed dozens of Ukrainians.",
                 [("ASSAULT", ("RUS", "UKR"), "occurred")], id="troops-that-attacked-still-attack"),
])
def test_private_violence_in_relative_clause(text, expected):
    assert [e for e in events_with_sides(text, published="2014-12-28") if e[0] == "ASSAULT"] == expected
