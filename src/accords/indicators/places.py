"""Where people a figure counts were killed, hurt, detained or displaced: the country of the place a
sentence names after "in" ("detained after the protests in Tehran": Iran), for casualty counts whose
sentence names no country (`accords.indicators.owners`). Capitals and listed cities come from the
gazetteers (`accords.gazetteer.places.place_country`), US states from `state_country`.
"""

from __future__ import annotations

import re

from accords.gazetteer.places import place_country, state_country

#: "in Tehran", "in the northern city of Mosul", "in Texas": a place named after "in".
IN_PLACE = re.compile(r"\bin\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:city\s+of\s+|town\s+of\s+|province\s+of\s+)?"
                      r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


def place_of(text: str, span: tuple[int, int]) -> str | None:
    """The one country of the places a sentence names after "in" (a capital, a listed city, a US
    state), where people were killed, hurt, detained or displaced; None when it names none or
    places of several countries."""
    found = set()
    for match in IN_PLACE.finditer(text, span[0], span[1]):
        words = match.group("name").split()
        country = next((c for n in range(len(words), 0, -1)
                        if (c := place_country(" ".join(words[:n])) or state_country(" ".join(words[:n]))) is not None), None)
        if country is not None:
            found.add(country)
    return found.pop() if len(found) == 1 else None
