"""Web-news sides and measures (issue 13): a promise of a named person of no known country is
no act of the article's pair; a trading session is no meeting; the place of a meeting held
inside the subject phrase ("his departure from a meeting in Hanoi with ...") is a venue, not a
side; a measure raised ("tariffs on Chinese goods were increased from 10% to 25%") is a
SANCTION.

Passages are from web news pages of the article-extraction-benchmark (MIT licence,
tests/gold/README: news_04a6711caa, news_57d46c9d75, news_702d1da63b, news_b6906ca016), as
published."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_BESHEAR = ("Trump thought voters would repudiate impeachment and vindicate him. And an overwhelming 70 percent of "
            "Americans say that the inciting offense — Trump’s attempt to coerce Ukraine into investigating a "
            "political rival — was wrong. In Kentucky, the Democratic candidate, Andy Beshear — whose father, also as "
            "governor, implemented the Affordable Care Act in the state — promised to protect Medicaid and hammered "
            "Bevin on his plan for work requirements.")
_SESSION = ("NEW YORK (Reuters) - Oil prices fell sharply on Tuesday on oversupply concerns, while a gauge of stocks "
            "across the globe rose for a seventh straight session after large overnight gains in Asia. Traders cited "
            "the lingering uncertainty over whether the United States and China could agree to end a near 1-1/2 year "
            "trade war.")
_HANOI = ("Beijing is also concerned about the president’s unpredictable behavior — as demonstrated by his abrupt "
          "departure from a high-profile meeting last February in Hanoi with North Korea’s leader, Kim Jong-un.")
_TARIFF_ROUNDS = ("While the U.S. bears the brunt from tariffs, China stands to suffer, too. Facing higher prices for "
                  "Chinese goods, U.S. consumers may choose to buy fewer Chinese goods, thereby hurting China’s gross "
                  "domestic product. Tariffs on Chinese goods were increased from 10% to 25% in May 2019, and the list "
                  "of impacted goods expanded in September 2019 to cover some clothes, shoes, televisions and "
                  "Bluetooth devices.")


def _of(types: tuple[str, ...], text: str, published: str = "2019-11-19") -> list[tuple[str, tuple[str, ...], str]]:
    return [e for e in events_with_sides(text, published=published) if e[0] in types and e[2] != "hypothetical"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "types", "expected"), [
    pytest.param(_BESHEAR, ("AGREE",), [], id="candidate-promise-no-pair"),
    pytest.param(_SESSION, ("CONSULT",), [], id="straight-session-no-meeting"),
    pytest.param(_TARIFF_ROUNDS, ("SANCTION",), [("SANCTION", ("CHN", "USA"), "occurred")], id="tariffs-increased"),
])
def test_news_sides(text, types, expected):
    assert _of(types, text) == expected


@pytest.mark.slow
def test_meeting_place_inside_subject_is_no_side():
    consults = _of(("CONSULT",), _HANOI)
    assert consults and all("PRK" in sides and "VNM" not in sides for _type, sides, _status in consults)
