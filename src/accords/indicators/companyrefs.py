"""A company named by reference: "The packaged food and beverage company has enjoyed a nice run this year with
the stock up more than 47%" after a sentence naming WhiteWave Foods (NYSE: WWAV) and China: the figure is the
company's, so it takes the company's country (`mentioncountries.organisation_countries`: the entity's, the one
`knowledge.companies` knows, USA for a company listed with a US exchange ticker), not a country the sentences
before it name in passing (a market it sells in, a partner).

`referred_company(text, sentence, figure_start, organisations)` returns that country, or None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.model import Segment

#: The company as the figure's subject, referred back to: "The company celebrated ...", "The packaged food and
#: beverage company has ...", "The stock that went public at $27", "the firm's", "its shares"; not "a company",
#: "the companies" (several), "the company's customers" owning nothing named before ("the company" must open
#: the sentence, or own the figure's noun right before it: "the company's revenue rose 5%").
_THE_COMPANY = re.compile(
    r"\W*(?:The|This)\s+(?:[a-z][\w-]*\s+){0,4}?(?:company|firm|retailer|chipmaker|carmaker|automaker|stock|"
    r"operator|maker|group)\b(?!['’]s\s+(?:rivals?|competitors?|peers?)\b)"
)
#: A turn to another topic between the company and the figure: "The offshore drilling firm had no specific news today,
#: but crude prices are down about 2%" (the crude price is no company's).
_TURN = re.compile(r"[;:]|,?\s+(?:but|while|whereas|although|though)\s")
#: How far back (characters before the figure's sentence) the company may have been named.
COMPANY_REACH = 600


def referred_company(text: str, sentence: Segment, figure_start: int,
                     organisations: Sequence[tuple[int, int, str]]) -> str | None:
    """The country of the company named last before a sentence (within `COMPANY_REACH`) that opens with
    "The company" or "The stock" before its figure at `figure_start`; None where it does not, or no company
    of a known country was named before it."""
    opening = _THE_COMPANY.match(text, sentence.start, figure_start)
    if opening is None or _TURN.search(text, opening.end(), figure_start):
        return None
    before = [(s, iso) for s, e, iso in organisations if sentence.start - COMPANY_REACH <= s and e <= sentence.start]
    return max(before)[1] if before else None

