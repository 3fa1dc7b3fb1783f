"""Every module of the package imports alone, in a fresh interpreter.

`tests/test_imports.py` checks that the parts' layers hold; it cannot see a cycle inside one part
(``events.measures`` -> ``events.matching`` -> ``events.compliance`` -> ``events.measures`` once
made ``python -c "import accords.events.dedup"`` fail, while the whole pipeline, which imported
the modules in another order, ran). One subprocess imports each module in turn with every
``accords`` module dropped from ``sys.modules`` before it, so each import starts from nothing of
the package (the third-party libraries stay loaded, which keeps the run to seconds).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import accords

SRC = Path(accords.__file__).resolve().parent

_SCRIPT = textwrap.dedent(
    """
    import importlib, sys
    failed = []
    for name in sys.argv[1:]:
        for key in [k for k in sys.modules if k == "accords" or k.startswith("accords.")]:
            del sys.modules[key]
        try:
            importlib.import_module(name)
        except Exception as error:  # report every module that fails, not only the first
            failed.append(f"{name}: {type(error).__name__}: {error}")
    print("\\n".join(failed))
    """
)


def _modules() -> list[str]:
    names = []
    for path in sorted(SRC.rglob("*.py")):
        parts = ["accords", *path.relative_to(SRC).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    return names


def test_modules_are_found() -> None:
    names = _modules()
    assert len(names) > 300
    assert "accords.events.dedup" in names and "accords.events.measures" in names


@pytest.mark.slow
def test_each_module_imports_alone() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, *_modules()],
        capture_output=True, text=True, check=False, cwd=SRC.parent, timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == ""


@pytest.mark.slow
@pytest.mark.parametrize("name", ["accords.events.dedup", "accords.events.measures", "accords.events.requests"],
                         ids=["dedup", "measures", "requests"])
def test_once_circular_modules_import_in_a_fresh_interpreter(name: str) -> None:
    done = subprocess.run([sys.executable, "-c", f"import {name}"], capture_output=True, text=True, check=False,
                          cwd=SRC.parent, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
