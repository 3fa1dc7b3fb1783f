"""No module of the package binds a module-level name twice: a second `_TRIPS = ...` further down
silently replaces the first for every function that reads it (events.status held two word lists
under one name, and the trips whose purpose is planned read the talks' list)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

from tests.test_module_sizes import MODULES, SRC


def bound_twice(source: str) -> list[str]:
    """Names assigned, or defined as functions or classes, more than once at a module's top level."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(name for name, count in names.items() if count > 1)


@pytest.mark.parametrize(("source", "expected"), [
    pytest.param('_TRIPS = frozenset({"leave"})\n\ndef f():\n    return _TRIPS\n\n_TRIPS = frozenset({"stop"})\n', ["_TRIPS"], id="list-bound-twice"),
    pytest.param("def f():\n    return 1\n\ndef f():\n    return 2\n", ["f"], id="function-defined-twice"),
    pytest.param('_TRIPS = frozenset({"leave"})\n_TALK_TRIPS = frozenset({"stop"})\n', [], id="two-names"),
    pytest.param("x: int = 1\n\ndef f():\n    x = 2\n    return x\n", [], id="local-rebinding-is-fine"),
])
def test_bound_twice(source, expected):
    assert bound_twice(source) == expected


@pytest.mark.parametrize("module", MODULES, ids=[str(m.relative_to(SRC)) for m in MODULES])
def test_module_binds_each_name_once(module: Path):
    assert bound_twice(module.read_text(encoding="utf-8")) == [], module.relative_to(SRC)
