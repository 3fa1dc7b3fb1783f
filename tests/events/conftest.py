"""Known regressions of event rules, recorded where the suite shows them: each listed case is run and
expected to fail (strict: the run fails when it passes again, so the entry must then be removed).

Twenty-third session: rules merged late (their slow tests not run before the merge) broke these
cases; the session's measurements were taken with them. Fix the rule, then delete the entry.
Twenty-fourth session (reg34): six fixed or their expectations brought to the gold; two left, traced."""

from __future__ import annotations

import pytest

KNOWN_REGRESSIONS = {
    "test_events_tallies_topics.py::test_tallies_and_topics[formats-listed-as-topic]":
        "events.completion._crowded (prec33, fb61eae): the sentence names three countries, all inside the topic "
        "of 'we discussed' ('between Iran-Azerbaijan-Russia, ...'), so the pair no longer completes it; tried "
        "(reg34): a pronoun subject exempt (2 of 3 changed corpus events wrong), countries inside the trigger's "
        "phrase not counted (test tt events +1 tp +2 fp)",
    "test_events_trip_stops.py::test_met_bilaterally_with_three_counterparts":
        "events.completion._crowded (prec33, fb61eae): the parser hangs 'and Eduardo Ano of the Philippines' on "
        "'met' (dep), so the third bilateral meeting was only found by completing 'where he discussed ...' with "
        "the article's pair (PHL-USA), which the three-country guard now stops; fix the broken list, not the guard",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        reason = KNOWN_REGRESSIONS.get(f"{item.path.name}::{item.name}")
        if reason is not None:
            item.add_marker(pytest.mark.xfail(reason=f"known regression: {reason}", strict=True))
