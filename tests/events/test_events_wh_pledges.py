"""Pledges of aid and commitments of several authors in the White House register (issue #13), on
sentences of White House readouts and joint statements 2021-2024
(../shared/corpora/whitehouse-briefings, public domain) and sentences written in that register:
a counted package of aid a side "will" hand over is pledged aid (AID), and so is aid it "will"
provide, send or deliver uncounted; an intention or readiness to give stays a plan (AGREE); an
agency's acronym the parser reads as an adverb still gives; "As leaders of X, Y and Z, we ..."
names the authors of "we"; "announcing the creation of" a partnership launches it; "commit to a
shared ambition to support" is a commitment; in a paragraph opening "In <country>," an act that
names one side is completed with that country, not the article's most named pair; so too after a
sentence opening "In <country>," within a paragraph."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_AUKUS = ("As leaders of Australia, the United Kingdom, and the United States, guided by our enduring ideals "
          "and shared commitment to the international rules-based order, we resolve to deepen diplomatic, "
          "security, and defense cooperation in the Indo-Pacific region. ")
_THREE = ("AUS", "GBR", "USA")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    # aid that "will" be handed over: pledged aid
    pytest.param("In the coming months, the United States will provide Ukraine with a range of additional "
                 "capabilities, including hundreds of air defense interceptors, dozens of tactical air defense "
                 "systems, additional artillery systems, and significant quantities of ammunition.", "2024-10-16",
                 [("AID", ("UKR", "USA"), "planned")], id="will-provide-range-of-capabilities"),
    pytest.param("The United States will deliver 500,000 vaccine doses to Ghana.", "2021-08-03",
                 [("AID", ("GHA", "USA"), "planned")], id="will-deliver-doses"),
    pytest.param("Japan will send 20 tons of relief supplies to Turkey.", "2023-02-08",
                 [("AID", ("JPN", "TUR"), "planned")], id="will-send-counted-supplies"),
    # aid a giver "will" provide, send or deliver, counted or not: announced aid (the White House dev
    # gold: "the State Department will allot additional funding to provide technical assistance to Mexico")
    pytest.param("Japan will send relief supplies to Turkey.", "2023-02-08",
                 [("AID", ("JPN", "TUR"), "planned")], id="will-send-uncounted"),
    pytest.param("First, the United States will allot additional funding to provide technical assistance to "
                 "Mexico and Central America counterparts to alleviate supply chain disruptions and bottlenecks.",
                 "2021-10-31", [("AID", ("MEX", "USA"), "intended")], id="will-allot-funding-to-provide"),
    # readiness to give stays a plan; so does "give" (the PLOVER grant, tests/events/test_events.py)
    pytest.param("The United States stands ready to provide assistance to Ukraine.", "2022-02-10",
                 [("AGREE", ("UKR", "USA"), "intended")], id="ready-to-provide"),
    # an intention to give: a plan
    pytest.param("The United States intends to provide vaccine doses to Ghana.", "2021-08-03",
                 [("AGREE", ("GHA", "USA"), "intended")], id="intends-to-provide"),
    # an agency's acronym read as an adverb by the parser
    pytest.param("USAID provided $3.2 million in humanitarian assistance to Vanuatu.", "2023-03-28",
                 [("AID", ("USA", "VUT"), "occurred")], id="acronym-subject"),
    # the authors of "we", named by the capacity they open with
    pytest.param(_AUKUS + "As part of this effort, we are announcing the creation of an enhanced trilateral security "
                 "partnership called “AUKUS” — Australia, the United Kingdom, and the United States.", "2021-09-15",
                 [("AGREE", _THREE, "occurred"), ("COOPERATE", _THREE, "occurred")],
                 id="announcing-the-creation-of"),  # "we resolve to deepen ... cooperation": AGREE (dev gold)
    pytest.param(_AUKUS + "As the first initiative under AUKUS, recognizing our common tradition as maritime "
                 "democracies, we commit to a shared ambition to support Australia in acquiring nuclear-powered "
                 "submarines for the Royal Australian Navy.", "2021-09-15",
                 [("AGREE", _THREE, "occurred")] * 2, id="commit-to-an-ambition-to-act"),  # and "we resolve to deepen"
    # "we the leaders of ..., and Viet Nam launched": the list's last member is an author too; "we are
    # launching the IPEF Critical Minerals Dialogue" is a second launch of the same authors (the dev gold
    # wh_20231116-ipef-leaders-statement records both; the scan has passed "launch" with "we" since f2226eb)
    pytest.param("A year and a half ago, we the leaders of Australia, Brunei Darussalam, Fiji, India, Indonesia, "
                 "Japan, Malaysia, New Zealand, the Philippines, Singapore, Republic of Korea, Thailand, the United "
                 "States, and Viet Nam launched the Indo-Pacific Economic Framework for Prosperity (IPEF). That is "
                 "why, today, we are launching the IPEF Critical Minerals Dialogue.", "2023-11-16",
                 [("COOPERATE", ("AUS", "BRN", "FJI", "IDN", "IND", "JPN", "KOR", "MYS", "NZL", "PHL", "SGP", "THA",
                                 "USA", "VNM"), "occurred")] * 2, id="list-broken-off-authors"),
    # no recipient state: nothing given between two sides
    pytest.param("We will provide new capabilities to our customers.", "2023-11-16", [], id="no-recipient"),
])
def test_pledges_and_authors(text, published, expected):
    assert sorted(events_with_sides(text, published=published)) == sorted(expected)


_TRIP = ("A high-level U.S. delegation visited Port Vila, Vanuatu, and Suva, Fiji. Fiji and the United States "
         "marked 50 years of relations. The United States thanked Fiji for hosting the Pacific Islands Forum. "
         "The United States emphasized its commitment to Fiji.\n\n")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # the paragraph's country, not the article's most named pair (the United States and Fiji)
    pytest.param(_TRIP + "In Vanuatu, the delegation discussed maritime security. USAID announced an additional $3.2 "
                 "million in humanitarian assistance to support relief efforts following the cyclones.",
                 ("AID", ("USA", "VUT"), "occurred"), id="aid-in-framed-paragraph"),
    pytest.param(_TRIP + "The delegation discussed maritime security. USAID announced an additional $3.2 million in "
                 "humanitarian assistance to support relief efforts following the cyclones.",
                 ("AID", ("FJI", "USA"), "occurred"), id="unframed-paragraph-keeps-pair"),
    # a sentence opening "In <country>," inside a paragraph frames itself and those after it
    # (in the words of a PGI fact sheet, 2024-12-03)
    pytest.param(_TRIP + "USDA is facilitating agricultural development in nine countries, including Vanuatu and "
                 "Fiji. In Vanuatu, USDA will work with World Vision through a $27.5 million agreement to provide "
                 "school meals. The project will also support literacy programming.",
                 ("AGREE", ("USA", "VUT"), "planned"), id="framed-sentence-first"),
])
def test_framed_paragraphs(text, expected):
    assert expected in events_with_sides(text, published="2023-03-28", source="The White House")
