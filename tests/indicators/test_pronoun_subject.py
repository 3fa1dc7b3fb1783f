""""It" opening a sentence stands for the country the sentence before opens on as its subject.

"Turkey launched several cross-border operations into Iraq in the 1990s, but failed to dislodge the PKK
rear-bases. It maintains a 1,500-strong troop presence several kilometres (miles) inside Iraq": Turkey's
troops in Iraq, and the border of that sentence Turkey's and Iraq's (`accords.indicators.owners`). Where
the sentence before opens on something else ("The agreement ..."), "It" gives no country.

Texts: Tehran Times article 143348 of `tehrantimes-region` (CC BY 4.0, AFP), shortened; the last case our
own paraphrase. Each expected record is (metric, subjects, value) of the figures, in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

TT = "Tehran Times"

CASES = [
    pytest.param(
        "Turkey launched several cross-border operations into Iraq in the 1990s, but failed to dislodge the PKK "
        "rear-bases. It maintains a 1,500-strong troop presence several kilometres (miles) inside Iraq to try to stem "
        "the flow of PKK fighters across the mountainous 384-kilometre (240-mile) border.",
        [("troops", ("IRQ", "TUR"), 1500), ("border_length", ("IRQ", "TUR"), 384)], id="it-after-a-country-subject"),
    pytest.param(
        "The agreement was signed in Ankara on Monday. It covers 20 projects in Iraq.",
        [("projects", ("IRQ",), 20)], id="it-after-another-subject"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_pronoun_subject(text: str, expected: list[tuple]) -> None:
    found = [(metric, subjects, value) for metric, subjects, value, _unit, _kind, _q in figures(text, source=TT)]
    assert found == expected
