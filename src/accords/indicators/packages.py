"""Items of an aid package: a list item under a package's figure (`is_item`), which figure may be its package
(`packages_item`: not a sibling bullet's) and the subjects it takes from the package (`under_package`), moved here
from `owners` (whose figure subjects they only refine)."""

from __future__ import annotations

import re

from accords.indicators.named import AID_KINDS
from accords.model import Evidence, Segment
from accords.scan import items

#: Metrics of money one side gives another, announced as a package and then itemised.
PACKAGED = ("aid", *AID_KINDS.values())
#: How many sentences before an item its package may be (a package's items follow it closely).
PACKAGE_SENTENCES = 4


def is_item(text: str, sentence: Segment) -> bool:
    """Whether a sentence opens a list item ("- The U.S. Department of State will provide ..."):
    the items of a package are listed under it."""
    return bool(items.OPENS_ITEM_PAST_COMMENTS.match(text, sentence.start))


#: A blank line: the end of a paragraph or of a list item.
_BLANK = re.compile(r"\n[ \t]*\n")
#: A sentence that introduces a list: "... in the following ways:", "... including:".
_INTRODUCES = re.compile(r":[\s*]*$")


def item_of(text: str, position: int) -> tuple[int, int] | None:
    """(start, indent) of the list item that holds `position`: the latest line opening with a list
    marker before it, with no blank line between; None for a position outside any list item."""
    blank = max((m.end() for m in _BLANK.finditer(text, 0, position)), default=0)
    for match in reversed(list(items.ITEM_LINE.finditer(text, blank, position))):
        return match.start(), len(match.group("indent").expandtabs(4))
    return None


def _inside(text: str, sentence: Segment | Evidence) -> int:
    """Where a sentence's own words begin: past a list marker and the comments before it."""
    marker = items.OPENS_ITEM_PAST_COMMENTS.match(text, sentence.start)
    return marker.end() if marker is not None else sentence.start + len(text[sentence.start:sentence.end]) - len(
        text[sentence.start:sentence.end].lstrip())


def packages_item(text: str, package: Segment | Evidence, item: Segment) -> bool:
    """Whether the figure stated in `package` (its sentence) may be the package of the list item opening with
    sentence `item`: a figure outside any list (the lead-in: "announced an additional $310 million
    ... for El Salvador, Guatemala, and Honduras"), in the item's parent item (indented less), or
    in a sentence that ends by introducing a list ("... will provide $50 million as follows:"), or
    earlier in the same item; not a figure of a sibling item, whose receivers are its own ("$1
    million for AWEP" leaves the next bullet's "$1.5 million to facilitate university exchanges" alone)."""
    holder = item_of(text, _inside(text, package))
    if holder is None or _INTRODUCES.search(text, package.start, package.end):
        return True
    own = item_of(text, _inside(text, item))
    return own is not None and (holder[0] == own[0] or holder[1] < own[1])


def under_package(subjects: tuple[str, ...], package: tuple[str, ...], donor: str | None) -> tuple[str, ...]:
    """The subjects of an item of an aid package (`package`: the subjects of the latest earlier
    aid figure naming the `donor` and its recipients): an item naming only the donor goes to the
    package's recipients too ("announced an additional $310 million ... for El Salvador,
    Guatemala, and Honduras" then "The U.S. Department of State will provide $104M"), an item
    naming only some recipients keeps the donor ("In Guatemala and Honduras, USDA will provide
    $30M": GTM-HND-USA). Anything naming a country outside the package stays as it is."""
    if donor is None or donor not in package or len(package) < 2 or not subjects or not set(subjects) <= set(package):
        return subjects
    if set(subjects) == {donor}:
        return package
    return tuple(sorted({*subjects, donor}))
