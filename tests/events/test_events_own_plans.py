"""A side's plan for itself is no agreement with another (`accords.events.ownplans`): in a joint
statement about two countries, "Ukraine intends to build on ... its independent anti-corruption
infrastructure" names one side and no partner, and the article's pair is no second side. A plan
with a partner, a relation or a joint act in its words stays.

Sentences are from the Joint Statement on the U.S.-Ukraine Strategic Partnership (White House,
September 1, 2021, public domain); the "stays" cases are written in its register."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_LEAD = "The United States and Ukraine signed a joint statement on the strategic partnership. "


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("At the same time, Ukraine intends to build on the successful establishment of its independent "
                 "anti-corruption infrastructure to implement critical initiatives that protect the independence and "
                 "improve the effectiveness of these institutions.", [], id="intends-to-build-on-its-own"),
    pytest.param("Ukraine plans to strengthen accountability for violence against all persons regardless of gender, "
                 "race, ethnicity, religion, sexual orientation, or political views, including through legislation.",
                 [], id="plans-to-strengthen-accountability"),
    pytest.param("Ukraine intends to expand trade with the United States.",
                 [("AGREE", ("UKR", "USA"), "intended")], id="plan-with-a-partner-stays"),
    pytest.param("Ukraine intends to sign a memorandum on energy security next month.",
                 [("AGREE", ("UKR", "USA"), "intended")], id="plan-to-sign-stays"),
])
def test_own_plans(text, expected):
    found = events_with_sides(_LEAD + text)
    assert [event for event in found if event[0] != "SUPPORT"] == expected
