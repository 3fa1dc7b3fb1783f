"""An act aimed at a side whose doer the sentence ties to no state ("The president also criticized
the U.S. ...", "The summitters also rejected U.S. unilateralism") keeps the side aimed at as its
recipient and has no actor (`accords.events.hostility.TARGETED_TYPES`, `accords.stages.events`):
the target is not made the one who criticized, rejected or struck. A named doer keeps its place.
An organ named in full acts for its organisation (`accords.gazetteer.organisations.side_of`): a
session of the Eurasian Intergovernmental Council is the EAEU's own meeting, not a meeting of a
member with the host country. What a topic verb's passive subject names ("the possibility of
electricity cooperation with Turkey was discussed") is no partner of the talks the clause tells
(`accords.events.clausepartners.named_partners`).

Sentences from the Tehran Times region corpus (CC BY 4.0, Mehr News / Tehran Times; ids given)
and tests/gold/articles (tt_439103, Mediamax; tt_433779)."""

from __future__ import annotations

import pytest

from tests.events.sides import directed_events


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # tt_476818: Raisi, as "The president", is tied to no side in the sentence
    pytest.param("The president also criticized the U.S. and the European troika (Britain, France and Germany) for "
                 "failing to honor their commitments in efforts to revive the 2015 nuclear deal.",
                 [("ACCUSE", (), ("DEU", "FRA", "GBR", "USA"))], id="criticized-by-an-untied-president"),
    # tt_424505
    pytest.param("The summitters also rejected U.S. unilateralism in global affairs in favor of a multilateral world order.",
                 [("REJECT", (), ("USA",))], id="rejected-by-summitters"),
    # tt_465162
    pytest.param("He also blamed the United States for undermining the Iran nuclear deal and Iran’s nuclear cooperation.",
                 [("ACCUSE", (), ("USA",))], id="blamed-by-a-pronoun"),
    # tt_453814: a named doer stays the actor
    pytest.param("The Azerbaijani diplomat accused Armenia of firing projectiles toward Iranian borders in an effort to "
                 "undermine the Iran-Azerbaijan relations.",
                 [("ACCUSE", ("AZE",), ("ARM",))], id="named-accuser-kept"),
])
def test_target_is_no_actor(text, expected):
    assert directed_events(text, published="2022-09-16") == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # tt_439103: the body's own session, as a session of the EAEU is; the host is no side
    pytest.param("Armenian Prime Minister Nikol Pashinyan said this in his speech at the session of the Eurasian "
                 "Intergovernmental Council in Kyrgyzstan.", [], id="eurasian-intergovernmental-council-session"),
    pytest.param("Armenian Prime Minister Nikol Pashinyan said this in his speech at the session of the Eurasian Economic "
                 "Union in Kyrgyzstan.", [], id="eaeu-session-alike"),
])
def test_organ_session_is_the_bodys(text, expected):
    assert directed_events(text, published="2019-10-01") == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # tt_433779: Turkey is inside what was discussed, no side of the talks
    pytest.param("The Iranian minister also said that his country is considering plans to connect its power grid to Russia "
                 "through Azerbaijan to help synchronize Iran’s power system with that of Russia. He also added that during "
                 "his talks with the Azeri side, the possibility of electricity cooperation with Turkey through Azerbaijan "
                 "was discussed and the two sides agreed to take the necessary steps in this regard.",
                 [("CONSULT", ("IRN",), ("AZE",)), ("AGREE", ("AZE", "IRN"), ())], id="discussed-passive-subject-no-partner"),
])
def test_what_was_discussed_is_no_partner(text, expected):
    assert directed_events(text, published="2019-03-01", source="Tehran Times") == expected


#: tests/gold/articles/tt_441454, whole (the pair the article names before completes the meeting's sides)
_COMMITTEE_ARTICLE = (
    "TEHRAN – Turkish Foreign Minister Mevlut Cavusoglu said on Wednesday that he will possibly meet with "
    "his Russian and Iranian counterparts in Geneva a day before the meeting of the Syrian constitutional "
    "committee, IRNA reported. “A day ahead of a meeting of the Syrian constitutional committee, which "
    "will be held on October 30, my Iranian and Russian counterparts and I will possibly hold a meeting "
    "in Geneva,” the top Turkish diplomat said.  In a meeting in the resort city of Sochi, the Turkish "
    "and Russian officials concluded an agreement over Syria, based on which Ankara’s national ministry "
    "announced that at this stage there is no need for any fresh military operation against Syrian "
    "Kurdish fighters.  According to the statement, the U.S. at the end of a 120-hour-long deadline "
    "informed Ankara about the complete retreating of the Kurdistan Workers' Party (PKK) and the People's "
    "Protection Units (YPG) from safe zone in the northeastern part of Syria.  Turkish President Recep "
    "Tayyip Erdogan and Russian President Vladimir Putin held over six hours of meeting on Tuesday in "
    "Sochi over Ankara’s military incursion into Syria. Turkish troops launched Operation Peace Spring in "
    "northern and northeastern Syria to hit Kurdish militants almost two weeks ago in spite of the "
    "international community’s opposition.     MJ/PA"
)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "absent", "present"), [
    # a meeting of one nation's committee is no meeting of states; the trip told beside it stays
    pytest.param(_COMMITTEE_ARTICLE, ("AGREE", ("IRN", "RUS"), ("SYR",)), ("AGREE", ("TUR",), ("IRN", "RUS")),
                 id="syrian-committee-meeting-no-event"),
    # a joint commission of two states is theirs
    pytest.param("The 14th meeting of the Iran-Azerbaijan Joint Economic Commission will be held in Baku next month.",
                 None, ("AGREE", ("AZE", "IRN"), ()), id="joint-commission-stays"),
    # a committee meeting with a foreign envoy is a meeting of states
    pytest.param("The Iranian ambassador attended a meeting of the Armenian parliament's foreign relations committee with "
                 "the Russian envoy.", None, ("CONSULT", ("IRN",), ("ARM", "RUS")), id="committee-meeting-with-envoy-stays"),
])
def test_one_nations_body_meeting(text, absent, present):
    found = directed_events(text, published="2019-10-23", source="Tehran Times")
    assert absent not in found
    assert present in found
