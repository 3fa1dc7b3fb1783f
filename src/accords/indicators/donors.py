"""The giver of goods a government's own text counts as given: vaccine doses donated or delivered.

A White House fact sheet writes its donations of doses next to the country that receives them:
"The United States has provided more than $185 million in COVID-19 related assistance to Ethiopia
in addition to the donation of nearly 2 million COVID-19 vaccine doses delivered to date". The
doses are the giver's and the receiver's (tests/gold/README.md: goods and doses donated take the
giver and the receiver); money given already takes the home country as its giver
(`pledges.with_giver`), goods counted did not. The giver is the home country where the sentence
names it, or "we", before the count and the count's other subjects are receivers only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators.subjects import CountrySpan, is_country
from accords.model import Segment

#: Goods counted as given: vaccines and doses (the same words as `stages.indicators._DOSES`).
GOODS = re.compile(r"(?:^|_)(?:vaccines?|doses)(?:_|$)")
#: Equipment counted as given (beyond doses): oxygen cylinders, rapid tests, ventilators, rolling stock.
EQUIPMENT = re.compile(r"(?:^|_)(?:cylinders|concentrators|ventilators|(?:diagnostic|rapid|antigen)_tests|locomotives"
                       r"|passenger_cars|rail_cars|syringes)(?:_|$)")
#: A giving verb in the clause before the count: "donation of", "has provided", "delivered".
_GIVING_WORDS = re.compile(r"\b(?:donat\w*|provid\w*|deliver\w*|ship(?:s|ped|ping)?|sen[dt]\w*|shar(?:e|ed|es|ing))\b",
                           re.IGNORECASE)


def goods_given(lead: str) -> bool:
    """Whether the clause before a count (`lead`) gives it: "we are sending—including", "has provided"."""
    return bool(_GIVING_WORDS.search(lead))


#: The government speaking of itself: "we have delivered", "our donation".
_WE = re.compile(r"\b(?:we|our)\b", re.IGNORECASE)


def with_home_giver(
    text: str, sentence: Segment, figure: tuple[int, int], subjects: tuple[str, ...], metric: str, unit: str,
    home: str | None, countries: Sequence[CountrySpan],
) -> tuple[str, ...]:
    """`subjects` of a count of doses given (`GOODS`) in a government's own text (`home` its country,
    None elsewhere) with the home country added where the sentence names it (or "we") before the
    count, a giving word (`_GIVING_WORDS`) comes before the count, and every subject is a country
    the sentence names after the home country: "The United States has provided ... to Ethiopia in
    addition to the donation of nearly 2 million COVID-19 vaccine doses": ETH-USA."""
    if home is None or unit != "count" or not subjects or home in subjects or not all(is_country(s) for s in subjects):
        return subjects
    if EQUIPMENT.search(metric):
        return _equipment_given(text, sentence, figure[0], subjects, home, countries)
    if not GOODS.search(metric):
        return subjects
    lead = text[sentence.start:figure[0]]
    if not _GIVING_WORDS.search(lead):
        return subjects
    named = [c for c in countries if sentence.start <= c.start < figure[0]]
    home_at = next((c.start for c in named if c.iso3 == home), None)
    if home_at is None:
        we = _WE.search(lead)
        home_at = sentence.start + we.start() if we is not None else None
    if home_at is None or any(c.iso3 in subjects and c.start < home_at for c in named):
        return subjects  # "Ethiopia thanked the United States for ... doses": the receiver speaks first
    return tuple(sorted({*subjects, home}))


def _equipment_given(
    text: str, sentence: Segment, start: int, subjects: tuple[str, ...], home: str, countries: Sequence[CountrySpan],
) -> tuple[str, ...]:
    """`subjects` (receiver countries) of equipment counted (`EQUIPMENT`) in a government's own text with
    the home country added where the sentence has a giving word (`_GIVING_WORDS`, before or after the
    count: "An initial delivery of 1,100 cylinders will remain in India", "Caltrain will donate 90
    passenger cars ... to the city of Lima") and names no country but the home and the receivers, and
    no receiver before the count (`start`): the text's own government gives what it lists ("Japan has donated
    500 oxygen cylinders to India" keeps Japan's and India's sides)."""
    if not _GIVING_WORDS.search(text[sentence.start:sentence.end]):
        return subjects
    named = [c for c in countries if sentence.start <= c.start < sentence.end]
    if any((c.iso3 in subjects and c.start < start) or (c.iso3 not in subjects and c.iso3 != home) for c in named):
        return subjects
    return tuple(sorted({*subjects, home}))
