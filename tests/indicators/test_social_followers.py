"""A count of followers on a social network is no figure (`accords.indicators.labels`, indtt48).

"He tweeted to his 849,000 followers" (tt_412480) was read as Turkey's `followers`, "of my 1,000 followers" on a page
about Instagram as France's (the speaker's holiday): a person's or an account's audience, which neither the dev gold
of any outlet nor an analyst records. Users of a service in a country stay a figure.

Texts: tt_412480 (tests/gold/articles, Tehran Times, CC BY 4.0); the others our own. Each expected record is
(metric, subjects, value).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures


def _figures(text: str) -> list[tuple]:
    return [(metric, subjects, value) for metric, subjects, value, *_ in figures(text, published=None, source="Tehran Times")]


CASES = [
    pytest.param(
        "But for television sports anchor Ertem Sener the message had a much more menacing significance according to "
        "the Turkish Daily News. He tweeted to his 849,000 followers that the words were intended to show support for "
        "the failed military coup against Erdogan in July 2016.",
        [],
        id="a-persons-followers-are-no-figure",
    ),
    pytest.param("The ministry's account has 2 million Twitter followers in Iran.", [], id="an-accounts-followers"),
    pytest.param("Iran has 24 million Instagram users.", [("users", ("IRN",), 24e6)], id="users-in-a-country-stay"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_social_followers(text: str, expected: list) -> None:
    assert _figures(text) == expected
