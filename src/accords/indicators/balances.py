"""The balance named right after an amount: "Kazakhstan ran a $3 billion trade deficit", "a $36 billion
current account deficit". `named.deficit` reads the balance words before a figure ("Georgia's trade deficit
stood at $2.1 billion"); these words come after it, so the deficit was recorded as a positive balance, the
wrong sign (`tests/gold/README.md`, "Signs"). Kept apart from `named`, which is at the size limit.
"""

from __future__ import annotations

import re

#: "$3 billion trade deficit", "$36 billion current account deficit", "$5 billion surplus": up to three words
#: between the amount and the balance word, none of them a clause mark or a preposition ("add $100 billion to
#: deficits" changes a deficit, it is none).
_NAMED_AFTER = re.compile(
    r"^\s*(?:(?!(?:to|of|in|from|for|by|with|on|into|than)\b)[\w-]+\s+){0,3}?"
    r"(?:deficits?|surplus(?:es)?|negative\s+balance|positive\s+balance)\b", re.IGNORECASE)


def after(tail: str) -> str:
    """The words right after an amount up to the balance word they name it by ("trade deficit"), or ""."""
    match = _NAMED_AFTER.match(tail)
    return match.group(0) if match else ""
