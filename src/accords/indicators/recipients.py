"""The receiving country a government's own text names after the money it gives, in the same sentence.

A White House fact sheet writes its giver first and the receiver after the money, often past a purpose:
"the U.S. Agency for International Development (USAID) has invested over $1.8 billion to promote economic, social,
and political development and to support Peru as it manages the migration flows", "The United States has invested
$750,000 in the construction of training areas ... to support emergency response in Peru", "has provided over $6.8
billion in development, economic, health, and security assistance to support Indonesian development efforts". The
money is the giver's and the receiver's (docs/gold-format.md: a government's agency that gives stands for its state,
with the receiving country). Only where the figure's subjects are the home country alone, the sentence names that
giver before the money, and the rest of the sentence names one other country, not as a co-giver ("in partnership
with Japan", "alongside the EU") nor as a source ("from Mexico").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators.subjects import CountrySpan, is_country

#: Money given, lent or invested: the metrics whose receiver is a side (`owners.GIVEN`'s given money).
_GIVEN = re.compile(r"^(?:aid|development_aid|humanitarian_aid|security_assistance|assistance|loans?|grants?|contribution|"
                    r"funding|financing|investment|donations?)$")
#: Words right before a country that make it a co-giver or a source, no receiver.
_NOT_RECEIVER = re.compile(
    r"(?:\b(?:alongside|along\s+with|together\s+with|jointly\s+with|partnership\s+with|coordination\s+with|"
    r"cooperation\s+with|co-financ\w*\s+with|and|from|by|than|like|as\s+did|as\s+has)\s+(?:the\s+)?"
    r"(?:(?:government|people)\s+of\s+(?:the\s+)?)?)$",
    re.IGNORECASE)
#: Receivers named as many or as a region before the country ("to countries in need as a result of Putin’s unprovoked
#: further invasion of Ukraine", "partner countries ... within the region", "with 10 African governments, beginning with
#: Kenya"): the country is no receiver of its own.
_MANY = re.compile(r"\b(?:countries|nations|governments|regions?|regional|economies|partners)\b", re.IGNORECASE)
#: Where the sentence's own receiver part ends: a clause of another actor or a new item.
_TAIL_END = re.compile(r";|\.\s|[$€£]\s?\d|\bwhile\b|\bwhereas\b|\bwhich\s+(?:will\s+)?(?:also\s+)?(?:complement|add|match)", re.IGNORECASE)


def with_receiver(
    text: str, sentence: tuple[int, int], figure: tuple[int, int], subjects: tuple[str, ...], *,
    metric: str, money: bool, home: str | None, countries: Sequence[CountrySpan],
) -> tuple[str, ...]:
    """`subjects` with the one receiving country the sentence names after the money, where the subjects are the
    home country alone and the sentence names it (or one of its bodies: "USAID") before the money."""
    if not money or home is None or subjects != (home,) or not _GIVEN.match(metric):
        return subjects
    if not any(c.iso3 == home and sentence[0] <= c.start < figure[0] for c in countries):
        return subjects  # the giver is not the sentence's own: "a $36 million USAID flagship effort" left as it is
    stop = _TAIL_END.search(text, figure[1], sentence[1])
    end = stop.start() if stop is not None else sentence[1]
    after = [c for c in countries if figure[1] <= c.start < end and not c.body]
    named = {c.iso3 for c in after}
    if len(named) != 1 or home in named or not all(is_country(code) for code in named):
        return subjects  # none, several (a list, examples), a group, or the home ("to buyers in the United States")
    first = after[0]
    if _NOT_RECEIVER.search(text[max(figure[1], first.start - 40):first.start]) or _MANY.search(text, figure[1], first.start):
        return subjects  # a co-giver, a source, or a country named after many receivers
    return tuple(sorted({home, *named}))
