"""One owner for what opens a list item (`accords.scan.items`), and its readers agree on real lines
of White House fact sheets and readouts: the cleaning keeps an item's line apart from the one before,
the figures find the item a position stands in, and the heading an item opens with."""

from __future__ import annotations

import pytest

from accords.indicators import clauses, packages
from accords.ingest.cleaning import unwrap
from accords.model import Segment
from accords.scan import items

ITEMS = [
    ("dash", "-   The two leaders pledged to strengthen efforts to address", True, None),
    ("dash-heading", "-   **United Center – Chicago, IL:** With state partners, FEMA will open", True, "**United Center – Chicago, IL:**"),
    ("numbered", "11. “Notice of Availability of the Record of Decision for the Proposed", True, None),
    ("bullet", "• President Joko Widodo, Indonesia", True, None),
    ("en-dash", "– Assistant Secretary of Disability and Employment Policy", True, None),
    ("indented", "    * **Increase engagement in the innovation economy.** President Biden", True,
     "**Increase engagement in the innovation economy.**"),
    ("sentence", "The leaders also recognized the ecological importance of the Arctic", False, None),
    ("year", "2021. The leaders also recognized", False, None),
    ("hyphenated", "-oil exports grew by 7.2 percent", False, None),
]


@pytest.mark.parametrize(("line", "opens", "heading"), [row[1:] for row in ITEMS], ids=[row[0] for row in ITEMS])
def test_a_line_opens_an_item(line, opens, heading):
    assert bool(items.OPENS_ITEM.match(line.lstrip())) is opens
    match = items.ITEM_LINE.match(line)
    assert bool(match) is opens
    assert (match.group("heading") if match else None) == heading


@pytest.mark.parametrize(("line", "opens", "heading"), [row[1:] for row in ITEMS], ids=[row[0] for row in ITEMS])
def test_the_readers_agree(line, opens, heading):
    before = "The United States will provide the following support for"
    text = f"Intro.\n\n{before}\n{line.lstrip()}"
    assert (len(unwrap([before, line.lstrip()])) == 2) is opens  # the cleaning keeps an item's line apart
    start = text.index(line.lstrip())
    sentence = Segment(start, len(text))
    assert packages.is_item(text, sentence) is opens
    assert (packages.item_of(text, len(text) - 1) is not None) is opens
    assert (clauses.headed_item_start(text, sentence) == start) is (heading is not None)


def test_an_item_past_a_pages_comments():
    text = "<!-- -->\n-   The U.S. Department of State will provide $104 million"
    assert packages.is_item(text, Segment(0, len(text)))
    assert not items.OPENS_ITEM.match(text)
