"""Checking the filters a user types: dates, countries and closed vocabularies.

The API checks its query parameters through FastAPI; the CLI checks the same filters here,
so `accords events --since yesterday` is an error naming the option and what it accepts
instead of an empty answer. Countries are looked up in the gazetteer: an ISO 3166-1
alpha-3 code, a country's name ("Azerbaijan", "Türkiye") or an organisation's acronym or
name ("EU", "European Union") all give the code the store keeps.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable

from accords.errors import AccordsError
from accords.events.triggers import DOCUMENT_KINDS
from accords.gazetteer.countries import country_by_alias, country_by_iso3
from accords.gazetteer.organisations import igo_by_alias

#: What a date filter accepts, as the API's `IsoDate` pattern.
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q[1-4]|-H[12])?$")
DATE_FORMS = "YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Hn"

#: The kinds a signed document is filed under (`document_kind` of an AGREE/SUPPORT signing).
AGREEMENT_KINDS = tuple(sorted({kind for kind in DOCUMENT_KINDS.values() if kind}))


class FilterError(AccordsError):
    """A filter value is not one the store can answer; the message says what is accepted."""


def iso_date(value: str) -> str:
    """`value` when it is an ISO date at some precision (a year, month, day, quarter or
    half); `FilterError` otherwise, also for a month or day that does not exist."""
    text = value.strip()
    match = _ISO_DATE.match(text)
    if match is not None and match[2] is not None:
        year, month = int(match[1]), int(match[2])
        ok = 1 <= month <= 12 and (match[3] is None or 1 <= int(match[3]) <= calendar.monthrange(year, month)[1])
        if not ok:
            match = None
    if match is None:
        raise FilterError(f"{value!r} is not a date; use {DATE_FORMS}")
    return text


def country(value: str) -> str:
    """The code the store keeps for a country or organisation named `value`: an ISO3 code,
    a country's name or an organisation's acronym or name, in any letter case.
    `FilterError` when the gazetteer knows no such country or organisation."""
    text = value.strip()
    if len(text) == 3 and text.isalpha() and country_by_iso3(text) is not None:
        return text.upper()
    found = country_by_alias(text) or country_by_alias(text.title())
    if found is not None and found[1] == "name":
        return found[0]
    for spelling in (text, text.upper(), text.title()):
        igo = igo_by_alias(spelling)
        if igo is not None:
            return igo.acronym
    raise FilterError(f"{value!r} is not a country or organisation the gazetteer knows; "
                      "give an ISO 3166-1 alpha-3 code (AZE), a country's name (Azerbaijan) or an acronym (EU)")


def one_of(value: str, allowed: Iterable[str]) -> str:
    """The value of `allowed` that `value` names, in any letter case; `FilterError`
    listing the allowed values otherwise."""
    choices = tuple(allowed)
    found = {choice.lower(): choice for choice in choices}.get(value.strip().lower())
    if found is None:
        raise FilterError(f"{value!r} is not one of {', '.join(choices)}")
    return found
