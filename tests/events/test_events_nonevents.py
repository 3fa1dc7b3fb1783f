"""Event words that name no act between sides (issue 13, `accords.events.nonevents`): a grant
of approval, powers or visas is no AID; a participle describing who backs whom is no SUPPORT; a
call for more cooperation is no REQUEST; "keen"/"eager" is a desire, no AGREE; a negated wish is
denied; tourists' and peoples' trips are no CONSULT; "to discuss" saying what something is for is
no meeting. Each rule has cases that must still fire.

Sentences are from the Tehran Times region corpus (CC BY 4.0, Mehr News / Tehran Times), some
shortened at a clause boundary."""

from __future__ import annotations

import pytest

from accords.events.nonevents import coordinated_alone
from accords.nlp import parse_sentence
from tests.events.sides import events_with_sides


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # grant: only aid or money
    pytest.param("TEHRAN – Iranian travelers received the greater share of electronic visas that Azerbaijan has "
                 "granted to its visitors as of May 15.", [], id="grant-visas"),
    pytest.param("Turkey also insists that Europe grant visa-free travel for its citizens as part of the Syrian "
                 "refugee agreement reached more than a year ago.", [("REQUEST", ("TUR",), "occurred")],
                 id="grant-visa-free-travel"),
    pytest.param("This was because Berlin and the Hague prevented Turkish politicians from campaigning in those "
                 "countries ahead of a controversial April referendum to grant Erdogan more powers.",
                 [], id="grant-powers"),
    pytest.param("In case Majlis (Iranian parliament) and Oil Ministry grant their approval for the agreement we "
                 "would make a great improvement in this field, Kafshkanan explained.", [], id="grant-approval"),
    pytest.param("NATO and European countries have been very welcoming to FETO members (Gulenist Terrorist "
                 "Organization who attempted the coup last year), granted asylum to them.",
                 [("AID", ("NATO",), "occurred")], id="grant-asylum-stays"),
    # a participle describing a group backs no one; those killed by the named attacker are a side
    pytest.param("Since Thursday, at least 74 soldiers of the Syrian army and popular forces supporting Damascus "
                 "have been killed by the Turkish airstrikes.", [("ASSAULT", ("SYR", "TUR"), "occurred")],
                 id="forces-supporting"),
    pytest.param("A command center made up of forces of Russia, Iran and militia supporting Syrian President "
                 "Bashar al-Assad said the strike crossed \"red lines\".", [], id="militia-supporting"),
    pytest.param("Russian Foreign Minister Sergei Lavrov has supported Iran’s full membership in the Shanghai "
                 "Cooperation Organization.", [("SUPPORT", ("IRN", "RUS"), "occurred")],
                 id="supported-stays"),  # the body joined is no side (sixteenth session, as the gold has it)
    # a call for more cooperation is no demand
    pytest.param("Gafarova, for her part, urged greater international collaboration between the Islamic Republic "
                 "of Iran and the Republic of Azerbaijan.", [], id="urged-collaboration"),
    pytest.param("To protect regional peace and security and advance multilateralism, Bagheri Kani urged Iran and "
                 "Moscow to work together more closely.", [], id="urged-work-together"),
    pytest.param("At the forum Georgian authorities showcased the country’s favorable business environment and "
                 "urged Iranian business delegation to invest in Georgia.", [], id="urged-to-invest"),
    pytest.param("Iran has called on Armenia and Azerbaijan to stop the war and start a dialogue to resolve "
                 "differences.", [("REQUEST", ("ARM", "AZE", "IRN"), "occurred")], id="called-to-stop-stays"),
    pytest.param("TEHRAN — Foreign Minister Mohammad Javad Zarif has urged Azerbaijan and Armenia to exercise "
                 "restraint, after a fresh round of clashes between the two neighboring countries.",
                 [("REQUEST", ("ARM", "AZE", "IRN"), "occurred")], id="urged-restraint-stays"),
    # keen and eager: a desire, no readiness
    pytest.param("Uzbekistan is keen to use this route to export its commodities through Iran.", [],
                 id="keen-to-use"),
    pytest.param("Tekin’s remark came after the Iranian Ambassador to Ankara, Ebrahim Taherian Fard, announced that "
                 "Tehran and Ankara were eager to boost their trade.", [], id="eager-to-boost"),
    pytest.param("Aliyev also said that Azerbaijan is ready to expand relations with Iran.",
                 [("AGREE", ("AZE", "IRN"), "intended")], id="ready-stays"),
    # a negated wish is no intention
    pytest.param("The embassy added that at a time when relations between Iran and Azerbaijan are developing, "
                 "groups that do not want these relations to develop publish such baseless and false information.",
                 [("AGREE", ("AZE", "IRN"), "denied")], id="do-not-want"),
    # tourists and peoples counted are no visit of states; officials still visit
    pytest.param("Around 320,000 Iranians visited the neighboring country in January-October this year in "
                 "comparison with 204,000 the year before, IRNA reported on Tuesday.", [], id="iranians-visited"),
    pytest.param("The Republic of Azerbaijan hosted a total of 2,276,604 foreign nationals during the 10-month "
                 "period, showing 20.1 growth year on year.", [], id="hosted-foreign-nationals"),
    pytest.param("Russian, Georgian, Turkish and Iranian tourists account for the highest number of visits to "
                 "Azerbaijan.", [], id="number-of-visits"),
    pytest.param("The number of Iranian tourists visiting Georgia in the first 10 months of 2017 escalated by 123 "
                 "percent in comparison to the same period a year earlier.", [], id="tourists-visiting"),
    pytest.param("TEHRAN – Iran’s military chief who visited Ankara on Tuesday said he had begun a trip to Turkey.",
                 [("CONSULT", ("IRN", "TUR"), "occurred")], id="military-chief-visited-stays"),
    pytest.param("TEHRAN - Iranian Interior Minister Abdolreza Rahmani Fazli met with Azeri President Ilham Aliyev "
                 "in Baku on Monday.", [("CONSULT", ("AZE", "IRN"), "occurred")], id="minister-met-stays"),
    # an appeal to citizens and a talk to a community are no calls or meetings
    pytest.param("Erdogan also reiterated his call to Turkish citizens to convert their foreign exchange into gold "
                 "or the Turkish Lira.", [], id="call-to-citizens"),
    # a suggested meeting is proposed, not held
    pytest.param("Turkish Foreign Minister Mevlut Cavusoglu raised the possibility of restoring commercial and "
                 "economic ties with Egypt and suggested holding a ministerial level meeting to reach a solution that "
                 "serves the interests of both nations.", [("AGREE", ("EGY", "TUR"), "intended")],
                 id="suggested-holding-meeting"),
    # coordinating alone is organising, no cooperation; coordinated mutual issues stay
    pytest.param("It also said that the mastermind behind the Shiraz attack who coordinated it is an Azerbaijani "
                 "national.", [], id="mastermind-coordinated"),
    # a second participle shares the first one's future
    pytest.param("And at the suggestion of the Iranian side, a long-term roadmap between Iran and Turkey will be "
                 "prepared and signed on the sidelines of the council,” Cavusoglu said.",
                 [("AGREE", ("IRN", "TUR"), "planned")], id="will-be-prepared-and-signed"),
    # "to discuss" that says what something is for is no meeting; after a meeting it stays
    pytest.param("Erdogan recently stated that, unless new chapters are opened with Germany, Turkey has nothing to "
                 "discuss.", [], id="nothing-to-discuss"),
    pytest.param("After a dinner hosted by Jeyhun Bayramov, Amir Abdollahian addressed a gathering of Iranians living "
                 "in Baku to discuss the Raisi government's efforts to pass a comprehensive law to protect Iranians "
                 "around the world.", [], id="addressed-a-gathering-to-discuss"),
    pytest.param("President Hassan Rouhani met with his Azeri counterpart Ilham Aliyev to discuss expansion of "
                 "bilateral relations on November 1, 2017.", [("CONSULT", ("AZE", "IRN"), "occurred")],
                 id="met-to-discuss-stays"),
])
def test_nonevents(text, expected):
    assert events_with_sides(text) == expected


@pytest.mark.slow
def test_coordinated_mutual_issues_stays():
    """The seed's "We have already coordinated mutual issues like Khoda-Afarin dam" (seed_004,
    gold COOPERATE AZE-IRN, scored by the seeds gold) is cooperation: "we" coordinated."""
    text = ("Underscoring the December 26th and 27th dates for the joint commission, he said that: “We have already "
            "coordinated mutual issues like Khoda-Afarin dam, and the technical meeting between the two ministries is "
            "being arranged.")
    token = next(t for t in parse_sentence(text) if t.text == "coordinated")
    assert not coordinated_alone(token)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "topic", "met"), [
    pytest.param("In another call to Retno Marsudi, Zarif discussed similar issues, which included changes in "
                 "political relations between some Arab states including between Qatar and Saudi Arabia.",
                 ("QAT", "SAU"), None, id="relations-described-in-a-relative-clause"),
    pytest.param("During the meeting, which was held via videoconference, the two presidents discussed all aspects of "
                 "relations between Iran and Turkey, according to Mehr.", None, ("IRN", "TUR"),
                 id="between-in-the-topic-names-the-two-stays"),
])
def test_countries_in_a_discussed_topic(text, topic, met):
    """Countries named in a clause that describes what was discussed are no sides of the
    discussion; "relations between Iran and Turkey" discussed by "the two presidents" still
    names the two who met."""
    found = {event[1] for event in events_with_sides(text) if event[0] == "CONSULT"}
    if topic is not None:
        assert topic not in found
    if met is not None:
        assert met in found
