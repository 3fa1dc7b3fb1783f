"""What a side "will continue to" give or back is that backing or aid carried on, not a new plan
(`accords.events.ongoing.carried_on`): the White House gold records "the U.S. will continue to support
the people of Burma" as SUPPORT and "will continue to provide Ukraine with the capabilities" as AID,
never as AGREE. A continuation pledged or agreed stays the promise (AGREE).

Sentences are from White House texts of 2021-2022 (whitehouse-briefings corpus, public domain) that
are not in the gold.
"""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_WH = "The White House"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param("President Biden emphasized that the United States will continue to support the Afghan people, "
                 "including through continued development, humanitarian, and security assistance.", "2021-04-14",
                 [("SUPPORT", ("AFG", "USA"), "planned")], id="will-continue-to-support"),
    # must stay a promise: the continuation is pledged
    pytest.param("President Biden pledged to continue providing Ukraine with the support needed to defend itself, "
                 "including advanced air defense systems.", "2022-10-10",
                 [("AGREE", ("UKR", "USA"), "occurred")], id="pledged-to-continue-providing"),
])
def test_continued_backing_is_no_plan(text, published, expected):
    assert events_with_sides(text, published=published, source=_WH) == expected
