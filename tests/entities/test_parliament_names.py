"""entities.v2: "Majlis" alone is Iran's parliament, an ORG of Iran (as the gold gives it, tt_419803);
Azerbaijan's "Milli Majlis" stays Azerbaijan's (the longer known name wins). Sentences written for this
test in the register of Tehran Times (CC BY 4.0) reports."""

from __future__ import annotations

import pytest

import accords

pytestmark = pytest.mark.slow

CASES = [
    ("majlis-alone", "The vote, passed 207-0 in the 290-member Majlis, requires Iran to recognize the city.",
     ("ORG", "Majlis", "IRN")),
    ("majlis-speaker", "Iranian Majlis Speaker Ali Larijani met his Turkish counterpart in Tehran.",
     ("ORG", "Majlis", "IRN")),
    ("milli-majlis-stays", "Azerbaijan's Milli Majlis ratified the agreement with Iran on Friday.",
     ("ORG", "Milli Majlis", "AZE")),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_parliament_names(text: str, expected: tuple) -> None:
    extraction = accords.extract(text, source="Tehran Times")
    orgs = {(e.type, e.name, e.country) for e in extraction.entities if e.type == "ORG"}
    assert orgs == {expected}
