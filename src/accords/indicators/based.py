"""A company's home read from "<place>-based": "a Minneapolis-based firm with a budget of $449,000"
is a US firm's figure, "Tokyo-based SoftBank agreed to inject $6.5 billion" a Japanese company's,
"Baku-based Azersun exported goods worth $20 million" an Azerbaijani one's.

Used only for a figure whose sentence gives it no country otherwise (`stages.indicators`): the
place names where the body that holds, spends or earns the sum sits. Only a company or a body of
business is read this way ("-based firm", "-based SoftBank"), never a source ("a Washington-based
think tank estimated"): the one who reports a figure is not what it is about. A place the gazetteers
do not locate, or places of two countries before the figure, give nothing.
"""

from __future__ import annotations

import re

from accords.gazetteer.countries import country_by_alias
from accords.gazetteer.places import place_country
from accords.gazetteer.us_states import state_country

#: "<Place>-based" and what it describes: a word for a company, or a company's capitalised name.
_BASED = re.compile(
    r"\b(?!(?:The|A|An|Its|Their)\s)(?P<place>[A-Z][\w.’']*(?:\s[A-Z][\w.’']*){0,2})-based\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:(?:compan(?:y|ies)|firms?|groups?|holdings?|conglomerates?|carriers?|airlines?|banks?|lenders?|insurers?|"
    r"manufacturers?|makers?|producers?|developers?|operators?|retailers?|start-?ups?|agenc(?:y|ies)|brands?|"
    r"exporters?|importers?|suppliers?|contractors?)\b|(?P<name>[A-Z][\w&.-]+))"
)
#: A source reporting the figure: a body named after "-based" that reports it ("the London-based Syrian Observatory
#: for Human Rights reported"; a company word reporting its own revenue is its figure), or "according to" before.
_REPORTED = re.compile(r"\b(?:said|says|say|reported|reports|told|estimated|estimates|according|cited|quoted)\b", re.IGNORECASE)
_ACCORDING = re.compile(r"\b(?:according\s+to|cited\s+by|quoted\s+by|said|told)\b[^.;]*$", re.IGNORECASE)
#: Capitalised words after "-based" that are no company's name: a source or a sentence's next word.
_NOT_NAMES = frozenset({"The", "A", "An", "It", "Think", "Research", "Analysts", "Analyst", "Institute"})


def based_country(before: str) -> str | None:
    """The one country of the "<place>-based" companies `before` (a sentence up to a figure) names
    (see the module docstring), or None."""
    found = set()
    for match in _BASED.finditer(before):
        if match.group("name") in _NOT_NAMES:
            continue
        if _ACCORDING.search(before, max(0, match.start() - 40), match.start()) or (
                match.group("name") and _REPORTED.search(before, match.end())):
            return None  # the one who reports the figure is no subject of it
        place = match.group("place")
        country = place_country(place) or state_country(place)
        if country is None and (named := country_by_alias(place)) is not None:
            country = named[0]
        if country is None:
            return None  # a place of no known country: its company's home is unknown, and so may be another's
        found.add(country)
    return found.pop() if len(found) == 1 else None
