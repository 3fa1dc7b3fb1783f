"""Figures that lean on an earlier figure: restatements, comparisons and changes with no
metric word of their own take that figure's metric and subjects."""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators import clauses
from accords.indicators.named import EARNED_FROM_AFTER, PER_SHARE_AFTER
from accords.indicators.lexicon import metric_for
from accords.model import Indicator, Quantity


#: "The figure accounts for nearly", "this amount makes up", "the number constitutes": a percent that is the share
#: the figure referred back to takes of a whole ("... of inbound travelers to the country").
_SHARE_OF_REFERRED = re.compile(
    r"\b(?:the|this|that)\s+(?:said\s+|mentioned\s+|above\s+)?(?:figure|number|amount|volume|sum)\s+"
    r"(?:accounts?\s+for|accounted\s+for|makes?\s+up|made\s+up|constitutes?|constituted|represents?|represented|"
    r"comprises?|comprised)\s+(?:(?:nearly|almost|about|around|some|over|roughly|approximately|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_OF_AFTER = re.compile(r"^\s+of\b", re.IGNORECASE)
#: A plural noun right after a count: what it counts ("45 companies from 12 countries").
_PLURAL_AFTER = re.compile(r"^\s+[a-z][\w-]*s\b|^\s+(?:[a-z][\w-]*\s+){1,2}?(?:countries|nations)\b")  # "from 24 different countries"


def referent(
    text: str,
    quantity: Quantity,
    lead: str,
    tail: str,
    earlier: Sequence[Indicator],
    *,
    linked: Indicator | None,
    last: Indicator | None,
) -> Indicator | None:
    """The earlier figure this one restates or changes, whose metric and subjects it takes, or None.

    - the money of "16.74 million tons of goods, at the value of $7.51 billion" (`linked`);
    - "the figure stood at $4.445 billion", "versus the $1.892 billion of 2015", "from 1.66 million
      in 2016": the latest earlier figure in the same unit, the previous sentence's where the sentence's own are in
      another unit ("a 10-percent drop ... when the volume stood at $9.1 billion");
    - a change with no metric word of its own after a figure ("a 34.5 percent decrease", "the
      figure shows a 38-percent fall"): that figure.

    `earlier` are the figures of the sentence so far, `last` the article's latest figure
    before the sentence (what "the figure" at a sentence's start refers to).
    """
    if PER_SHARE_AFTER.match(tail):
        return None  # "earned $2.8 billion, or $2.53 per diluted share": money per share is a figure of its own
    if linked is not None:
        return linked
    if EARNED_FROM_AFTER.match(tail):
        return None  # "... of the mentioned figure ... and $584 million was gained from the exports": its own source names it
    refers_back = bool(clauses.REFERS_BACK.search(lead))
    if not earlier:
        if not refers_back or last is None:
            return None
        earlier = [last]  # "The figure stood at $4.445 billion ...": the previous sentence's figure
    start = quantity.evidence[0].start
    same_unit = [f for f in earlier if f.unit == quantity.unit]
    own_noun = quantity.unit == "count" and _PLURAL_AFTER.match(tail)  # "from 12 countries": a count of its own
    if refers_back or (clauses.COMPARED_BEFORE.search(text[max(0, start - 40):start]) and not own_noun):
        if same_unit:
            return same_unit[-1]
    if not same_unit and refers_back and last is not None and last.unit == quantity.unit and last not in earlier:
        # "The figure shows a 10-percent drop ... when the volume stood at $9.1 billion": the sentence's figures are
        # in another unit, the volume is the previous sentence's ("the trade ... stood at $8.252 billion")
        return last

    if quantity.unit == "percent" and (clauses.GROWTH_AFTER.match(tail) or clauses.GROWTH_BEFORE.search(lead)):
        own = metric_for(lead, tail, unit="percent", figure=quantity.text)
        if own is None:
            figures = [f for f in earlier if f.unit != "percent"]
            if figures:
                return figures[-1]
    return None


def share_whole(quantity: Quantity, lead: str, tail: str, earlier: Sequence[Indicator], last: Indicator | None) -> Indicator | None:
    """The figure whose share a percent is when its sentence says so by referring back ("The figure accounts for
    nearly 25 percent of inbound travelers to the country" after "950,000 Azerbaijani nationals arrived in Iran":
    the share the Azerbaijani arrivals take, Azerbaijan's and Iran's): the sentence's latest figure not in percent,
    else the previous sentence's; None when the percent does not refer back so or no such figure is there."""
    if quantity.unit != "percent" or not _SHARE_OF_REFERRED.search(lead) or not _OF_AFTER.match(tail):
        return None
    wholes = [f for f in (*earlier, *((last,) if last is not None and not earlier else ())) if f.unit != "percent"]
    return wholes[-1] if wholes else None


#: "The share of imports from the total trade was 554,576 tons", "Some $1.528 billion of the mentioned figure has been
#: the share of Iran's imports": a part of the total the sentence before gave (`part_of_last`).
_PART_BEFORE = re.compile(r"\bshare\s+of\s+(?:[a-z][\w-]*\s+){1,3}?(?:from|of|in)\s+the\s+(?:total|mentioned|said)\b[^,;]*$",
                          re.IGNORECASE)
_PART_AFTER = re.compile(r"^\s+of\s+the\s+(?:mentioned|said|above|total)\s+(?:figure|total|amount|sum|volume|trade)\b", re.IGNORECASE)


def part_of_last(lead: str, tail: str) -> bool:
    """Whether a figure is a part of the total the sentence before gave, whose subjects it keeps ("Iran's trade with
    the mentioned countries [the Caspian states] at ... $897 million ... The share of imports from the total trade
    was 554,576 tons": the Caspian states' imports too)."""
    return bool(_PART_BEFORE.search(lead) or _PART_AFTER.match(tail))
