"""kinds.kind_of: the one place that decides whether a figure is a target."""

import pytest

from accords.indicators.kinds import deadline_of, kind_of

CASES = [
    # (lead, tail, clause, previous kind, expected)
    ("trade turnover amounted to ", " in 2020", "trade turnover amounted to $4.1 billion", None, "actual"),
    ("set a goal to bring trade to ", " by 2023", "set a goal to bring trade to $15 billion", None, "target"),
    ("reaching ", " annual trade target", "reaching $6 billion", None, "target"),
    ("should rise from ", " to", "should rise from $1 billion", None, "actual"),
    ("is expected to reach ", "", "is expected to reach $2 billion", None, "forecast"),
    ("an estimated ", "", "an estimated $3 billion", None, "estimate"),
    ("in the first stage and to ", "", "in the first stage and to $3 billion", "target", "target"),
]


@pytest.mark.parametrize(("lead", "tail", "clause", "previous", "expected"), CASES,
                         ids=[c[2] for c in CASES])
def test_kind_of(lead: str, tail: str, clause: str, previous: str | None, expected: str) -> None:
    assert kind_of(lead, tail, clause, previous_kind=previous) == expected


@pytest.mark.parametrize(("kind", "period", "expected"), [
    ("target", ("2023-01-01", "2023-12-31"), "2023-12-31"),
    ("actual", ("2023-01-01", "2023-12-31"), None),
    ("target", None, None),
], ids=["target", "actual", "no-period"])
def test_deadline_of(kind: str, period: tuple[str, str] | None, expected: str | None) -> None:
    assert deadline_of(kind, period) == expected
