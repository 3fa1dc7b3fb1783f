"""General wishes are no events (issue 13): "look forward to building on the partnership",
"aims to deepen" carry a relation on in general; a wish or aim for a concrete act (a visit,
a reconvened forum, a trade target with a figure) and an agreement stay AGREE/CONSULT."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("President Biden met Prime Minister Trudeau of Canada. We look forward to building on the enduring "
                 "partnership between our two great nations in the years ahead.",
                 [("CONSULT", ("CAN", "USA"), "occurred")], id="look-forward-build-on"),
    pytest.param("President Biden looks forward to working with Prime Minister Kishida of Japan to strengthen "
                 "our alliance.", [], id="look-forward-working-with"),
    pytest.param("The United States looks forward to strengthening bilateral cooperation with Iraq.",
                 [], id="look-forward-strengthening"),
    pytest.param("The United States looks forward to continued partnership with France.",
                 [], id="look-forward-continued-partnership"),
    pytest.param("The exchange aims to deepen ties between the United States and Ireland.",
                 [], id="aims-to-deepen"),
    pytest.param("The President conveyed that his administration intends to work closely with the Israeli "
                 "government on efforts to advance peace.", [], id="intends-to-work-with"),
    pytest.param("Israel and the United States intend to work with the UAE and India to highlight private sector "
                 "opportunities.", [], id="intend-to-work-with-topic"),
    # concrete wishes, plans and aims stay
    pytest.param("Iran and Armenia intend to work together to build a power plant.",
                 [("AGREE", ("ARM", "IRN"), "intended")], id="intend-to-work-to-build"),
    pytest.param("Iran and Russia plan to build a railway between Rasht and Astara.",
                 [("AGREE", ("IRN", "RUS"), "intended")], id="plan-to-build-project"),
    pytest.param("President Biden looks forward to welcoming President Moon Jae-in of the Republic of Korea to the "
                 "White House on May 21, 2021.", [("AGREE", ("KOR", "USA"), "intended")],
                 id="look-forward-welcoming"),
    pytest.param("Iran and Kazakhstan aim to reach bilateral trade of $3 billion by the next three years.",
                 [("AGREE", ("IRN", "KAZ"), "intended")], id="aim-with-figure"),
    pytest.param("Iran and Kazakhstan aim to expand bilateral trade to $3 billion.",
                 [("AGREE", ("IRN", "KAZ"), "intended")], id="aim-to-expand-to-figure"),
    pytest.param("Iran and Azerbaijan agreed to strengthen cooperation in transit.",
                 [("AGREE", ("AZE", "IRN"), "occurred")], id="agreed-stays"),
])
def test_wishes(text, expected):
    assert events_with_sides(text, published="2021-05-01") == expected
