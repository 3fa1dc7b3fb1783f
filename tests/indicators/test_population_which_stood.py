"""A population told in a relative clause ("The Caspian seal population which stood at about one million") is a
population figure (`lexicon._POPULATION_BEFORE`), here the five Caspian states' (`wildlife`), and so is the level it
"shrank to"; "their population which stood at ..." is the species' an earlier sentence names (indtt47,
`wildlife.species_population`), and with none named it leaves whose population unsaid and gives none (it is no Iranian
population of one million).
Sentences from Tehran Times 418126 and 431814 (tehrantimes_region_dev.jsonl, CC BY 4.0)."""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

TT = dict(source="Tehran Times", published=None)
CASPIAN = ("AZE", "IRN", "KAZ", "RUS", "TKM")

CASES = [
    ("population-which-stood-at",
     "The Caspian seal population which stood at about one million in the 90s shrank to less than 100,000 by 2012, "
     "she regretted.", [("seal_population", CASPIAN, 1e6, "count", "actual", "approx"),
                           ("seal_population", CASPIAN, 1e5, "count", "actual", "upper")]),
    ("their-population-the-species-named-before",
     "The Caspian Seal life can be divided into three periods, he said. They normally tend to live in groups but "
     "occasionally hundred may gather at a good place, he added. Unfortunately, their population which stood at about "
     "one million shrank to less than 100,000 in less than 30 years, he concluded.",
     [("seal_population", CASPIAN, 1e6, "count", "actual", "approx"),
      ("seal_population", CASPIAN, 1e5, "count", "actual", "upper")]),
    ("their-population-which-stood-at-is-unsaid-whose",
     "Unfortunately, their population which stood at about one million shrank to less than 100,000 in less than 30 "
     "years, he concluded.", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_population_which_stood(text: str, expected: list[tuple]) -> None:
    assert [f for f in figures(text, **TT) if f[0].endswith("population")] == expected
