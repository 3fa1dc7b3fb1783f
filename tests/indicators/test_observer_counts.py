"""Counts of an organisation's observers and dialogue partners (`indicators.statuses`, indtt46).

Before, "four Observer States" and "six “Dialogue Partners”" after "The SCO currently comprises eight Member States"
gave no figure (the gold, tt_477074, records them as the SCO's), nor did "four countries of ... are observer members"
or "six countries — ... — have a dialogue partner status". Now such a count is `observer_states` or
`dialogue_partners` of the organisation named last in the 400 characters before it, never of the countries it lists;
the "twelve observer countries" of a military exercise, far from any organisation's name, stay unread.

Texts: Tehran Times reports (`tehrantimes-region`, CC BY 4.0: tt 477074, tt 465116, tt 476767) and a White House
joint statement of 2024-11-12 (tests/gold/articles, after sentences of our own naming the WTO). Each expected
record is (metric, subjects, value).
"""

from __future__ import annotations

import pytest

from accords.indicators.statuses import METRICS
from tests.indicators.figures import figures


def _figures(text: str, source: str = "Tehran Times") -> list[tuple]:
    return [(metric, subjects, value) for metric, subjects, value, *_ in figures(text, published=None, source=source)]


CASES = [
    pytest.param(
        "The SCO is an intergovernmental organization founded in Shanghai on June 15, 2001. The SCO currently comprises "
        "eight Member States (China, India, Kazakhstan, Kyrgyzstan, Russia, Pakistan, Tajikistan, and Uzbekistan), "
        "four Observer States interested in acceding to full membership (Afghanistan, Belarus, Iran, and Mongolia), and "
        "six “Dialogue Partners” (Armenia, Azerbaijan, Cambodia, Nepal, Sri Lanka, and Turkey).",
        [("member_countries", ("SCO",), 8.0), ("observer_states", ("SCO",), 4.0), ("dialogue_partners", ("SCO",), 6.0)],
        id="observer-states-and-dialogue-partners-after-members",
    ),
    pytest.param(
        "Thus, the SCO currently has eight permanent members, namely China, India, Kazakhstan, Kyrgyzstan, Pakistan, "
        "Russia, Tajikistan and Uzbekistan. And four countries of Afghanistan, Belarus, Iran and Mongolia are observer "
        "members. Six countries of Azerbaijan, Armenia, the Kingdom of Cambodia, Nepal, Turkey and Sri Lanka are also "
        "its negotiating partners.",
        [("observer_states", ("SCO",), 4.0), ("dialogue_partners", ("SCO",), 6.0)],
        id="countries-that-are-observer-members-and-negotiating-partners",
    ),
    pytest.param(
        "The SCO was initially founded by China, Russia, Uzbekistan, Kazakhstan, Kyrgyzstan, and Tajikistan in 2001. "
        "Currently it has eight official members, including Pakistan and India. Afghanistan, Belarus, Iran and "
        "Mongolia have an observer status, and six countries — Azerbaijan, Armenia, Cambodia, Nepal, Turkey and Sri "
        "Lanka — have a dialogue partner status.",
        [("dialogue_partners", ("SCO",), 6.0)],
        id="countries-with-a-dialogue-partner-status",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_observer_counts(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


def test_observers_of_an_exercise_far_from_an_organisation_are_none_of_its() -> None:
    text = ("The United States and Indonesia will deepen cooperation at the WTO. " + "They discussed many topics. " * 14
            + "President Biden praised Indonesia for successfully hosting the 2024 Super Garuda Shield exercise and the "
            "potential expansion of the multilateral exercise which recently engaged eight other partner nations, twelve "
            "observer countries, and more than 4,000 service members.")
    assert not [metric for metric, *_ in _figures(text, "The White House") if metric in METRICS]
