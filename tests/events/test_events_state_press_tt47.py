"""State press events an analyst would laugh at (thirtieth session's blind read of Tehran Times texts,
evtt47): a visit to a province of the visitor's own country with the country named like that province
("East Azerbaijan Province": `accords.events.actors`, `accords.events.sideindex.regional_mentions`), a
promise to one's own followers (`accords.events.meetings.private_partners`), the organisations that
were "topics of discussion" taken for those who discussed, the host of an embassy attacked by no one
named taken for its attacker, and a statement item whose next item's number reads as its subject
(`accords.events.statementitems`); a visitor hosted and the visit told next are one visit
(`accords.events.reports.reception`); talks "between the members of Syria's Constitutional Committee"
are Syria's own, no meeting of states (`accords.events.actors`). Sentences copied from the Tehran Times corpus
(tehrantimes_region_dev.jsonl)."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_PROVINCE_TRIP = (
    "TEHRAN – President Ebrahim Raisi paid a visit to East Azerbaijan Province to take a closer look at the needs of "
    "the province. He added, \"The civilization of Azerbaijan is one of the oldest civilizations of Islamic Iran, and a "
    "great support, not only for Azerbaijan, but also for the Islamic Iran\". He visited Charmshahr Industrial Town of "
    "East Azerbaijan. In a meeting with a group of clerics of the province, Raisi also pointed to the wave of unrest "
    "that gripped Iran last year. Raisi also met with a group of activists affiliated with the Popular Front of the "
    "Islamic Revolution in the province.")
_PROVINCE_TRIP_IN_PAIR = (
    "TEHRAN- The unbreakable relationship between the Azeri people in Iran and the Republic of Azerbaijan has been "
    "praised by President Ebrahim Raisi. On Friday, Raisi paid a visit to East Azarbaijan Province in northwest Iran, "
    "where he inaugurated some infrastructure projects. Raisi also stressed that the Republic of Azerbaijan and Iran "
    "share a common history.")
_LISTED = ("TEHRAN - The two-day Iran-Turkey-Azerbaijan trilateral forum, which was attended by the foreign ministers "
           "of the three countries, concluded in Urmia, West Azerbaijan Province on Sunday.")  # tests/gold/articles/tt_238868
_HOSTED = (  # tests/gold/articles/tt_423197
    "TEHRAN- The international forum entitled as the ‘Great Silk Road – the path to new achievements’ kicked off on "
    "Wednesday in Turkmenistan’s Avaza national tourism zone hosting Iranian Transport Minister Abbas Akhoundi, IRNA "
    "reported. Leading a delegation to the country, Akhoundi has visiting Turkmenistan’s President Gurbanguly "
    "Berdimuhamedow and attending the opening ceremony of Türkmenbasy international port.")
_OWN_TALKS = (  # tests/gold/articles/tt_466267
    "Iranian diplomat Ali Asghar Khaji met Russian envoy Alexander Lavrentiev in Geneva. Lavrentiev referred to the "
    "sixth round of talks between the members of Syria’s Constitutional Committee and expressed hope that the meeting "
    "will achieve good results.")
_FOLLOWERS = (
    "TEHRAN- Iranian President Ebrahim Raisi on Monday congratulated Turkish President Recep Tayyip Erdogan on his "
    "re-election win, calling it a tribute to the Turkish people’s enduring confidence in their leader. Raisi expressed "
    "optimism in his message that Erdogan’s new term will see more improvement in ties between the Islamic Republic of "
    "Iran and the Republic of Turkey. On top of a bus in his native Istanbul neighborhood, Erdogan promised his "
    "followers, “We will rule the country for the next five years.”")
_TOPICS = (
    "TEHRAN- Iran and the Republic of Azerbaijan can resolve the current issues on their own without the assistance of "
    "other countries, Iran’s Foreign Minister Hossein Amir Abdollahian said in a phone conversation on Monday with his "
    "Azeri counterpart Jeyhun Bayramov. Bayramov characterized his conversation with the Iranian foreign minister as “constructive” and expressed optimism "
    "that ties will deepen when a number of unresolved problems were soon settled. The North-South Transport Corridor "
    "and future collaboration within regional and global organizations such as the Economic Cooperation Organization "
    "and the Non-Aligned Movement were additional topics of discussion between the two foreign ministers.")
_EMBASSY = (
    "TEHRAN- Iran and the Republic of Azerbaijan can resolve the current issues on their own without the assistance of "
    "other countries, Iran’s Foreign Minister Hossein Amir Abdollahian said in a phone conversation on Monday with his "
    "Azeri counterpart Jeyhun Bayramov. When Azerbaijan’s embassy in Tehran was attacked in January, ties between "
    "Tehran and Baku deteriorated.")
_ITEMS = (
    "In their joint statement, the three countries, which are considered as guarantors of the Astana format, also "
    "reaffirmed their commitment to advance viable and lasting Syrian-led and Syrian-owned political process in line "
    "with the UN Security Council Resolution 2254. Following is the full text of the statement: 1. Examined the latest "
    "international and regional developments. 17. Welcomed the participation of the delegations of Jordan, Iraq and "
    "Lebanon as observers of the Astana format as well as representatives of the United Nations and the ICRC; 18. "
    "Expressed their sincere gratitude to the Kazakhstan authorities for holding the 20th Astana format International "
    "Meeting on Syria in Astana.")


def _kinds(text: str, kind: str) -> list[tuple[str, ...]]:
    return [sides for type_, sides, _status in events_with_sides(text, published="2023-06-01", source="Tehran Times")
            if type_ == kind]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "expected"), [
    pytest.param(_PROVINCE_TRIP, "CONSULT", [], id="own-province-visit-no-azerbaijan"),
    pytest.param(_PROVINCE_TRIP_IN_PAIR, "CONSULT", [], id="own-province-visit-in-pair-article"),
    pytest.param(_PROVINCE_TRIP_IN_PAIR, "SUPPORT", [("AZE", "IRN")], id="praise-in-pair-article-stays"),
    pytest.param(_LISTED, "CONSULT", [("AZE", "IRN", "TUR")], id="republic-in-a-list-beside-a-province-stays"),
    pytest.param(_HOSTED, "CONSULT", [("IRN", "TKM")], id="hosting-and-visiting-one-visit"),
    pytest.param(_OWN_TALKS, "CONSULT", [("IRN", "RUS")], id="talks-among-one-nations-members-no-meeting-of-states"),
    pytest.param(_FOLLOWERS, "AGREE", [], id="promise-to-own-followers"),
    pytest.param(_TOPICS, "CONSULT", [("AZE", "IRN")], id="organisations-as-topics-of-discussion"),
    pytest.param(_EMBASSY, "ASSAULT", [], id="embassy-attacked-by-no-one-named"),
    pytest.param(_EMBASSY, "CONSULT", [("AZE", "IRN")], id="phone-conversation-stays"),
    pytest.param(_ITEMS, "SUPPORT", [], id="observers-welcomed-not-the-welcomers"),
])
def test_state_press_tt47(text, kind, expected):
    assert _kinds(text, kind) == expected
