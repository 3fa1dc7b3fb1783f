"""A description set beside a given name alone ("one nurse, Karen, who asked that her surname not be used"): the
speaker is the given name, as an analyst records her, when it is a given name of one gender
(`accords.quotes.given_names.gender_of_given_name`), not the description; a shared name ("Jordan") or a body's name
after a body's noun ("the company, Apple") is left as before (`accords.quotes.sources`).

The texts were written for these tests in the register of Canadian news copy. Each case lists every quote found, in
text order, as (direct, speaker name, first words).
"""

import pytest
from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    (
        "one-nurse-given-name",
        "\u201cIt was a long night,\u201d said one nurse, Karen, who asked that her last name not be used.",
        [(True, "Karen", "It was a long night")],
    ),
    (
        "mother-before-the-verb",
        "\u201cIt was a long night,\u201d one mother, Sarah, told CTV News.",
        [(True, "Sarah", "It was a long night")],
    ),
    (
        "daughter-after-the-verb",
        "\u201cShe never gave up on anyone,\u201d said his daughter, Grace.",
        [(True, "Grace", "She never gave up")],
    ),
    (
        "shared-given-name-stays-a-description",
        "\u201cIt was a long night,\u201d said one resident, Jordan, who lives nearby.",
        [(True, "resident", "It was a long night")],
    ),
    (
        "full-name-as-before",
        "\u201cIt was a long night,\u201d said the nurse, Karen Smith.",
        [(True, "Karen Smith", "It was a long night")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_given_name_in_apposition(text, expected):
    assert_quotes(quotes_found(text), expected)
