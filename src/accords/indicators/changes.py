"""Percentages that are changes: "rose by 21 percent", "a 34.5 percent decrease".

A percentage whose metric is not a rate already is a change of that metric when a change
word comes before it in its clause or right after it ("a 48.5 percent increase"), or when it
continues the previous change ("12.5 percent and 14 percent fall"): the metric becomes
`<metric>_growth` and a fall makes the value negative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accords.indicators import clauses
from accords.indicators.lexicon import RATES
from accords.model import Indicator


#: "... to 2.3 percent", "from 20% to 24%": a percentage right after "from" or "to" is a level the
#: change starts from or reaches, not the change ("up to" is a bound, not a level).
_LEVEL_REACHED = re.compile(r"(?<!\bup\s)\b(?:to|from)\s+$", re.IGNORECASE)
#: The word right before a percentage, past "by" and a hedge: "fell 3.38", "dropped by about 5".
_VERB_BEFORE = re.compile(r"\b(\w+)\s+(?:by\s+)?(?:(?:some|about|nearly|almost|over|around)\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Change:
    """A percentage read as a change: its metric, its signed value, and whether it is the
    change of the previous (non-percent) figure of the sentence, whose subjects it shares."""

    metric: str
    value: float
    of_previous: bool = False


def percent_change(
    text: str,
    end: int,
    lead: str,
    tail: str,
    *,
    metric: str,
    value: float,
    previous: Indicator | None,
    referent: Indicator | None,
) -> Change:
    """The change a percentage ending at `end` states (`lead`/`tail`: its clause's words before
    and after it), or the figure as it is (`of_previous` False) when it states none.

    A percentage that leans on a figure in another unit (`referent`: "$2bn ..., a 34.5 percent
    decrease") already has that figure's growth metric; only its sign is read here.
    """
    if referent is not None and referent.unit != "percent":
        cue = clauses.GROWTH_AFTER.match(tail) or clauses.GROWTH_BEFORE.search(lead)
        if cue is not None and clauses.FALL.search(cue.group(0)) and value > 0:
            value = -value  # "a 34.5 percent decrease": negative growth
        return Change(metric, value)
    if metric in RATES or _LEVEL_REACHED.search(lead):
        return Change(metric, value)  # "increase defense spending to 2.3 percent": the level reached
    if metric.endswith("_growth"):
        # named a change by its own words ("patent activity grew by 22 %", "U.S. crude fell 3.38%"): its sign
        verb = _VERB_BEFORE.search(lead)
        if verb is not None and clauses.FALL.fullmatch(verb.group(1)) and value > 0:
            value = -value
        return Change(metric, value)
    after = clauses.GROWTH_AFTER.match(tail)
    joined = previous is not None and previous.unit == "percent" and previous.metric.endswith("_growth") \
        and clauses.JOINED_CHANGE.fullmatch(lead)
    if after is None:
        after = clauses.SHARED_GROWTH_AFTER.match(text, end)
    if not (clauses.GROWTH_IN_LEAD.search(lead) or after is not None or joined):
        return Change(metric, value)
    metric = previous.metric if joined and previous is not None else f"{metric}_growth"
    # "exceeded $9.2 billion ... to register a 48.5 percent increase": the change of that figure
    of_previous = previous is not None and previous.unit != "percent"
    cue = after.group(1) if after is not None else lead
    if clauses.FALL.search(cue) and value > 0:
        value = -value  # a fall is negative growth
    return Change(metric, value, of_previous)
