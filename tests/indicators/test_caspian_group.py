"""The Caspian littoral states named as a group are the five states.

"Iran's trade with the Caspian Sea littoral states", "exported ... to the four Caspian Sea littoral
neighbors", "the littoral states of the Caspian Sea": the figure is about Azerbaijan, Iran, Kazakhstan,
Russia and Turkmenistan (`accords.gazetteer.countries.CASPIAN_STATES`; `accords.indicators.subjects.country_spans`).
Not where one state is ranked "among the Caspian Sea countries" (that state's figure), and not "the
Persian Gulf littoral states" or "the Caspian Sea" alone.

Texts: sentences of Tehran Times articles of `tehrantimes-region` (CC BY 4.0, Mehr News / Tehran Times):
474143 and 155328, the third and fourth cases our own paraphrases. Each expected record is (subjects,
value, unit) of the figures, in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASPIAN = ("AZE", "IRN", "KAZ", "RUS", "TKM")
TT = "Tehran Times"

CASES = [
    pytest.param(
        "TEHRAN- The value of Iran’s trade with the Caspian Sea littoral states rose 10 percent during the two-month "
        "period from March 21 to May 21, as compared to the same period of time in the previous year, the spokesman "
        "of the Islamic Republic of Iran Customs Administration (IRICA) announced.",
        [(CASPIAN, 10, "percent")], id="trade-with-the-littoral-states"),
    pytest.param(
        "During the said period, the Islamic Republic exported 646,364 tons of goods worth over $263.19 million to "
        "the four Caspian Sea littoral neighbors, according to Latifi.",
        [(CASPIAN, 646364, "t"), (CASPIAN, 263.19e6, "USD")], id="exports-to-the-four-neighbors"),
    pytest.param(
        "TEHRAN (PIN) -- Iran’s trade with four Caspian Sea littoral states exceed three billion dollars per year, "
        "the director general said.",
        [(CASPIAN, 3e9, "USD")], id="trade-with-four-littoral-states"),
    pytest.param(
        "Iran's trade with the littoral states of the Caspian Sea reached $2 billion last year.",
        [(CASPIAN, 2e9, "USD")], id="littoral-states-of-the-caspian"),
    pytest.param(
        "Azerbaijan was the first destination of Iranian goods among the Caspian Sea countries, importing 121,338 "
        "tons of Iranian goods.",
        [(("AZE", "IRN"), 121338, "t")], id="one-state-among-the-group"),
    pytest.param(
        "Iran exported 2 million tons of goods to the Persian Gulf littoral states.",
        [(("IRN",), 2e6, "t")], id="not-the-persian-gulf-states"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_caspian_group(text: str, expected: list[tuple]) -> None:
    found = [(subjects, value, unit) for _metric, subjects, value, unit, _kind, _q in figures(text, source=TT)]
    assert found == [(tuple(s), v, u) for s, v, u in expected]
