"""An international organisation's own meeting held in a member's city ("the SCO summit in
Dushanbe", "the meeting of the ECO member states in Ashgabat") has the city as its venue, not
the host country as a side (`accords.events.formats.without_body_hosts`, issue 13). A meeting
of two states in a city keeps the host. A member that travels to or attends the body's meeting
meets the body (`accords.events.formats.body_meeting_sides`).

Sentences written for this test in the register of Tehran Times and Azernews."""

from __future__ import annotations

import pytest

from tests.events.sides import directed_events, events_with_sides_in


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The SCO summit scheduled for September in Dushanbe will discuss regional security.",
                 [("AGREE", ("SCO",), ())],
                 id="sco-summit-in-dushanbe"),
    pytest.param("Iran's oil minister met his Turkmen counterpart on the sidelines of the meeting of the ECO member "
                 "states in Ashgabat.", [("CONSULT", ("IRN",), ("TKM",))], id="two-states-met-at-a-body-meeting"),
    pytest.param("Iran's foreign minister met his counterpart in Ankara on Monday.",
                 [("CONSULT", ("IRN",), ("TUR",))], id="a-meeting-of-states-keeps-its-host"),
])
def test_body_meetings(text, expected):
    assert directed_events(text, published="2023-05-01") == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # tt_436763: the trip to attend the body's summit is the member's and the body's (docs/gold-format.md); the
    # trip verb's own pair with the host stays (the gold holds it as optional)
    pytest.param("TEHRAN – President Hassan Rouhani will travel to Dushanbe, Tajikistan, next week to attend the 5th summit "
                 "of the Conference on Interaction and Confidence Building Measures in Asia (CICA), according to Mehr "
                 "news agency.", [("AGREE", ("IRN",), ("TJK",)), ("AGREE", ("IRN",), ("CICA",))],
                 id="member-attends-body-summit"),
    # tt_422744: the article's country is no side of the ministers' meeting of the body
    pytest.param("TEHRAN – The rotating presidency of the Economic Cooperation Organization (ECO) was handed to the Islamic "
                 "Republic of Iran on Tuesday for a three-year term. The decision was made during the 23rd meeting of ECO "
                 "foreign ministers in Dushanbe, Tajikistan, IRIB reported.", [], id="body-ministers-meeting-no-member-pair"),
    # tt_476874: the host named in the summit's relative clause is its venue
    pytest.param("On the sidelines of the 22nd summit of the Shanghai Cooperation Organization (SCO) which was held on "
                 "September 15-16 in Samarkand, Uzbekistan, the agreement was signed by Iranian Industry, Mining, and Trade "
                 "Minister Reza Fatemi-Amin and Uzbek Minister of Innovative Development Ibrohim Abdurakhmonov, IRIB "
                 "reported.",
                 [("SUPPORT", ("IRN", "UZB"), ())], id="body-summit-host-in-relative-clause"),
])
def test_body_meeting_is_the_body_alone(text, expected):
    assert directed_events(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "source", "expected"), [
    # wh_20220608-jeanpierre-g7-nato-travel: the trip to a body's summit in a host country
    pytest.param("On June 28, the President will travel to Madrid, Spain for the 2022 NATO Summit.", "2022-06-08",
                 "The White House", [("AGREE", ("USA",), ("ESP",)), ("AGREE", ("USA",), ("NATO",))],
                 id="trip-for-body-summit"),
    # tt_414100: a visit to attend the body's summit, told as done
    pytest.param("Iranian Foreign Minister Mohammad Javad Zarif visited Astana on Thursday to attend the two-day SCO summit.",
                 None, None, [("CONSULT", ("IRN",), ("KAZ",)), ("CONSULT", ("IRN",), ("SCO",))],
                 id="visit-to-attend-body-summit"),
    pytest.param("Iranian President Ebrahim Raisi attended the SCO summit in Samarkand, Uzbekistan, on Thursday.",
                 None, None, [("CONSULT", ("IRN",), ("SCO",))], id="member-attended-body-summit"),
    # a summit only told of by a member's spokesman: no member pair
    pytest.param("Iran's foreign ministry spokesman said the SCO summit in Dushanbe will discuss regional security.",
                 None, None, [], id="summit-told-of-no-member-pair"),
])
def test_member_goes_to_body_meeting(text, published, source, expected):
    """A member that travels to or attends a body's meeting meets the body (the convention of
    docs/gold-format.md, thirty-second session)."""
    assert directed_events(text, published=published or "2023-05-01", source=source) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("before", "sentence", "published", "expected", "unexpected"), [
    # tt_468944: the purpose infinitive hangs on the delegation the traveller heads: the attendance, told as done
    pytest.param("", "In his first foreign visit, Ayatollah Raisi traveled to Tajikistan on top of a high-ranking delegation "
                 "to participate in the Shanghai Cooperation Organization (SCO) summit and held talks with his Tajik "
                 "counterpart Emomali Rahmon.", "2021-09-20", ("CONSULT", ("IRN", "SCO"), "occurred"),
                 ("AGREE", ("IRN", "SCO"), "intended"), id="delegation-on-trip-attended-summit"),
    # tt_472918: the summit a trip still to come is for, inside the noun chain of the visit
    pytest.param("", "Sidikov also touched on the upcoming visit by the Iranian president to Uzbekistan for participation "
                 "in the Shanghai Cooperation Organization summit and his official meeting with the Uzbek president, "
                 "saying the visit will mark a historical event in the relations of the two countries.", "2022-08-20",
                 ("AGREE", ("IRN", "SCO"), "planned"), ("CONSULT", ("IRN", "SCO"), "occurred"),
                 id="upcoming-visit-for-participation-in-summit"),
    # wh_20210316-sullivan-e3-counterparts-call: the meeting's partners named in its relative clause, not the call's
    pytest.param("National Security Advisor Jake Sullivan spoke by phone today together with Ambassador Emmanuel Bonne, "
                 "Diplomatic Advisor to the French President; Dr. Jan Hecker, Foreign and Security Policy Advisor to the "
                 "German Chancellor; and Stephen Lovegrove, National Security Advisor to the Prime Minister of the United "
                 "Kingdom. ", "Mr. Sullivan previewed the March 18 meeting that he and Secretary of State Tony Blinken will "
                 "hold with Chinese officials.", "2021-03-16", ("AGREE", ("CHN", "USA"), "planned"),
                 ("AGREE", ("DEU", "FRA", "GBR", "USA"), "planned"), id="meeting-held-with-officials-in-relative-clause"),
])
def test_summit_trip_status_and_partners(before, sentence, published, expected, unexpected):
    """Attendance of a summit told as done is a CONSULT, a trip to it still to come an AGREE (docs/gold-format.md);
    a meeting's partners named in the clause that holds it are its sides."""
    found = events_with_sides_in(before, sentence, published)
    assert expected in found
    assert unexpected not in found
