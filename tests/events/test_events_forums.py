"""A forum its states name ("the Iran-Turkey-Azerbaijan trilateral forum", "the Iran-Georgia business forum") is a
meeting of them when held, and a meeting that "concluded" or "ended" was held (`accords.events.meetings.held_meeting`);
a forum named otherwise ("an ongoing forum to address priority issues", "the WSIS Forum 2019") is no meeting of the
states the text names (evtt46). Sentences from tests/gold/articles (tt_238868, tt_434585) and the White House corpus
(wh_20210909-us-mexico-hled-factsheet)."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("TEHRAN - The two-day Iran-Turkey-Azerbaijan trilateral forum, which was attended by the foreign "
                 "ministers of the three countries, concluded in Urmia, West Azerbaijan Province on Sunday.",
                 [("CONSULT", ("AZE", "IRN", "TUR"), "occurred")], id="trilateral-forum-concluded"),
    pytest.param("Together, we will build back from the impact of the global pandemic, promote inclusive trade and "
                 "investment, prepare our workforces for the future, and strengthen regional supply chains. As an ongoing "
                 "forum to address priority issues, the HLED’s agenda will be enhanced by regular input and engagement "
                 "with key stakeholders from civil society and business.", [], id="a-forum-as-description"),
    pytest.param("Iranian Information and Communications Technology (ICT) Minister Mohammad Javad Azari Jahromi and his "
                 "Armenian counterpart Hakob Arshakyan discussed expansion of ICT cooperation between the two countries "
                 "during a meeting on Wednesday, Mehr reported. The meeting was held on the sidelines of the World Summit "
                 "on the Information Society (WSIS) Forum 2019, which is currently underway in Geneva, Switzerland.",
                 [("CONSULT", ("ARM", "IRN"), "occurred")], id="a-named-forum-is-where-they-met"),
])
def test_forums(text, expected):
    assert events_with_sides(text) == expected
