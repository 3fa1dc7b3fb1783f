"""Counts of an organisation's observers and dialogue partners, as the state press sums up the SCO (indtt46).

"The SCO currently comprises eight Member States (...), four Observer States interested in acceding to full membership
(...), and six “Dialogue Partners” (...)", "four countries of Afghanistan, Belarus, Iran and Mongolia are observer
members", "six countries — Azerbaijan, Armenia, ... — have a dialogue partner status": the gold (tests/gold/README.md,
tt_477074) records such counts as the organisation's (`observer_states`, `dialogue_partners`), as it records its
members (`memberships`), never of the countries listed. The organisation is the last one the text names before the
count, named at most `NEAR` characters before it; a count far from any (observers of a military exercise) keeps its
other rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators.memberships import names_organisation
from accords.indicators.subjects import CountrySpan, is_country

#: How far before the count the organisation is named (the SCO two sentences before, in a summary of its members);
#: "twelve observer countries" of a military exercise thousands of characters after the WTO is none of its.
NEAR = 400
OBSERVERS = "observer_states"
PARTNERS = "dialogue_partners"
METRICS = frozenset({OBSERVERS, PARTNERS})

#: The status right after the count: "four Observer States", "six “Dialogue Partners”", "4 observer countries".
_STATUS_AFTER = re.compile(
    r"\s+[“\"]?(?:(?P<observer>[Oo]bserver\s+(?:[Ss]tates|[Cc]ountries|[Mm]embers|[Nn]ations)|[Oo]bservers)|"
    r"(?P<partner>[Dd]ialogue\s+[Pp]artners))\b")
#: Counted countries the clause then gives the status: "four countries of ... are observer members", "Six countries of
#: ... are also its negotiating partners", "six countries — ... — have a dialogue partner status".
_COUNTRIES_WITH_STATUS = re.compile(
    r"\s+countries\b[^.;]{0,160}?\b(?:are|have)\s+(?:also\s+)?(?:its\s+|an?\s+|the\s+)?(?:(?P<observer>observer\s+"
    r"(?:members|states|status|countries))|(?P<partner>(?:dialogue|negotiating)\s+partners?(?:\s+status)?))\b",
    re.IGNORECASE)


def status_metric(text: str, end: int, stop: int) -> str | None:
    """`observer_states` or `dialogue_partners` for the count ending at `end` (its sentence ending at `stop`) that an
    organisation named in the `NEAR` characters before it has as observers or dialogue partners, else None."""
    found = _STATUS_AFTER.match(text, end, stop) or _COUNTRIES_WITH_STATUS.match(text, end, stop)
    if found is None or not names_organisation(text[max(0, end - NEAR):end]):
        return None
    return OBSERVERS if found.group("observer") else PARTNERS


def body(figure_start: int, countries: Sequence[CountrySpan]) -> tuple[str, ...]:
    """The organisation a count of observers or partners at `figure_start` belongs to: the last one named before it."""
    named = [c.iso3 for c in countries if not is_country(c.iso3) and not c.body and c.end <= figure_start]
    return (named[-1],) if named else ()
