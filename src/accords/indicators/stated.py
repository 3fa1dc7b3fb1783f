"""Large counts that "the" states rather than refers back to.

"the two sides" refers back to what the text named before, but "the 1.1 million jobs created in Texas",
"the 25,000 people who marched last week" and "the 2.3 million people in Gaza" state their figure: from
`STATED_LARGE` on, a count after "the" is a claim (a restatement is dropped later, as said before). Not
after "of the" (a part of a whole said before: "55 million of the 80 million doses"), nor "these"/"those",
nor a year ("the 2030 Agenda"), nor the world's things ("the 18,700 companies globally"); a place's people
are stated after any of them ("of the 1.2 million people in the U.S.").
"""

from __future__ import annotations

import re

STATED_LARGE = 1_000
_THE_BEFORE = re.compile(r"(?<!\bof )\bthe\s+$", re.IGNORECASE)
_YEAR_LIKE = re.compile(r"1[89]\d\d|2[01]\d\d")
_WORLD_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){1,3}\s+(?:globally|worldwide|around\s+the\s+world)\b")
#: "the 20 million residents of Delhi", "of the 2.3 million people in Gaza": a place's people.
_PEOPLE_OF_PLACE = re.compile(r"\s+(?:people|residents|inhabitants|citizens)\s+(?:of|in)\s+(?:the\s+)?[A-Z]")


def is_stated_large(text: str, start: int, end: int, value: float) -> bool:
    """Whether the count text[start:end] (`value`), after a word that usually refers back, states a figure."""
    if abs(value) < STATED_LARGE:
        return False
    if _PEOPLE_OF_PLACE.match(text, end):
        return True
    return bool(_THE_BEFORE.search(text, max(0, start - 12), start)) and not _YEAR_LIKE.fullmatch(text[start:end]) \
        and not _WORLD_AFTER.match(text, end)
