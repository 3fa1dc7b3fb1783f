"""Money set beside a count as what the counted things are worth: "Iran plans to open two credit lines in
South Korea's Exim Bank and a bank in Turkey in near future, worth €175 million" is the planned lines'
value, so it is the count's: the same countries (Iran, the planner, named before the count, as well
as Korea and Turkey) and the same kind (a target, as the count is), not an actual amount of Korea and
Turkey alone.

Only money set off by a comma and "worth", "valued at" or "with a (total) value of" right after the
count's phrase, in the same sentence with no other figure between (`pledges.continued` asks it).
"66 contracts worth $2 billion were signed" (no comma) keeps its own words: the deal's value.
"""

from __future__ import annotations

import re

from accords.model import Indicator
from accords.quantities.units import is_money

#: From the end of a count to its money: the rest of the count's phrase (no sentence break, no other
#: clause verb of saying), a comma, then the word that gives the value.
_VALUED_AFTER_COMMA = re.compile(
    r"[^.;:!?\d]{0,160}?,\s*(?:(?:with\s+)?(?:a\s+)?(?:total\s+)?(?:worth|valued\s+at|value\s+of)|"
    r"with\s+a\s+(?:total\s+)?value\s+of)\s+(?:(?:some|about|around|nearly|almost|over|more\s+than|up\s+to)\s+)?",
    re.IGNORECASE)
#: A clause of its own between the count and the money: the money is not the count's.
_OWN_CLAUSE = re.compile(r",\s*(?:while|whereas|but|and|which|who|adding|said|noting)\b", re.IGNORECASE)


def count_value(between: str, previous: Indicator, unit: str) -> tuple[tuple[str, ...], str] | None:
    """The subjects and kind of money (`unit`) that `between` (the text from the end of the sentence's
    previous figure to the money) sets beside the previous figure, a count, as its value; None otherwise."""
    if previous.unit != "count" or not is_money(unit) or not previous.subjects:
        return None
    if not _VALUED_AFTER_COMMA.fullmatch(between) or _OWN_CLAUSE.search(between):
        return None
    return previous.subjects, previous.kind
