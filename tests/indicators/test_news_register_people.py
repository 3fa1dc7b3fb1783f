"""People counted in web news, and whose they are: a country sized in an apposition ("Armenia, a
country of 3 million") is that country's population alone; a nation's people counted where they
live ("35,000 Palestinians ... live in this area") are a population; people who "have fled" are
refugees; a nation's people released or deported are counted ("Israel released 39 Palestinians");
crowds and audiences are counted by their own noun (settlers, supporters, viewers); and a country
adjective standing for a language ("available in French", "in English and Arabic", an item of "seven
languages of Azerbaijani, English, French ... and Russian") is
no subject, where one before its noun ("in Russian and Ukrainian shelling") still is.

Texts: sentences written for these tests, except "Around 35,000 Palestinians and 850 Israeli
settlers live in this area", from WIRED (news_n4k-wired001, a newspaper4k test page, MIT). Each
expected record is (metric, subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param(
        "Armenia, a country of 3 million, borders Iran.",
        [("population", ("ARM",), 3e6, "count", "actual", None)],
        id="a-country-sized-in-an-apposition",
    ),
    pytest.param(
        "The nation of 44 million imports most of its gas from Russia.",
        [],
        id="no-country-named-before-no-population",
    ),
    pytest.param(
        "Around 35,000 Palestinians and 850 Israeli settlers live in this area.",
        [("population", ("PSE",), 35000.0, "count", "actual", "approx"),
         ("settlers", ("ISR",), 850.0, "count", "actual", None)],  # the article's gold, with its context: ISR-PSE
        id="wired-people-counted-where-they-live",
    ),
    pytest.param(
        "Some 6 million Ukrainians have fled the country.",
        [("refugees", ("UKR",), 6e6, "count", "actual", "approx")],
        id="people-who-have-fled",
    ),
    pytest.param(
        "Israel released 39 Palestinians from its prisons on Saturday.",
        [("people_released", ("ISR", "PSE"), 39.0, "count", "actual", None)],
        id="a-nations-people-released",
    ),
    pytest.param(
        "Iran released two Americans on Monday.",
        [],
        id="one-or-two-people-released-are-an-event",
    ),
    pytest.param(
        "The United States will deport 300 Venezuelans this week.",
        [("deportees", ("USA", "VEN"), 300.0, "count", "forecast", None)],
        id="a-nations-people-deported",
    ),
    pytest.param(
        "Some 20,000 supporters of the Georgian opposition rallied in the capital.",
        [("supporters", ("GEO",), 20000.0, "count", "actual", "approx")],
        id="a-crowd-counted-by-its-noun",
    ),
    pytest.param(
        "The app, available in French, has 5 million users in Canada.",
        [("users", ("CAN",), 5e6, "count", "actual", None)],
        id="a-language-is-no-subject",
    ),
    pytest.param(
        "The channel broadcasts in English and Arabic to 40 million viewers in Qatar.",
        [("viewers", ("QAT",), 4e7, "count", "actual", None)],
        id="languages-joined-are-no-subjects",
    ),
    pytest.param(
        "Azerbaijan's terminals serve visitors in seven languages of Azerbaijani, English, French, Spanish, Arabic, "
        "Persian and Russian. Currently 14 self-service terminals have been installed at the airport.",
        [("self_service_terminals", ("AZE",), 14.0, "count", "actual", None)],
        id="a-list-of-languages-names-no-subjects",
    ),
    pytest.param(
        "Some 30 people were wounded in Russian and Ukrainian shelling.",
        [("injured", ("RUS", "UKR"), 30.0, "count", "actual", "approx")],
        id="adjectives-before-their-noun-are-countries",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_news_register_people(text: str, expected: list) -> None:
    assert figures(text, published="2023-11-20") == expected
