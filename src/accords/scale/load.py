"""Loading shards into a store, idempotently and safely beside other loaders.

The shards' (article, extraction) lines go through the one ingest routine
(`accords.service.ingest_items`) as `Analysed` items, the extract step having run on the
workers (`accords.service.analyse`):

1. the article is added by id with its MinHash signature (`Store.add_article`): an id
   already stored is left as it is; near-duplicates are linked to their first copy and
   their facts not stored, as in `accords ingest`;
2. its extraction is saved in one transaction (`Store.save_extraction` replaces the
   article's facts), unless the stored extraction is already equal to it, so loading a
   shard twice changes nothing.

Concurrent loaders are safe: article inserts that race end as "duplicate", and saves of
one article queue on its row lock (PostgreSQL) or the write lock (SQLite).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from accords.scale.shards import read_manifest, read_shard
from accords.service import Analysed, ingest_items
from accords.store import Store


@dataclass(frozen=True)
class LoadReport:
    """What one load did, per article: new, already there, near-duplicate; facts saved or unchanged."""

    shards: int = 0
    articles: int = 0
    new: int = 0
    duplicate: int = 0
    near_duplicate: int = 0
    saved: int = 0
    unchanged: int = 0
    failed: tuple[tuple[str, str], ...] = ()  # (article origin or id, reason)


def load_shards(store: Store, directory: str | Path, *, on_shard: Callable[[str], None] | None = None) -> LoadReport:
    """Upsert every shard of the run in `directory` into `store` (see the module docstring)."""
    folder = Path(directory)
    manifest = read_manifest(folder)

    def items() -> Iterator[Analysed]:
        for shard in manifest.shards:
            for article, extraction in read_shard(folder / shard.file):
                yield Analysed(article, extraction)
            if on_shard:
                on_shard(shard.file)

    report = ingest_items(store, items())
    return LoadReport(
        shards=len(manifest.shards), articles=report.read, new=report.new,
        duplicate=report.duplicate, near_duplicate=report.near_duplicate, saved=report.extracted,
        unchanged=report.unchanged, failed=tuple((r.origin, r.reason) for r in report.rejected),
    )
