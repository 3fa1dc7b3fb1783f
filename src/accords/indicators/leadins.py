"""Figures in bullet items that complete a commitment's lead-in: "Over the next year, the United
States will:" followed by "-   Expand and strengthen bilateral partnerships with at least 25
countries ...", or "the Leaders committed to:" followed by items. Each item is the rest of the
sentence "the United States will ...", so a figure of its first sentence is pledged (`target`),
as if the lead-in's "will" stood before it (`accords.indicators.kinds` reads only the item's own
words). Nested items under an item ("This includes:") belong to the same commitment.

Only the item's first sentence is read this way (the sentences after its heading or its first
sentence are the writer's own claims: "Yesterday's announcement ... comes on top of the at least
80 million vaccine doses previously announced"); a figure told as already done in the item ("the
$2 billion already provided", "since 2002") and a population ("our combined one billion people")
stay as they are. Only a lead-in ending with the verb of a commitment and a colon counts: "will:",
"committed to:", "pledge to:", "intend to:", "agreed to:" (not "Highlights to date include:").
"""

from __future__ import annotations

import re

from accords.indicators.items import BULLET
from accords.model import Segment

#: The end of a lead-in paragraph that the items complete (markdown bold and spaces taken off first).
_LEAD_IN = re.compile(
    r"\b(?:will(?:\s+also)?|(?:also\s+)?commit(?:s|ted)?\s+to|pledg(?:e|es|ed)\s+to|intends?\s+to|plans?\s+to|"
    r"agreed\s+to|resolved?\s+to|decided\s+to|determined\s+to|undert(?:ake|akes|ook)\s+to)\s*:$",
    re.IGNORECASE,
)
#: What an item tells as done already, before its figure: "the $2 billion already provided", "since 2002".
_DONE = re.compile(r"\b(?:already|previously|has|have|had|was|were|since|to\s+date|so\s+far|last\s+year)\b", re.IGNORECASE)
#: Metrics that no commitment sets: what a country is, not what it will do.
_STATES = frozenset({"population"})
#: Lines passed over between an item and its lead-in: blank lines and markdown list breaks ("<!-- -->").
_PASSED = re.compile(r"\s*(?:<!--\s*-->\s*)?$")


def lead_in(text: str, item_start: int) -> str | None:
    """The last line of the paragraph before the run of bullet items that holds the item starting at
    `item_start` (its continuation lines, nested items and list breaks passed over), or None when the
    item is no bullet item at the start of its line."""
    line_start = text.rfind("\n", 0, item_start) + 1
    if text[line_start:item_start].strip() or not BULLET.match(text, item_start):
        return None
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        if _PASSED.match(line) or line[:1].isspace() or BULLET.match(line):
            continue  # a blank line, a list break, an item's continuation line, an item
        return line
    return None


def bullet_kind(text: str, sentence: Segment, lead: str, metric: str, kind: str) -> str:
    """`target` for an `actual` figure of a bullet item's first sentence (`sentence`) under a lead-in
    ending with a commitment's verb and a colon (`_LEAD_IN`), unless the words before the figure in
    its clause (`lead`) tell it as done or it is a population; else `kind` unchanged."""
    if kind != "actual" or metric in _STATES or _DONE.search(lead):
        return kind
    line = lead_in(text, sentence.start)
    if line is None:
        return kind
    return "target" if _LEAD_IN.search(line.replace("*", "").rstrip(" \t\u00a0")) else kind
