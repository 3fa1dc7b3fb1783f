"""Figures of the world, and counts of works built (issue #14).

- a figure about a whole of the world ("the global trade in ... is worth") in a clause naming no
  country has no subject; people counted over the world ("reducing the world population from an
  estimated 450 million", "3,248 cases reported worldwide") are no country's and are left out
  (twelfth session: the gold leaves them out, as it leaves out a region's);
  a share "of the world's GDP" stays the share of whoever holds it;
- dams, bridges, tunnels, reactors, refineries and substations built or supported are counts an
  analyst records ("Turkey has built 22 dams").

The dams sentence is from Tehran Times article 416850 (CC BY 4.0, Tehran Times / Mehr News
Agency; fresh dev gold tt_416850); the others are written for this test.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures


@pytest.mark.parametrize(("text", "wanted"), [
    # written for this test
    ("Azerbaijan is a small country. More than 100 million people may have died, reducing the world population "
     "from an estimated 450 million.", []),
    ("Azerbaijan is a small country. The global trade in counterfeit goods is worth more than $500 billion a year.",
     [((), 5e11)]),
], ids=["world-population", "global-trade"])
def test_world_figures_have_no_subject(text: str, wanted: list) -> None:
    assert [(f[1], f[2]) for f in figures(text, source="Azernews")] == wanted


def test_a_share_of_the_world_keeps_its_holder() -> None:
    # written for this test
    text = "Azerbaijan exports oil. The country accounts for 1 percent of the world's oil output."
    assert [f[1] for f in figures(text, source="Azernews") if f[3] == "percent"] == [("AZE",)]


@pytest.mark.parametrize(("text", "wanted"), [
    ("As part of GAP, Turkey has built 22 dams on the Tigris and Euphrates rivers, which also run across Syria, "
     "Iraq and Iran.", ("dams", ("TUR",), 22.0)),
    # written for this test
    ("Azerbaijan has built 14 bridges on the new highway.", ("bridges", ("AZE",), 14.0)),
], ids=["tt-dams", "bridges"])
def test_works_built_are_counted(text: str, wanted: tuple) -> None:
    assert wanted in [f[:3] for f in figures(text, source="Azernews")]
