"""Settings, declared once with their default and help text.

Read in one place, in this order (later wins): defaults, a TOML config file
(`ACCORDS_CONFIG`, else ./accords.toml when present), environment variables
(`ACCORDS_<NAME>`), then command-line flags. The CLI reads them through
`accords.cli.setting`; each setting's help says which commands use it.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from accords.errors import AccordsError
from accords.ingest.dedup import NEAR_DUPLICATE_THRESHOLD
from accords.ingest.limits import DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Setting:
    """A setting: its name (``ACCORDS_<NAME>`` in the environment), default and help."""

    name: str
    default: Any
    help: str


SETTINGS = (
    Setting("db", "sqlite:///accords.db", "Database URL (SQLAlchemy): a SQLite file or PostgreSQL."),
    Setting("batch_size", 16, "Articles parsed together by spaCy's nlp.pipe (accords ingest, watch)."),
    Setting("near_duplicate_threshold", NEAR_DUPLICATE_THRESHOLD,
            "MinHash Jaccard similarity above which an article is a near-duplicate (every command's store)."),
    Setting("event_classifier", "off",
            "Event classifier after the rules: 'veto' drops the events whose sentence it finds no event in, "
            "'score' lowers their confidence to 0.3, 'off' (default) leaves the rules alone; off because it did not "
            "beat the rules on every outlet (docs/event-classifier.md) (accords ingest, watch, eval)."),
    Setting("max_file_bytes", DEFAULT_MAX_BYTES, "Largest input file ingested; bigger ones are rejected (accords ingest)."),
    Setting("webhook_attempts", 4, "Attempts to deliver a watchlist's alerts to its webhook, the first included "
            "(accords watch, accords alerts --send)."),
    Setting("webhook_backoff", 1.0, "Seconds before the first retry of a webhook; each retry waits twice as long "
            "(accords watch, accords alerts --send)."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def load(overrides: dict[str, Any] | None = None, *, environ: dict[str, str] | None = None) -> dict[str, Any]:
    """The effective settings: defaults < config file < environment < `overrides` (CLI flags)."""
    environ = dict(os.environ) if environ is None else environ
    values = {s.name: s.default for s in SETTINGS}
    config_path = environ.get("ACCORDS_CONFIG") or ("accords.toml" if Path("accords.toml").exists() else None)
    if config_path:
        try:
            data = tomllib.loads(Path(config_path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise AccordsError(f"config file {config_path}: {exc}") from exc
        values.update(_checked(data, f"config file {config_path}"))
    for setting in SETTINGS:
        raw = environ.get(f"ACCORDS_{setting.name.upper()}")
        if raw is not None:
            values[setting.name] = _coerce(setting, raw)
    values.update(_checked({k: v for k, v in (overrides or {}).items() if v is not None}, "option"))
    return values


def _checked(data: dict[str, Any], where: str) -> dict[str, Any]:
    unknown = set(data) - set(_BY_NAME)
    if unknown:
        raise AccordsError(f"{where}: unknown settings {sorted(unknown)}; known: {sorted(_BY_NAME)}")
    return data


def _coerce(setting: Setting, raw: str) -> Any:
    kind = type(setting.default)
    try:
        return kind(raw) if kind is not str else raw
    except ValueError as exc:
        raise AccordsError(f"ACCORDS_{setting.name.upper()}={raw!r}: expected {kind.__name__}") from exc
