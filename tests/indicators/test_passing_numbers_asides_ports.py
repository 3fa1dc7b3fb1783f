"""Numbers said in passing are no figures, though they still bound their neighbours' windows
(`accords.indicators.labels.in_passing`); a figure in brackets inside another figure's phrase lets the
first figure's window run on past it (`accords.indicators.asides`); a port or free zone named by a listed
place gives its country to a figure of a sentence naming no country (`accords.indicators.places.facility_country`),
and a national measure its country, where a body named for that country sets or reports it
(`accords.indicators.nationalbodies`).

Sentences from Tehran Times reports (`tehrantimes-region`, CC BY 4.0, see tests/gold/README.md) or our own
paraphrases of the Azernews register (marked).
"""

from __future__ import annotations

import pytest

from accords.indicators.labels import in_passing
from tests.indicators.figures import figures

TT = "Tehran Times"

PASSING = [
    pytest.param(  # tt 143930
        "Turkmen capital of Ashgabat with a six million population is located 42 km away from Iranian border city of "
        "Bajgiran.",
        [("population", ("TKM",), 6e6, "count")], id="a-distance-away-from-a-city-is-no-border-length",
    ),
    pytest.param(  # tt 407942
        "The deployment of Turkish forces in Bashiqa, about 30 kilometers northeast of Mosul, has caused a diplomatic "
        "spat between Turkey and Iraq.",
        [], id="a-distance-northeast-of-a-city-is-no-figure",
    ),
    pytest.param(  # tt 478249
        "Raisi said that he has zero doubt that Pashinyan’s visit to Iran will be a turning point in the development "
        "of ties between the two neighboring countries.",
        [], id="zero-doubt-is-no-count-of-visits",
    ),
    pytest.param(  # our paraphrase
        "The new railway between Iran and Azerbaijan will be 165 km long, the two governments said.",
        [("railway_length", ("AZE", "IRN"), 165, "km")], id="a-railway-length-stays",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PASSING)
def test_numbers_in_passing(text: str, expected: list[tuple]) -> None:
    assert [f[:4] for f in figures(text, source=TT)] == expected


IN_PASSING = [
    pytest.param("the Iraqi government hasn’t controlled even 1 meter of land", "1 meter", "m", 1, True, id="not-even-one-meter"),
    pytest.param("the share has not even reached 1 percent", "1 percent", "percent", 1, False,
                 id="a-bound-after-not-even-reached-stays"),
    pytest.param("trade has not reached even 5 billion dollars", "5 billion dollars", "USD", 5e9, False,
                 id="a-larger-amount-after-not-even-stays"),
    pytest.param("a zero-sum game between the two", "zero", "count", 0, True, id="zero-sum"),
    pytest.param("zero tariffs on 200 goods", "zero", "count", 0, False, id="zero-tariffs-stay"),
    pytest.param("a 42-km road from Baku to Alat", "42-km", "km", 42, False, id="a-road-from-a-city-is-a-length"),
    pytest.param("some 20 km off the coast of Baku", "20 km", "km", 20, True, id="off-the-coast"),
]


@pytest.mark.parametrize(("text", "number", "unit", "value", "expected"), IN_PASSING)
def test_in_passing(text: str, number: str, unit: str, value: float, expected: bool) -> None:
    start = text.index(number)
    assert in_passing(text, start, start + len(number), unit=unit, value=value) is expected


ASIDES_AND_PORTS = [
    pytest.param(  # tt 417367
        "In 2016, Turkey exported $7.6 billion worth of goods (5.4% of its total exports) to Iraq, making Iraq the "
        "third-largest export market for Turkey.",
        [("exports", ("IRQ", "TUR"), 7.6e9, "USD"), ("exports_share", ("IRQ", "TUR"), 5.4, "percent")],
        id="the-destination-after-a-bracketed-share",
    ),
    pytest.param(  # our paraphrase of the Azernews register
        "Azerbaijan exported 1.2 million tons of oil (up 4 percent) to Italy in January.",
        [("exports", ("AZE", "ITA"), 1.2e6, "t"), ("exports_growth", ("AZE", "ITA"), 4, "percent")],
        id="the-destination-after-a-bracketed-change",
    ),
    pytest.param(  # our paraphrase of the Azernews register
        "Turkmenistan raised the tariff rate for transit cargo to 5 percent. The capacity of the Baku port will be "
        "increased to 25 million tons per year by 2026.",
        [("tariff_rate", ("TKM",), 5, "percent"), ("capacity", ("AZE",), 2.5e7, "t")],
        id="a-port-named-by-its-city-is-that-citys-countrys",
    ),
    pytest.param(  # our paraphrase of the Azernews register
        "Kazakhstan and Azerbaijan discussed transit. Cargo handled at the port of Aktau rose to 4.1 million tons.",
        [("cargo_handled", ("KAZ",), 4.1e6, "t")], id="the-port-of-a-city",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASIDES_AND_PORTS)
def test_asides_and_ports(text: str, expected: list[tuple]) -> None:
    assert [f[:4] for f in figures(text, source=TT)] == expected


NATIONAL_BODIES = [
    pytest.param(  # our paraphrase of the Azernews register
        "Georgia's imports from Azerbaijan increased by 14.6 percent to 512 million dollars. The Central Bank of "
        "Azerbaijan kept the refinancing rate unchanged at 7.25 percent.",
        [("imports_growth", ("AZE", "GEO"), 14.6, "percent"), ("imports", ("AZE", "GEO"), 5.12e8, "USD"),
         ("interest_rate", ("AZE",), 7.25, "percent")],
        id="a-central-bank-named-for-its-country-sets-its-rate",
    ),
    pytest.param(  # our paraphrase of the Azernews register
        "Georgia's imports from Azerbaijan increased by 14.6 percent to 512 million dollars. The State Statistics "
        "Committee of Azerbaijan said the inflation rate stood at 4.9 percent.",
        [("imports_growth", ("AZE", "GEO"), 14.6, "percent"), ("imports", ("AZE", "GEO"), 5.12e8, "USD"),
         ("inflation", ("AZE",), 4.9, "percent")],
        id="a-statistics-body-reports-its-countrys-inflation",
    ),
    pytest.param(  # our paraphrase of the Azernews register: a flow keeps the pair before it
        "Georgia's imports from Azerbaijan increased by 14.6 percent to 512 million dollars. According to the State "
        "Customs Committee of Azerbaijan, exports rose to 20 million dollars in March.",
        [("imports_growth", ("AZE", "GEO"), 14.6, "percent"), ("imports", ("AZE", "GEO"), 5.12e8, "USD"),
         ("exports", ("AZE", "GEO"), 2e7, "USD")],
        id="a-flow-is-no-national-measure",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NATIONAL_BODIES)
def test_national_bodies(text: str, expected: list[tuple]) -> None:
    assert [f[:4] for f in figures(text, source=TT)] == expected
