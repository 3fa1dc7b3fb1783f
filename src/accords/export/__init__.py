"""Exports of the store: JSONL, CSV, Parquet, PLOVER JSON and GraphML.

Each format is an `Exporter` declared the way a plugin would declare it (docs/style.md point 5):
a name, the file suffix, a line of help, the kinds it can write and a writer function.
The built-in ones live one per module (`DEFAULT_EXPORTER_MODULES`, each with a module-level
``EXPORTER``) and are loaded on first use, so importing this package imports neither
pyarrow nor any writer; a third party adds a format with `register`.

A writer is ``write(records, out, *, kind) -> int``: it takes the `ExportRecord`s that
`accords.export.source.iter_records` streams from the store and a text (or, for binary
formats, bytes) stream, writes them and returns how many it wrote. `accords.export.run.export`
ties the two together for the CLI.

    >>> from accords.export import export
    >>> export(store, format="csv", kind="events", out="events.csv", pair=("AZE", "TUR"))
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from accords.errors import ExportError

#: What can be exported: fact kinds, the articles themselves, or whole extractions.
KINDS = ("events", "indicators", "quotes", "entities", "articles", "extractions")

#: Modules that declare the built-in exporters, in the order `--help` lists them.
DEFAULT_EXPORTER_MODULES = (
    "accords.export.jsonl",
    "accords.export.csv_",
    "accords.export.parquet",
    "accords.export.plover",
    "accords.export.graphml",
)


@dataclass(frozen=True)
class Exporter:
    """One export format: its name, file suffix, help line, the kinds it writes and its writer.

    `binary` writers get a bytes stream and cannot write to a terminal's stdout.
    """

    name: str
    suffix: str
    help: str
    write: Callable[..., int]
    kinds: tuple[str, ...] = KINDS
    binary: bool = False


_REGISTRY: dict[str, Exporter] = {}
_LOADED = False


def register(exporter: Exporter) -> Exporter:
    """Add an exporter (a plugin's or a built-in one); a name already taken is an error."""
    if exporter.name in _REGISTRY and _REGISTRY[exporter.name] is not exporter:
        raise ExportError(f"an exporter named {exporter.name!r} is already registered")
    unknown = set(exporter.kinds) - set(KINDS)
    if unknown:
        raise ExportError(f"exporter {exporter.name!r} declares unknown kinds {sorted(unknown)}")
    _REGISTRY[exporter.name] = exporter
    return exporter


def exporters() -> dict[str, Exporter]:
    """Every registered exporter by name, the built-in ones loaded on the first call."""
    global _LOADED
    if not _LOADED:
        for module in DEFAULT_EXPORTER_MODULES:
            register(importlib.import_module(module).EXPORTER)
        _LOADED = True
    return dict(_REGISTRY)


def get_exporter(name: str) -> Exporter:
    """The exporter called `name`; else `ExportError` listing the choices."""
    found = exporters().get(name)
    if found is None:
        raise ExportError(f"unknown format {name!r}; choose one of: {', '.join(exporters())}")
    return found


def check_kind(exporter: Exporter, kind: str) -> None:
    """Raise `ExportError` unless `kind` is one of `KINDS` and `exporter` can write it."""
    if kind not in KINDS:
        raise ExportError(f"unknown kind {kind!r}; choose one of: {', '.join(KINDS)}")
    if kind not in exporter.kinds:
        raise ExportError(
            f"format {exporter.name!r} cannot export kind {kind!r}; it exports: {', '.join(exporter.kinds)}"
        )


def export(*args: Any, **kwargs: Any) -> int:
    """`accords.export.run.export`: stream records of one kind from a store into a file."""
    from accords.export.run import export as run_export

    return run_export(*args, **kwargs)


__all__ = [
    "DEFAULT_EXPORTER_MODULES",
    "KINDS",
    "ExportError",
    "Exporter",
    "check_kind",
    "export",
    "exporters",
    "get_exporter",
    "register",
]
