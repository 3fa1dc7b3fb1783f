"""Posts embedded in a web page: a tweet quoted as a block is no statement of the page's own.

A news page that embeds a social-media post prints its text as a paragraph and, on the next line, the
attribution the embed carries: "— Name (@handle) November 18, 2019". Figures in that paragraph ("yes the
state spent nearly half a million dollars on it: https://t.co/...") are what someone posted, not what the
page reports, and the gold leaves them out (tests/gold/README.md: "an embedded tweet ... left out"); the
page's prose that restates them is recorded in its own words.
"""

from __future__ import annotations

import re

#: The attribution line of an embedded post: a dash, a name, the handle in brackets and the date.
_ATTRIBUTION = re.compile(r"^[—–-]\s+[^\n]{1,120}\(@\w{1,30}\)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\s*$")


def in_post(text: str, position: int) -> bool:
    """Whether the character at `position` lies in a paragraph whose next non-empty line is an
    embedded post's attribution line (`_ATTRIBUTION`)."""
    line_end = text.find("\n", position)
    if line_end < 0:
        return False
    following = (line for line in text[line_end:line_end + 400].split("\n") if line.strip())
    return bool(_ATTRIBUTION.match(next(following, "").strip()))
