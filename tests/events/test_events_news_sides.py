"""Web-news sides and measures (issue 13): a promise of a named person of no known country is
no act of the article's pair; a trading session is no meeting; the place of a meeting held
inside the subject phrase ("his departure from a meeting in Hanoi with ...") is a venue, not a
side; a measure raised ("tariffs on Chinese goods were increased from 10% to 25%") is a
SANCTION.

Passages are from web news pages of the article-extraction-benchmark (MIT licence,
tests/gold/README: news_04a6711caa, news_57d46c9d75, news_702d1da63b, news_b6906ca016), as
published."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import accords

from tests.events.sides import STAGES, events_with_sides

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


_LAM = ("And Beijing's current strategy for ending the protests is an obvious and manifest failure. Hong Kong Chief "
        "Executive Carrie Lam's recent trip to Beijing — a trip likely designed to avoid Western intelligence "
        "monitoring of communications — was about Beijing offering new guidance to end the violence.")
_RETALIATION = ("While the U.S. bears the brunt from tariffs, China stands to suffer, too. Retaliatory tariffs imposed "
                "by China have particularly hurt U.S. farmers.")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "types", "expected"), [
    # news_e4c6a3b482 (fresh dev): a trip between two named sides is a visit; guidance offered is no offer
    pytest.param(_LAM, ("CONSULT", "AGREE"), [("CONSULT", ("CHN", "HKG"), "occurred")], id="trip-to-capital"),
    # news_b6906ca016 (fresh dev): a new measure that names who imposes it
    pytest.param(_RETALIATION, ("SANCTION",), [("SANCTION", ("CHN", "USA"), "occurred")], id="retaliatory-by-x"),
    # benchmark pages outside the gold (MIT; 8380689f35 Snopes): promises and offers of no named side
    pytest.param("On Nov. 15, 2019, former U.S. ambassador to the Ukraine Marie Yovanovitch testified before the "
                 "U.S. House Intelligence Committee in the impeachment inquiry against President Donald Trump.\n\n"
                 "Those making the claim have offered a wide range of figures.", ("AGREE",), [], id="offered-figures"),
])
def test_news_nonevents(text, types, expected):
    assert _of(types, text) == expected


@pytest.mark.slow
def test_possessed_call_is_the_call_reported():
    """news_82b6d780c7 (AP, dev gold): "described Trump’s call with Zelenskiy as improper",
    paragraphs after the call was first reported, is that call, not a second one."""
    article = json.loads((Path(__file__).parents[1] / "gold" / "articles" / "news_82b6d780c7.json").read_text("utf-8"))
    text = article["text"]
    at = text.index("described Trump’s call with Zelenskiy")
    extraction = accords.extract(text, published=article["published"], stages=STAGES)
    holding = [e for e in extraction.events if e.type == "CONSULT" and any(v.start <= at < v.end for v in e.evidence)]
    assert len(holding) == 1 and len(holding[0].evidence) > 1
