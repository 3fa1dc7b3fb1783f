"""Lists of names in running text: "Iran, Russia and Turkey", "Iranian, Russian, and Turkish",
"Iran, Syria, Russia as well as Turkey", "Azerbaijan and the Republic of Armenia".

One owner for what joins the items of a list of countries (`LIST_JOINS`) and for the walk that
chains names into lists (`runs`), read by the events' named lists
(`accords.events.groups.with_named_lists`: "the three countries" after "Iran, Russia and
Turkey"), the figures' "respectively" (`accords.indicators.respective`: "Germany and Georgia
with 666,000 and 651,000 travelers respectively") and the figures' lists of examples, of
partners and of a region (`accords.indicators.countrylists`: "including Turkey, Pakistan, and Iran").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: What joins the countries of a list ("Iran, Russia and Turkey", "Iranian, Russian, and Turkish",
#: "Iran, Syria, Russia as well as Turkey", "Azerbaijan and the Republic of Armenia").
LIST_JOINS = re.compile(r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|,?\s*\band\s+|,?\s*\bas\s+well\s+as\s+)"
                        r"(?:the\s+)?(?:Republic\s+of\s+)?", re.IGNORECASE)


def runs(text: str, spans: Sequence[tuple[int, int]]) -> list[list[int]]:
    """The positions in `spans` (names in text order, as (start, end)) chained into lists: each
    run holds the names that `LIST_JOINS` joins one after the other; a name joined to none is
    a run of its own."""
    found: list[list[int]] = []
    for position, (start, _end) in enumerate(spans):
        last_end = spans[found[-1][-1]][1] if found else None
        if last_end is not None and start >= last_end and LIST_JOINS.fullmatch(text[last_end:start]):
            found[-1].append(position)
        else:
            found.append([position])
    return found
