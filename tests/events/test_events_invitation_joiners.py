"""Whom an invitee is to join is no party to the invitation (evwh48).

"the United States invited Mexico to embed personnel at the U.S. Customs and Border Protection
National Targeting Center, joining Canada" is an `AGREE` of the United States and Mexico: Canada,
already there, is what Mexico would join, not a side invited (`accords.events.actors`: the
participle hung on the invitation's complement is left out). A place or body the invitee is to
visit or join in the complement itself stays a side as before. Sentences from White House fact
sheets of 2021-2024 (public domain), shortened; the others paraphrase."""

from __future__ import annotations

import pytest

from tests.events.sides import directed_events

_WH = "The White House"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The United States invited Mexico to embed personnel at the U.S. Customs and Border Protection National "
                 "Targeting Center, joining Canada.", [("AGREE", ("USA",), ("MEX",))], id="joining-canada-no-side"),
    pytest.param("The United States invited Mexico to embed personnel at the National Targeting Center.",
                 [("AGREE", ("USA",), ("MEX",))], id="invitee-alone"),
    pytest.param("NATO Allies invited Finland and Sweden to join NATO.",
                 [("AGREE", ("NATO",), ("FIN", "SWE"))], id="body-joined-in-complement-stays"),
])
def test_invitation_sides(text, expected):
    assert directed_events(text, published="2023-01-10", source=_WH) == expected
