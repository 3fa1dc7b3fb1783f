"""Items of an aid package: a list item under a package's figure (`is_item`) and the subjects it takes from the
package (`under_package`), moved here from `owners` (whose figure subjects they only refine)."""

from __future__ import annotations

import re

from accords.indicators.named import AID_KINDS
from accords.model import Segment

#: Metrics of money one side gives another, announced as a package and then itemised.
PACKAGED = ("aid", *AID_KINDS.values())
#: How many sentences before an item its package may be (a package's items follow it closely).
PACKAGE_SENTENCES = 4


_BULLET = re.compile(r"\s*(?:<!--.*?-->\s*)*(?:[-*•–]|\d{1,2}[.)])\s", re.DOTALL)


def is_item(text: str, sentence: Segment) -> bool:
    """Whether a sentence opens a list item ("- The U.S. Department of State will provide ..."):
    the items of a package are listed under it."""
    return bool(_BULLET.match(text, sentence.start))


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
