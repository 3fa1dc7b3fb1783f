"""Counts of forces and of designations in White House texts (indwh32).

- Forces named "forces", "service members" or "servicemembers" are `troops`, like "troops" and "soldiers"
  (`accords.indicators.named.casualties`): "hosting approximately 39,000 U.S. service members" is the host's and
  the United States' count. Fewer than three stay a description ("the two forces").
- A designation of people or groups named by their role ("Designated four leaders of gangs", "designated five
  government and military officials", "two Syria-based armed militias") counts sanctions
  (`accords.indicators.sanctions.sanction_metric`) where the sentence speaks of sanctions or the designation opens
  an item of a list of them; "designated five senior officials ... to lead the new working group" is no sanction.
- The term of a programme, project, plan or agreement ("This five-year program", "the ten-year plan") is a figure
  in `year` of a government's own text (`accords.indicators.terms.is_programme_term`), of its sides.
- Military craft delivered or donated are counted by their noun (`accords.indicators.countnouns`):
  "the donation of 12 rigid-hull inflatable boats", "delivered 160 howitzers".

Texts: sentences of White House fact sheets and readouts of 2022-2024 (public domain, via
shared/corpora/whitehouse-briefings), and sentences written for these tests in their register (paraphrases and the negative cases). Each
expected record is (metric, subjects, value).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param(
        "In addition, he will express gratitude to Germany for its role in hosting approximately 39,000 U.S. service "
        "members and its vital contributions to the security of NATO and the broader transatlantic community.",
        [("troops", ("DEU", "USA"), 39000.0)], id="service-members-hosted",
    ),
    pytest.param(
        "President Biden underscored the United States’ commitment to the security of Poland and all of our NATO "
        "Allies. He welcomed Poland’s partnership in hosting 9,000 U.S. forces to reassure eastern flank Allies.",
        [("troops", ("POL", "USA"), 9000.0)], id="forces-hosted",
    ),
    pytest.param("The two forces met near the border of Poland.", [], id="two-forces-describe"),
    pytest.param(
        "Sanctions issued on the basis of CRSV since the release of the PM include:\n\n-   *Iraq*. Designated two "
        "ISIS leaders, who committed sexual violence and were responsible for the enslavement of Yazidi women and "
        "girls.",
        [("sanctions", ("IRQ", "USA"), 2.0)], id="designated-leaders-item",
    ),
    pytest.param(
        "-   *South Sudan*. Designated five government and military officials in South Sudan who oversaw, ordered, "
        "incentivized, directly engaged in, or failed to prevent sexual assault, sexual slavery, and gang rape.",
        [("sanctions", ("SSD", "USA"), 5.0)], id="designated-officials-joined-modifiers",
    ),
    pytest.param(
        "The Treasury Department sanctioned four militia commanders in Syria for serious human rights abuses.",
        [("sanctions", ("SYR", "USA"), 4.0)], id="sanctioned-commanders",
    ),
    pytest.param(
        "The two presidents designated five senior officials from each government to lead the new working group "
        "with Mexico.",
        [], id="designated-to-lead-no-sanction",
    ),
    pytest.param(
        "The United States will support Thailand’s Marine Police through the donation of 12 rigid-hull inflatable "
        "boats with engines and trailers.",
        [("rigid_hull_inflatable_boats", ("THA", "USA"), 12.0)], id="boats-donated",
    ),
    pytest.param("The United States has delivered 160 howitzers to Ukraine.", [("howitzers", ("UKR", "USA"), 160.0)],
                 id="howitzers-delivered"),
    pytest.param("This five-year program will support Angola’s efforts to strengthen its health system.",
                 [("program_term_years", ("AGO", "USA"), 5.0)], id="programme-term-in-a-fact-sheet"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_forces_and_designations(text: str, wanted: list[tuple]) -> None:
    found = figures(text, source="The White House", published="2024-06-17")
    assert [(metric, subjects, value) for metric, subjects, value, unit, _, _ in found if unit in ("count", "year")] == wanted


#: A programme's term outside a government's own text stays no figure: news and the Tehran Times leave it out.
def test_programme_term_only_in_official_texts() -> None:
    assert figures("Iran and China signed a 25-year agreement in Tehran.") == []
