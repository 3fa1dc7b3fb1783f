"""The partner of a flow the text names by reference: "Iran's exports to the neighboring country",
"its imports from that country" (Tehran Times trade reports name the partner once, in the sentence
before, and refer back to it)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators.subjects import PAIR_ADJECTIVES, CountrySpan, is_country
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


#: "the two countries", "both countries", "the two neighbours": a pair the text named just before (not "the
#: countries", a region, nor "the two sides" of a meeting, which may be delegations or companies).
_THE_TWO = re.compile(
    r"\b(?:the\s+two|both)\s+(?:" + PAIR_ADJECTIVES + r"\s+)?(?:countries|nations|states|neighbou?rs)\b",
    re.IGNORECASE)
#: How far before "the two countries" the pair it refers to may be named (characters): the sentence and the one or
#: two before it.
_RECENT = 400


def recent_pair(text: str, sentence: Segment, window: tuple[int, int], countries: Sequence[CountrySpan]) -> tuple[str, str] | None:
    """The two countries "the two countries" in the figure's clause (the sentence up to the end of `window`) refers
    to: the last two different countries named before the phrase, within `_RECENT` characters, sorted ("Turkey
    continues to import natural resources from Iran. ... when international sanctions were imposed on Iran, the
    foreign trade volume between the two countries decreased from 14.9 billion dollars": Iran's and Turkey's, where
    the article names China and Turkey most). None without the phrase or with fewer than two countries before it."""
    match = _THE_TWO.search(text, sentence.start, window[1])
    if match is None:
        return None
    found: list[str] = []
    for country in sorted(countries, key=lambda c: -c.start):
        if country.start >= match.start() or country.start < match.start() - _RECENT:
            continue
        if is_country(country.iso3) and not country.body and country.iso3 not in found:
            found.append(country.iso3)
        if len(found) == 2:
            return tuple(sorted(found))  # type: ignore[return-value]
    return None
