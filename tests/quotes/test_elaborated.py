""""Elaborate" reports speech (quotes.v2, issue 14): `“…,” the spokesman elaborated` is the spokesman's quote,
as "explained" is; "elaborated on the plan" with no quote and no clause reports nothing (a weak lemma,
`accords.quotes.verbs.WEAK_LEMMAS`).

The first case is Tehran Times text (tt_467349, CC BY 4.0), cut short; the others are written for this test.
On the code before this rule the first case's quote was lost. Each case lists every quote found, in text order,
as (direct, speaker name, first words).
"""

import pytest

from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    (
        "the-spokesman-elaborated",
        "Speaking at his weekly press briefing, Iranian Foreign Ministry spokesman Saeed Khatibzadeh said tensions "
        "between Iran and Azerbaijan are over. When asked about a possible meeting between Iranian President Seyyed "
        "Ebrahim Raisi and his Azeri counterpart, Ilham Aliyev, in Turkmenistan, Khatibzadeh did not rule out the "
        "possibility. “Bilateral visits on the sidelines of the ECO summit are common, and there could be a meeting, "
        "but you should ask the President’s office about that,” the spokesman elaborated.",
        [(False, "Saeed Khatibzadeh", "tensions"), (True, "Saeed Khatibzadeh", "Bilateral visits")],
    ),
    (
        "elaborated-on-a-plan-is-no-speech",
        "Mayor Anna Berg elaborated on the housing plan in a meeting with the council on Sunday.",
        [],
    ),
    (
        "elaborated-that-is-reported-speech",
        "Mayor Anna Berg elaborated that the housing plan would be paid for by the city.",
        [(False, "Anna Berg", "the housing plan")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_elaborated(text, expected):
    assert_quotes(quotes_found(text), expected)
