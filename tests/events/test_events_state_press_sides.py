"""events.v2 on the Azerbaijani and Iranian state-press register (issue 13, eighth session): who
the sides of a meeting, an aid or a cooperation written as a noun phrase are. Sentences from
Tehran Times articles nobody tuned on (CC BY 4.0, Tehran Times / Mehr News; tehrantimes_region_dev,
not in the gold set), whole or with the article's sentence before them. Exact type, sides (actor
and recipient countries) and status of every event found."""

from __future__ import annotations

import pytest
from sides import events_with_sides as _events

pytestmark = pytest.mark.slow

CASES = [
    # the place phrase the parser hangs on a meeting's participants is where they met, no side
    ("meeting-with-president-in-third-capital",  # tt_470910
     "As reported by the portal of the ministry, Qasemi who is the co-chairman of the Iran-Azerbaijan Joint Economic "
     "Committee, met with Azeri President Ilham Aliyev on Friday. Speaking in a virtual meeting with Qasemi on "
     "January 25, Aliyev described his meeting with the Iranian president in Ashgabat as a turning point in the "
     "brotherly and friendly relations of the two countries.",
     [("CONSULT", ("AZE", "IRN"), "occurred")]),  # the meetings of one pair are merged; no TKM side
    # must still fire: a meeting named with its participants and place keeps its participants
    ("trilateral-meeting-held-in-istanbul",  # tt_460196
     "The joint statement was adopted at the conclusion of a trilateral meeting of the foreign ministers of Turkey, "
     "Afghanistan and Pakistan held in Istanbul on Friday.",
     [("CONSULT", ("AFG", "PAK", "TUR"), "occurred")]),
    ("talks-between-presidents-in-third-capital",  # tt_468398
     "Referring to the talks between the presidents of Iran and the Republic of Azerbaijan in Ashgabat on the "
     "sidelines of the ECO Summit, the foreign minister said that the meeting has opened a new chapter in relations "
     "between the two neighboring countries.",
     [("CONSULT", ("AZE", "IRN"), "occurred")]),
    # "separately" with several partners: one bilateral event with each, not one of them all
    ("separate-phone-conversations-with-two",  # tt_445725
     "Also, Iranian President Hassan Rouhani held separate phone conversations with his Russian and Turkish "
     "counterparts on Saturday night to discuss the issue.",
     [("CONSULT", ("IRN", "RUS"), "occurred"), ("CONSULT", ("IRN", "TUR"), "occurred")]),
    ("separate-meetings-with-three",  # tt_442890
     "The Iranian Navy commander held separate meetings with Russian, Azeri and Kazakh counterparts on the sidelines "
     "of meeting of the Caspian Sea littoral states' navy commanders.",
     [("CONSULT", ("AZE", "IRN"), "occurred"), ("CONSULT", ("IRN", "KAZ"), "occurred"),
      ("CONSULT", ("IRN", "RUS"), "occurred")]),
    # calls in the plural with two partners: one call with each (ninth session); the name the parser
    # reads as an adverbial of the verb ("Zarif voiced") is who calls
    ("phone-conversations-with-two-ministers",  # tt_450072
     "TEHRAN — Iranian Foreign Minister Mohammad Javad Zarif has voiced Tehran’s readiness to help soothe the tensions "
     "between two of its northern neighbors, namely Azerbaijan and Armenia, which have been caught in a deadly clash. "
     "In phone conversations with Azeri Foreign Minister Elmar Mammadyarov and Armenian Foreign Minister Zohrab "
     "Mnatsakanyan late on Tuesday,  Zarif advised both sides to exercise restraint and initiate talks aimed at "
     "resolving rifts peacefully.",
     [("CONSULT", ("ARM", "IRN"), "occurred"), ("CONSULT", ("AZE", "IRN"), "occurred")]),
    # a trip to several countries is one visit to each (ninth session)
    ("will-travel-to-three-capitals",  # tt_453987
     "Foreign Minister Mohammad Javad Zarif said on Monday that Iran's Deputy Foreign Minister Abbas Araghchi will "
     "travel to Baku, Moscow, and Yerevan to present Iran’s initiative.",
     [("AGREE", ("ARM", "IRN"), "planned"), ("AGREE", ("AZE", "IRN"), "planned"),
      ("AGREE", ("IRN", "RUS"), "planned")]),
    ("recent-visits-to-two-countries",  # tt_480970
     "Iran’s official news agency IRNA said the trip is in continuation of Iranian Foreign Minister Hossein Amir "
     "Abdollahian’s recent visits to Lebanon and Syria.",
     [("CONSULT", ("IRN", "LBN"), "occurred"), ("CONSULT", ("IRN", "SYR"), "occurred")]),
    # where a diplomat is posted is no side (ninth session): an Iranian envoy meeting an Iranian
    # minister is a meeting at home; one meeting a foreign official is one relation
    ("envoy-posted-abroad-meets-own-minister",  # tt_434504
     "Iran is going to open business offices in some of the strategic countries in the region including Iraq, "
     "Syria, Turkey and Lebanon, IRNA reported on Tuesday quoting the minister of industry, mine and trade. "
     "Reza Rahmani announced the decision in a meeting with Iran's Ambassador to Oman Mohammadreza Nouri Shahroudi "
     "on Monday.",
     []),
    ("envoy-posting-is-no-side-of-accusation",  # tt_453838
     "However, Azerbaijan’s ambassador to Iran, Bunyad Huseynov, accused Armenia of firing on the Iranian borders.",
     [("ACCUSE", ("ARM", "AZE"), "occurred")]),
    ("envoy-posting-is-no-side-of-praise",  # tt_463020
     "TEHRAN – Iranian Ambassador to Russia Kazem Jalali has praised the level of ties between Iran and the Eurasian "
     "Economic Union, underlining the importance of the economic body.",
     [("SUPPORT", ("EAEU", "IRN"), "occurred")]),
    # must still fire: an envoy meeting an official of the country of posting is one relation
    ("envoy-meets-foreign-minister-of-posting",  # written for this test, in the register above
     "Iran's ambassador to Baku met with the Azeri deputy foreign minister on Monday.",
     [("CONSULT", ("AZE", "IRN"), "occurred")]),
    # tt_467568 (dev): "The deal was signed ..." four sentences on tells the lead's signing again (ninth session)
    ("the-deal-was-signed-told-again",
     "TEHRAN – A deal that Iran signed with Azerbaijan to swap Turkmenistan’s gas to Azerbaijan is believed to make "
     "the Islamic Republic the region’s energy hub in the long run, Shana reported. Experts believe that the "
     "implementation of this deal could encourage other countries in the region to ink similar deals. Having the "
     "largest high-pressure gas pipeline network after Russia, Iran can play a key role in transferring gas from "
     "east to west of Iran. This deal is also a big step for Iran as it would ensure stable gas supply to the "
     "country’s northeastern regions. The deal was signed on the sidelines of the 13th ECO summit in the Turkmen "
     "capital Ashgabat.",
     [("SUPPORT", ("AZE", "IRN"), "occurred")]),
    # must not split: two officials of one country met one partner, each separately
    ("two-officials-met-separately-with-one",  # tt_412694
     "Secretary of the Supreme National Security Council Ali Shamkhani and Iranian Defense Minister Hossein Dehqan "
     "met separately with the Azeri defense minister on Sunday.",
     [("CONSULT", ("AZE", "IRN"), "occurred")]),
    # partners named together in one list are all partners, not the first and the article's pair
    ("prepared-to-help-two-listed",  # tt_481682
     "Nasser Kanaani, the spokesperson for the Iranian Foreign Ministry, stated that Iran is prepared to provide "
     "help to Turkey and Syria.",
     [("AGREE", ("IRN", "SYR", "TUR"), "intended")]),
    ("ready-to-assist-areas-in-two",  # tt_481682
     "TEHRAN- Tehran’s top officials announced on Monday that Iran is ready to provide any kind of assistance to "
     "areas affected by a huge earthquake that hit both Turkey and Syria on Monday morning.",
     [("AGREE", ("IRN", "SYR", "TUR"), "intended")]),
    # meetings told in general (plural, bare, not held by a finite verb) are no meeting
    ("meetings-have-taken-place-in-general",  # tt_469070
     "The speakers of the Iranian parliament have also visited the Republic of Tajikistan three times and the "
     "speakers of the Supreme Councils of Tajikistan have visited Iran five times. "
     "“Meetings between the foreign ministers and other high-ranking officials of the two countries have also "
     "taken place for political consultations and the development of relations in various dimensions,” he noted.",
     []),
    ("holding-meetings-is-a-method",  # tt_419556
     "He added that holding meetings between the three countries is a “very suitable and efficient method” for "
     "promoting regional cooperation.",
     []),
    # must still fire: visits a finite verb will pay are planned
    ("will-pay-official-visits",  # tt_409249
     "The trip to Yerevan will be made at the invitation of Armenian President Serzh Sargsyan, and is aimed at "
     "boosting relations and deepening mutual cooperation with neighbors and regional states, Parviz Esmaeili said, "
     "Khabaronline reported. Rouhani will then pay official visits to Central Asian countries of Kazakhstan and "
     "Kyrgyzstan as well.",
     None),
    # a courtesy offered is no offer to act
    ("offered-sorrow-is-courtesy",  # tt_481682
     "Delivering a speech at the parliament, Qalibaf offered sorrow to Turkey and Syria on behalf of the Iranian "
     "people for the devastating earthquake.",
     []),
]


@pytest.mark.parametrize(("text", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_state_press_sides(text, expected):
    found = _events(text, source="Tehran Times")
    if expected is None:  # only that the last sentence's planned visits are kept (who pays them is not tested)
        assert any(kind == "AGREE" and {"KAZ", "KGZ"} <= set(sides) for kind, sides, _status in found)
    else:
        assert found == expected


# tt_468479: the achievements of a meeting listed in one sentence; "some Iranian citizens imprisoned
# in the Republic of Azerbaijan" says who is transferred, no coercion reported
ACHIEVEMENTS = (
    "Some of the achievements of this constructive meeting are: The possibility of the presence of Iranian "
    "companies in the process of reconstruction of the liberated areas; resumption of direct flights between Iran "
    "and the Republic of Azerbaijan; beginning of the process of release and transfer of some Iranian citizens "
    "imprisoned in the Republic of Azerbaijan; participation of Iranian military experts in the demining process of "
    "the occupied territories."
)


def test_people_described_by_a_participle_are_no_coercion():
    assert [event for event in _events(ACHIEVEMENTS, source="Tehran Times") if event[0] == "COERCE"] == []


def test_one_destination_for_talks_with_two_is_no_split():
    """Must not split: a trip to one capital for talks with two partners is one meeting of all three
    (written for this test, in the register of the cases above)."""
    found = _events("Iranian Foreign Minister Hossein Amir Abdollahian travelled to Moscow for talks with his Russian "
                    "and Turkish counterparts.", source="Tehran Times")
    assert ("CONSULT", ("IRN", "RUS", "TUR"), "occurred") in found
