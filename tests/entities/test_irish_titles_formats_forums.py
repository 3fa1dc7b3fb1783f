"""Ireland's head of government by his title ("Taoiseach Leo Varadkar": the person, title Taoiseach; the
titles alone no body or place), a holiday named after a saint ("St. Patrick’s Day": no person or place
St. Patrick), meeting series named by their format ("the Negev format", "this important Aqaba/Sharm
format": EVENT_NAME), the Pacific Islands Forum (an ORG, also where a person's name stands before "and
other ... Forum leaders"), the self-proclaimed republics of Donetsk and Luhansk ("DNR", "LNR": the
places Donetsk and Luhansk) and a parliament by its own name ("the Dáil": an ORG of Ireland) (`accords.gazetteer.offices`, `accords.entities.occasions`,
`accords.entities.formats`, `accords.gazetteer.organisations`, `accords.gazetteer.places`).

Sources: White House texts of 2022-02-21, 2023-05-18, 2023-07-27, 2023-09-20, 2024-03-05, 2024-03-25
and 2024-07-10 (bidenwhitehouse.archives.gov, public domain), quoted; the hard line breaks of the crawl
written as spaces.
"""

import pytest

from tests.entities.found import stage_entities

pytestmark = pytest.mark.slow

# (id, text, entities (type, name) that must be found, entities that must not)
CASES = [
    ("taoiseach-and-tanaiste",
     "President Joseph R. Biden, Jr. spoke with Taoiseach Leo Varadkar of Ireland today to recognize his seven years "
     "of service as Taoiseach and Tánaiste.",
     {("PERSON", "Leo Varadkar")},
     {("ORG", "Taoiseach Leo Varadkar"), ("ORG", "Taoiseach"), ("PLACE", "Tánaiste")}),
    ("the-dail-a-parliament",
     "The President conveyed that he looks forward to continuing to build a vibrant future for U.S.-Irish relations "
     "with the new Taoiseach, once elected by the Dáil.",
     {("ORG", "Dáil")}, {("ORG", "Taoiseach"), ("PLACE", "Taoiseach")}),
    ("st-patricks-day-no-saint",
     "On March 15, President Joe Biden will host Taoiseach Leo Varadkar of Ireland, for a bilateral meeting, followed "
     "by a St. Patrick’s Day Celebration at the White House on March 17, continuing a longstanding St. Patrick’s Day "
     "tradition.",
     {("PERSON", "Leo Varadkar"), ("PLACE", "White House")},
     {("PLACE", "St. Patrick"), ("PERSON", "St. Patrick"), ("PLACE", "St. Patrick's Day"), ("ORG", "Taoiseach Leo Varadkar")}),
    ("aqaba-sharm-format",
     "To that end, President Biden called on all parties to fulfill their commitments made during meetings held "
     "earlier this year in Aqaba, Jordan and Sharm el-Sheikh, Egypt, to include refraining from further unilateral "
     "measures. The two leaders and their teams agreed to consult with regional partners with the aim of convening "
     "a meeting soon in this important Aqaba/Sharm format.",
     {("EVENT_NAME", "Aqaba/Sharm format"), ("PLACE", "Aqaba")}, set()),
    ("negev-format",
     "The two leaders and their teams welcomed the likely convening soon of a ministerial meeting in the Negev format "
     "to further advance regional integration initiatives, as well as deepening the ongoing U.S.-Israeli Tech Dialogue.",
     {("EVENT_NAME", "Negev format")}, {("ORG", "Negev")}),
    ("virtual-format-no-name",
     "On July 25th, the fifth meeting of the Steering Committee of the Multi-agency Donor Coordination Platform for "
     "Ukraine was co-chaired in a virtual format by Deputy National Security Advisor for International Economics Mike "
     "Pyle.",
     set(), {("EVENT_NAME", "virtual format")}),
    ("body-format-no-name",
     "Both leaders welcomed the meeting to take place on July 15 between their national security teams in the "
     "Strategic Consultative Group format.",
     set(), {("EVENT_NAME", "Strategic Consultative Group format")}),
    ("pacific-islands-forum",
     "President Biden also invited the Prime Minister and other Pacific leaders to Washington, DC later this year for "
     "the second U.S. summit with the Pacific Islands Forum, where leaders can continue discussions around enhancing "
     "U.S.-Pacific cooperation.",
     {("ORG", "Pacific Islands Forum")}, {("EVENT_NAME", "Pacific Islands Forum")}),
    ("forum-leaders-after-a-person",
     "The President regretted that he will be unable to travel to Papua New Guinea to meet with Prime Minister Marape "
     "and other Pacific Island Forum leaders due to the need to return to Washington for meetings with Congressional "
     "leaders.",
     {("ORG", "Pacific Islands Forum"), ("PERSON", "Marape")},
     {("EVENT_NAME", "Prime Minister Marape and other Pacific Island Forum"), ("EVENT_NAME", "Pacific Island Forum")}),
    ("dnr-and-lnr",
     "President Putin’s action to purportedly recognize the so-called Donetsk and Luhansk People’s Republics (DNR and "
     "LNR) as “independent” states. New investment in the so-called DNR or LNR regions of Ukraine by a United States "
     "person is prohibited.",
     {("PLACE", "Donetsk"), ("PLACE", "Luhansk")}, {("PLACE", "DNR"), ("PLACE", "LNR")}),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_titles_days_formats_forums(text, wanted, unwanted):
    names = {(e.type, e.name) for e in stage_entities(text, source="The White House", published="2024-03-25").entities}
    assert wanted <= names, sorted(names)
    assert not (names & unwanted), sorted(names)


def test_a_parliament_by_its_own_name_has_its_country():
    text = "The President conveyed that he looks forward to working with the new Taoiseach, once elected by the Dáil."
    assert [(e.type, e.country) for e in stage_entities(text, source="The White House").entities
            if e.name == "Dáil"] == [("ORG", "IRL")]


def test_the_taoiseach_is_a_title():
    text = ("President Joseph R. Biden, Jr. met with Taoiseach Simon Harris of the Republic of Ireland today in the "
            "Oval Office to mark 100 years of diplomatic relations between the United States and Ireland.")
    harris = [e for e in stage_entities(text, source="The White House").entities if e.name == "Simon Harris"]
    assert [(e.type, e.title, e.country) for e in harris] == [("PERSON", "Taoiseach", "IRL")]


def test_a_day_one_order_keeps_its_president():
    text = ("Since President Biden’s Day One Executive Order, the Administration has advanced inclusion and opportunity "
            "for these communities.")
    names = {(e.type, e.name) for e in stage_entities(text, source="The White House").entities}
    assert ("PERSON", "Biden") in names, sorted(names)
