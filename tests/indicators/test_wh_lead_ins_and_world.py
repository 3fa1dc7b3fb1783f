"""White House figures (issue #14, indwh26): bullet items that complete a commitment's lead-in are
pledged; the world's shares and money for unnamed developing countries are no side's figures.

Texts are White House fact sheets (public domain): the health security partnerships fact sheet of
2022-11-29, the Glasgow fact sheet of 2021-11-13 and the Root Causes update of 2023-02-06 (fresh dev
gold of the twentieth session), cut to the lines each case needs; cases marked "written" are
paraphrases made for this test.
"""

from __future__ import annotations

import pytest

from accords.indicators.leadins import lead_in
from accords.model import Article
from accords.pipeline import run

_WILL = (
    "To that end, over the next year, the United States will:\n\n"
    "-   Expand and strengthen bilateral partnerships with at least 25\n"
    "    countries to develop measurable capacity to prevent, detect, and\n"
    "    rapidly respond to epidemic and pandemic threats.\n"
)
_HIGHLIGHTS = (
    "Highlights to date include:\n\n"
    "-   **Improving Food Security:** The U.S. Government has provided $112\n"
    "    million in assistance for school feeding programs, improving food\n"
    "    security for over 275,000 individuals in northern Central America.\n"
)
_COMMITTED_DONE = (  # written
    "The Leaders committed to:\n\n"
    "-   Match the United States, which has already provided $4 billion to Gavi, with new pledges to COVAX.\n"
)
_SECOND_SENTENCE = (  # written
    "The United States will:\n\n"
    "-   Strengthen health security partnerships across Africa. Since 2020 the United States has\n"
    "    trained 5,000 health workers in the region.\n"
)


def _figures(text: str) -> list[tuple]:
    extraction = run(Article(id="w", text=text, source="The White House", published="2022-11-29"))
    return [(i.metric, i.subjects, i.value, i.kind) for i in extraction.indicators]


@pytest.mark.parametrize(("text", "value", "kind"), [
    pytest.param(_WILL, 25, "target", id="item-under-united-states-will"),
    pytest.param(_HIGHLIGHTS, 112e6, "actual", id="item-under-highlights-to-date"),
    pytest.param(_COMMITTED_DONE, 4e9, "actual", id="item-tells-money-already-provided"),
    pytest.param(_SECOND_SENTENCE, 5000, "actual", id="second-sentence-of-an-item"),
])
def test_kind_of_a_figure_in_a_bullet_item(text: str, value: float, kind: str) -> None:
    kinds = [f[3] for f in _figures(text) if f[2] == value]
    assert kinds == [kind]


@pytest.mark.parametrize(("text", "start", "line"), [
    pytest.param(_WILL, _WILL.index("-"), "To that end, over the next year, the United States will:", id="first-item"),
    pytest.param("The United States will:\n\n-   Expand partnerships. This includes:\n    -   Forging 6 new partnerships;\n",
                 69, "The United States will:", id="nested-item-passes-over-its-parent"),  # written
    pytest.param("The United States will expand partnerships with 25 countries.", 0, None, id="no-bullet"),  # written
])
def test_lead_in_of_an_item(text: str, start: int, line: str | None) -> None:
    assert lead_in(text, start) == line


@pytest.mark.parametrize(("text", "metric_part"), [
    pytest.param("At the close of\nCOP26:\n\n-   90% of the world’s GDP now has net zero commitments and 154\n"
                 "    countries put forward new climate action plans to cut emissions.\n", "gdp", id="share-of-world-gdp"),
    pytest.param("-   Countries representing 90% of global forest cover pledged to reduce\n"
                 "    deforestation to zero by 2030.\n", "", id="unnamed-countries-representing"),
    pytest.param("-   Over $20 billion of new public and philanthropic finance has been\n"
                 "    committed to support developing countries to transition away from\n    coal.\n", "",
                 id="money-for-unnamed-developing-countries"),
])
def test_world_figures_are_no_sides(text: str, metric_part: str) -> None:
    values = {90.0, 20e9}
    assert [f for f in _figures(text) if f[2] in values and metric_part in f[0]] == []


@pytest.mark.parametrize(("text", "value", "subjects"), [
    pytest.param("The United States produces only 12% of global semiconductor supply.", 12, ("USA",),
                 id="share-of-world-held-by-a-named-country"),  # written
    pytest.param("The United States will provide $500 million to developing countries for clean energy.", 5e8, ("USA",),
                 id="money-for-developing-countries-from-a-named-giver"),  # written
])
def test_world_figures_tied_to_a_side_stay(text: str, value: float, subjects: tuple[str, ...]) -> None:
    assert [f[1] for f in _figures(text) if f[2] == value] == [subjects]
