"""A figure in brackets inside another figure's phrase: "Turkey exported $7.6 billion worth of goods
(5.4% of its total exports) to Iraq".

The clause window of a figure ends where the next figure of its sentence begins (`accords.stages.indicators`),
so the destination after the brackets ("to Iraq") fell outside the first figure's window and the exports were
Turkey's alone. A figure that opens a bracketed aside right after the first figure's own phrase belongs to that
phrase, and the first figure's window runs on past it, as it does past the money value of a quantity
(`clauses.worth_pair`).
"""

from __future__ import annotations

import re

from accords.model import Quantity

#: The words between a figure and a bracket that opens on the next figure: "worth of goods (", " of oil (", " (".
_OPENING = re.compile(r"(?:\s+[a-z][\w-]*){0,4}\s*\(\s*(?:about|some|around|nearly|almost|or|up|down)?\s*$")


def opens_aside(text: str, first: Quantity, second: Quantity) -> bool:
    """Whether `second` opens a bracketed aside that follows `first`'s own phrase (at most four lower-case
    words between them) and closes before the sentence goes on: "$7.6 billion worth of goods (5.4% of its
    total exports) to Iraq"."""
    between = text[first.evidence[0].end:second.evidence[0].start]
    if not _OPENING.fullmatch(between):
        return False
    close = text.find(")", second.evidence[0].end, second.evidence[0].end + 80)
    return close != -1 and "(" not in text[second.evidence[0].end:close]
