"""People or bodies counted as coming "from" a count of countries (`indicators.countrycounts.gathered`, indtt46).

Before, "Sixty writers and poets from 22 countries will gather in Tajikistan's capital" gave the count of countries
(Tajikistan's, the host's: tests/gold/README.md) but not the sixty writers, whom the lexicon has no word for; "200
universities from 35 countries" took every country of the text (Iran and Turkey) where the count of countries is the
host's alone; and "500 leading business people from 24 different countries" made the 24 a restatement of the 500
("from" read as a comparison: `referents`). Now a count of participants, delegates, scientists, writers,
universities and the like right before "from N countries" takes its metric from its noun ("business people":
`participants`) and the sides of its count of countries; the count of countries after "from" is a figure of its
own even with describing words before "countries". Service members "from 23 nations" at an exercise are no
gathering of this kind.

Texts: Tehran Times reports (`tehrantimes-region`, CC BY 4.0; tt 253586, tt 423732, tt 441801, the last after a
sentence of our own naming the host) and, for the exercise, a sentence of our own. Each expected record is (metric,
subjects, value).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures


def _figures(text: str) -> list[tuple]:
    return [(metric, subjects, value) for metric, subjects, value, *_ in figures(text, published=None, source="Tehran Times")]


CASES = [
    pytest.param(
        "TEHRAN – Sixty writers and poets from 22 countries will gather in Tajikistan’s capital Dushanbe to attend an "
        "international forum on Noruz aiming to strengthen and promote cultural ties between the countries that "
        "observe Noruz.",
        [("writers", ("TJK",), 60.0), ("countries", ("TJK",), 22.0)],
        id="writers-from-countries-are-the-hosts",
    ),
    pytest.param(
        "The three-day Astana Economic Forum (AEF): Global Challenges Summit (2018) was held from Mar 17 to 19. Some 500 "
        "leading business people from 24 different countries gathered together in Kazakh capital to provide an "
        "updated dialogue platform for the discussion of the most trending global issues.",
        [("participants", ("KAZ",), 500.0), ("countries", ("KAZ",), 24.0)],
        id="business-people-from-different-countries-two-figures",
    ),
    pytest.param(
        "Iran will host the Mustafa Prize ceremony in Tehran. The Mustafa Prize 2019 has been assessed by 500 jury "
        "members and 200 universities from 35 countries.",
        [("universities", ("IRN",), 200.0), ("countries", ("IRN",), 35.0)],
        id="universities-from-countries-are-the-hosts-not-every-country",
    ),
    pytest.param(
        "Indonesia and the United States held their annual joint exercise. It involves more than 4,000 service members "
        "from 23 nations.",
        [("troops", ("IDN", "USA"), 4000.0)],
        id="service-members-at-an-exercise-unchanged",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_gathered_from_countries(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected
