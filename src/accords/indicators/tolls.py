"""A toll named before its count: "The death toll from the floods has risen to 1,100", "the death toll
stood at 11,000", "a quake with a death toll of 2,000", "The earthquake has claimed more than 40,000
lives", "claimed the lives of more than 200 people", "More than 300 lives were lost", "the number of dead rose to 5,300", "bringing the number of
injured to 67".

News of a disaster or an attack gives its dead and wounded as a running total named by "toll" or by
"lives" rather than by a count noun after the number (`accords.indicators.named.casualties` reads
"20 people were killed", "killing at least 20"): the count that a toll reaches, stands at or is "of"
is `deaths` ("the toll of the injured": `injured`), lives claimed or lost are `deaths`. The people's
country is the one the sentence names, as for every casualty (`owners.figure_subjects`).
"""

from __future__ import annotations

import re

from accords.quantities.changeverbs import change_words
from accords.quantities.extract import QUALIFIER

#: How a total reaches the count right after it: "has risen to", "stood at", "reached", "of", "is", "now".
_REACHES = (
    r"(?:(?:has|have|had)\s+)?(?:(?:now|also|since|further)\s+)?"
    r"(?:(?:" + change_words("rise climb jump soar increase grow", ("past", "participle")) + r")\s+to|reached|hit|topped|passed|exceeded|surpassed|"
    r"(?:stands?|stood|was|is)\s+at|(?:is|was|are|were)(?:\s+now)?|of|at|to)\s+"
)
#: "the death toll from the floods in Pakistan has risen to", "a death toll of", "bringing the toll to": the toll,
#: what it is of (up to 80 characters without a clause break or another figure), then how it reaches the count.
_TOLL_BEFORE = re.compile(
    r"\b(?:(?P<kind>death|casualty|fatality|injury)\s+)?toll\b(?P<of>\s+(?:of|among)\s+(?:the\s+)?"
    r"(?P<who>dead|injured|wounded)\b)?[^.;:!?\d]{0,80}?\s" + _REACHES + QUALIFIER + r"$",
    re.IGNORECASE,
)
#: "the number of dead rose to", "the number of people killed has climbed to", "the number of injured stood at",
#: "rose the number of the dead to".
_NUMBER_OF_DEAD = re.compile(
    r"\bnumber\s+of\s+(?:the\s+)?(?:(?:people|civilians|victims|those)\s+)?(?P<who>dead|killed|deaths|fatalities|injured|wounded|"
    r"injuries)\b[^.;:!?\d]{0,60}?\s" + _REACHES + QUALIFIER + r"$",
    re.IGNORECASE,
)
#: "has claimed more than 40,000": lives claimed, with "lives" right after the count.
_CLAIMED_BEFORE = re.compile(r"\b(?:claim(?:ed|s|ing)?|cost|costing)\s+" + QUALIFIER + r"$", re.IGNORECASE)
_LIVES_AFTER = re.compile(r"^\s+(?:more\s+|other\s+)?lives\b", re.IGNORECASE)
#: "More than 300 lives were lost", "300 lives have been lost".
_LIVES_LOST_AFTER = re.compile(r"^\s+lives\s+(?:(?:were|have\s+been|had\s+been|are)\s+)?lost\b", re.IGNORECASE)
#: "claimed the lives of more than 200 people", "took the lives of 1,100 people": lives claimed, named before the count.
_LIVES_OF_BEFORE = re.compile(r"\b(?:claim(?:ed|s|ing)?|t(?:ook|akes?|aken|aking)|cost(?:s|ing)?)\s+the\s+lives\s+of\s+"
                              + QUALIFIER + r"$", re.IGNORECASE)
_INJURED = ("injur", "wound")


def toll_metric(before: str, after: str, *, unit: str) -> str | None:
    """`deaths` or `injured` for a count that a toll named before it reaches (`before`: the sentence up
    to the count, `after`: the rest), or for lives claimed or lost; None otherwise."""
    if unit != "count":
        return None
    if _LIVES_LOST_AFTER.match(after) or (_CLAIMED_BEFORE.search(before) and _LIVES_AFTER.match(after)) \
            or _LIVES_OF_BEFORE.search(before):
        return "deaths"
    toll = _TOLL_BEFORE.search(before)
    if toll is not None:
        words = (toll.group("kind") or "") + (toll.group("who") or "")
        return "injured" if words.lower().startswith(_INJURED) or "injury" in words.lower() else "deaths"
    number = _NUMBER_OF_DEAD.search(before)
    if number is not None:
        return "injured" if number.group("who").lower().startswith(_INJURED) else "deaths"
    return None
