"""Figures of a government's own text whose scope is a region, and money or doses given to or through an
institution named by its acronym.

- A sentence that names no country but a region or continent ("supporting exports to Africa") is about
  that region: in a fact sheet naming Tanzania most, the money is the giving government's alone, not the
  text's pair's (`accords.indicators.places.names_region`, `accords.indicators.owners`).
- Money or doses given "to", "through" or "for" an institution the text names by its acronym ("to
  COVAX", "assistance to UNRWA", defined in brackets after a fund's or agency's name) are the giver's and
  the institution's; doses "through COVAX" to one named country stay that country's
  (`accords.indicators.pledges.with_institution`).
- An amount with a giving verb in its own clause is named by that verb, not by a word of the next clause
  after a dash ("has contributed two billion dollars to COVAX, more than any other nation—and is
  supporting local production capacity": a contribution).

Texts: White House fact sheets and readouts of 2021-2024 (tests/gold/README.md, White House), works
of the United States government; line breaks of the corpus kept. Each expected record is (metric,
subjects, value, unit, kind, qualifier) of the figure with the value given.
"""

from __future__ import annotations

import pytest

from accords.indicators.places import names_region
from tests.indicators.figures import figures

WH = "The White House"
AFRICA = (  # wh_20230712: the figure of the bullet, then the MOU that makes Tanzania the country named most
    "The U.S. delegation also marked significant progress in delivering on\nthe $15 billion in commitments made "
    "by business and government leaders\nat the U.S.-Africa Leaders Summit in December 2022, as well as the\n"
    "additional $8 billion in private sector commitments and $1 billion in\nU.S. Government commitments made in "
    "conjunction with Vice President\nKamala Harris’s visit to Ghana, Tanzania, and Zambia in March 2023.\xa0\n"
    "These mutually beneficial partnerships advance shared priority areas,\nincluding sustainable energy, health "
    "systems, food\nsecurity/agribusiness, digital connectivity, infrastructure, and\nfinance.\xa0\xa0  \n  \nKey "
    "achievements include the following:\n\n-   Since December, the**\xa0Export-Import Bank of the United States\n"
    "    (EXIM)\xa0**has authorized approximately $1.6 billion of transactions\n    supporting exports to Africa.  "
    "During the Vice President’s recent\n    trip to the region, EXIM and the Government of the United Republic\n"
    "    of Tanzania announced an MOU to facilitate up to $500 million in\n    U.S. export financing to Tanzania."
)
COVAX = (
    "Additionally, the United States has contributed two\nbillion dollars to COVAX, more than any other "
    "nation—and is supporting\nlocal production capacity abroad for safe and effective COVID-19\nvaccines, "
    "including through the Quad initiative."
)
UNRWA = (
    "The United States is restoring assistance to the UN Relief and Works Agency for Palestine Refugees (UNRWA). "
    "These new funds bring the\n    total United States assistance to UNRWA during the Biden\n    Administration "
    "to more than $618 million."
)
HONDURAS = (
    "Vice President Kamala Harris met with President Xiomara Castro of Honduras. The two leaders discussed "
    "ongoing cooperation to save lives and address the COVID-19 pandemic, including the United States donation "
    "of 3.9 million vaccines through COVAX thus far."
)
HONDURAS_TITLE = "Readout of Vice President Harris’s Meeting with President Xiomara Castro of Honduras"

CASES = [
    pytest.param(AFRICA, "2023-07-12", None, 1.6e9, ("exports", ("USA",), 1.6e9, "USD", "actual", "approx"),
                 id="region-scope-not-the-pair"),
    pytest.param(AFRICA, "2023-07-12", None, 5e8, ("exports", ("TZA", "USA"), 5e8, "USD", "actual", "upper"),
                 id="country-named-keeps-its-pair"),
    pytest.param(COVAX, "2021-06-10", None, 2e9, ("contribution", ("COVAX", "USA"), 2e9, "USD", "actual", None),
                 id="contributed-to-an-institution"),
    pytest.param(UNRWA, "2022-07-14", None, 6.18e8, ("aid", ("UNRWA", "USA"), 6.18e8, "USD", "target", "lower"),
                 id="institution-defined-in-brackets"),
    pytest.param(HONDURAS, "2022-01-27", HONDURAS_TITLE, 3.9e6,
                 ("vaccines", ("HND", "USA"), 3.9e6, "count", "actual", None), id="doses-through-covax-to-a-country"),
]


@pytest.mark.parametrize(("text", "published", "title", "value", "expected"), CASES)
def test_region_and_institution_sides(text: str, published: str, title: str | None, value: float,
                                      expected: tuple) -> None:
    found = [f for f in figures(text, published=published, source=WH, title=title) if f[2] == value]
    assert found == [expected]


REGIONS = [
    pytest.param("transactions supporting exports to Africa.", True, id="continent"),
    pytest.param("financing for affordable housing across West Africa", True, id="part-of-a-continent"),
    pytest.param("to projects across the continent.", True, id="the-continent"),
    pytest.param("With 60 percent of the world’s population, the Indo-Pacific is projected", True, id="indo-pacific"),
    pytest.param("In Asia, President Biden and a Dozen Indo-Pacific Partners", True, id="after-a-capitalised-preposition"),
    pytest.param("the Power Africa initiative", False, id="word-of-a-name-after"),
    pytest.param("the U.S.-Africa Leaders Summit", False, id="word-of-a-name-before"),
    pytest.param("a project with *Agro Atlantic* that", False, id="company-name"),
    pytest.param("created more than 70,000 jobs in the region", False, id="the-region-is-its-countries"),
    pytest.param("in coordination with the African Union", False, id="an-organisation"),
]


@pytest.mark.parametrize(("text", "expected"), REGIONS)
def test_names_region(text: str, expected: bool) -> None:
    assert names_region(text, (0, len(text))) is expected
