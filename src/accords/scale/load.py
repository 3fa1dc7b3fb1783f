"""Loading shards into a store, idempotently and safely beside other loaders.

For each (article, extraction) line of each shard listed in the manifest:

1. the article is added by id (`Store.add_article`, with its MinHash signature as
   `accords ingest` does): an id already stored is left as it is;
2. its extraction is saved in one transaction (`Store.save_extraction` replaces the
   article's facts), unless the stored extraction is already equal to it — so loading a
   shard twice changes nothing. Near-duplicates are linked to their first copy and their
   facts not stored, as in ingestion.

Concurrent loaders are safe: article inserts that race end as "duplicate", and saves of
one article queue on its row lock (PostgreSQL) or the write lock (SQLite).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from accords.errors import AccordsError, NotFoundError
from accords.ingest import minhash_signature
from accords.scale.shards import read_manifest, read_shard
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
    counts = dict.fromkeys(("articles", "new", "duplicate", "near_duplicate", "saved", "unchanged"), 0)
    failed: list[tuple[str, str]] = []
    for shard in manifest.shards:
        for article, extraction in read_shard(folder / shard.file):
            counts["articles"] += 1
            try:
                added = store.add_article(article, signature=minhash_signature(article.text))
                counts[added.status] += 1
                if added.status == "near_duplicate":
                    continue
                if added.status == "duplicate" and (
                    store.article(article.id).duplicate_of is not None  # a near-duplicate: no facts of its own
                    or _stored(store, article.id) == extraction
                ):
                    counts["unchanged"] += 1
                    continue
                store.save_extraction(extraction)
                counts["saved"] += 1
            except AccordsError as exc:
                failed.append((article.origin or article.id, str(exc)))
        if on_shard:
            on_shard(shard.file)
    return LoadReport(shards=len(manifest.shards), failed=tuple(failed), **counts)


def _stored(store: Store, article_id: str):
    try:
        return store.extraction(article_id)
    except NotFoundError:
        return None
