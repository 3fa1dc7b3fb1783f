"""Library operations behind the CLI, the REST API and the dashboard.

Each function takes an open `Store` and plain arguments and returns records; none of them
parses command-line arguments or formats output.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from accords import pipeline
from accords.errors import AccordsError
from accords.ingest import Rejected, minhash_signature, read_path
from accords.model import Article
from accords.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IngestReport:
    """What one ingest run did: counts, and every rejected item with its reason."""

    read: int = 0
    new: int = 0
    duplicate: int = 0
    near_duplicate: int = 0
    extracted: int = 0
    not_relevant: int = 0  # extracted with the heavy stages skipped by the relevance gate
    other_language: int = 0  # stored, not analysed by the English stages
    rejected: tuple[Rejected, ...] = ()
    stage_notes: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.rejected


def ingest(
    store: Store,
    paths: Sequence[str | Path],
    *,
    extract: bool = True,
    stages: Sequence[str] | None = None,
    batch_size: int = 16,
    on_item: Callable[[Article | Rejected, str], None] | None = None,
    fetch: bool = False,
    allow_private: bool = False,
    gate: bool = True,
) -> IngestReport:
    """Read every article under `paths`, store the new ones and extract their facts.

    A path may also be an http(s) URL (a feed gives its items, a page one article); with
    `fetch` the pages that feed items link to are downloaded; `allow_private` lets the
    fetcher reach loopback and private addresses (see `accords.web.fetch`).

    Duplicates (same content id) are counted and skipped; near-duplicates are stored, linked
    to their first copy and not re-extracted. A bad item is rejected with its reason and the
    run goes on; nothing already stored is touched by a rejection.

    With `gate` (the default), articles the relevance gate (`accords.gate`) finds unrelated to
    international cooperation are stored without the heavy stages; they are counted in
    `IngestReport.not_relevant`.
    """
    items = _read_all(paths, fetch=fetch, allow_private=allow_private)
    return ingest_items(
        store, items, extract=extract, stages=stages, batch_size=batch_size, on_item=on_item, gate=gate
    )


def ingest_items(
    store: Store,
    items: Iterable[Article | Rejected],
    *,
    extract: bool = True,
    stages: Sequence[str] | None = None,
    batch_size: int = 16,
    on_item: Callable[[Article | Rejected, str], None] | None = None,
    gate: bool = True,
) -> IngestReport:
    """Store the new articles of `items` and extract their facts (`ingest` without reading)."""
    from accords.gate import GATE

    counts = dict.fromkeys(
        ("read", "new", "duplicate", "near_duplicate", "extracted", "not_relevant", "other_language"), 0
    )
    rejected: list[Rejected] = []
    notes: list[str] = []
    pending: list[Article] = []

    def flush() -> None:
        extractions = pipeline.run_many(pending, stages=stages, batch_size=batch_size, gate=gate)
        for article, extraction in zip(pending, extractions):
            try:
                store.save_extraction(extraction)
            except AccordsError as exc:
                rejected.append(Rejected(article.origin or article.id, f"facts not stored: {exc}"))
                continue
            counts["extracted"] += 1
            if article.language not in pipeline.ANALYSED_LANGUAGES:
                counts["other_language"] += 1
            elif any(note.startswith(GATE) for note in extraction.notes):
                counts["not_relevant"] += 1
            notes.extend(f"{article.origin or article.id}: {note}" for note in extraction.notes)
        pending.clear()

    for item in items:
        if isinstance(item, Rejected):
            rejected.append(item)
            if on_item:
                on_item(item, "rejected")
            continue
        counts["read"] += 1
        try:
            result = store.add_article(item, signature=minhash_signature(item.text))
        except AccordsError as exc:
            rejected.append(Rejected(item.origin or item.id, f"not stored: {exc}"))
            if on_item:
                on_item(item, "rejected")
            continue
        counts[result.status] += 1
        if on_item:
            on_item(item, result.status)
        if result.status == "new" and extract:
            pending.append(item)
            if len(pending) >= batch_size:
                flush()
    if extract:
        flush()
    return IngestReport(**counts, rejected=tuple(rejected), stage_notes=tuple(notes))


def _read_all(
    paths: Iterable[str | Path], *, fetch: bool = False, allow_private: bool = False,
) -> Iterator[Article | Rejected]:
    from accords.web.sources import is_url, read_source

    fetcher = None
    for path in paths:
        if is_url(path) or fetch:
            if fetcher is None:  # one fetcher for the run: its robots.txt cache is shared
                from accords.web.fetch import Fetcher

                fetcher = Fetcher(allow_private=allow_private)
            if is_url(path) or Path(path).exists():
                yield from read_source(path, fetch=fetch, fetcher=fetcher)
                continue
        if not Path(path).exists():
            yield Rejected(str(path), "no such file or directory")
            continue
        yield from read_path(path)
