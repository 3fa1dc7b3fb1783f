"""The partner of a flow the text names by reference: "Iran's exports to the neighboring country",
"its imports from that country" (Tehran Times trade reports name the partner once, in the sentence
before, and refer back to it)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators.subjects import CountrySpan, is_country
from accords.model import Segment

#: A flow to, from or with a country named before: "to the neighboring country", "from that country"; a visit
#: to one: "Around 320,000 Iranians visited the neighboring country" ("the country" alone is the article's main
#: country: `thecountry.the_country`).
_REFERRED = re.compile(
    r"\b(?:to|from|with|visit(?:ed|ing|s)?|entered|entering|toured)\s+(?:the\s+neighbou?ring|that)\s+country\b(?!\s*['’])",
    re.IGNORECASE)


def named_partner(text: str, sentence: Segment, window: tuple[int, int], countries: Sequence[CountrySpan]) -> str | None:
    """The country "the neighboring country" or "that country" of a flow in the figure's sentence
    (up to the end of its clause `window`) refers to: the last country named before the sentence
    that is not the one country the sentence names before the phrase (the flow's other side);
    None without the phrase, or when the sentence names two countries or more before it (they are
    the flow's sides already)."""
    match = _REFERRED.search(text, sentence.start, window[1])
    if match is None:
        return None
    own = {c.iso3 for c in countries if sentence.start <= c.start < match.start() and is_country(c.iso3) and not c.body}
    if len(own) > 1:
        return None
    before = [c.iso3 for c in countries if c.end <= sentence.start and is_country(c.iso3) and not c.body
              and c.iso3 not in own]
    return before[-1] if before else None
