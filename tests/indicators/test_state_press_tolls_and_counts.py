"""Casualties and counts in the state-press register (Tehran Times, Azernews) that the figures missed or misread:

- a count right after a verb of what befell it is what that verb says, though the next clause names another fate
  ("has killed 12 people and injured dozens": 12 deaths, not 12 injured);
- a fate named by a noun before the count ("the martyrdom of 15 innocent Iranians", "the injury of 30 others",
  "the arrest of 10 Kurdish lawmakers"), as "the death of" was;
- a fate "reported" ("were reported killed"), and a toll "of the dead" ("rose the number of the dead to 45");
- "memoranda" is a plural noun: "signed 11 memoranda of understanding in ..." counts agreements, not the years after;
- a "35-man delegation" is sized as a "35-member" one;
- the numbers of a text's parts ("clauses 3 and 4 of the ceasefire agreement", "Articles 4 and 5") label them
  (`labels`), as "Article 5" did: no count of agreements;
- counts of tankers, ferries, armoured carriers, warheads, dealerships, commodity items and journalists are figures
  (ten or more, `countnouns.MIN_OWN_COUNT`, as any other counted noun); guests, representatives and delegations
  are not (their owner is often another sentence's: tests/indicators/test_counted_countries_and_attendance.py).

Sentences from tehrantimes-region (CC BY 4.0) or written for this test; each expected record is
(metric, subjects, value), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param("Azerbaijan’s Foreign Ministry said in a statement that the missile attack on Ganja has killed 12 people "
                 "and injured dozens.",
                 [("deaths", ("AZE",), 12.0)], id="killed-then-injured-dozens"),
    pytest.param("On September 22, four gunmen attacked a military parade in Ahvaz, capital of Khuzestan province, killing "
                 "24 people and wounding 69 others.",
                 [("deaths", ("IRN",), 24.0), ("injured", ("IRN",), 69.0)], id="killing-and-wounding"),
    pytest.param("Some 41 people were killed and 239 others injured in attacks on Tuesday night in Istanbul.",
                 [("deaths", ("TUR",), 41.0), ("injured", ("TUR",), 239.0)], id="passive-fates-stay"),
    pytest.param("On 26 October 2022, a sinister terrorist attack targeting pilgrims to the holy shrine of the "
                 "Shah-e-Cheragh in Shiraz resulted in the martyrdom of 15 innocent Iranians, including men, women, and "
                 "children, and the injury of 30 others.",
                 [("deaths", ("IRN",), 15.0), ("injured", ("IRN",), 30.0)], id="martyrdom-and-injury-of"),
    pytest.param("The group noted Turkey's breaches of basic rights and freedoms and the arrest of 10 Kurdish lawmakers.",
                 [("arrests", ("TUR",), 10.0)], id="arrest-of"),
    pytest.param("Two Azerbaijani soldiers were reported killed in the clashes on the border with Armenia.",
                 [("deaths", ("ARM", "AZE"), 2.0)], id="reported-killed"),
    pytest.param("SOHR documented the death of 21 Syrian civilians in the Turkish shelling, what rose the number of the "
                 "dead to 45 in the past 48 hours.",
                 [("deaths", ("SYR", "TUR"), 21.0), ("deaths", ("SYR", "TUR"), 45.0)], id="number-of-the-dead"),
    pytest.param("In a February visit to Tehran by Aliyev, Iran and Azerbaijan signed 11 memoranda of understanding in "
                 "areas of transportation, electricity swap, health and medicine, oil, gas, petrochemicals, etc.",
                 [("agreements_signed", ("AZE", "IRN"), 11.0)], id="memoranda-in-areas"),
    pytest.param("Iran and Azerbaijan have signed 18 memoranda of understanding in recent years.",
                 [("agreements_signed", ("AZE", "IRN"), 18.0)], id="memoranda-not-years"),
    pytest.param("Yazar was heading a 35-man delegation of Turkish merchants and industrialists in his Iran visit.",
                 [("delegation_members", ("IRN", "TUR"), 35.0)], id="man-delegation"),
    pytest.param("Iran and the Eurasian Economic Union signed a preferential trade agreement last October, based on "
                 "which 860 commodity items will be exchanged between Iran and the five EAEU members.",
                 [("commodity_items", ("EAEU", "IRN"), 860.0)], id="commodity-items"),
    pytest.param("Currently, 21 IKCO authorized dealerships in seven major Turkish cities are prepared to offer "
                 "after-sales services to Samand owners of Iran.",
                 [("authorized_dealerships", ("IRN", "TUR"), 21.0)], id="dealerships"),
    pytest.param("The fleet of Azerbaijan's state shipping company includes 51 tankers and 24 ferries.",
                 [("tankers", ("AZE",), 51.0), ("ferries", ("AZE",), 24.0)], id="tankers-and-ferries"),
    # delegations stay uncounted: "Nearly 50 delegations from member states ... are expected to attend" a summit
    # would take the countries of the sentence before
    pytest.param("In the last two months, about 12 high-ranking delegations have been exchanged between Iran and "
                 "Azerbaijan, which is a record.", [], id="delegations-not-counted"),
    # the numbers of a text's parts, in lower case or listed, label clauses: no count of agreements
    pytest.param("The Islamic Republic of Iran also declares its readiness to assist in the deployment of peacekeeping "
                 "forces of the Russian Federation along the contact lines in accordance with clauses 3 and 4 of the "
                 "ceasefire agreement, the Iranian Foreign Ministry said.", [], id="clauses-are-no-agreements"),
    pytest.param("NATO members could invoke Articles 4 and 5 of the treaty.", [], id="articles-listed"),
    pytest.param("Iran and Turkey signed 4 agreements in Ankara.", [("agreements_signed", ("IRN", "TUR"), 4.0)],
                 id="agreements-counted"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_state_press_tolls_and_counts(text: str, expected: list) -> None:
    assert [(metric, subjects, value) for metric, subjects, value, *_ in figures(text, source="Tehran Times")] == expected
