"""The quality gate: extraction F1 per fact kind, per gold part and per outlet, may not drop
below the pinned floors.

Floors live in floors.toml next to this file, as [floors.<part>.<outlet>] tables with a
record of every change; see its header. The outlet of a gold file is its file-name prefix
(`accords.evaluation.outlets`), so each outlet is held to its own floors.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from accords.evaluation.outlets import OUTLETS, outlet_of
from accords.evaluation.runner import evaluate, gold_files

HERE = Path(__file__).parent
GOLD = HERE.parent / "gold"
CONFIG = tomllib.loads((HERE / "floors.toml").read_text(encoding="utf-8"))
KINDS = ("entities", "events", "indicators", "quotes", "times")
GATES = [(part, outlet) for part, outlets in CONFIG["floors"].items() for outlet in outlets]


def record_problems(config: dict[str, Any], part: str, outlet: str) -> list[str]:
    """What is wrong with the change record of one gate: no entry, a floor lowered without a
    written reason (20 characters or more), or floors that differ from the recorded ones."""
    changes = [c for c in config.get("change", []) if c.get("part") == part and c.get("outlet") == outlet]
    if not changes:
        return [f"no [[change]] entry for {part}/{outlet}"]
    problems: list[str] = []
    current: dict[str, float] = {}
    for change in changes:
        lowered = [k for k, v in change["floors"].items() if k in current and v < current[k]]
        if lowered and len(change.get("reason", "").strip()) < 20:
            problems.append(f"{change['date']}: floors {lowered} of {part}/{outlet} lowered without a written reason")
        current.update(change["floors"])
    if current != config["floors"][part][outlet]:
        problems.append(f"floors of {part}/{outlet} differ from their last recorded change")
    return problems


@pytest.fixture(scope="module")
def reports():
    return {part: evaluate(gold_files([GOLD / part]), root=GOLD) for part in CONFIG["floors"]}


CASES = [(part, outlet, kind) for part, outlet in GATES for kind in KINDS]


@pytest.mark.slow
@pytest.mark.parametrize(("part", "outlet", "kind"), CASES, ids=[f"{p}-{o}-{k}" for p, o, k in CASES])
def test_f1_stays_above_its_floor(reports, part, outlet, kind):
    report = reports[part]
    assert not report.problems, report.problems
    floor = CONFIG["floors"][part][outlet][kind]
    f1 = report.outlet(outlet).total(kind).f1
    assert f1 >= floor, f"{part} {outlet} {kind}: F1 {f1:.3f} is below its floor {floor:.3f}"


@pytest.mark.parametrize("part", list(CONFIG["floors"]))
def test_every_outlet_of_a_part_has_floors_and_gold(part):
    """Gold of an outlet with no floors would only count in no gate; floors of an outlet with
    no gold would pass on nothing."""
    present = {outlet_of(path.name).key for path in gold_files([GOLD / part])}
    assert present == set(CONFIG["floors"][part]), f"{part}: gold outlets {sorted(present)}, floors {sorted(CONFIG['floors'][part])}"
    assert present <= {o.key for o in OUTLETS}, f"{part}: gold files with no known outlet prefix"


@pytest.mark.parametrize(("part", "outlet"), GATES, ids=[f"{p}-{o}" for p, o in GATES])
def test_floors_match_their_change_record(part, outlet):
    assert record_problems(CONFIG, part, outlet) == []


def _config(*changes: dict[str, Any], floors: dict[str, float]) -> dict[str, Any]:
    return {"floors": {"test": {"wh": floors}}, "change": list(changes)}


def _change(reason: str = "", **floors: float) -> dict[str, Any]:
    return {"date": "2026-12-04", "part": "test", "outlet": "wh", "floors": floors, "reason": reason}


RECORD_CASES = [
    ("recorded", _config(_change(events=0.5), floors={"events": 0.5}), []),
    ("raised", _config(_change(events=0.5), _change(events=0.6), floors={"events": 0.6}), []),
    ("no-record", {"floors": {"test": {"wh": {"events": 0.5}}}, "change": []}, ["no [[change]] entry for test/wh"]),
    ("other-outlet-record-does-not-count",
     {"floors": {"test": {"wh": {"events": 0.5}}}, "change": [{**_change(events=0.5), "outlet": "tt"}]},
     ["no [[change]] entry for test/wh"]),
    ("lowered-without-reason", _config(_change(events=0.6), _change(events=0.5), floors={"events": 0.5}),
     ["2026-12-04: floors ['events'] of test/wh lowered without a written reason"]),
    ("lowered-with-reason",
     _config(_change(events=0.6), _change("gold corrected: two events were annotated twice", events=0.5),
             floors={"events": 0.5}), []),
    ("floor-differs-from-record", _config(_change(events=0.5), floors={"events": 0.55}),
     ["floors of test/wh differ from their last recorded change"]),
]


@pytest.mark.parametrize(("config", "expected"), [c[1:] for c in RECORD_CASES], ids=[c[0] for c in RECORD_CASES])
def test_record_problems_finds_unrecorded_or_unexplained_changes(config, expected):
    assert record_problems(config, "test", "wh") == expected
