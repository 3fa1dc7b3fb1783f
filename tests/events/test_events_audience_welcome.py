"""A speaker addressing the audience (twenty-ninth session, evtt45), on sentences of the tt and wh
corpora: "welcome you (all) to ..." is a courtesy, no SUPPORT or AGREE with the body whose
conference it is (`accords.events.matching._meeting_welcomed`); "you are agreeing to these ground
rules" binds reporters to a briefing's terms, no accord (`accords.events.matching._house_rules`);
states agreeing to rules stay an accord."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

# tehrantimes_region_dev.jsonl, "Turkish top diplomat calls for effort to settle disputes in OIC"
_OIC = ("Following is the text of his speech: It is a distinct pleasure for me to welcome you all to the First OIC "
        "Member States Conference on Mediation.")
# whitehouse_2021_2024.jsonl, a background call on President Biden's meeting with President Kenyatta
_CALL = ("On behalf of the NSC press team, I would like to welcome you all to an on-background call to discuss "
         "President Biden’s meeting today with President Uhuru Kenyatta of Kenya.")

_LEAD = "President Biden will host President Kenyatta of Kenya at the White House. "
# whitehouse_2021_2024.jsonl, the same call
_RULES = (_LEAD + "By joining the call, you are agreeing to these ground rules. So, we very much appreciate that you "
          "agree to the ground rules and the embargo time.")
_STATES = _LEAD + "Kenya and the United States agreed to the rules of the new trade framework."


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "absent"), [
    pytest.param(_OIC, "Tehran Times", "OIC", id="conference-audience-no-side"),
    pytest.param(_CALL, "The White House", "SUPPORT", id="press-call-audience-no-support"),
])
def test_audience_welcome_is_no_event(text, source, absent):
    found = events_with_sides(text, source=source)
    assert not [e for e in found if absent in e[1] or e[0] == absent], found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "occurred"), [
    pytest.param(_RULES, 0, id="press-call-ground-rules-no-accord"),
    pytest.param(_STATES, 1, id="states-agree-to-rules-kept"),
])
def test_briefing_terms_are_no_accord(text, occurred):
    found = events_with_sides(text, source="The White House")
    assert len([e for e in found if e == ("AGREE", ("KEN", "USA"), "occurred")]) == occurred, found
