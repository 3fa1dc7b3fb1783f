"""The one-word names and demonyms of countries a speaker's title or phrase may carry ("Iran",
"Iranian", "Azerbaijan's foreign minister"), with their ISO3 codes: which country a title phrase
names (`country_in`), whether a possessive's owner is a country (`country_owner`). Read by
`accords.quotes.speakers`, `accords.quotes.sources` and `accords.quotes.last_source`.
"""

from __future__ import annotations

import functools
import re


def country_owner(stretch: str) -> bool:
    """Whether the possessor of the last possessive in a stretch is a country ("Iran's")."""
    owners = re.findall(r"([A-Z][\w-]*)['’]s?\s", stretch)
    return bool(owners) and owners[-1] in country_words()


def country_in(phrase: str) -> str | None:
    """The ISO3 code of the first country a phrase names by one-word name or demonym."""
    table = country_words()
    for word in re.findall(r"[A-Z][\w'-]*", phrase):
        word = re.sub(r"['’]s?$", "", word)  # "Azerbaijan's foreign minister", "Iran’s chief diplomat"
        if word in table:
            return table[word]
    return None


@functools.cache
def demonyms() -> dict[str, str]:
    """One-word demonyms of countries ("Iranian") with their ISO3 codes."""
    try:
        from accords.gazetteer.countries import countries
    except ImportError:
        return {}
    return {d: c.iso3 for c in countries() for d in c.demonyms if " " not in d}


@functools.cache
def country_words() -> dict[str, str]:
    """One-word names and demonyms of countries ("Iran", "Iranian") with their ISO3 codes."""
    try:
        from accords.gazetteer.countries import countries
    except ImportError:
        return {}
    table: dict[str, str] = {}
    for country in countries():
        for alias in (*country.names, *country.demonyms):
            if " " not in alias:
                table[alias] = country.iso3
    return table
