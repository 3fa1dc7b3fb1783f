"""A foreign giver in a government's own text, with the home country named only beside it.

A White House fact sheet names another country giving money and the United States only to compare or
to align with: "As the second-largest provider of assistance to Ukraine after the United States, Germany
has provided $37.2 billion", "Alongside U.S. support, Angola has invested $60 million of its own
resources", "GCC partners plan to invest a total of $3 billion in projects that align with U.S. ... goals".
The figure's sides are the giver and its receivers (tests/gold/README.md); the home country compared with
or aligned with is no side, though the reading of the sentence's countries (`owners.figure_subjects`) or
the home giver of money (`pledges.with_giver`) added it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators.subjects import CountrySpan

#: A country's name, then the verb that gives the figure: "Germany has provided", "GCC partners plan to
#: invest", "Angola has invested", "the EU will contribute". At most the giver's head noun and an auxiliary
#: between.
_GIVES = re.compile(
    r"(?:[’']s)?(?:\s+(?:partners|government|governments))?\s*,?"
    r"(?:\s+(?:has|have|had|will|would|plans?\s+to|intends?\s+to|is|are|also|already|collectively|together))*"
    r"\s+(?:provid(?:e|ed|es|ing)|invest(?:s|ed|ing)?|contribut(?:e|ed|es|ing)|pledg(?:e|ed|es|ing)"
    r"|commit(?:s|ted|ting)?|allocat(?:e|ed|es|ing)|donat(?:e|ed|es|ing)|disburs(?:e|ed|es|ing)"
    r"|mobiliz(?:e|ed|es|ing)|spen[dt]|spending)\b",
    re.IGNORECASE,
)
#: The words right before a home mention that name it only to compare or align with: "after the United
#: States", "alongside U.S. support", "align with U.S. Partnership for ...", "more than the United States".
_ASIDE_BEFORE = re.compile(
    r"\b(?:after|alongside|align(?:s|ed)?\s+with|aligned\s+to|in\s+line\s+with|than)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def without_compared_home(
    text: str, sentence: tuple[int, int], figure: tuple[int, int], subjects: tuple[str, ...], *,
    money: bool, home: str | None, countries: Sequence[CountrySpan],
) -> tuple[str, ...]:
    """`subjects` of money (`money`) given in a government's own text (`home` its country, None elsewhere)
    without the home country where a foreign country of `subjects` gives it (its name right before a
    giving verb, `_GIVES`, before the figure, with no other country between) and every mention of the home in
    the sentence compares or aligns with it (`_ASIDE_BEFORE`): "after the United States, Germany has provided
    $37.2 billion ... to Ukraine" is DEU-UKR. A home joined to the giver ("The United States and Germany have
    provided") or receiving stays."""
    if home is None or not money or home not in subjects or len(subjects) < 2:
        return subjects
    named = [c for c in countries if sentence[0] <= c.start < sentence[1]]
    homes = [c for c in named if c.iso3 == home]
    aside = [_ASIDE_BEFORE.search(text, max(sentence[0], c.start - 40), c.start) is not None for c in homes]
    # what follows the first aside after the figure describes the thing aligned with ("align with U.S. ...
    # goals to deliver ... for American workers"): no side of the figure either
    last = next((i for i, c in enumerate(homes) if aside[i] and c.start >= figure[1]), len(homes) - 1)
    if not homes or not all(aside[:last + 1]):
        return subjects
    before = [c for c in named if c.end <= figure[0]]
    for index, giver in enumerate(before):
        if giver.iso3 == home or giver.body or giver.iso3 not in subjects:
            continue
        following = before[index + 1].start if index + 1 < len(before) else figure[0]
        if _GIVES.match(text, giver.end, following):
            return tuple(s for s in subjects if s != home)
    return subjects
