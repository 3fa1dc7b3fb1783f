"""The two ends of one range, whose records share all but the value and take `lower`/`upper`.

"400 to 500 wagons", "seven to eight people" and "between 5 and 7 percent" write the first end as a
bare number whose unit the second carries. A range may also write both ends in full where a word
before the first says so: "between $10 billion and $12 billion", "The stock's 52-week range is $73.96
to $104.80", "prices ranged from $2 to $3" ("from $11 billion to $30 billion" alone is a change, not a
range; `kinds.FROM_BEFORE`).
"""

from __future__ import annotations

import re

from accords.indicators.kinds import FROM_BEFORE
from accords.model import Indicator, Quantity

_RANGE_GAP = re.compile(r"\s*(?:to|-|–|—)\s*|\s+and\s+", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
#: A figure written as a bare number ("400", "seven"), whose unit the range's second figure carries.
_BARE_NUMBER = re.compile(r"[\d.,]+|[a-z]+", re.IGNORECASE)
#: "range is", "a range of", "ranged from", "ranging between": a word that makes the next two figures a range.
_RANGE_WORD_BEFORE = re.compile(
    r"\brang(?:e|es|ed|ing)\s+(?:(?:is|was|of|from|between)\s+)?(?:(?:about|roughly|around|some)\s+)?$", re.IGNORECASE)
#: How far before the first end "between" or a range word may stand.
_LOOKBACK = 40


def is_range(text: str, first: Quantity, second: Quantity) -> bool:
    """Whether two figures are the ends of one range: "400 to 500 wagons", "seven to eight
    people", "between 5 and 7 percent", "between $10 billion and $12 billion", "a 52-week range
    of $21.27 to $28.59" (the two records share all but the value), not a change ("from 400 to 500")."""
    if first.unit != second.unit:
        return False
    start, end = first.evidence[0].start, first.evidence[0].end
    gap = text[end:second.evidence[0].start]
    if not _RANGE_GAP.fullmatch(gap):
        return False
    before = text[max(0, start - _LOOKBACK):start]
    between = _BETWEEN_BEFORE.search(before) is not None
    if gap.strip().lower() == "and" and not between:
        return False
    if first.qualifier == "lower" and second.qualifier == "upper":
        return True
    if between or _RANGE_WORD_BEFORE.search(before):
        return True  # "between $10 billion and $12 billion", "range is $73.96 to $104.80": both ends written in full
    return not FROM_BEFORE.search(before) and bool(_BARE_NUMBER.fullmatch(first.text.strip()))


def carries_lower(text: str, lower: Indicator, first: Quantity, second: Quantity) -> bool:
    """Whether the upper end of a range takes the record of its lower end (`lower`, made for `first`): always but
    after a change, whose "to" may begin the level reached ("grew by 410,000 to 12.35 million"), unless a dash joins
    the two ends ("reduce U.S. emissions by 50-52%", "a 50-52 percent reduction")."""
    if not lower.metric.endswith("_change"):
        return True
    return dashed(text, first, second)


def dashed(text: str, first: Quantity, second: Quantity) -> bool:
    """Whether a dash alone joins two figures, the two ends of one range ("50-52 percent")."""
    return text[first.evidence[0].end:second.evidence[0].start].strip() in ("-", "\u2013")


def upper_value(lower: Indicator, value: float) -> float:
    """The upper end's value, signed as the lower end's cut is: "a 50-52 percent reduction" is -50 to -52."""
    return -value if lower.metric.endswith("_change") and lower.value < 0 < value else value
