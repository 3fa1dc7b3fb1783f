"""A speaker welcoming the audience (twenty-ninth session, evtt45), on sentences of the tt and wh
corpora: "welcome you (all) to ..." is a courtesy, no SUPPORT or AGREE with the body whose
conference it is (`accords.events.matching._meeting_welcomed`); a visitor welcomed stays a visit."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

# tehrantimes_region_dev.jsonl, "Turkish top diplomat calls for effort to settle disputes in OIC"
_OIC = ("Following is the text of his speech: It is a distinct pleasure for me to welcome you all to the First OIC "
        "Member States Conference on Mediation.")
# whitehouse_2021_2024.jsonl, a background call on President Biden's meeting with President Kenyatta
_CALL = ("On behalf of the NSC press team, I would like to welcome you all to an on-background call to discuss "
         "President Biden’s meeting today with President Uhuru Kenyatta of Kenya.")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "absent"), [
    pytest.param(_OIC, "Tehran Times", "OIC", id="conference-audience-no-side"),
    pytest.param(_CALL, "The White House", "SUPPORT", id="press-call-audience-no-support"),
])
def test_audience_welcome_is_no_event(text, source, absent):
    found = events_with_sides(text, source=source)
    assert not [e for e in found if absent in e[1] or e[0] == absent], found
