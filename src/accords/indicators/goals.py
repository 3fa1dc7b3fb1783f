"""Whose goal a figure is: the country a goal belongs to, named in the clause before the figure
("the goal for Canada to achieve 90 percent", "Japan's goal to deploy 10 GW"). Moved from `owners`,
which asks it first for every figure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators.subjects import CountrySpan, is_country

#: A goal with its owner after it: "the goal for Canada to achieve", "commitments by Japan to".
_GOAL_OF = re.compile(r"\b(?:goals?|targets?|commitments?|pledges?|objectives?|ambitions?)\s+(?:for|of|by)\s+(?:the\s+)?$",
                      re.IGNORECASE)
#: ... or before it: "Japan's goal to deploy 10 GW", "the U.S. goal to deploy 30 gigawatts"; not a country that sets
#: or has a goal ("Iran and Tajikistan set the goal for $500 million trade": the goal the sentence gives both).
_OWNS_GOAL = re.compile(r"(?:['’]s\s+(?:[a-z][\w-]*\s+){0,2}?|\s+(?:(?!(?:the|a|an|its|their|this|that|set|sets|has|have|"
                        r"had|is|are|was|were|will|aims?|plans?|hopes?|seeks?|reached|met|adopted|announced|agreed)\b)"
                        r"[a-z][\w-]*\s+){0,2}?)(?:goals?|targets?|commitments?|pledges?|objectives?|ambitions?)\b")


def goal_owner(text: str, lead: tuple[int, int], countries: Sequence[CountrySpan]) -> str | None:
    """The country whose own goal a figure is, named in the clause before it ("the goal for
    Canada to achieve 90 percent", "Japan's goal to deploy 10 GW"): the nearest such owner, or
    None. A goal of one country is not the article pair's, even in a joint text."""
    for c in reversed(countries):
        if lead[0] <= c.start and c.end <= lead[1] and is_country(c.iso3) and (
                _GOAL_OF.search(text, max(lead[0], c.start - 30), c.start) or _OWNS_GOAL.match(text, c.end)):
            if _AND_ANOTHER.match(text, c.end):
                return None  # "the goal of Turkey and Iran is to increase trade": a goal the two share
            return c.iso3
    return None


#: "Turkey and Iran", "Turkey, Iran": a country named with another as one owner.
_AND_ANOTHER = re.compile(r"\s*(?:,|and\b)\s*(?:the\s+)?[A-Z]")
