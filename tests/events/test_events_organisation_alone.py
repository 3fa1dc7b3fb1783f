"""An organisation named alone is not completed with the country of the article's pair its
sentence does not name: `accords.events.completion.fill_pair` (issue 13). "NATO has agreed to
contracts ..." in a fact sheet about NATO and Ukraine is NATO's own business; a sentence that
names Ukraine (or Kyiv) still relates the two.

Sentences from the White House fact sheet "The 2024 NATO Summit in Washington" (2024-07-10,
public domain), the last one written for these tests."""

from __future__ import annotations

import pytest

from tests.events.sides import directed_events

_LEAD = ("The Washington Summit will strengthen NATO’s relationship with Ukraine, as Allies convene for the second "
         "meeting of the NATO-Ukraine Council. NATO will continue to support Ukraine on its irreversible path to full "
         "Euro-Atlantic integration. ")
# "NATO will continue to support Ukraine": backing carried on, a SUPPORT (`accords.events.ongoing.carried_on`)
_LED = [("CONSULT", ("NATO", "UKR"), ()), ("SUPPORT", ("NATO",), ("UKR",))]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_LEAD + "As a result of these efforts, NATO has agreed to contracts worth $10 billion for the "
                 "production of arms and ammunition to replenish Allied stocks.", _LED, id="own-contracts"),
    pytest.param(_LEAD + "NATO and Indo-Pacific Partners will meet, along with the European Union, to discuss the "
                 "increasing connectivity between Euro-Atlantic and Indo-Pacific security.", _LED,
                 id="meets-other-partners"),
    pytest.param(_LEAD + "NATO has agreed to deepen its cooperation with Kyiv.",
                 [*_LED, ("AGREE", ("NATO",), ("UKR",))], id="names-kyiv-stays"),
])
def test_organisation_alone(text, expected):
    assert directed_events(text, published="2024-07-10") == expected
