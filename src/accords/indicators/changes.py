"""Percentages that are changes: "rose by 21 percent", "a 34.5 percent decrease"; amounts that are
changes: "exports decreased by $1.2 billion or 8.1 percent" (`amount_change`).

A percentage whose metric is not a rate already is a change of that metric when a change
word comes before it in its clause or right after it ("a 48.5 percent increase"), or when it
continues the previous change ("12.5 percent and 14 percent fall"): the metric becomes
`<metric>_growth` and a fall makes the value negative. A pledged or reported cut ("cut methane
pollution by 30 percent", named `methane_pollution_change` by `accords.indicators.named`) is a
negative change too: one sign convention for every change (tests/gold/README.md, "Signs").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accords.indicators import clauses, named, ownshares
from accords.indicators.lexicon import RATES, growth_name
from accords.model import Indicator
from accords.quantities.changeverbs import change_words
from accords.quantities.extract import MOVED_BEFORE, QUALIFIER, qualifier_group


#: "... to 2.3 percent", "from 20% to 24%": a percentage right after "from" or "to" is a level the
#: change starts from or reaches, not the change ("up to" is a bound, not a level).
_LEVEL_REACHED = re.compile(r"(?<!\bup\s)\b(?:to|from)\s+$", re.IGNORECASE)
#: The word right before a percentage, past "by" and a hedge: "fell 3.38", "dropped by about 5".
_VERB_BEFORE = re.compile(r"\b(\w+)\s+(?:by\s+)?" + QUALIFIER + r"$",
                          re.IGNORECASE)


#: "exports decreased by $1.2 billion", "the number of tourists grew by 120,000": an amount right after a
#: change verb and "by" is how much the figure changed, not its level.
_CHANGED_BY = re.compile(
    r"\b(?:" + change_words("increase rise grow expand jump decline decrease fall drop shrink", ("base", "s", "past", "participle"))
    + r"|went\s+(?:up|down))\s+by\s+" + QUALIFIER + r"$",
    re.IGNORECASE,
)


def moved_by(lead: str) -> bool:
    """Whether the words right before an amount (`lead`) say it is how much something moved
    ("up $2.10 to $57.40"), so that the amount is no end of a range."""
    return bool(MOVED_BEFORE.search(lead))


#: "... by $1.2 billion or 8.1 percent": the percentage restating that change.
_OR_PERCENT = re.compile(r"^\s*,?\s*or\s+" + qualifier_group(r"by") + r"$", re.IGNORECASE)
CHANGE_SUFFIX = "_change"
#: "35 percent of Iranian articles": a share of a nation's things named right after the figure is a level,
#: whatever change the clause names before it (`counted.national_share`).
_OF_WHOLE = re.compile(r"^\s+of\s+(?:all\s+)?(?:the\s+)?[A-Z][a-z]+\s+(?:[a-z-]+\s+)?[a-z-]+s\b")
#: The words between a change and the next place's figure of a gapped list: " below its peak employment, Arizona ".
_GAPPED = re.compile(r"[^\d;:.]{0,60}?(?:,\s+(?:and\s+)?|\s+and\s+)(?:[A-Z][\w.'’-]*\s+){1,3}")
#: An economy that shrank: "contracted by 1.2 percent".
_CONTRACTED = re.compile(r"contract(?:ed|s)?|shr[aiu]nk|shrinks?", re.IGNORECASE)


def amount_change(lead: str, metric: str, value: float) -> tuple[str, float] | None:
    """`(<metric>_change, signed value)` for an amount the clause words before it (`lead`) say the
    metric changed by ("exports decreased by $1.2 billion": exports_change, -1.2e9), else None."""
    match = _CHANGED_BY.search(lead)
    if match is None or metric.endswith(("_growth", CHANGE_SUFFIX)) or metric in RATES:
        return None
    return f"{metric}{CHANGE_SUFFIX}", -abs(value) if clauses.FALL.search(match.group(0)) else value


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
    if previous is not None and previous.metric.endswith(CHANGE_SUFFIX) and _OR_PERCENT.match(lead):
        # "exports decreased by $1.2 billion or 8.1 percent": the same change, as a percentage
        return Change(growth_name(previous.metric), -abs(value) if previous.value < 0 else value, of_previous=True)
    if referent is not None and referent.unit != "percent":
        cue = clauses.GROWTH_AFTER.match(tail) or clauses.GROWTH_BEFORE.search(lead)
        if cue is not None and clauses.FALL.search(cue.group(0)) and value > 0:
            value = -value  # "a 34.5 percent decrease": negative growth
        return Change(metric, value)
    if metric.endswith("_share") and (_OF_WHOLE.match(tail) or ownshares.share_of_whole(tail) is not None):
        # "... increased year by year, so that more than 35 percent of Iranian articles", "could only gain 52 percent
        # of the popular vote": a level, a share of the whole named after it
        return Change(metric, value)
    if metric in ("gdp", "gdp_growth") and value > 0 and not _LEVEL_REACHED.search(lead) and (
            (verb := _VERB_BEFORE.search(lead)) is not None and _CONTRACTED.fullmatch(verb.group(1))):
        # "the economy contracted by 1.2 percent", "Russia's GDP will contract up to 15 percent": negative growth
        return Change("gdp_growth", -value)
    if previous is not None and previous.unit == "percent" and previous.metric.endswith("_growth") \
            and _GAPPED.fullmatch(lead):
        # "Nevada was 5.9 percent below its peak employment, Arizona 4.1 percent": the change said once, for each place
        return Change(previous.metric, -abs(value) if previous.value < 0 else value, of_previous=True)
    if metric in RATES or _LEVEL_REACHED.search(lead):
        return Change(metric, value)  # "increase defense spending to 2.3 percent": the level reached
    if metric.endswith(CHANGE_SUFFIX) and named.states_cut(lead, text[end:end + 120]):
        return Change(metric, -abs(value))  # "cut methane pollution by 30 percent", "a 65 percent emissions reduction"
    if metric.endswith("_growth"):
        # named a change by its own words ("patent activity grew by 22 %", "U.S. crude fell 3.38%"): its sign
        verb = _VERB_BEFORE.search(lead)
        named_after = clauses.GROWTH_AFTER.match(tail)  # "shows a 20 percent decline"
        if value > 0 and ((verb is not None and clauses.FALL.fullmatch(verb.group(1)))
                          or (named_after is not None and clauses.FALL.search(named_after.group(1)))):
            value = -value
        return Change(metric, value)
    after = clauses.GROWTH_AFTER.match(tail)
    joined = previous is not None and previous.unit == "percent" and previous.metric.endswith("_growth") \
        and clauses.JOINED_CHANGE.fullmatch(lead)
    if after is None:
        after = clauses.SHARED_GROWTH_AFTER.match(text, end)
    if not (clauses.GROWTH_IN_LEAD.search(lead) or after is not None or joined):
        return Change(metric, value)
    metric = previous.metric if joined and previous is not None else growth_name(metric)
    # "exceeded $9.2 billion ... to register a 48.5 percent increase": the change of that figure
    of_previous = previous is not None and previous.unit != "percent"
    cue_text = after.group(1) if after is not None else lead
    if clauses.FALL.search(cue_text) and value > 0:
        value = -value  # a fall is negative growth
    return Change(metric, value, of_previous)
