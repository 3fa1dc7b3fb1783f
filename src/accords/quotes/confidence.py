"""A quote's confidence fitted to the evidence: the share of quotes of each construction that
the gold gives the same speaker (issue 14).

Each way of finding a quote's speaker sets a hand-chosen confidence (`accords.quotes.sources`,
`accords.stages.quotes`): 0.9 a person named in the reporting clause, 0.85 a holder named after
an office, 0.8 an organisation named or its role, 0.7 a title, a pronoun or an organisation
noun, 0.6 a described voice ("his office", "the statement"), 0.5 a quote carried on from the
last speaker or a description ("the company said"), 0.4 carried two paragraphs back, 0.3 an
unnamed group or person (`accords.quotes.groups.UNNAMED_CONFIDENCE`); reported speech is capped
at 0.6. That hand value, with whether the quote is direct, names the construction, and
`FITTED` maps it to the share right on the dev gold (`bench/fit_quote_confidence.py`, which
writes the table below: counts shrunk towards the share of all quotes of the same kind,
rounded to two decimals, unnamed speakers kept below every named construction). A construction
the table lacks keeps its hand value.
"""

from __future__ import annotations

import dataclasses

from accords.model import Quote

# fitted table: begin (written by bench/fit_quote_confidence.py; do not edit by hand)
FITTED: dict[tuple[bool, float], float] = {
    (False, 0.3): 0.51,
    (False, 0.5): 0.56,
    (False, 0.6): 0.82,
    (True, 0.3): 0.51,
    (True, 0.5): 0.92,
    (True, 0.6): 0.7,
    (True, 0.7): 0.87,
    (True, 0.8): 0.82,
    (True, 0.85): 0.95,
    (True, 0.9): 0.98,
}
# fitted table: end


def calibrated(quote: Quote) -> Quote:
    """The quote with its construction's fitted confidence (`FITTED`), or as it is."""
    fitted = FITTED.get((quote.direct, round(quote.confidence, 2)))
    return quote if fitted is None else dataclasses.replace(quote, confidence=fitted)
