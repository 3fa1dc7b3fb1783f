"""The term of a loan, lease, concession or compact: "a 20-year DFC loan", "a five-year compact".

Fact sheets give the length of the finance they extend ("Provide a 20-year DFC loan to support Fulbright
University Vietnam"); the gold records it as a figure in `year` of the lender's and the borrower's
(tests/gold/README.md). Only a number of years written as a compound adjective before a noun of such finance is
a term. The terms of programmes, projects, plans and agreements ("a five-year program", "the ten-year plan") are
figures of a government's own text only (`is_programme_term`): the White House gold records them (18 of the 20 in
its dev files; the Zambia fact sheet's four-year project is one left out), news and the Tehran Times do not. A stay or a trip ("a three-day
visit") and a plain duration ("for five years") stay no figure (`clauses.is_reference_count`). The metric ends in
`anniversaries.SUFFIX` so that the figure is read in years.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators.anniversaries import SUFFIX
from accords.indicators.subjects import CountrySpan

#: "-year" and up to four words before the noun of the finance that runs for that term: "20-year DFC loan",
#: "five-year, $500 million compact".
_TERM_AFTER = re.compile(
    r"^(?:-|\s)year(?:-long)?\b,?\s+(?:[$\w.,’'-]+\s+){0,4}?"
    r"(?P<head>(?i:compacts?|loans?|leases?|concessions?|credit\s+lines?|bonds?|"
    r"(?P<programme>programs?|programmes?|projects?|plans?|initiatives?|efforts?|fellowships?|pilots?|agreements?)))\b"
)
#: The heads of a programme's term: read in a government's own text only (`is_programme_term`).
_PROGRAMMES = frozenset({"program", "programme", "project", "plan", "initiative", "effort", "fellowship", "pilot", "agreement"})


def is_term(text: str, start: int, end: int) -> bool:
    """Whether the count text[start:end] is the number of years of a term (`_TERM_AFTER`)."""
    return _TERM_AFTER.match(text[end:end + 90]) is not None


def term_metric(after: str, *, unit: str) -> str | None:
    """`<head>_term` + the anniversaries' suffix for a count followed by "-year <what runs>" (`after`), else None."""
    if unit != "count" or (term := _TERM_AFTER.match(after[:90])) is None:
        return None
    head = term.group("head").lower().rstrip("s")
    head = re.sub(r"\s+", "_", head)
    return f"{head}_term{SUFFIX}"


def is_programme_term(metric: str) -> bool:
    """Whether `metric` is the term of a programme, project, plan or agreement ("a five-year program", "the 10-year
    plan"): a figure of a government's own text only, where the gold records it (the White House files since the
    nineteenth session: tests/gold/README.md, indwh24 and indwh29); news and the Tehran Times leave such terms out."""
    return metric.removesuffix(f"_term{SUFFIX}") in _PROGRAMMES and metric.endswith(f"_term{SUFFIX}")


def term_sides(
    sentence: tuple[int, int], subjects: tuple[str, ...], *, metric: str, countries: Sequence[CountrySpan],
    home: str | None,
) -> tuple[str, ...]:
    """The sides of a term (`term_metric`): those the subject rules found, with the countries of the government
    bodies its sentence names, which the subject rules keep for money only, and in a government's own text its
    home country (`home`), whose finance the text reports ("Provide a 20-year DFC loan to support Fulbright
    University Vietnam": VNM and USA)."""
    if not metric.endswith(f"_term{SUFFIX}"):
        return subjects
    bodies = {c.iso3 for c in countries if c.body and sentence[0] <= c.start < sentence[1]}
    return tuple(sorted({*subjects, *bodies, *((home,) if home is not None else ())}))
