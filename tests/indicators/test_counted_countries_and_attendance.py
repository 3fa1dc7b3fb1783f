"""Counts of countries, attendances and visitors listed by nation in the state-press register (indaze33).

- "citizens of 15 countries", "512 scientists from 52 countries", "treaties in force with 34 countries" and "Over 55
  countries ... will put on display" are `countries` (`accords.indicators.countrycounts`), of the side that issues,
  hosts or holds them as tests/gold/README.md gives them, never of the countries given as examples ("including
  Iran") nor of the group inside the counted words ("10 ECO member states"); the venue of a fair names its host;
  "one of the 10 countries" and "the two countries" are no such count;
- people counted as they attend ("Some 3,000 people are expected to attend the ceremony") are `participants`, not a
  population (`accords.indicators.countnouns.attending`);
- "Some 2.374 million Russians and 1.547 Germans arrived in Turkey": the second count shares the first's scale
  (`accords.quantities.extract`), the first takes the list's verb (`countnouns.verb_after_head`) and each its nation
  and the host (`accords.indicators.visits.with_host`);
- "a 10-percent drop ... when the volume stood at $9.1 billion": "the volume" refers back (`clauses.REFERS_BACK`) to the
  previous sentence's figure in its unit when the sentence's own are in another (`accords.indicators.referents`).

Sentences from Tehran Times reports (`tehrantimes-region`, CC BY 4.0, see tests/gold/README.md); the attendance
sentences and the negative ones are paraphrases written for these tests.
"""

from __future__ import annotations

import pytest

from accords.indicators.countnouns import attending
from accords.indicators.countrycounts import counted_countries
from tests.indicators.figures import figures

TT = "Tehran Times"


def _figures(text: str) -> list[tuple]:
    return [(metric, subjects, value) for metric, subjects, value, *_ in figures(text, published=None, source=TT)]


CASES = [
    pytest.param(  # tt 423640
        "TEHRAN – Citizens of 15 countries including Iran can obtain Azerbaijan visas via self-service terminals upon "
        "arrival at the Heydar Aliyev International Airport in Baku, IRNA reported.",
        [("countries", ("AZE",), 15.0)],
        id="citizens-of-countries-are-the-issuers-count-not-the-examples",
    ),
    pytest.param(  # tt 433020
        "There are plenty of reforms, which have been implemented in Iran towards simplification of the procedure for "
        "obtaining entry visas, in particular, the practice of issuing 30-day visas directly at Iranian airports for "
        "citizens of 180 countries has been introduced.",
        [("visa_days", ("IRN",), 30.0), ("countries", ("IRN",), 180.0)],
        id="visas-for-citizens-of-180-countries",
    ),
    pytest.param(  # tt 461499
        "Georgia is a leader in the region in terms of stability and investment attractiveness which is proved by "
        "Bilateral Investment Treaties in force with 34 countries (as of March 2021), while country has Double Taxation "
        "Avoidance Treaties in force with 56 countries.",
        [("countries", ("GEO",), 34.0), ("countries", ("GEO",), 56.0)],
        id="treaties-in-force-with-countries",
    ),
    pytest.param(  # tt 441801, after a sentence of our own naming the host
        "Iran will host the Mustafa Prize ceremony in Tehran. According to the head of Mustafa Prize scientific "
        "committee, Hassan Zohour, 202 research centers and 512 scientists from 52 countries have been invited to "
        "submit projects.",
        [("scientists", ("IRN",), 512.0), ("countries", ("IRN",), 52.0)],  # the scientists too since indtt46
        id="scientists-from-countries-are-the-hosts-count",
    ),
    pytest.param(  # tt 414160 (its first words "No one in" ours)
        "No one in Turkey's government has yet come up with a satisfactory explanation of what its troops will be doing "
        "in Qatar, apart from noting that, after all, Turkey has gendarmerie cooperation accords with 18 countries.",
        [("countries", ("TUR",), 18.0)],
        id="accords-with-countries-are-the-holders-named-after-the-last-comma",
    ),
    pytest.param(  # tt 68825
        "He stressed that Armenian businessmen will actively take part in Tabriz International Trade Fair to be held "
        "within August 13-20. Over 55 countries including Germany, Russia, China and Turkey will put on display their "
        "products at Tabriz International Fair.",
        [("countries", ("IRN",), 55.0)],
        id="countries-exhibiting-at-a-fair-are-the-venues-count",
    ),
    pytest.param(  # tt 434831: no main country in the text, the count's owner is unsaid
        "“Representatives from 10 ECO member states, representatives and ambassadors of 15 countries and some 100 "
        "foreign guests will be attending the inaugural ceremony of this prestigious conference,” said the deputy "
        "director.",
        [],
        id="no-owner-no-count-of-countries",
    ),
    pytest.param(  # paraphrase
        "Iran is one of the 10 countries with the largest gas reserves, and Iran and Turkey are neighbours.",
        [],
        id="one-of-the-countries-is-no-count",
    ),
    pytest.param(  # paraphrase
        "Iran will host the ceremony in Tehran. Some 3,000 people are expected to attend the ceremony, the organizers said.",
        [("participants", ("IRN",), 3000.0)],
        id="people-expected-to-attend-are-participants",
    ),
    pytest.param(  # paraphrase
        "Some 3,000 people live in the border village between Iran and Turkey.",
        [("population", ("IRN", "TUR"), 3000.0)],
        id="people-living-stay-a-population",
    ),
    pytest.param(  # tt 425881
        "TEHRAN – A total of 1.159 million Iranian nationals visited Turkey during the first half of 2018. Some 2.374 "
        "million Russians and 1.547 Germans arrived in Turkey in the six-month period, according to figures released "
        "by Directorate General of Migration Management of Turkey’s Interior Ministry, IRNA reported.",
        [("visits", ("IRN", "TUR"), 1159000.0), ("tourists", ("RUS", "TUR"), 2374000.0),
         ("tourists", ("DEU", "TUR"), 1547000.0)],
        id="visitors-listed-by-nation-share-scale-verb-and-host",
    ),
    pytest.param(  # tt 430061
        "TEHRAN- According to the latest data released by Turkish Statistical Institute, the trade between Iran and "
        "Turkey in the first 10 months of 2018 stood at $8.252 billion, Tasnim news agency reported. The figure shows a "
        "10-percent drop in comparison with the same time in the year before when the volume stood at $9.1 billion, the "
        "report added.",
        [("trade_turnover", ("IRN", "TUR"), 8.252e9), ("trade_turnover_growth", ("IRN", "TUR"), -10.0),
         ("trade_turnover", ("IRN", "TUR"), 9.1e9)],
        id="the-volume-after-a-change-is-the-previous-sentences-figure",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_counted_countries_and_attendance(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("before", "after", "value", "expected"), [
    pytest.param("Citizens of ", " countries including Iran can", 15, "countries", id="citizens-of"),
    pytest.param("trade between ", " countries", 2, None, id="below-three"),
    pytest.param("Iran is one of ", " countries with", 10, None, id="one-of"),
    pytest.param("hundreds of ", " countries", 10, None, id="hundreds-of"),
    pytest.param("Over ", " countries concluded negotiations", 190, None, id="countries-acting-alone"),
    pytest.param("", " countries will take part in the exhibition", 30, "countries", id="taking-part"),
    pytest.param("of the ", " countries", 27, None, id="after-the"),
])
def test_counted_countries_rule(before: str, after: str, value: float, expected: str | None) -> None:
    assert counted_countries(before, after, value=value) == expected


@pytest.mark.parametrize(("after", "expected"), [
    pytest.param(" people are expected to attend the ceremony", True, id="expected-to-attend"),
    pytest.param(" people took part in the rally", True, id="took-part"),
    pytest.param(" people who attended the fair", True, id="who-attended"),
    pytest.param(" people live in the village", False, id="live"),
    pytest.param(" Iranians attended", False, id="demonym-not-people"),
])
def test_attending(after: str, expected: bool) -> None:
    assert attending(after) is expected
