"""Captives released and nationals deported, counted by their noun after a verb of releasing or a
noun of deporting (`accords.indicators.captives.held_metric`): "freed three senior Taliban
militants" are prisoners released whatever names stand between the count and its noun, "the
deportation of 311 Indian nationals" deportees; one or two released are an event, not a figure.

Texts: sentences written for these tests in the register of web news on prisoner swaps and
deportations. Each expected record is (metric, value), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param("Afghanistan freed three senior Taliban militants in exchange for the hostages.",
                 [("prisoners_released", 3.0)], id="captives-with-names-between"),
    pytest.param("Israel released 39 Palestinian prisoners on Friday.",
                 [("prisoners_released", 39.0)], id="prisoners-of-a-nation"),
    pytest.param("Kabul has agreed to release 5,000 Taliban prisoners under the deal.",
                 [("prisoners_released", 5000.0)], id="a-release-agreed"),
    pytest.param("The militants freed 12 Western hostages near the border with Niger.",
                 [("hostages_released", 12.0)], id="hostages-freed"),
    pytest.param("The deportation of 311 Indian nationals from Mexico was the largest this year.",
                 [("deportees", 311.0)], id="a-deportation-of-nationals"),
    pytest.param("The Taliban released two hostages on Tuesday.", [], id="two-released-are-an-event"),
    pytest.param("Belarus freed 18 political prisoners on Tuesday, the opposition said.",
                 [("prisoners_released", 18.0)], id="a-lowercase-word-between"),
    pytest.param("The Australian government will deport 150 Chinese nationals.",
                 [("deportees", 150.0)], id="nationals-deported-by-a-verb"),
    pytest.param("Russia and Ukraine swapped prisoners on Saturday, with each side releasing 90 people.",
                 [("people_released", 90.0)], id="people-released-in-a-swap"),
    pytest.param("Israel will release 150 Palestinian women and teenagers held in Israeli jails.",
                 [("people_released", 150.0)], id="women-released-from-jails"),
    pytest.param("Russia freed 95 Ukrainian soldiers in the latest exchange.",
                 [("prisoners_released", 95.0)], id="soldiers-freed-in-an-exchange"),
    pytest.param("The hospital released 40 people after treatment on Sunday.", [], id="no-captivity-no-release"),
    pytest.param("The agency released 30 reports on prisoners last year.", [], id="reports-on-prisoners"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_captives_released(text: str, wanted: list[tuple]) -> None:
    assert [(metric, value) for metric, _, value, unit, _, _ in figures(text) if unit == "count"] == wanted
