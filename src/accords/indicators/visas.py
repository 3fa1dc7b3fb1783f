"""How long a visa lets its holder stay: "Iranian citizens can stay in Azerbaijan without a visa for
15 days" is `visa_free_days` 15, "issuing 30-day visas directly at Iranian airports" `visa_days` 30,
both in `day` (tests/gold/README.md, seventeenth session; the held-out regional press writes its
visa-free regimes this way).

A duration counts nothing elsewhere (`accords.indicators.clauses.is_reference_count`: "a three-day
visit"); here it is the figure, where the sentence speaks of a visa right around it and the days
are the stay's: after "for", "of", "to", "stay", "valid for" ("visa-free for 21 days", "extend the
visa-free stay to 45 days"), or a hyphenated length of a visa, a stay or a regime ("a 30-day
visa-free regime", "30-day visas"). How long issuing takes ("within 3 days", "wait times from 87 to 5
days") is no stay. The days are visa-free where the words around say so ("visa-free", "without a visa", "visa
waiver", "exempt from visas").
"""

from __future__ import annotations

import re

from accords.quantities.extract import QUALIFIER

#: The unit of a stay, and the metrics of this module.
UNIT = "day"
VISA_FREE = "visa_free_days"
VISA = "visa_days"
METRICS = frozenset({VISA_FREE, VISA})

#: The days right after the count: "15 days", "30-day".
_DAYS_AFTER = re.compile(r"^(?:\s+|\s*-\s*)days?\b", re.IGNORECASE)
#: A hyphenated length of a visa, a stay or a regime: "30-day visas", "a 30-day visa-free regime", "15-day stay".
_LENGTH_OF = re.compile(
    r"^\s*-\s*day\s+(?:(?:single|multiple|double)[- ]entry\s+|tourist\s+|transit\s+|electronic\s+|e-)?"
    r"(?:visas?\b|visa[- ]free\b|stays?\b|regime\b|visa[- ]waiver\b)", re.IGNORECASE)
#: The stay's days after a preposition or verb of staying: "for 15 days", "visa-free stay to 45 days", "valid for
#: up to 90 days", "a period of 30 days".
_STAY_BEFORE = re.compile(
    r"\b(?:for|of|to|stay(?:s|ing|ed)?|valid(?:ity)?|remain)\s+(?:(?:a\s+)?(?:maximum|period|total|duration|term)\s+of\s+)?"
    + QUALIFIER + r"$", re.IGNORECASE)
#: A visa named around the figure.
_VISA = re.compile(r"\bvisas?\b|\be-visas?\b", re.IGNORECASE)
#: The stay needs no visa.
_FREE = re.compile(
    r"\bvisa[- ]free\b|\bwithout\s+(?:a\s+|any\s+)?visas?\b|\bvisa[- ](?:waiver|exempt\w*|exemption)\b|"
    r"\bexempt(?:ed)?\s+from\s+(?:the\s+)?visas?\b|\bno\s+visas?\b|\bvisa-less\b", re.IGNORECASE)
#: How long getting a visa takes, no stay: "visa wait times from 87 to 5 days", "processed within 3 days".
_WAIT = re.compile(r"\b(?:wait(?:ing)?|processing|within|takes?|took|times?)\b", re.IGNORECASE)
#: How far before the figure the words of waiting may come.
_WAIT_REACH = 40
#: How far before and after the figure a visa may be named.
_LEAD_REACH = 120
_TAIL_REACH = 60


def stay_metric(lead: str, tail: str, *, unit: str) -> str | None:
    """`visa_free_days` or `visa_days` for a count of days a visa (or no visa) lets its holder stay;
    `lead`: the sentence before the count, `tail`: the sentence after it. None for anything else."""
    if unit != "count" or not _DAYS_AFTER.match(tail):
        return None
    near = lead[-_LEAD_REACH:] + " " + tail[:_TAIL_REACH]
    if not (_LENGTH_OF.match(tail) or _STAY_BEFORE.search(lead)) or not (_VISA.search(near) or _FREE.search(near)):
        return None
    if _WAIT.search(lead[-_WAIT_REACH:]):
        return None
    return VISA_FREE if _FREE.search(near) else VISA


def is_stay(text: str, start: int, end: int) -> bool:
    """Whether the count text[start:end] is the length of a visa stay (`stay_metric`), a duration the
    figures keep where other durations are no claim."""
    lead = text[max(0, start - _LEAD_REACH):start]
    lead = lead[max(lead.rfind(". "), lead.rfind("\n")) + 1:]
    tail = text[end:end + _TAIL_REACH]
    tail = tail[:tail.find(". ")] if ". " in tail else tail
    return stay_metric(lead, tail, unit="count") is not None
