"""Shares of a market or of world production that one side controls or dominates.

Official texts on trade measures justify them with the share a rival holds: "China currently
controls over 80 percent of certain segments of the EV battery supply chain", "China has used
unfair practices to dominate upwards of 80 to 90% of certain parts of the global solar supply
chain", "its control of 70, 80, and even 90 percent of global production". The figure is a
share (`market_share`) and it is about the side that controls, alone: not about the other
country of the sentence ("risks to America's supply chains") nor the text's home country.

- `controls_share(lead, tail)`: whether a percentage is such a share (a verb or noun of control
  right before it, "of" a market or an economy's whole right after it, not land);
- `controller(text, verb_end, sentence_start, countries)`: the country named nearest before the
  verb of control in the sentence, the side that controls.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators.subjects import CountrySpan, is_country
from accords.quantities.extract import QUALIFIER

METRIC = "market_share"

#: A verb or noun of control right before the figure, with the approximation words and the earlier
#: figures of a list between them: "controls over", "dominate upwards of 80 to", "control of 70, 80,
#: and even".
_CONTROL_BEFORE = re.compile(
    r"\b(?:control(?:s|led|ling)?|dominat(?:e|es|ed|ing)|dominance)\s+(?:of\s+)?"
    + QUALIFIER
    + r"(?:[\d.,]+\s*(?:%|percent)?\s*,?\s+(?:(?:and|or|to)\s+)?(?:even\s+)?)*$",
    re.IGNORECASE,
)
#: What the share is of, a market or an economy's whole named within ten words: "of global production",
#: "of certain segments of the EV battery supply chain", "of the global permanent magnet market"; not
#: land ("control of nearly 99 percent of eastern Aleppo", "controls 85 percent of the country").
_OF_AFTER = re.compile(
    r"^\s*(?:%|percent)?\s*of\s+(?:[\w'’-]+\s+){0,9}?"
    r"(?:markets?|production|supply\s+chains?|supply|supplies|capacity|output|processing|refining|mining|"
    r"manufacturing|exports|imports|trade|sales|demand|reserves|consumption|shipments|industry|industries)\b",
    re.IGNORECASE,
)
#: How far before the verb the controlling country may be named: "China's forced technology transfers
#: and intellectual property theft have contributed to its control of".
CONTROLLER_REACH = 120
#: Words that end the controller's clause between it and the verb.
_BREAK = re.compile(r"[;:.!?]|\b(?:while|whereas|but)\b")


def control_verb(lead: str) -> re.Match[str] | None:
    """The verb or noun of control right before a percentage (`lead` ends where it starts), or None."""
    return _CONTROL_BEFORE.search(lead)


def controls_share(lead: str, tail: str) -> bool:
    """Whether a percentage with `lead` before it and `tail` after it is a share a side controls."""
    return control_verb(lead) is not None and bool(_OF_AFTER.match(tail))


def controller(text: str, verb_start: int, sentence_start: int, countries: Sequence[CountrySpan]) -> str | None:
    """The country that controls: the one named nearest before the verb at `verb_start`, in its
    sentence, at most `CONTROLLER_REACH` characters before it with no clause break between; None
    when there is none (the subjects stay as the other rules read them)."""
    low = max(sentence_start, verb_start - CONTROLLER_REACH)
    before = [c for c in countries if low <= c.start and c.end <= verb_start and is_country(c.iso3)]
    if not before or _BREAK.search(text, before[-1].end, verb_start):
        return None
    return before[-1].iso3
