"""The package's layers hold: every import goes down, so no two parts import each other.

The parts are the top-level modules and subpackages of `accords` (``ingest``, ``web``,
``store``, ``api``, ...). The test reads every module's source (no import is run) and
collects every ``import accords...`` and ``from accords... import ...``, at module level and
inside functions alike: a lazy import is a dependency too. Each part has a layer in
`LAYERS` (docs/architecture.md draws the same picture); a part may import only parts of
lower layers, so a cycle between parts cannot form. The facade ``accords/__init__.py``
(version, `accords.run`) is left out: it imports lazily from below and anything may read
its version.
"""

from __future__ import annotations

import ast
import functools
from collections import defaultdict
from pathlib import Path

import pytest

import accords

SRC = Path(accords.__file__).resolve().parent

#: The layers, lowest first. A part imports only parts of lower layers.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("errors",),
    ("ids", "model", "urls", "scan", "knowledge", "days"),
    ("gold", "commitments", "gazetteer", "nlp_attributes", "quantities", "embedding"),
    ("nlp", "temporal", "events", "quotes", "indicators", "gate", "ingest", "review"),
    ("entities", "web", "pipeline", "settings"),
    ("consolidate", "harvest", "readers", "stages"),
    ("store", "evaluation"),
    ("export", "service"),
    ("scale", "appstate", "brief", "alerts"),
    ("api", "dashboard"),
    ("server",),
    ("cli",),
)
LAYER = {part: rank for rank, parts in enumerate(LAYERS) for part in parts}


def _part(module: str) -> str | None:
    """``accords.ingest.readers`` -> ``ingest``; the facade ``accords`` -> None."""
    names = module.split(".")
    return names[1] if len(names) > 1 and names[0] == "accords" else None


@functools.cache
def _modules() -> dict[str, Path]:
    found = {}
    for path in SRC.rglob("*.py"):
        names = ["accords", *path.relative_to(SRC).with_suffix("").parts]
        if names[-1] == "__init__":
            names.pop()
        found[".".join(names)] = path
    return found


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """Every accords module `path` imports (a name imported from the facade counts only
    when it is a module: ``from accords import pipeline``)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("accords."))
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and node.module.startswith("accords"):
            if node.module != "accords":
                found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names if f"{node.module}.{a.name}" in modules)
    return found


@functools.cache
def _edges() -> dict[tuple[str, str], list[str]]:
    """(importing part, imported part) -> the modules that make the import."""
    modules = _modules()
    edges: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name, path in modules.items():
        source = _part(name)
        if source is None:
            continue
        for imported in _imports(path, modules):
            target = _part(imported)
            if target is not None and target != source:
                edges[source, target].append(name)
    return edges


def test_every_part_has_a_layer():
    parts = {_part(name) for name in _modules()} - {None}
    assert sorted(parts - LAYER.keys()) == [], "new part of accords: give it a layer in LAYERS and docs/architecture.md"
    assert sorted(LAYER.keys() - parts) == [], "LAYERS names a part that no longer exists"


def test_every_import_goes_down_a_layer():
    upward = [
        f"{source} (layer {LAYER[source]}) imports {target} (layer {LAYER[target]}) in {', '.join(sorted(set(where)))}"
        for (source, target), where in sorted(_edges().items())
        if source in LAYER and target in LAYER and LAYER[target] >= LAYER[source]
    ]
    assert upward == []


def test_no_cycle_between_parts():
    """Redundant with the layers, but names the cycle when a layer is edited to allow one."""
    graph: dict[str, set[str]] = defaultdict(set)
    for source, target in _edges():
        graph[source].add(target)
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(part: str) -> list[str] | None:
        state[part] = 1
        path.append(part)
        for nxt in sorted(graph[part]):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        path.pop()
        state[part] = 2
        return None

    cycles = [cycle for part in sorted(graph) if part not in state and (cycle := visit(part))]
    assert cycles == []


@pytest.mark.parametrize(
    ("lower", "higher"),
    [("ingest", "web"), ("web", "readers"), ("store", "service"), ("service", "api"), ("service", "dashboard"),
     ("pipeline", "store"), ("api", "server"), ("dashboard", "server")],
    ids=lambda part: part,
)
def test_named_boundaries(lower, higher):
    """The boundaries the architecture relies on, named: `lower` never imports `higher`."""
    assert LAYER[lower] < LAYER[higher]
    assert (lower, higher) not in _edges()
