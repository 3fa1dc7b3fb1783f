"""Yardstick comparisons on hand-made spec cases and fake extractions (no corpora read)."""

from __future__ import annotations

import pytest

from accords.evaluation.yardsticks import (
    PloverResult, SpecCase, case_passes, expected_values, format_plover, predicted_event_type, score_plover,
)
from accords.model import Event, Evidence, Extraction, Quantity, TimeExpression

EV = (Evidence("a", 0, 1),)


@pytest.mark.parametrize("kind, result, expected", [
    ("number", {"Resolution": {"subtype": "integer", "value": "192"}}, (192.0,)),
    ("percent", {"Resolution": {"value": "12.5%"}}, ((12.5, "percent"),)),
    ("currency", {"Resolution": {"value": "75000000", "unit": "Dollar"}}, ((75e6, "USD"),)),
    ("currency", {"Resolution": {"value": "10", "unit": "Euro", "isoCurrency": "EUR"}}, ((10.0, "EUR"),)),
    ("currency", {"Resolution": {"value": "5", "unit": "Cent"}}, None),
    ("currency", {"Resolution": {"value": None, "unit": "Dollar"}}, None),
    ("date", {"Value": {"Timex": "XXXX-10-02", "FutureResolution": {"date": "2017-10-02"},
                        "PastResolution": {"date": "2016-10-02"}}}, ("2017-10-02", "2016-10-02")),
    ("date", {"Value": {"Timex": "2019-01-04", "FutureResolution": {"date": "2019-01-04"},
                        "PastResolution": {"date": "2019-01-04"}}}, ("2019-01-04",)),
    ("period", {"Value": {"Timex": "2016-11", "FutureResolution": {"startDate": "2016-11-01", "endDate": "2016-12-01"},
                          "PastResolution": {"startDate": "2016-11-01", "endDate": "2016-12-01"}}},
     ("2016-11", ["2016-11-01", "2016-11-30"])),
    ("period", {"Value": {"Timex": "(2016-11-04,2016-11-22,P18D)",
                          "FutureResolution": {"startDate": "2016-11-04", "endDate": "2016-11-22"},
                          "PastResolution": {"startDate": "2016-11-04", "endDate": "2016-11-22"}}},
     (["2016-11-04", "2016-11-21"], ["2016-11-04", "2016-11-22"])),
], ids=["number", "percent", "bare-dollar", "iso-currency", "cent-out-of-scope", "null-value",
        "underspecified-date", "full-date", "month-period", "range-read-aloud"])
def test_expected_values(kind, result, expected):
    assert expected_values(kind, result) == expected


def quantity(value: float, unit: str) -> Quantity:
    return Quantity(id="q", text="x", value=value, unit=unit, evidence=EV)


def time(value) -> TimeExpression:
    return TimeExpression(id="t", text="x", value=value, precision=None, evidence=EV)


@pytest.mark.parametrize("case, extraction, passes", [
    (SpecCase("f", "currency", "$ 75 million", None, (((75e6, "USD"),),)),
     Extraction("a", quantities=(quantity(75e6, "USD"),)), True),
    (SpecCase("f", "currency", "$ 75 million", None, (((75e6, "USD"),),)),
     Extraction("a", quantities=(quantity(75e6, "EUR"),)), False),
    (SpecCase("f", "number", "192.168", None, ((192.0,), (168.0,))),
     Extraction("a", quantities=(quantity(192, "count"),)), False),
    (SpecCase("f", "number", "192.168", None, ((192.0,), (168.0,))),
     Extraction("a", quantities=(quantity(168, "count"), quantity(192, "count"), quantity(1, "count"))), True),
    (SpecCase("f", "period", "in November", "2016-11-07", (("2016-11", ["2016-11-01", "2016-11-30"]),)),
     Extraction("a", times=(time(("2016-11-01", "2016-11-30")),)), True),
    (SpecCase("f", "date", "Oct. 2", "2016-11-07", (("2017-10-02", "2016-10-02"),)),
     Extraction("a", times=(time("2016-10-02"),)), True),
    (SpecCase("f", "date", "Oct. 2", "2016-11-07", (("2017-10-02", "2016-10-02"),)),
     Extraction("a", times=(time("2016-10"),)), False),
], ids=["currency", "wrong-currency", "one-of-two-numbers", "extra-findings-are-fine", "period-as-interval",
        "past-reading", "coarser-date"])
def test_case_passes(case, extraction, passes):
    assert case_passes(case, extraction) is passes


def event(type_: str, confidence: float) -> Event:
    return Event(id=type_, type=type_, evidence=EV, confidence=confidence)


@pytest.mark.parametrize("events, expected", [
    ((), "NONE"),
    ((event("CONSULT", 0.5), event("AGREE", 0.9)), "AGREE"),
    ((event("CONSULT", 0.9), event("AGREE", 0.9)), "CONSULT"),
], ids=["none", "most-confident", "first-on-ties"])
def test_predicted_event_type(events, expected):
    assert predicted_event_type(Extraction("a", events=events)) == expected


def test_score_and_format_plover():
    records = [{"event": "AGREE", "text": "They agreed.", "date": "2000-01-01"},
               {"event": "AGREE", "text": "They met.", "date": "2000-01-01"},
               {"event": "THREATEN", "text": "They threatened.", "date": "2000-01-01"}]

    def fake_extract(text, *, published=None):
        return Extraction("a", events=(event("AGREE", 1.0),) if "agreed" in text else ())

    result = score_plover(records, extract=fake_extract)
    assert result == PloverResult({("AGREE", "AGREE"): 1, ("AGREE", "NONE"): 1, ("THREATEN", "NONE"): 1})
    assert result.accuracy() == (1, 3)
    assert format_plover(result).splitlines() == [
        "PLOVER event type accuracy: overall 1/3 = 0.333; cooperative (CONSULT, SUPPORT, AGREE, COOPERATE, AID) "
        "1/2 = 0.500",
        "gold type       n correct  predicted as",
        "AGREE           2       1  AGREE 1, NONE 1",
        "THREATEN        1       0  NONE 1",
    ]
