"""A participle clause after a comma ("..., voicing concern over ...", "..., expressing hope ...", "..., urging ...")
is a clause of its own: a country it names is no subject of the figure before it. Sentence from Tehran Times
430910 (tehrantimes_region_dev.jsonl, CC BY 4.0)."""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

TT = dict(source="Tehran Times", published=None)

CASES = [
    (
        "voicing-concern-over-another-country",
        "Iran and Turkey have agreed to step up their economic cooperation with the aim of reaching a $30-billion "
        "target set for their annual trade, voicing concern over the re-imposition by the US of unilateral sanctions "
        "against the Islamic Republic, a move which they say could affect the entire region's economy.",
        [("IRN", "TUR")],
    ),
    (
        "emphasizing-a-third-country",
        "Trade between Iran and Armenia reached $700 million last year, emphasizing that Russia remains a key partner.",
        [("ARM", "IRN")],
    ),
]


@pytest.mark.parametrize(("text", "subjects"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_participle_clauses(text: str, subjects: list[tuple[str, ...]]) -> None:
    assert [f[1] for f in figures(text, **TT) if f[3] == "USD"] == subjects
