"""What opens a list item: one owner for the readers of a line's list marker.

A list item's line opens with a marker ("-", "*", "•", "–", "1.", "2)") and a space, maybe indented,
maybe after an HTML comment a page left before it ("<!-- -->- USAID will provide ..."). Text cleaning
keeps such a line apart from the one before it (`accords.ingest.cleaning`), the figures keep a
hard-wrapped line that opens an item apart (`accords.indicators.clauses.unwrapped`), read the
item a sentence stands in (`accords.indicators.clauses.headed_item_start`) and an aid package's
items (`accords.indicators.packages`).
"""

from __future__ import annotations

import re

#: A bullet: a hyphen, a star or a dot (a character class, for patterns to build on).
BULLET = r"[-*•]"

#: A list item's marker: a bullet, an en dash, or a number of one or two digits closed by a dot or a parenthesis.
MARKER = rf"(?:{BULLET}|–|\d{{1,2}}[.)])"

#: A marker and its space where a line's words begin: "- USAID will provide", "2. The", "• ".
OPENS_ITEM = re.compile(rf"{MARKER}\s")

#: A marker where a sentence begins, past the HTML comments before it ("<!-- -->-   The U.S. ...").
OPENS_ITEM_PAST_COMMENTS = re.compile(rf"\s*(?:<!--.*?-->\s*)*{MARKER}\s", re.DOTALL)

#: A line opening a list item, with its indent and, where the item opens with a heading of its own
#: in bold, that heading ("-   **Microsoft Airband ISP Incentive Fund:** A Digital Invest grant of $500,000").
ITEM_LINE = re.compile(rf"^(?P<indent>[ \t]*){MARKER}[ \t]+(?P<heading>\*\*[^*\n]{{2,150}}?\*\*)?", re.MULTILINE)
