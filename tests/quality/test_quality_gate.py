"""The quality gate: extraction F1 per fact kind may not drop below the pinned floors.

Floors live in floors.toml next to this file, with a record of every change; see its header.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from accords.evaluation.runner import evaluate, gold_files

HERE = Path(__file__).parent
GOLD = HERE.parent / "gold"
CONFIG = tomllib.loads((HERE / "floors.toml").read_text(encoding="utf-8"))
KINDS = ("entities", "events", "indicators", "quotes", "times")


@pytest.fixture(scope="module")
def reports():
    return {part: evaluate(gold_files([GOLD / part]), root=GOLD) for part in CONFIG["floors"]}


CASES = [(part, kind) for part in CONFIG["floors"] for kind in KINDS]


@pytest.mark.slow
@pytest.mark.parametrize(("part", "kind"), CASES, ids=[f"{p}-{k}" for p, k in CASES])
def test_f1_stays_above_its_floor(reports, part, kind):
    report = reports[part]
    assert not report.problems, report.problems
    floor = CONFIG["floors"][part][kind]
    f1 = report.total(kind).f1
    assert f1 >= floor, f"{part} {kind}: F1 {f1:.3f} is below its floor {floor:.2f}"


@pytest.mark.parametrize("part", list(CONFIG["floors"]))
def test_floors_match_their_change_record(part):
    changes = [c for c in CONFIG["change"] if c["part"] == part]
    assert changes, f"no [[change]] entry for {part}"
    current: dict[str, float] = {}
    for change in changes:
        lowered = [k for k, v in change["floors"].items() if k in current and v < current[k]]
        if lowered:
            assert len(change.get("reason", "").strip()) >= 20, (
                f"{change['date']}: floors {lowered} of {part} lowered without a written reason"
            )
        current.update(change["floors"])
    assert current == CONFIG["floors"][part], f"floors of {part} differ from their last recorded change"
