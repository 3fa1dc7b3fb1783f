"""A country set after the place of a meeting, with a comma, says where the place is; it is no
partner (`accords.events.phrases.venue_apposition`): the parser makes "the United Arab Emirates"
in "met ... with President Al-Sisi of Egypt in Dubai, the United Arab Emirates" a second person
met. With "and" the countries listed are partners still.

Texts: the opening sentences of two White House readouts of 2023 (whitehouse-briefings corpus,
public domain: Harris's meetings with President Al-Sisi, 2023-12-02, and with Secretary General
Guterres, 2023-11-02), and sentences written for the test in that register."""

from __future__ import annotations

import pytest

import accords
from accords.ingest.article import make_article

CASES = [
    pytest.param("Readout of Vice President Harris’s Meeting with President Abdel Fattah Al-Sisi of Egypt",
                 "Vice President Kamala Harris met today with President Abdel Fattah\nAl-Sisi of Egypt in Dubai, "
                 "the United Arab Emirates on the sidelines of\nthe 28th Conference of the Parties to the UN "
                 "Framework Convention on\nClimate Change (COP28).",
                 {("CONSULT", ("EGY", "USA"))}, id="city-then-its-country"),
    pytest.param("Readout of Vice President Harris’s Meeting with President Zelenskyy of Ukraine",
                 "Vice President Kamala Harris met today with President Volodymyr Zelenskyy of Ukraine in "
                 "Munich, Germany on the margins of the Munich Security Conference.",
                 {("CONSULT", ("UKR", "USA"))}, id="city-then-country-without-the"),
    pytest.param("Readout of Vice President Harris’s Meeting with Leaders",
                 "Vice President Kamala Harris met today with President Abdel Fattah Al-Sisi of Egypt and "
                 "King Abdullah II of Jordan in Cairo.",
                 {("CONSULT", ("EGY", "JOR", "USA"))}, id="partners-with-and-stay"),
]


@pytest.mark.parametrize("title, text, expected", CASES)
def test_the_country_of_the_venue_is_no_partner(title, text, expected):
    article = make_article(text, published="2023-12-02", title=title, url=None, source="The White House")
    events = accords.extract_article(article).events
    found = {(e.type, tuple(sorted(set(e.actor_countries + e.recipient_countries)))) for e in events
             if e.type == "CONSULT"}
    assert found == expected
