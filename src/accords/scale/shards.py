"""Extraction shards and the manifest of a scale-out run.

A shard is a JSONL file, one line per article: ``{"schema": SHARD_SCHEMA, "article": {...},
"extraction": {...}}`` with both records in their `accords.model.to_dict` form, so a shard
alone is enough to load the article and its facts into any store. Shards are written to a
temporary name and renamed, so a reader never sees half a shard, and a retried partition
simply overwrites its own shard.

The manifest (``manifest.json``) lists the shards with their counts, the pipeline and its
stage versions, the rejected items and the partitions that failed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accords.errors import SchemaError
from accords.model import Article, Extraction, from_dict, to_dict

SHARD_SCHEMA = "accords.shard.v1"
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class ShardInfo:
    """One written shard: its file name (relative to the run's folder) and what is in it."""

    partition: int
    file: str
    source: str
    articles: int
    skipped_by_gate: int = 0
    rejected: tuple[tuple[str, str], ...] = ()  # (origin, reason)


@dataclass(frozen=True)
class Manifest:
    """What a scale-out run wrote: shards, counts, pipeline versions and failures."""

    pipeline: tuple[str, ...]
    accords_version: str
    inputs: tuple[str, ...]
    partitions: int
    shards: tuple[ShardInfo, ...] = ()
    failures: tuple[tuple[str, str], ...] = ()  # (partition description, error)
    rejected: tuple[tuple[str, str], ...] = ()  # inputs rejected at planning
    gate: bool = True
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failures


def shard_name(partition: int) -> str:
    return f"shard-{partition:05d}.jsonl"


def write_shard(path: Path, rows: Iterable[tuple[Article, Extraction]]) -> int:
    """Write `rows` to the shard at `path` atomically; the number of rows written."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    count = 0
    with tmp.open("w", encoding="utf-8") as out:
        for article, extraction in rows:
            line = {"schema": SHARD_SCHEMA, "article": to_dict(article), "extraction": extraction.to_dict()}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
            count += 1
    os.replace(tmp, path)
    return count


def read_shard(path: Path) -> Iterator[tuple[Article, Extraction]]:
    """The (article, extraction) rows of a shard; `SchemaError` naming the line for a bad one."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                if row.get("schema") != SHARD_SCHEMA:
                    raise SchemaError(f"schema {row.get('schema')!r}, expected {SHARD_SCHEMA!r}")
                article = from_dict(Article, row["article"])
                extraction = Extraction.from_dict(row["extraction"])
            except (json.JSONDecodeError, KeyError, AttributeError, SchemaError) as exc:
                raise SchemaError(f"{path}:{number}: not a shard line: {exc}") from exc
            if extraction.article_id != article.id:
                raise SchemaError(f"{path}:{number}: extraction of {extraction.article_id!r} next to article {article.id!r}")
            yield article, extraction


def write_manifest(directory: Path, manifest: Manifest) -> Path:
    """Write ``manifest.json`` into `directory` (atomically) and return its path."""
    path = directory / MANIFEST
    tmp = directory / f".{MANIFEST}.tmp"
    tmp.write_text(json.dumps(to_dict(manifest), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path


def read_manifest(directory: Path) -> Manifest:
    """The manifest of a run folder; `SchemaError` when it is missing or malformed."""
    path = directory / MANIFEST
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise SchemaError(f"{directory}: no {MANIFEST}; not the output of `accords extract --out`") from exc
    except json.JSONDecodeError as exc:
        raise SchemaError(f"{path}: invalid JSON: {exc.msg}") from exc
    return from_dict(Manifest, data)
