"""The one ingest routine: read → clean → dedupe → gate → extract → save.

Every door into the store goes through `ingest_items`, so an article gets the same stored
facts whichever door it came in by:

- `accords ingest` (`ingest`): files, directories and http(s) URLs, read by `read_sources`;
- `accords watch`: the new items of a feed (`accords.web.watch.poll_feed` reads them);
- ``POST /api/v1/articles`` (`ingest_article`): one article given as text or as a URL;
- `accords load` (`accords.scale.load`): articles that `accords extract` already analysed
  on a cluster with `analyse` (the same gate and extract step), given as `Analysed` pairs.

The steps, and who owns each:

1. read: the readers turn files, pages, feed items and request bodies into `Article`
   records, or a `Rejected` with the input and the reason (`accords.ingest`, `accords.web`);
2. clean: the readers clean the text as they make the article (`accords.ingest.make_article`),
   so the id, the text and the facts do not depend on the door;
3. dedupe: `Store.add_article` with the article's MinHash signature: the same id is a
   duplicate (skipped), a near-duplicate is stored, linked to its first copy, not extracted;
4. gate and 5. extract: `analyse`, i.e. `accords.pipeline.run_many` with the relevance gate
   on unless the caller turns it off;
6. save: `Store.save_extraction`, one transaction per article.

A bad item never stops a batch: it is a `Rejected` in the report and the run goes on.

Nothing is lost to a crash: an article is stored (step 3) before its facts (step 6), so a
run killed in between leaves articles without facts. Such an article met again as a
duplicate is extracted then (rerunning the same input heals the run), and `resume`
extracts every stored article still waiting (`Store.pending`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from accords import pipeline
from accords.errors import AccordsError, NotFoundError, StoreError
from accords.ingest import Rejected, make_article, minhash_signature
from accords.ingest.limits import DEFAULT_MAX_BYTES
from accords.model import Article, Extraction
from accords.store import Store

log = logging.getLogger(__name__)

#: The fact lists of an `Extraction` that the API's ingest answer counts.
FACT_KINDS = ("entities", "times", "quantities", "events", "indicators", "quotes")


class IngestRefused(AccordsError):
    """An ingest request that cannot be carried out as asked (bad input, blocked URL)."""


class Analysed(NamedTuple):
    """An article with the extraction `analyse` gave it elsewhere (a scale-out worker)."""

    article: Article
    extraction: Extraction


Item = Article | Rejected | Analysed


@dataclass(frozen=True)
class IngestReport:
    """What one ingest run did: counts, and every rejected item with its reason."""

    read: int = 0
    new: int = 0
    duplicate: int = 0
    near_duplicate: int = 0
    extracted: int = 0  # extractions saved
    not_relevant: int = 0  # extracted with the heavy stages skipped by the relevance gate
    other_language: int = 0  # stored, not analysed by the English stages
    unchanged: int = 0  # `Analysed` duplicates whose stored facts already equal theirs
    resumed: int = 0  # duplicates stored before without facts (a run cut short), extracted now
    timed_out: int = 0  # extractions stopped by the per-article time budget (a note says where)
    #: analysts' verdicts whose fact the new extraction no longer has (kept, `accords review log --lost`)
    verdicts_lost: int = 0
    rejected: tuple[Rejected, ...] = ()
    stage_notes: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.rejected


def analyse(
    articles: Iterable[Article], *, stages: Sequence[str] | None = None, batch_size: int = 16, gate: bool = True
) -> Iterator[Analysed]:
    """Steps 4 and 5, gate and extract: each article with its extraction, in order, streaming.

    `pipeline.run_many` parses each batch of `batch_size` articles with `nlp.pipe`; the
    relevance gate is on unless `gate` is false."""
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from map(Analysed, batch, pipeline.run_many(batch, stages=stages, batch_size=batch_size, gate=gate))
            batch = []
    if batch:
        yield from map(Analysed, batch, pipeline.run_many(batch, stages=stages, batch_size=batch_size, gate=gate))


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
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> IngestReport:
    """Read every article under `paths` (`read_sources`) and ingest it (`ingest_items`).

    A path may also be an http(s) URL (a feed gives its items, a page one article); with
    `fetch` the pages that feed items link to are downloaded; `allow_private` lets the
    fetcher reach loopback and private addresses (see `accords.web.fetch`). Files over
    `max_bytes` are rejected unread.
    """
    items = read_sources(paths, fetch=fetch, allow_private=allow_private, max_bytes=max_bytes)
    return ingest_items(
        store, items, extract=extract, stages=stages, batch_size=batch_size, on_item=on_item, gate=gate
    )


def ingest_items(
    store: Store,
    items: Iterable[Item],
    *,
    extract: bool = True,
    stages: Sequence[str] | None = None,
    batch_size: int = 16,
    on_item: Callable[[Article | Rejected, str], None] | None = None,
    gate: bool = True,
) -> IngestReport:
    """Dedupe, gate, extract and save `items` (what the readers gave): the one routine.

    Duplicates (same content id) are counted and skipped; near-duplicates are stored, linked
    to their first copy and not extracted. With `gate` (the default), articles the relevance
    gate (`accords.gate`) finds unrelated to international cooperation are stored without
    the heavy stages; they are counted in `IngestReport.not_relevant`. Without `extract`
    the articles are only stored.

    An `Analysed` item brings its extraction: it is saved for a new article, and for a
    stored one (not a near-duplicate) whose facts differ, so loading the shards of a newer
    run replaces the old facts and loading the same shards twice changes nothing.

    `on_item(item, status)` is called once per item, status being ``"rejected"`` or the
    `Store.add_article` status.
    """
    from accords.gate import GATE

    counts = dict.fromkeys(
        ("read", "new", "duplicate", "near_duplicate", "extracted", "not_relevant", "other_language", "unchanged",
         "resumed", "timed_out", "verdicts_lost"), 0
    )
    rejected: list[Rejected] = []
    notes: list[str] = []
    pending: list[Article] = []
    queued: set[str] = set()  # ids sent to extraction in this run

    def save(article: Article, extraction: Extraction) -> None:
        try:
            counts["verdicts_lost"] += len(store.save_extraction(extraction))
        except AccordsError as exc:
            rejected.append(Rejected(article.origin or article.id, f"facts not stored: {exc}"))
            return
        counts["extracted"] += 1
        if article.language not in pipeline.ANALYSED_LANGUAGES:
            counts["other_language"] += 1
        elif any(note.startswith(GATE) for note in extraction.notes):
            counts["not_relevant"] += 1
        if any(note.startswith(pipeline.TIMED_OUT) for note in extraction.notes):
            counts["timed_out"] += 1
        notes.extend(f"{article.origin or article.id}: {note}" for note in extraction.notes)

    def flush() -> None:
        for article, extraction in analyse(pending, stages=stages, batch_size=batch_size, gate=gate):
            save(article, extraction)
        pending.clear()

    try:
        for item in items:
            if isinstance(item, Rejected):
                rejected.append(item)
                if on_item:
                    on_item(item, "rejected")
                continue
            article, given = (item.article, item.extraction) if isinstance(item, Analysed) else (item, None)
            counts["read"] += 1
            try:
                result = store.add_article(article, signature=minhash_signature(article.text))
            except AccordsError as exc:
                rejected.append(Rejected(article.origin or article.id, f"not stored: {exc}"))
                if on_item:
                    on_item(article, "rejected")
                continue
            counts[result.status] += 1
            if on_item:
                on_item(article, result.status)
            if not extract or result.status == "near_duplicate":
                continue
            if given is not None:
                if result.status == "new" or _differs(store, article.id, given):
                    save(article, given)
                else:
                    counts["unchanged"] += 1
            elif result.status == "new" or (article.id not in queued and not store.has_extraction(article.id)):
                counts["resumed"] += result.status == "duplicate"
                queued.add(article.id)
                pending.append(article)
                if len(pending) >= batch_size:
                    flush()
    except Exception:  # a reader or the store failed outright: what was read keeps its facts
        if extract:
            flush()
        raise
    if extract:
        flush()
    return IngestReport(**counts, rejected=tuple(rejected), stage_notes=tuple(notes))


def resume(
    store: Store,
    *,
    stages: Sequence[str] | None = None,
    batch_size: int = 16,
    on_item: Callable[[Article | Rejected, str], None] | None = None,
    gate: bool = True,
) -> IngestReport:
    """Extract every stored article still waiting for its facts (`Store.pending`): what a
    killed ingest or ``--no-extract`` left. Each goes through `ingest_items` as a duplicate
    without facts; the report counts them in `resumed`."""
    waiting = (store.article(article_id) for article_id in store.pending())
    return ingest_items(store, waiting, stages=stages, batch_size=batch_size, on_item=on_item, gate=gate)


def _differs(store: Store, article_id: str, extraction: Extraction) -> bool:
    """Whether a stored article that is not a near-duplicate copy has other facts than these."""
    if store.article(article_id).duplicate_of is not None:  # a near-duplicate copy: no facts of its own
        return False
    try:
        return store.extraction(article_id) != extraction
    except NotFoundError:
        return True


def ingest_article(
    store: Store,
    *,
    text: str | None = None,
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
    source: str | None = None,
    fetcher: Any = None,
) -> dict[str, Any]:
    """The API's door: one article given as text or fetched from a URL, through `ingest_items`.

    Returns the add status, the article id, the first copy of a duplicate and the number of
    stored facts by kind (zero for a near-duplicate, which is not extracted). Raises
    `IngestRefused` for bad input, `FetchError` when the URL cannot be fetched,
    `IngestError` when no article text is found, `StoreError` when it cannot be stored.
    """
    if text is not None and url is None:
        article = make_article(text, title=title, published=published, source=source, origin="api")
    elif url is not None and text is None:
        from accords.web.fetch import Fetcher
        from accords.web.html import article_from_html

        result = (fetcher or Fetcher()).fetch(url)
        article = article_from_html(result.body, url=result.final_url, origin=url)
    else:
        raise IngestRefused("give exactly one of 'text' and 'url'")
    statuses: list[str] = []
    report = ingest_items(store, [article], on_item=lambda _item, status: statuses.append(status))
    if report.rejected:
        raise StoreError(f"{report.rejected[0].origin}: {report.rejected[0].reason}")
    status = statuses[0]
    counts = dict.fromkeys(FACT_KINDS, 0)
    if status in ("new", "duplicate"):
        try:
            stored = store.extraction(article.id)
            counts = {kind: len(getattr(stored, kind)) for kind in FACT_KINDS}
        except NotFoundError:
            pass
    duplicate_of = article.id if status == "duplicate" else store.article(article.id).duplicate_of
    return {"status": status, "article_id": article.id, "duplicate_of": duplicate_of, "facts": counts}


def read_sources(
    paths: Iterable[str | Path], *, fetch: bool = False, allow_private: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | Rejected]:
    """Step 1, read: the articles (or rejections) of files, directories and http(s) URLs."""
    from accords.readers import read_path, read_source
    from accords.web.sources import is_url

    fetcher = None
    for path in paths:
        if is_url(path) or fetch:
            if fetcher is None:  # one fetcher for the run: its robots.txt cache is shared
                from accords.web.fetch import Fetcher

                fetcher = Fetcher(allow_private=allow_private)
            if is_url(path) or Path(path).exists():
                yield from read_source(path, fetch=fetch, fetcher=fetcher, max_bytes=max_bytes)
                continue
        if not Path(path).exists():
            yield Rejected(str(path), "no such file or directory")
            continue
        yield from read_path(path, max_bytes=max_bytes)
