"""The lender and the borrower of a loan, where the loan's own words name both (indtt48).

"the Chinese success in penetrating the (back garden of Washington), cost the Trump administration an American loan of
3,500 million dollars, at an interest rate not exceeding 2.48 percent, in order to enable Ecuador to settle all of its
debts with China" (tt_462804): the loan is the United States' and Ecuador's, as the gold gives a loan's sides (the
lender and the borrower, tests/gold/README.md), not China's, whose success the sentence opens on. The lender is the
country whose adjective or name stands right before the loan's noun ("an American loan of", "a Chinese credit line
worth") or the side the money comes "from" right after the figure ("a loan of $6 billion from the International
Monetary Fund"); the borrower the side a country "lends" ("lend Turkey 3 billion dollars"), the side the loan goes "to"
or is "to enable", "to help" ("... in order to enable Ecuador"), or the side named first in the sentence before a verb
of getting ("Pakistan obtained a loan"). Only where both are found are the two the loan's sides; else the subjects
rules' stand.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators.subjects import CountrySpan

#: The metrics of a loan's amount.
LOAN_METRICS = frozenset({"loans"})

#: The loan's noun and the words that lead to its amount, right before the figure: "an American loan of",
#: "a Chinese credit line worth", "a Russian state loan amounting to".
_NOUN_BEFORE = re.compile(
    r"\b(?:an?|the|its|their)\s+(?P<lender>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+(?:(?:state|government|soft|concessional|"
    r"preferential|new)\s+)?(?:loans?|credits?|credit\s+lines?)\s+(?:of|worth|amounting\s+to|totall?ing)\s+"
    r"(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|roughly)?\s*$")
#: The lender after the figure: "from the (International Monetary Fund)", "from China".
_FROM_AFTER = re.compile(r"^[^.;,]{0,40}?\bfrom\s+(?:the\s+)?\(?")
#: The borrower a country lends to, right before the figure: "lend Turkey", "will lend Pakistan".
_LEND_BEFORE = re.compile(r"\blend(?:s|ing)?\s+(?:the\s+)?(?P<borrower>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+"
                          r"(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|roughly)?\s*$")
#: The borrower the loan goes to or is for, after the figure: "to Ecuador", "in order to enable Ecuador".
_TO_AFTER = re.compile(r"^(?:[^.;]|\.(?=\d)){0,120}?\b(?:to|for)\s+(?:(?:enable|help|allow|assist)\s+)?(?:the\s+)?(?=[A-Z])")
#: A verb of getting a loan before the figure: "Pakistan obtained a loan of", "Egypt received a $3 billion loan".
_GOT_BEFORE = re.compile(r"\b(?:obtained|received|secured|got|took\s+out|borrowed|won)\b[^.;]{0,40}$")


def loan_sides(text: str, sentence: tuple[int, int], figure: tuple[int, int], subjects: tuple[str, ...], *,
               metric: str, countries: Sequence[CountrySpan]) -> tuple[str, ...]:
    """The lender and the borrower of the loan at `figure` in `sentence` where its words name both (see the module's
    text), else `subjects`."""
    if metric not in LOAN_METRICS:
        return subjects
    lender = _lender(text, sentence, figure, countries)
    borrower = _borrower(text, sentence, figure, countries)
    if lender is None or borrower is None or lender == borrower:
        return subjects
    return tuple(sorted({lender, borrower}))


def _at(countries: Sequence[CountrySpan], start: int, end: int) -> str | None:
    """The one country or body named inside text[start:end], else None."""
    named = {c.iso3 for c in countries if start <= c.start < end}
    return named.pop() if len(named) == 1 else None


def _lender(text: str, sentence: tuple[int, int], figure: tuple[int, int], countries: Sequence[CountrySpan]) -> str | None:
    start = max(sentence[0], figure[0] - 80)
    if (before := _NOUN_BEFORE.search(text, start, figure[0])) is not None:
        return _at(countries, before.start("lender"), before.end("lender"))
    if (after := _FROM_AFTER.match(text[figure[1]:sentence[1]])) is not None:
        position = figure[1] + after.end()
        return next((c.iso3 for c in countries if c.start == position), None)
    return None


def _borrower(text: str, sentence: tuple[int, int], figure: tuple[int, int], countries: Sequence[CountrySpan]) -> str | None:
    start = max(sentence[0], figure[0] - 80)
    if (lend := _LEND_BEFORE.search(text, start, figure[0])) is not None:
        return _at(countries, lend.start("borrower"), lend.end("borrower"))
    if (to := _TO_AFTER.match(text[figure[1]:sentence[1]])) is not None:
        position = figure[1] + to.end()
        if (found := next((c.iso3 for c in countries if c.start == position), None)) is not None:
            return found
    if (got := _GOT_BEFORE.search(text, sentence[0], figure[0])) is not None:
        first = sorted((c for c in countries if sentence[0] <= c.start < got.start()), key=lambda c: c.start)
        if first and not re.search(r"[,(]", text[sentence[0]:first[0].start]):
            return first[0].iso3  # "Pakistan obtained a loan of $6 billion": the sentence's subject
    return None
