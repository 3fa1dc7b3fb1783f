"""A programme's name with and without the lower-case head the text puts after it.

White House texts name a programme both ways: "the Central America Forward initiative", "the Build
Back Better World partnership", "the Americas Partnership Accelerator program", and the gold (like an
analyst) names it by its proper name, "Central America Forward", with the longer form as an alias.
The head-noun pattern keeps the head ("... initiative"), so the entity is given the proper name as an
alias too: the capitalised words before a programme's head written in lower case, two of them at least
("Climate initiative" gives nothing). Heads of things on the map ("Caspian Sea route", "Caspian Sea
zone") are no programme's: what stands before them is a place, not the project's name; nor is a
partner ("the New Zealand partnership", "the U.S.-Costa Rica partnership") or an owner ("President Yoon's initiative") one.
"""

from __future__ import annotations

import re

from accords.gazetteer.countries import country_by_alias
from accords.gazetteer.places import place_country

#: The heads of a programme's name (of `lexicon.WEAK_PROJECT_HEADS`: a route, zone or port is on the map).
PROGRAMME_HEADS = frozenset({"initiative", "partnership", "program", "programme"})

#: The fewest words the proper name keeps: "Climate" alone is no programme's name.
_MIN_WORDS = 2


def without_generic_head(name: str) -> str | None:
    """`name` without a programme's lower-case head at its end, when what is left is a proper name
    of two words or more ending in a capitalised word; else None."""
    words = name.split()
    if len(words) <= _MIN_WORDS or words[-1] not in PROGRAMME_HEADS:
        return None
    rest = words[:-1]
    if not rest[-1][:1].isupper() or not rest[0][:1].isupper() or rest[-1].endswith(("'s", "’s", "s'", "s’")):
        return None  # "President Yoon’s initiative": whose, not which
    short = " ".join(rest)
    parts = [part for part in re.split(r"[-\u2013]", short) if part]
    if all(country_by_alias(part) is not None or place_country(part) is not None for part in parts):
        return None  # "the New Zealand partnership", "the U.S.-Costa Rica partnership": partners, no name
    return short
