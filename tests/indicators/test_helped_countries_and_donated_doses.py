"""Counts of the countries a side helps or works with, and doses a government's own text counts as
donated, in White House fact sheets (issue #14: the right number with the wrong countries).

Texts: the fact sheets on global health security partnerships (2022-11-29, 2023-12-30), on U.S.
leadership in Glasgow (2021-11-13), on the Biden-Harris global health workforce (2022-05-11), on
the crisis in Ethiopia (2021-09-17) and on the Root Causes Strategy (2021-07-29), from the
whitehouse-briefings corpus (bidenwhitehouse.archives.gov; works of the United States government,
public domain), with their line breaks; the last cases are paraphrases. The equipment cases are from
the fact sheets on COVID-19 assistance to India (2021-04-28), support for Afghanistan (2021-06-25)
and the partnership with Peru (2024-11-15), and paraphrases. Expected records are
(metric, subjects, value, unit, qualifier) of the counts of countries and of doses: the sides and
the value are what these rules decide (the kind of a bullet under "will:" is another rule's).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"

HELPED = [
    pytest.param(
        "The United States is committed to directly supporting at least 50\n"
        "countries, by 2025, to strengthen and achieve regional, national and\n"
        "local capacity to prevent, detect, and respond to infectious disease threats.",
        "2022-11-29", [("countries", ("USA",), 50, "count", "lower")], id="supporting-at-least-50-countries"),
    pytest.param(
        "The United States and the United Arab Emirates launched the Agriculture Innovation Mission for Climate\n"
        "alongside more than 30 countries to increase and accelerate agricultural and food systems innovation.",
        "2021-11-13", [("countries", ("ARE", "USA"), 30, "count", "lower")], id="alongside-30-countries"),
    pytest.param(
        "Over the next year, the United States will:\n\n"
        "-   Expand and strengthen bilateral partnerships with at least 25\n"
        "    countries to develop measurable capacity to prevent, detect, and\n"
        "    rapidly respond to epidemic and pandemic threats.",
        "2022-11-29", [("countries", ("USA",), 25, "count", "lower")], id="bullet-partnerships-home-helper"),
    pytest.param(
        "Today, as COP26 ended, over 190 countries concluded negotiations on a text that includes a\n"
        "global commitment to tackle the climate crisis.",
        "2021-11-13", [], id="world-count-no-helper"),
    pytest.param(
        "In 2021, USAID worked with more than 110 universities in 17 countries across Africa and\n"
        "Southeast Asia to train health workers.",
        "2022-05-11", [], id="count-of-universities-first"),
    pytest.param(
        "The leaders agreed to work with the two countries' neighbours on the border crossings.",
        "2022-05-11", [], id="the-two-countries-no-count"),
]


@pytest.mark.parametrize("text, published, expected", HELPED)
def test_counts_of_countries_helped(text, published, expected):
    found = [(m, s, v, u, q) for m, s, v, u, _k, q in figures(text, published=published, source=WH) if m == "countries"]
    assert found == expected


DONATED = [
    pytest.param(
        "The United States has provided more than $185 million in COVID-19 related assistance\n"
        "to Ethiopia in addition to the donation of nearly 2 million COVID-19 vaccine doses\n"
        "delivered to date.",
        "2021-09-17", [("vaccine_doses", ("ETH", "USA"), 2_000_000, "count", "upper")], id="home-named-before"),
    pytest.param(
        "Japan has donated 1 million vaccine doses to Vietnam this month.",
        "2021-09-17", [("vaccine_doses", ("JPN", "VNM"), 1_000_000, "count", None)], id="another-giver"),
    pytest.param(
        "Vietnam has received 1 million vaccine doses this month.",
        "2021-09-17", [("vaccine_doses", ("VNM",), 1_000_000, "count", None)], id="no-giving-side-named"),
]


@pytest.mark.parametrize("text, published, expected", DONATED)
def test_doses_donated_in_a_government_text(text, published, expected):
    found = [(m, s, v, u, q) for m, s, v, u, _k, q in figures(text, published=published, source=WH) if m.endswith("doses")]
    assert found == expected


EQUIPMENT = [
    pytest.param(
        "Oxygen Support: An initial delivery of 1,100 cylinders will remain in India and can be repeatedly\n"
        "refilled at local supply centers.",
        "2021-04-28", [("cylinders", ("IND", "USA"), 1_100, "count", None)], id="delivery-to-the-receiver"),
    pytest.param(
        "USAID has ordered over 300 oxygen cylinders and several months' worth of ventilator consumables to be\n"
        "shipped to Afghanistan.",
        "2021-06-25", [("oxygen_cylinders", ("AFG", "USA"), 300, "count", "lower")], id="shipped-after-the-count"),
    pytest.param(
        "Rail: California commuter rail line Caltrain will donate 90 passenger cars and 19 locomotives to\n"
        "the city of Lima in Peru for its commuter metro rail project.",
        "2024-11-15", [("passenger_cars", ("PER", "USA"), 90, "count", None),
                       ("locomotives", ("PER", "USA"), 19, "count", None)], id="rolling-stock-donated"),
    pytest.param(
        "Japan has donated 500 oxygen cylinders to India this month.",
        "2021-04-28", [("oxygen_cylinders", ("IND", "JPN"), 500, "count", None)], id="another-giver-named"),
    pytest.param(
        "India has produced 500 oxygen cylinders this month.",
        "2021-04-28", [("oxygen_cylinders", ("IND",), 500, "count", None)], id="no-giving-word"),
]


@pytest.mark.parametrize("text, published, expected", EQUIPMENT)
def test_equipment_given_in_a_government_text(text, published, expected):
    found = [(m, s, v, u, q) for m, s, v, u, _k, q in figures(text, published=published, source=WH)
             if m.endswith(("cylinders", "cars", "locomotives"))]
    assert found == expected
