"""Holidays, wars, dated summit heads, executive orders, relationship levels and generic heads
alone (`accords.entities.occasions`), company names that end in "'s" (`accords.entities.candidates`), and
codes with a hyphen inside a name ("Global COVID-19 Summit", `accords.entities.patterns._is_code`), the
year of a named event's edition ("OGT Expo 2017", `accords.stages.entities`), on sentences of real texts.

Sources: White House briefing-room texts 2021-2024 (public domain, United States government
works; via the whitehouse-briefings corpus): the Belarus executive order fact sheet of
2021-08-09, the joint statement on restrictive economic measures of 2022-02-26, the joint
statement on the second Global COVID-19 Summit of 2022-04-18, the joint statement on the U.S.-EU
Task Force on Energy Security of 2023-11-01, the fact sheet on the national
security memorandum on cybersecurity of 2022-01-19, the joint statement on the Red Sea strikes of 2024-01-11. Tehran Times (tehrantimes.com, news ids
409684, 411924, 415558, 472315, 430910, 455871; CC BY 4.0, https://creativecommons.org/licenses/by/4.0/, via the
Tehran-Times-Dataset crawl). The my6sense press release of 2018-07-02 from the
article-extraction-benchmark (MIT, Copyright (c) 2020 Scrapinghub; tests/gold/LICENSE-article-extraction-benchmark).
"""

import pytest

from tests.entities.found import found


pytestmark = pytest.mark.slow


# (id, text, entities that must be found, entities that must not)
CASES = [
    ("holiday-as-event",
     "On Sunday, a gunman opened fire on New Year revelers at a popular night club in Istanbul, leaving at least "
     "39 killed and more than sixty wounded, Turkish media reported.",
     {("PLACE", "Istanbul")}, {("EVENT_NAME", "New Year")}),
    ("national-day-as-event",
     "TEHRAN – Iranian President Hassan Rouhani has sent a congratulatory message to his Kazakh counterpart "
     "Kassym-Jomart Tokayev congratulating him on National Day of Kazakhstan.",
     {("PERSON", "Kassym-Jomart Tokayev"), ("COUNTRY", "Kazakhstan")}, {("EVENT_NAME", "National Day")}),
    ("holiday-as-org",
     "The statement which was published on the ministry’s official website urges citizens to avoid unnecessary "
     "trips to Turkey during the upcoming Nowruz holidays.",
     {("COUNTRY", "Turkey")}, {("ORG", "Nowruz"), ("EVENT_NAME", "Nowruz")}),
    ("named-war",
     "Russia’s war represents an assault on fundamental international rules and norms that have prevailed since "
     "the Second World War, which we are committed to defending.",
     {("COUNTRY", "Russia")}, {("EVENT_NAME", "Second World War")}),
    ("date-before-summit-head",
     "In advance of the May 12 Summit, we are calling on world leaders, members of civil society, "
     "non-governmental organizations, philanthropists, and the private sector to make new commitments.",
     set(), {("EVENT_NAME", "May 12 Summit")}),
    ("numbered-executive-order",
     "Specifically, this E.O. expands the scope of the national emergency declared in E.O. 13405 of June 16, "
     "2006, by authorizing the imposition of blocking sanctions on persons operating in certain identified "
     "sectors of the Belarus economy.",
     {("DOCUMENT", "E.O. 13405"), ("COUNTRY", "Belarus")}, {("PLACE", "E.O."), ("ORG", "E.O.")}),
    ("numbered-executive-order-spelt-out",
     "This NSM requires that, at minimum, National Security Systems employ the same network cybersecurity "
     "measures as those required of federal civilian networks in Executive Order 14028.",
     {("DOCUMENT", "Executive Order 14028")}, set()),
    ("resolution-by-unscr-number",
     "On January 10, 2024, the UN Security Council passed UNSCR 2722, which also condemned these attacks and "
     "demanded that they cease.",
     {("DOCUMENT", "UNSCR 2722"), ("ORG", "United Nations Security Council")}, set()),
    ("resolution-in-lower-case-after-the-council",
     "The two sides further criticized Washington's decision to scrap the 2015 multilateral deal on the Iranian "
     "nuclear program -- officially called the Joint Comprehensive Plan of Action (JCPOA) -- in defiance  of UN "
     "Security Council resolution 2231, which has endorsed the international document.",
     {("DOCUMENT", "resolution 2231"), ("DOCUMENT", "Joint Comprehensive Plan of Action")}, set()),
    ("resolution-in-lower-case-alone-is-no-name",
     "The city council passed a resolution 100 residents had signed.",  # written for the case
     set(), {("DOCUMENT", "resolution 100")}),
    ("bare-executive-order",
     "Today, on the anniversary of the fraudulent Belarusian election of August 9, 2020, President Joseph R. "
     "Biden, Jr. signed an Executive Order (E.O.) imposing further consequences upon Alyaksandr Lukashenka and "
     "his regime.",
     {("PERSON", "Alyaksandr Lukashenka")},
     {("ORG", "Executive Order"), ("DOCUMENT", "Executive Order"), ("PLACE", "E.O.")}),
    ("olympic-adjective",
     "Since then, the regime has only further expanded it repression, including by threatening the safety of an "
     "Olympic athlete outside its borders.",
     set(), {("EVENT_NAME", "Olympic")}),
    ("code-with-a-hyphen-before-a-summit",
     "Belize, Germany, Indonesia, and Senegal are pleased to announce we will co-host the second Global "
     "COVID-19 Summit, which will be held virtually on May 12, 2022.",
     {("EVENT_NAME", "Global COVID-19 Summit")}, set()),
    ("code-with-a-hyphen-before-a-plant",
     "“The implementation of the construction project of Sangtoodeh-2 hydropower plant can be considered as one "
     "of the important areas of cooperation between the two countries,” he added.",
     {("PROJECT", "Sangtoodeh-2 hydropower plant")}, set()),
    ("relationship-level",  # White House readout of 2024-09-25 (gold dev wh_20240925-vietnam-meeting)
     "President Biden celebrated the one-year milestone of our Comprehensive Strategic Partnership and "
     "reinforced the United States’ commitment to a strong, prosperous, independent, and resilient Vietnam.",
     {("COUNTRY", "Vietnam")},
     {("ORG", "Comprehensive Strategic Partnership"), ("PROJECT", "Comprehensive Strategic Partnership")}),
    ("two-states-alliance",  # White House readout (gold dev wh_20221121-harris-duterte-meeting)
     "The Vice Presidents underscored the strength of the U.S.-Philippines Alliance and our nations' shared "
     "interest in strengthening ties across all areas of cooperation.",
     set(), {("ORG", "U.S.-Philippines Alliance")}),
    ("generic-head-refers-back",  # White House joint statement of 2023-11-01 (gold dev)
     "As reconfirmed by leaders at the U.S.-EU summit on October 20, 2023, the Task Force will continue to "
     "advance the energy transition to climate neutrality and bolster energy security.",
     set(), {("ORG", "Task Force"), ("EVENT_NAME", "Task Force")}),
    ("company-names-ending-in-s-listed",
     "Ivan led that company as it secured leading Fortune 100 brands as clients including Ford, Macy’s, "
     "Kellogg’s, NBC, Fox and others.",
     {("ORG", "Macy’s"), ("ORG", "Kellogg’s")}, {("ORG", "Macy"), ("ORG", "Kellogg")}),
    ("edition-year-of-a-named-event",
     "Turkmenistan international oil & gas exhibition (OGT Expo 2017), which is set to be held 2-4 November in "
     "Ashgabat, is an international oil and gas exhibit.",
     {("EVENT_NAME", "OGT Expo 2017")}, {("EVENT_NAME", "OGT Expo")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_occasions_and_orders(text, present, absent):
    got = {(kind, name.replace("'", "’")) for kind, name in found(text)}
    assert present <= got, present - got
    assert not absent & got, absent & got


def test_possessive_before_a_noun_stays_a_possessive():
    # "Stadia’s recommended Chromecast" (a verb-like word after the "'s"): the service owns the device
    text = "Those playing through Stadia’s recommended Chromecast Ultra will have a better time."
    assert ("ORG", "Stadia’s") not in {(k, n.replace("'", "’")) for k, n in found(text)}
