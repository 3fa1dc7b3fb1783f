"""White House faults of the twentieth session's fresh dev (evwh26): the victim of a named
breach is no side of its condemnation (`accords.events.stances.victims`); "multilateral
institutions" are where sides work, no group of many (`accords.events.groups.phrase_group`);
a body named as what a reform changes is no side (`accords.events.reforms`); a fact sheet's
title-case subtitle triggers nothing (`accords.events.headlines`); relief for the outlet's own
people is no AID (`accords.events.homeaid`).

Sentences are from White House texts of 2021-2024 (whitehouse-briefings corpus, public domain):
fresh dev files wh_20230210-biden-lula-joint and wh_20211031-us-eu-steel-factsheet (the opening
meeting sentence is ours, to name the sides), and our own sentences for the controls.
"""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_WH = "The White House"
_MET = "President Biden met with President Lula of Brazil at the White House. "
_VIOLATION = ("They deplored the violation of the territorial integrity of Ukraine by Russia and the annexation of parts of its "
              "territory as flagrant violations of international law and called for a just and durable peace. ")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_MET + _VIOLATION,
                 [("CONSULT", ("BRA", "USA"), "occurred"), ("ACCUSE", ("BRA", "RUS", "USA"), "occurred")],
                 id="breach-by-named-author-victim-no-side"),
    # no author named: nothing set apart (our own sentence)
    pytest.param(_MET + "They deplored the violation of the territorial integrity of Ukraine.",
                 [("CONSULT", ("BRA", "USA"), "occurred"), ("ACCUSE", ("BRA", "UKR", "USA"), "occurred")],
                 id="breach-without-author-unchanged"),
    pytest.param(_MET + _VIOLATION + "President Biden and President Lula affirmed their intention to strengthen cooperation in "
                 "multilateral institutions, particularly in the context of the upcoming Brazilian presidency of the G20.",
                 [("CONSULT", ("BRA", "USA"), "occurred"), ("ACCUSE", ("BRA", "RUS", "USA"), "occurred"),
                  ("AGREE", ("BRA", "USA"), "intended")],
                 id="multilateral-institutions-no-group"),
    # a multilateral meeting is still a group of the sides told (our own sentences)
    pytest.param("Iran, Russia and Turkey held talks in Astana. The ministers said a multilateral meeting would be held in "
                 "Tehran next month.",
                 [("CONSULT", ("IRN", "RUS", "TUR"), "occurred"), ("AGREE", ("IRN", "RUS", "TUR"), "planned"),
                  ("AGREE", ("IRN", "RUS"), "planned")],
                 id="multilateral-meeting-still-a-group"),
    pytest.param(_MET + "The two leaders expressed their intent to work together toward meaningful United Nations Security "
                 "Council reform, such as expansion of the body to include permanent seats for countries in Africa and in "
                 "Latin America and the Caribbean.",
                 [("CONSULT", ("BRA", "USA"), "occurred"), ("AGREE", ("BRA", "USA"), "intended")],
                 id="reformed-body-no-side"),
])
def test_sides_of_wh_statements(text, expected):
    assert events_with_sides(text, published="2023-02-10", source=_WH) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("**Arrangement Will Remove European Union tariffs and lower costs for American families**\n\nToday, the United "
                 "States and the European Union announced their commitment to negotiate the world’s first carbon-based "
                 "sectoral arrangement on steel and aluminum trade by 2024.", [], id="title-case-subtitle"),
    # the same act in running prose stays (our paraphrase of the fact sheet's body)
    pytest.param("As a result of the arrangement, the European Union will remove its tariffs on a wide range of products from "
                 "the United States.", [("CONCEDE", ("EU", "USA"), "planned")], id="prose-removal-stays"),
    pytest.param("Today, the United States and the European Union announced an arrangement on steel and aluminum trade.\n\n"
                 "- **Results in lower prices for American consumers and families **by providing relief for American "
                 "manufacturers who rely on readily accessible, affordable steel and aluminum to make their products.",
                 [], id="relief-for-own-manufacturers"),
    # relief for another country's people stays (our own sentence; "the Ukrainian people": a demonym
    # before "families" or "civilians" names a people and no state since prec32, as the gold does)
    pytest.param("The United States is providing relief for the Ukrainian people displaced by the war.",
                 [("AID", ("UKR", "USA"), "occurred")], id="relief-abroad-stays"),
])
def test_headlines_and_home_relief(text, expected):
    assert events_with_sides(text, published="2021-10-31", source=_WH) == expected
