"""A state that only names a conflict or its settlement inside a phrase is no side of the event
(`accords.events.conflictnames.conflict_name`): "the guarantors of the Syrian ceasefire", "a new
meeting on settling the Syrian conflict", "the issue of Syria's postwar settlement was discussed".
A ceasefire a side seeks to establish between two others keeps the two.

The sentences are Tehran Times text (tehrantimes-region, CC BY 4.0: tt_411842, tt_457460,
tt_454086) or paraphrases of it (tt_414765)."""

from __future__ import annotations

import pytest

from tests.events.sides import directed_events


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Russian senator Igor Morozov visited Tehran. “Of course, the issue of Syria’s postwar settlement was "
                 "discussed at all meetings between our delegation and Iranian lawmakers,” Morozov said.",
                 [("CONSULT", ("RUS",), ("IRN",))], id="postwar-settlement-discussed-is-no-meeting-with-syria"),
    pytest.param("On Monday, Kazakh Foreign Minister Kairat Abdrakhmanov said that the new meeting in Astana on settling "
                 "the Syrian conflict will be held on March 14-15.",
                 [], id="meeting-on-settling-the-conflict-names-no-side"),
    pytest.param("The delegation of Iran arrived in Astana on Monday for a joint working group session with "
                 "representatives of the two other guarantors of the Syrian ceasefire – Russia and Turkey.",
                 [("CONSULT", ("IRN",), ("RUS", "TUR"))], id="guarantors-of-the-ceasefire"),
    pytest.param("During the Armenia-Azerbaijan war, which broke out in late September, Iran presented a peace initiative "
                 "that called on both sides of the war to resolve their differences through dialogue.",
                 [], id="sides-of-the-war-named-only-in-its-name"),
    pytest.param("Seyed Abbas Araghchi said on Friday that Iran is seeking to establish a ceasefire between Azerbaijan "
                 "and Armenia.",
                 [("AGREE", ("IRN",), ("ARM", "AZE"))], id="ceasefire-a-side-seeks-keeps-its-two-sides"),
])
def test_conflict_names(text, expected):
    assert directed_events(text, published="2020-10-20") == expected
