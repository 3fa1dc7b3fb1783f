"""What kind of claim a figure is: actual, target, forecast or estimate.

The one place that decides whether a figure is a target. The cue words before the figure in
its clause decide first (`kind_for`): a goal or plan makes a target, an estimate an
estimate, an expectation a forecast, a bare "to bring ... to" or "to reach" a target; a
goal named right after the figure ("a $6 billion annual trade target") makes a target too;
the starting point of a change ("from $1 billion to ...") is an actual figure; and the second
figure of "to $1 billion in the first stage and to $3 billion" takes the first one's kind
(`kind_of`).
"""

from __future__ import annotations

import re
from accords.quantities.changeverbs import change_words
from accords.quantities.extract import QUALIFIER

_TARGET = re.compile(
    r"\b(?:goals?|targets?|targeted|targeting|aim(?:s|ed|ing)?|plan(?:s|ned|ning)?\s+to|intend(?:s|ed)?\s+to|intent(?:ion)?\s+to|aspir(?:ation|ations|es|ed)\s+to|"
    r"seek(?:s|ing)?\s+to|sought\s+to|objective|determined\s+to|agreed\s+to|decided\s+to|willing(?:ness)?\s+to|"
    r"(?:committed|commitments?|vow(?:s|ed)|promis(?:e|es|ed))\s+to|pledg(?:e|ed|es|ing)|"
    r"(?:requir(?:e|es|ed|ing)|oblig(?:e|es|ed|ing))\s+(?:\w+\s+){0,3}?to\s+(?:spend|reach|keep|maintain|allocate|cut|reduce)|"
    r"(?:plan|roadmap|strategy)\s+(?:includes?|calls?\s+for|envisages?|sets?\s+out|aims?)|"
    r"should\s+be\s+(?:increased|raised|boosted|brought|doubled|tripled)|"
    # money asked for in a budget: "The Administration is requesting $20.4 billion", "the President has
    # requested over $3.3 billion for 2022", "the budget requests $45 million"
    r"request(?:s|ed|ing)|"
    # an actor's own undertaking: "USAID will provide $125M", "Japan will extend a $500 million loan", "each of the countries will invest about
    # $500 million", "documents which will be signed" (what things will be is a forecast: "will be 1.4 million")
    r"will\s+(?:also\s+)?(?:announce(?!\s+that\b)|provide|invest|give|donate|contribute|allocate|grant|lend|fund|finance|mobili[sz]e|"
    r"deliver|spend|purchase|buy|impose|levy|extend|disburse|earmark)|"
    r"will\s+be\s+(?:provided|invested|allocated|signed|donated|granted|delivered|disbursed|extended|earmarked)|"
    # an investment under way that a company or government announces: "Samsung is investing $17 billion to build"
    r"(?:is|are)\s+(?:also\s+|now\s+)?investing)\b",
    re.IGNORECASE,
)
#: Words that make a target only when no forecast cue is near ("to bring ... to", "to reach").
_WEAK_TARGET = re.compile(
    r"\b(?:(?:bring|raise|increase|boost|lift|double|take)\s+(?:[\w-]+\s+){0,9}?to|to\s+reach(?:ing)?)\b", re.IGNORECASE
)
#: A change told in the past that ends at a level: "rose 21 percent to reach $1.2 billion", "exports
#: grew to reach 3 million tons". The level was reached, not aimed at.
_REACHED = re.compile(
    r"\b(?:" + change_words("rise increase grow climb jump surge soar fall decline decrease drop", ("past",))
    + r"|went\s+(?:up|down)|" + change_words("expand shrink", ("past",)) + r"|doubled|tripled)\b(?:\s+[^\s,.;]+){0,8}?\s+to\s+reach\b",
    re.IGNORECASE,
)
_FORECAST = re.compile(
    r"\b(?:expect(?:s|ed)?|forecasts?|forecasted|projected|projections?|predict(?:s|ed)?|anticipated|"
    r"likely|could|would|will|might|should|can|ready\s+to|(?:is|are)\s+set\s+to|(?:is|are)\s+due\s+to)\b|(?-i:\bmay\b)",
    re.IGNORECASE,
)
#: A right in force, no expectation: "Iranian citizens can stay in Azerbaijan without a visa for 15 days", "can
#: obtain visas upon arrival" (`accords.indicators.visas`).
_PERMISSION = re.compile(r"\bcan\s+(?:now\s+|also\s+)?(?:stay|travel|enter|obtain|remain)\b", re.IGNORECASE)
#: A writer's aside whose modal is no claim about the figure: "It should be noted that 99 percent of
#: Kazakhstan's exports to Iran are grains", "it can be said that", "it is worth noting that".
_ASIDE = re.compile(
    r"\bit\s+(?:should|must|can|could|may|might|would)\s+(?:also\s+)?be\s+(?:noted|mentioned|said|stressed|emphasi[sz]ed|"
    r"recalled|added|reminded|underlined|highlighted|pointed\s+out)\b|\bas\s+(?:can|could|may)\s+be\s+seen\b",
    re.IGNORECASE,
)
#: "will" as a noun, no expectation: "According to the political will of the leaders of the two countries, ...
#: we had a 30% increase in the volume of trade exchanges in 2021".
_WILL_NOUN = re.compile(r"\b(?:political|good|strong|firm|free|common|mutual|popular|the|their|its|our|his|her)\s+will\b"
                        r"(?!\s+(?:be|have|not|also|continue|reach|increase|rise|grow)\b)", re.IGNORECASE)
#: An estimate, said or made by experts: "estimated at", "Experts say each eco-lodge unit generates jobs for seven to eight
#: people" (what experts reckon, no count made).
_ESTIMATE = re.compile(r"\bestimat(?:e|es|ed|ion)\b|\bexperts\s+(?:say|said|believe|reckon)\b", re.IGNORECASE)
#: A goal named after the figure: "a $6 billion annual trade target", "the foreseen 5 bcm".
TARGET_AFTER = re.compile(r"^[^,.;]{0,40}?\b(?:target|goal|foreseen|envisaged|envisioned)\b", re.IGNORECASE)
#: A pledge named right after the figure: "a $7.5 billion commitment from the United States", "a $10 million
#: pledge" (not "$4.2 billion in private sector commitments", the sum of commitments made so far).
_PLEDGE_AFTER = re.compile(r"^\s+(?:(?:new|additional|initial|further|financial|funding|aid|assistance|[\w]+-year)\s+)?"
                           r"(?:commitment|pledge)\b", re.IGNORECASE)
#: "from $1 billion": the starting point of a change (also what keeps "from 400 to 500" from being a range).
FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:the|its|their)\s+)?(?:(?:current|present|existing|previous|today['’]s)\s+)?(?:level\s+of\s+)?$"
                         r"|\bfrom\s*$", re.IGNORECASE)
#: "to" right between the two ends of a change ("from $11 billion to $30 billion").
_CHANGE_GAP = re.compile(r"\s+to\s+", re.IGNORECASE)
#: "... to $1 billion in the first stage and to $3 billion": the second figure continues the first.
_AND_TO = re.compile(r"[^,.;]{0,40}?\b(?:and|or)\s+(?:then\s+)?(?:to|at)\s+$", re.IGNORECASE)
#: "a level up to three times higher than the current amount, i.e. 30 billion dollars": the second figure says the
#: first again in other terms.
_RESTATED_GAP = re.compile(r"[^;]{0,50}?(?:\bi\.\s?e\.|\bthat\s+is\b|\bnamely\b)\s*,?\s*", re.IGNORECASE)


#: "... to invest $70 million, with up to $35 million from the United States and up to $35 million from
#: Israel": the parts of a pledge are pledged too.
_BREAKDOWN = re.compile(r",?\s*(?:with|of\s+which|including)\s+" + QUALIFIER + r"|[^.;,]{0,50}?\band\s+",
                        re.IGNORECASE)


def kind_for(clause: str) -> str:
    """actual, target, forecast or estimate, from the cue words of the clause before a figure.

    A named goal or plan wins ("set up a goal to bring ... to $15 billion"); then an estimate;
    then an expectation ("expected to reach", "could cost"); a bare "to bring ... to" or "to
    reach" with no expectation is a target. A writer's aside ("it should be noted that") is
    no expectation.
    """
    clause = _WILL_NOUN.sub(" ", _PERMISSION.sub(" ", _ASIDE.sub(" ", clause)))
    if _TARGET.search(clause):
        return "target"
    if _ESTIMATE.search(clause):
        return "estimate"
    if _FORECAST.search(clause):
        return "forecast"
    if _WEAK_TARGET.search(_REACHED.sub(" ", clause)):
        return "target"
    return "actual"


#: "announced an additional $310 million in ... support": money announced is money pledged.
_ANNOUNCED_BEFORE = re.compile(
    r"\bannounc(?:e|ed|es|ing)\s+(?:(?:an?|another)\s+)?(?:(?:additional|new|further)\s+)?$", re.IGNORECASE
)


#: The figure as what an actor will hand over: "200 million doses will be delivered by the end of this year",
#: "the first $500 million will be made available", "500 million vaccines to be delivered by June". Only when
#: nothing before the figure says otherwise ("HHS expects more than 750,000 doses to be made available").
_PLEDGED_AFTER = re.compile(
    r"^(?:\s+(?!will\b|to\b|is\b|are\b)[\w’'-]+){0,6}?\s+(?:will|(?:is|are)\s+to|to)\s+be\s+(?:also\s+)?"
    r"(?:provided|invested|allocated|donated|granted|delivered|disbursed|shared|made\s+available|shipped|distributed|"
    r"mobili[sz]ed|lent|loaned)\b",
    re.IGNORECASE,
)


#: An actor's own cut with a deadline right after its figure: "The United States will reduce its greenhouse gas
#: emissions by 65 percent by 2030" is a pledge, no expectation ("will reduce energy consumption by 42%", with no
#: deadline, stays a forecast).
_WILL_CUT = re.compile(r"\bwill\s+(?:also\s+|further\s+)?(?:cut|reduce|lower|slash|halve|curb)\b[^.;]*$", re.IGNORECASE)
#: Any word of expectation besides "will", which leaves a cut a forecast: "the Congressional Budget Office projects that
#: the tariffs will reduce the national gross domestic product by 0.3 percent by 2020", "the project will reduce".
_EXPECTATION = re.compile(r"\b(?:expect\w*|forecast\w*|project(?:s|ed|ions?)?|predict\w*|anticipat\w*|estimat\w*|likely|could|"
                          r"would|might|may)\b", re.IGNORECASE)
_DEADLINE_NEXT = re.compile(r"^\s*(?:percent|%)?\s*,?\s*(?:by|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?(?:fiscal\s+year\s+)?"
                            r"\d{4}\b", re.IGNORECASE)


def kind_of(lead: str, tail: str, clause: str, *, previous_kind: str | None, money: bool = False) -> str:
    """The kind of a figure given its clause's words before it (`lead`), after it (`tail`),
    the clause up to and including the figure (`clause`), and the kind of the sentence's
    previous figure (None when it is the first); `money` for an amount of money, which is
    pledged when announced ("announced an additional $310 million")."""
    if (TARGET_AFTER.match(tail) or _PLEDGE_AFTER.match(tail)) and not FROM_BEFORE.search(lead):
        return "target"
    if money and _ANNOUNCED_BEFORE.search(lead):
        return "target"
    kind = "actual" if FROM_BEFORE.search(lead) else kind_for(clause)
    if kind == "forecast" and _WILL_CUT.search(lead) and _DEADLINE_NEXT.match(tail) and not _EXPECTATION.search(clause):
        return "target"
    if kind == "actual" and _PLEDGED_AFTER.match(tail):
        return "target"
    if kind == "actual" and previous_kind is not None and (_AND_TO.match(lead) or (
            previous_kind == "target" and _BREAKDOWN.fullmatch(lead))):
        return previous_kind
    return kind


def deadline_of(kind: str, period: tuple[str, str] | None) -> str | None:
    """A target's deadline: the last day of its period; other kinds have none."""
    return period[1] if kind == "target" and period is not None else None


#: "by 2030", "by the end of 2025": a deadline after the figure.
_BY_YEAR_AFTER = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?:(?:the\s+)?\w+\s+)?\d{4}\b", re.IGNORECASE)


#: "by the end of June", "by this year's end", "by the end of this year": a deadline after a figure whose
#: period may have begun before the text was written (a deadline still ahead makes it a pledge).
_BY_DATE_AFTER = re.compile(
    r"\bby\s+(?:the\s+end\s+of\s+)?(?:(?:this|next)\s+(?:year|month)|(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)", re.IGNORECASE)


#: The other end of a change right after a figure: "25% to 50% by 2025", "$1 billion to $2 billion".
_CHANGE_END_AFTER = re.compile(r"\s+to\s+(?:[$€£¥]\s?|US\$)?\d", re.IGNORECASE)


def kind_in_time(kind: str, period: tuple[str, str] | None, published: str | None, tail: str) -> str:
    """An "actual" figure with a deadline after it ("to $0.10 by 2030") whose period starts after
    its article was published is a target, and so is one whose period ends after it under "by the end
    of June" or "by the end of this year" (a deadline still ahead). (A month without a year may be read into the next
    year, so a future period alone, with no deadline, changes nothing.) The start of a change
    ("will increase from 25% to 50% by 2025") stays actual: the deadline is its end's."""
    if kind == "actual" and period is not None and published and period[1] > published[:10] \
            and _BY_DATE_AFTER.search(tail):
        return "target"  # "donation of at least 80 million vaccines ... by the end of June" in a June 10 text
    if kind != "actual" or period is None or not published or period[0] <= published[:10]:
        return kind
    if _CHANGE_END_AFTER.match(tail):
        return kind
    return "target" if _BY_YEAR_AFTER.search(tail) else kind


def change_end_kind(text: str, clause_start: int, first: tuple[int, int], second: tuple[int, int]) -> str | None:
    """The kind of the second end of a change "from X to Y" (`first`, `second` spans of X and Y),
    read from the clause before "from" as if it said "to Y" ("the goal ... is to increase trade
    turnover from 11 billion to 30 billion dollars": a target; "trade rose from $1 billion to $2
    billion": actual), or of a second figure that restates the first ("i.e.", "that is", "namely") read from
    the clause before the first; None when the two figures are not such a change."""
    lead = text[clause_start:first[0]]
    if _RESTATED_GAP.fullmatch(text, first[1], second[0]):
        return kind_for(lead)  # "we have targeted ... three times higher than the current amount, i.e. 30 billion dollars"
    cut = FROM_BEFORE.search(lead)
    if cut is None or not _CHANGE_GAP.fullmatch(text, first[1], second[0]):
        return None
    return kind_for(lead[:cut.start()] + "to ")
