"""Numbers that label, rank or scale rather than state a figure.

A fact sheet numbers its action items ("7. Sign a memorandum of understanding"), names an
agreement by its section ("Launching 123 Agreement Negotiations", "a civil nuclear cooperation
agreement (“123 agreement”)"), ranks a country ("among the top 10 producers of conventional cacao")
and states ratios ("For every $1 million in credit guarantees, this partnership is expected to
leverage up to $20 million in fertilizer sales"). None of these is a figure an analyst records:
the item number counts nothing, the section number is part of a name, a rank is no quantity, and
both amounts of a ratio are units of the rate, not sums given or raised.
"""

from __future__ import annotations

import re

#: A list item's number at the start of a line: "7. Sign a memorandum", "10. Prepare a collaborative report".
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_ITEM_AFTER = re.compile(r"\.[ \t]+[A-Z]")
#: A document a number names, written in the singular after it ("123 Agreement", "the 123 agreement"): a count of
#: two or more would take the plural.
_DOCUMENT_AFTER = re.compile(r"\s+(?i:agreement|act|accord|resolution|convention|protocol|treaty|declaration)\b(?!s)")
#: A rank: "among the top 10 producers", "one of the top five exporters", "a top-10 economy".
_RANK_BEFORE = re.compile(r"\btop[\s-]$", re.IGNORECASE)
#: A ratio's unit: "For every $1 million in credit guarantees", "for each dollar invested".
_RATIO_OPENING = re.compile(r"\bfor\s+(?:every|each)\s+$", re.IGNORECASE)


def is_label(text: str, start: int, end: int, *, unit: str, value: float) -> bool:
    """Whether the number text[start:end] (of `unit` and `value`) labels, ranks or scales (see the
    module docstring) rather than states a figure."""
    bare = re.fullmatch(r"\d{1,4}", text[start:end].strip()) is not None
    if unit == "count" and bare and _ITEM_AFTER.match(text, end) and _LINE_START.search(text, max(0, start - 12), start):
        return True
    if unit == "count" and bare and value >= 2 and _DOCUMENT_AFTER.match(text, end):
        return True
    if unit == "count" and _RANK_BEFORE.search(text, max(0, start - 4), start):
        return True
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)), default=max(0, start - 400))
    return any(_RATIO_OPENING.search(text, max(opening, m.start() - 16), m.start())
               for m in _AMOUNT_START.finditer(text, opening, end))


#: Where a sentence ends, for the sentence a number stands in.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+|\n")
#: Where an amount may begin, for the opening of a ratio before it in the same sentence.
_AMOUNT_START = re.compile(r"(?<![\w$])(?:[$€£¥]|US\$|\d)")
