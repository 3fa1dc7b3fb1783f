"""A candidate's share of an election's votes, as the text reports the result (`accords.indicators.elections`):
"won 52 percent of the vote", "got nearly 53% with almost all votes counted" are `vote_share`; a share a candidate
"is expected to gain" (a forecast), a threshold of votes and a share of voters polled are none.

Texts: sentences of Tehran Times articles of `tehrantimes-region` (CC BY 4.0): 424987, 424871, 424753, 425159, 424754.
Each expected record is (metric, subjects, value, unit, kind, qualifier).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

TT = "Tehran Times"

CASES = [
    pytest.param(
        "Turkey held its elections in June. Recep Tayyip Erdogan won 52 percent of the vote and, through a coalition "
        "with the National Movement Party, guaranteed his presence in Ankara's political and executive equations.",
        [("vote_share", ("TUR",), 52, "percent", "actual", None)], id="won-percent-of-the-vote"),
    pytest.param(
        "On Sunday June 24th, Turkey's long-standing leader Recep Tayyip Erdogan won a new five-year term as president. "
        "Mr Erdogan got nearly 53% with almost all votes counted.",
        [("vote_share", ("TUR",), 53, "percent", "actual", "upper")], id="got-percent-votes-counted"),
    pytest.param(
        "TEHRAN - President Hassan Rouhani on Monday offered his congratulations to his Turkish counterpart, Recep Tayyip "
        "Erdogan, on his re-election in Sunday's presidential elections. Erdogan won a new five-year term after securing "
        "outright victory in the first round of a presidential poll. He got nearly 53% with almost all votes counted.",
        [("vote_share", ("TUR",), 53, "percent", "actual", "upper")], id="the-candidates-country-alone"),
    pytest.param(
        "Turkey votes in June. I had personally said in various television programs that Erdogan is expected to gain "
        "about 52 percent of the votes.", [], id="expected-to-gain-is-no-result"),
    pytest.param(
        "In Turkey, many said they voted for the pro-Kurdish Peoples' Democratic Party (HDP), hoping it would exceed "
        "the 10 percent threshold of votes needed to enter parliament.", [], id="threshold-is-no-share-won"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_vote_shares(text: str, expected: list[tuple]) -> None:
    found = [f for f in figures(text, source=TT, published=None) if f[3] == "percent"]
    assert found == [(m, s, pytest.approx(v), u, k, q) for m, s, v, u, k, q in expected]
