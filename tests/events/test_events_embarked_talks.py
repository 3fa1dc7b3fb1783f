"""Embarking on a dialogue is a meeting (`accords.events.triggers`, "embark"): "the United States
and Russia will embark together on an integrated bilateral Strategic Stability Dialogue in the
near future" is a planned dialogue of the two (AGREE). "Talks" are a meeting word of their own:
"the UAE and Saudi Arabia have quietly embarked on talks with Tehran" stays one CONSULT of the
three, not a second one of fewer sides. Embarking on a tour or "a new path of cooperation" is
none of these. Before this rule the joint
statement had no event (White House dev, evwh32's fresh wh_20210616). Sentences: the White House
statement's own text and Tehran Times (CC BY 4.0) text."""

from __future__ import annotations

import pytest

from tests.events.sides import dated_events


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "source", "expected"), [
    pytest.param(
        "Consistent with these goals, the United States and Russia will embark together on an integrated bilateral "
        "Strategic Stability Dialogue in the near future that will be deliberate and robust.", "2021-06-16",
        "The White House", [("AGREE", ("RUS", "USA"), None)], id="a-dialogue-to-come"),
    pytest.param(
        "According to Israeli DEBKA file, the UAE and Saudi Arabia have quietly embarked on talks with Tehran.",
        None, "Tehran Times", [("CONSULT", ("ARE", "IRN", "SAU"), None)], id="talks-held"),
    pytest.param(
        "The President will embark on a tour across the country to amplify that call.", "2022-01-01",
        "The White House", [], id="a-tour"),
    pytest.param(
        "Iran and Azerbaijan have embarked on a new path of cooperation.", None, "Tehran Times", [],
        id="a-path-of-cooperation"),
])
def test_embarking_on_talks_is_a_meeting(text, published, source, expected):
    assert dated_events(text, published, source=source) == expected
