"""A body named by reference: "The organization accounts for 40 percent of the world's population" after
"The SCO was founded by China, Russia, ...": the figure is the international body's the text named last
before it (`referred_body`), not the countries of the sentences just before (its members, an applicant).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators.subjects import CountrySpan, is_country

#: A sentence that opens with the body as its subject: "The organization", "This bloc", "The alliance".
THE_BODY = re.compile(
    r"\W*(?:The|This)\s+(?:organi[sz]ation|bloc|alliance|grouping)\b(?!\s+(?:of|for)\b|['’])",
)


def referred_body(text: str, sentence_start: int, countries: Sequence[CountrySpan]) -> str | None:
    """The international body (an acronym such as SCO or NATO, no country and no government body) named last
    before a sentence that opens with "The organization" or "The bloc", or None."""
    if THE_BODY.match(text, sentence_start) is None:
        return None
    bodies = [c for c in countries if c.end <= sentence_start and not c.body and not is_country(c.iso3)]
    return max(bodies, key=lambda c: c.start).iso3 if bodies else None
