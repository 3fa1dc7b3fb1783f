"""A common noun capitalised only because it opens the sentence still names a figure: "Patent
activity in Azerbaijan grew by 22 %" is `patent_activity_growth`, as "In Azerbaijan, patent activity
grew by 22 %" is, not `activity_growth`.

`accords.indicators.named` names a figure from its own words and passes over capitalised words (a
country, a company, a name). `lowered` gives it the phrase with its first word in lower case where
that word opens the clause, is written like a common word ("Patent": one capital, then small
letters), is followed by a word in lower case, and is no name the gazetteers know (a country, a
people, a capital or listed city, a known organisation): "Azerbaijan trade grew" and "Baku port
traffic rose" keep their first word a name.
"""

from __future__ import annotations

import re

from accords.gazetteer.places import known_by_alias, place_country
from accords.indicators.subjects import gazetteer_matches

#: A clause's first word written like a common noun, then a word in lower case: "Patent activity".
_COMMON_OPENING = re.compile(r"^(?P<first>[A-Z][a-z]{2,})(?P<rest>\s+[a-z][\w-]*)")


def lowered(lead: str, phrase_start: int, phrase: str) -> str:
    """`phrase` (found at `phrase_start` of `lead`) with its first word in lower case where it opens
    `lead` and reads as a common word (see the module docstring); else `phrase` unchanged."""
    if lead[:phrase_start].strip():
        return phrase
    match = _COMMON_OPENING.match(phrase)
    if match is None:
        return phrase
    first = match.group("first")
    if next(gazetteer_matches(first), None) is not None or known_by_alias(first) is not None \
            or place_country(first) is not None:
        return phrase
    return first.lower() + phrase[len(first):]
