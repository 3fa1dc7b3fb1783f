"""The states of the United States, and whether a text's "Georgia" is the US state or the country.

The places of the USA that news of one state's economy or politics names instead of the country
(`US_STATES`, `US_STATE_ABBREVIATIONS`, `state_country`, `us_state_pattern`), and the one owner of
the reading of "Georgia" (`is_us_georgia`): the state by its own context ("Atlanta, Georgia", "the
University of Georgia", "Governor Brian Kemp of Georgia") or by the rest of a text that names the
country nowhere; the country otherwise ("Tbilisi, Georgia", "Armenia, Georgia and Azerbaijan").
The regions, cities and other known names are in `accords.gazetteer.places`.
"""

from __future__ import annotations

import functools
import re

from accords.gazetteer.countries import country_by_alias
from accords.gazetteer.places import known_by_alias

#: The states of the United States, places of the USA that news of one state's economy or politics
#: names instead of the country (Indiana's teachers, car sales next to California). Kept out of the
#: places table (`places`), so the entity stage does not take them for foreign places (a campaign
#: tour of Nevada is no visit abroad). Left out as ambiguous: "Georgia" (a country), "Washington" (the capital),
#: "Mississippi" (a river: "Mekong-Mississippi"), "New York" (in the places table).
US_STATES = frozenset({
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
    "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming",
})

#: The states as AP datelines write them short ("ST. JOSEPH, Mich. (AP)"); those written in full
#: (Iowa, Ohio, Texas, Utah, ...) are in `US_STATES` as they are.
US_STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi",
    "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
    "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island",
    "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee", "Vt.": "Vermont", "Va.": "Virginia",
    "Wash.": "Washington", "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}

#: Cities and places of the US state of Georgia that open "<place>, Georgia" ("Atlanta, Georgia",
#: "Fulton County, Georgia"): there "Georgia" is the state, not the country (`is_us_georgia`).
GEORGIA_US_PLACES = frozenset({
    "Atlanta", "Savannah", "Macon", "Augusta", "Athens-Clarke", "Columbus", "Albany", "Marietta", "Alpharetta",
    "Sandy Springs", "Roswell", "Valdosta", "Brunswick", "Dalton", "Gainesville", "Rome", "Warner Robins",
    "County",
})


def state_country(name: str) -> str | None:
    """The country of a state named exactly `name` (`US_STATES`), or None."""
    return "USA" if name.strip() in US_STATES else None



#: "the State of Georgia", "University of Georgia", "Georgia Tech", "Georgia Ports Authority",
#: "Georgia Department of ...", "Georgia State University", "Georgia Governor": the state's own names.
_STATE_NAMED_BEFORE = re.compile(
    r"\b(?:[Ss]tate|University|Governor|Gov\.|Senator|Sen\.)\s+of\s+$"
    # an office of a US state held by a named person: "Governor Brian Kemp of", "Senator Jon Ossoff of"
    r"|\b(?:Governor|Gov\.|Lieutenant\s+Governor|Senator|Sen\.|Representative|Rep\.|Congressman|Congresswoman)"
    r"(?:\s+[A-Z][\w.'’-]*){1,3}\s+of\s+$"
)
_STATE_NAMED_AFTER = re.compile(
    r"^\s+(?:Tech|Ports?|Department|State|Power|Governor|Gov\.|General\s+Assembly|Secretary\s+of\s+State|"
    r"Supreme\s+Court|Senate|House)\b"
    # the state's own government: "Georgia state and local government officials", "Georgia state legislators"
    r"|^\s+state\s+(?:and\s+local|legislat\w+|lawmakers|officials|government|senators?|capitol)\b"
)
#: The state's governor written in lower case: "the governor of Georgia", "Georgia's governor", "Georgia
#: governor Brian Kemp" (the country has governors of its regions, none "of Georgia": read only in a text
#: that names nothing of the country, and not before a possessive, "the governor of Georgia's central bank").
_GOVERNOR_BEFORE = re.compile(r"\bgovernor\s+of\s+$")
_GOVERNOR_AFTER = re.compile(r"^(?:['\u2019]s)?\s+governor\b")
_NAME_BEFORE = re.compile(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?),\s*(?:and\s+)?$")
_NAME_AFTER = re.compile(r"^\s*,\s*(?:and\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")


#: A place preposition right before a town's name: "a new plant in Bryan, Georgia".
_IN_TOWN = re.compile(r"\b(?:in|at|near|outside|from)\s+$")


def _unknown_town(before: str, name: str) -> bool:
    """Whether `name`, written right before ", Georgia" after a place preposition ("in Bryan,
    Georgia", "in Buena Vista, Georgia"), is a town no gazetteer knows: neither a country nor a
    capital nor a listed place ("in Batumi, Georgia", "in Turkey, Georgia and Armenia" stay the
    country). Towns of the country are its capital and listed cities; an unknown one is the state's."""
    if not _IN_TOWN.search(before):
        return False
    return country_by_alias(name) is None and known_by_alias(name) is None


#: Words that make a text's "Georgia" the country: its capital, cities and regions, its adjective,
#: the Caucasus, and a foreign office "of Georgia" ("President Salome Zourabichvili of Georgia").
_COUNTRY_GEORGIA = re.compile(
    r"\b(?:Tbilisi|Batumi|Kutaisi|Georgians?|Abkhaz\w*|South\s+Ossetia\w*|Caucas\w*)\b"
    r"|\b(?:President|Prime\s+Minister|Foreign\s+Minister|Minister|Parliament|Speaker|Ambassador|Embassy)"
    r"(?:\s+[A-Z][\w.'’-]*){0,3}\s+of\s+Georgia\b"
)
_GEORGIA = re.compile(r"\bGeorgia\b")


@functools.lru_cache(maxsize=64)
def _state_in_text(text: str) -> bool:
    """Whether a text that names "Georgia" means the US state throughout (one sense per text): some
    mention is the state by its own context (`_local_us_georgia`: "University of Georgia", "Atlanta,
    Georgia") or the text names another US state ("DeKalb County School District in Georgia" in a
    fact sheet on schools in Texas and Ohio: `us_state_pattern`, `_STATES_ALSO_CITIES` left out), and nothing in the text names the
    country (`_COUNTRY_GEORGIA`) or lists Georgia among countries ("Armenia, Georgia and Azerbaijan")."""
    if _COUNTRY_GEORGIA.search(text):
        return False
    mentions = [(m.start(), m.end()) for m in _GEORGIA.finditer(text)]
    if any(_among_countries(text, start, end) for start, end in mentions):
        return False
    # another state named as no city could be: in a text that names the country nowhere, its "Georgia"
    # is a state too (all 55 such White House texts of 2021-24, none of the 1,463 Tehran Times texts)
    other_state = us_state_pattern(_STATES_ALSO_CITIES).search(text) is not None
    return other_state or any(_local_us_georgia(text, start, end) for start, end in mentions)


#: US states whose names are also those of a city or of a government's seat ("the UN in New York",
#: "talks in Washington"): they make no text's "Georgia" the state.
_STATES_ALSO_CITIES = frozenset({"Georgia", "New York", "Washington"})


@functools.cache
def us_state_pattern(left_out: frozenset[str] = frozenset()) -> re.Pattern[str]:
    """A US state's name as whole words ("in Texas", "Columbus, Ohio"), the names `left_out` excepted."""
    names = sorted(US_STATES - left_out, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b")



#: ", Ohio", ", Tennessee", ", Pa.": a US state right after a name, which makes the name a town of that state.
_STATE_OF_TOWN = re.compile(
    r",\s+(?:" + "|".join(re.escape(name) for name in sorted(US_STATES, key=len, reverse=True))
    + "|" + "|".join(re.escape(short) for short in US_STATE_ABBREVIATIONS) + r")(?![\w-])"
)


#: The capitalised word that opens a town's name before a country's name: "East" of "East Palestine".
_TOWN_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")


def names_us_state(text: str, start: int, end: int) -> bool:
    """Whether the country's name at text[start:end] ends the name of a US state: "Mexico" of "New
    Mexico" ("New Mexico has been particularly hard hit, with ... 250,000 acres" is no figure of
    Mexico)."""
    before = _TOWN_WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and f"{before.group(1)} {text[start:end]}" in US_STATES


def names_us_town(text: str, start: int, end: int) -> bool:
    """Whether the country's name at text[start:end] is (part of) the name of a US town: written with
    its state after a comma ("East Palestine, Ohio", "Lebanon, Tennessee", "Mexico, Mo."), or the same
    name that the text writes so elsewhere (one sense per text: "the residents of East Palestine" after
    "East Palestine, Ohio"). The town is no act or figure of the country. "Georgia" is left to
    `is_us_georgia` (no state of that name is in `US_STATES`, so "Tbilisi, Georgia" stays the country's)."""
    if _STATE_OF_TOWN.match(text, end) is not None:
        return True
    before = _TOWN_WORD_BEFORE.search(text, max(0, start - 20), start)
    name = (before.group(1) + " " if before is not None else "") + text[start:end]
    return name in _towns_of(text)


@functools.lru_cache(maxsize=64)
def _towns_of(text: str) -> frozenset[str]:
    """Names the text writes with a US state after a comma, with the capitalised word before them
    ("East Palestine" of "East Palestine, Ohio") and without it when none stands there."""
    towns = set()
    for state in _STATE_OF_TOWN.finditer(text):
        name = re.search(r"(?:\b[A-Z][a-z]+\s+)?\b[A-Z][\w-]*$", text[max(0, state.start() - 40):state.start()])
        if name is not None:
            towns.add(name.group(0))
    return frozenset(towns)


def _among_countries(text: str, start: int, end: int) -> bool:
    """Whether "Georgia" at text[start:end] stands in a list next to a country's name."""
    names = [m.group(1) for m in (_NAME_BEFORE.search(text[max(0, start - 40):start]), _NAME_AFTER.match(text[end:end + 40]))
             if m is not None]
    return any((found := country_by_alias(name)) is not None and found[1] != "capital" for name in names)


def is_us_georgia(text: str, start: int, end: int) -> bool:
    """Whether "Georgia" at text[start:end] is the US state: by its own context
    (`_local_us_georgia`), or in a text whose other mentions make it the state and that names the
    country nowhere (`_state_in_text`: a fact sheet on "the University of Georgia" and "businesses
    in Georgia")."""
    return _local_us_georgia(text, start, end) or _state_in_text(text)


def _local_us_georgia(text: str, start: int, end: int) -> bool:
    """Whether "Georgia" at text[start:end] is the US state: after "<a place of the state>,"
    ("Atlanta, Georgia", "Fulton County, Georgia") or next to a US state in a list ("Alabama,
    Florida, Georgia, Louisiana", "Georgia, Florida, North Carolina"), or in a name of the
    state's own ("the State of Georgia", "Georgia Ports Authority"), after a state office held by a
    named person ("Governor Brian Kemp of Georgia") or before the state's government ("Georgia
    state and local government officials"), or beside its governor in lower case ("the governor of
    Georgia") in a text that names nothing of the country. "France, Georgia",
    "Tbilisi, Georgia" and "President Salome Zourabichvili of Georgia" stay the country."""
    if _STATE_NAMED_BEFORE.search(text[max(0, start - 60):start]) or _STATE_NAMED_AFTER.match(text[end:end + 30]):
        return True
    if ((_GOVERNOR_BEFORE.search(text[max(0, start - 20):start]) and text[end:end + 2] not in ("'s", "\u2019s"))
            or _GOVERNOR_AFTER.match(text[end:end + 20])) and not _COUNTRY_GEORGIA.search(text):
        return True
    before = _NAME_BEFORE.search(text[max(0, start - 40):start])
    if before is not None:
        words = before.group(1).split()
        if words[-1] in GEORGIA_US_PLACES or " ".join(words) in US_STATES or words[-1] in US_STATES:
            return True
        name_start = max(0, start - 40) + before.start(1)
        if _unknown_town(text[max(0, name_start - 12):name_start], before.group(1)):
            return True
    after = _NAME_AFTER.match(text[end:end + 40])
    if after is not None:
        words = after.group(1).split()
        return " ".join(words) in US_STATES or words[0] in US_STATES
    return False
