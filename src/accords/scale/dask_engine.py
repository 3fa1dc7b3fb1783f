"""Running the pipeline over partitions: in this process, or as Dask tasks on a cluster.

`extract` plans the partitions (`accords.scale.partitions`), runs `extract_partition` on
each — in this process (``engine="local"``) or on a Dask cluster (``engine="dask"``: the
scheduler at `scheduler`, or a LocalCluster of `workers` processes) — and writes the
manifest. The task is an ordinary function of its partition: it reads the partition,
runs `accords.service.analyse` (the gate and extract step of `accords ingest`; the spaCy
model is loaded lazily once per worker process by `accords.nlp.get_nlp`) and writes the
partition's shard. On Dask a failed task is retried `retries` times (on any worker), then
reported in `Manifest.failures`; every other partition still completes.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from accords.errors import AccordsError, PartitionError
from accords.ingest import Rejected
from accords.model import Article, Extraction
from accords.scale.partitions import Partition, plan, read_partition
from accords.scale.shards import Manifest, ShardInfo, shard_name, write_manifest, write_shard

ENGINES = ("local", "dask")


def extract_partition(
    partition: Partition, *, out_dir: str, stages: Sequence[str] | None = None, gate: bool = True,
    batch_size: int = 16,
) -> ShardInfo:
    """Read one partition, run the pipeline on its articles and write its shard (the task)."""
    from accords.gate import GATE
    from accords.service import analyse

    rejected: list[tuple[str, str]] = []

    def articles() -> Iterator[Article]:
        for item in read_partition(partition):
            if isinstance(item, Rejected):
                rejected.append((item.origin, item.reason))
            else:
                yield item

    name = shard_name(partition.index)
    gated = 0

    def counted() -> Iterator[tuple[Article, Extraction]]:
        nonlocal gated
        for article, extraction in analyse(articles(), stages=stages, batch_size=batch_size, gate=gate):
            gated += any(note.startswith(GATE) for note in extraction.notes)
            yield article, extraction

    try:
        written = write_shard(Path(out_dir) / name, counted())
    except OSError as exc:
        raise PartitionError(f"{partition.describe()}: cannot write {name}: {exc.strerror or exc}") from exc
    source = partition.path or (partition.files[0] if partition.files else "")
    return ShardInfo(partition=partition.index, file=name, source=source, articles=written,
                     skipped_by_gate=gated, rejected=tuple(rejected))


def extract(
    inputs: Sequence[str | Path], *, out_dir: str | Path, engine: str = "dask", scheduler: str | None = None,
    workers: int | None = None, processes: bool = True, stages: Sequence[str] | None = None, gate: bool = True,
    retries: int = 2, batch_size: int = 16, files_per_partition: int = 50, lines_per_partition: int = 200,
    records_per_partition: int = 200, partitions: Sequence[Partition] | None = None,
    on_shard: Callable[[ShardInfo], None] | None = None,
) -> Manifest:
    """Extract every article of `inputs` into shards under `out_dir`; return the manifest.

    `partitions` replaces the plan (tests use it to inject a partition that fails).
    """
    import accords
    from accords import pipeline

    if engine not in ENGINES:
        raise AccordsError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")
    started = time.perf_counter()
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    if partitions is None:
        planned, rejected = plan(inputs, files_per_partition=files_per_partition,
                                 lines_per_partition=lines_per_partition, records_per_partition=records_per_partition)
    else:
        planned, rejected = list(partitions), []
    options = {"out_dir": str(out), "stages": stages, "gate": gate, "batch_size": batch_size}
    runner = _run_dask(scheduler, workers, processes, retries) if engine == "dask" else _run_local
    shards, failures = runner(planned, options, on_shard)
    shards = sorted(shards, key=lambda s: s.partition)
    counts = {
        "articles": sum(s.articles for s in shards),
        "skipped_by_gate": sum(s.skipped_by_gate for s in shards),
        "rejected": sum(len(s.rejected) for s in shards) + len(rejected),
        "failed_partitions": len(failures),
    }
    manifest = Manifest(
        pipeline=tuple(s.name for s in pipeline.resolve(stages)), accords_version=accords.__version__,
        inputs=tuple(str(Path(i).resolve()) for i in inputs), partitions=len(planned), shards=tuple(shards),
        failures=tuple(failures), rejected=tuple((r.origin, r.reason) for r in rejected), gate=gate,
        seconds=round(time.perf_counter() - started, 3), counts=counts,
    )
    write_manifest(out, manifest)
    return manifest


Runner = Callable[[Sequence[Partition], dict, Callable[[ShardInfo], None] | None],
                  tuple[list[ShardInfo], list[tuple[str, str]]]]


def _run_local(partitions, options, on_shard):
    """Every partition in this process, in order; a failed one is reported, not retried."""
    shards, failures = [], []
    for partition in partitions:
        try:
            shard = extract_partition(partition, **options)
        except PartitionError as exc:
            failures.append((partition.describe(), f"{type(exc).__name__}: {exc}"))
            continue
        shards.append(shard)
        if on_shard:
            on_shard(shard)
    return shards, failures


def _run_dask(scheduler: str | None, workers: int | None, processes: bool, retries: int) -> Runner:
    def run(partitions, options, on_shard):
        from distributed import as_completed

        shards, failures = [], []
        with dask_client(scheduler=scheduler, workers=workers, processes=processes) as client:
            token = uuid.uuid4().hex[:8]
            futures = client.map(extract_partition, partitions, **options, retries=retries, pure=False,
                                 key=[f"accords-partition-{p.index}-{token}" for p in partitions])
            by_key = {future.key: partition for future, partition in zip(futures, partitions)}
            for future in as_completed(futures):
                partition = by_key[future.key]
                if future.status != "finished":
                    exc = future.exception()
                    failures.append((partition.describe(), f"{type(exc).__name__}: {exc}"))
                    continue
                shard = future.result()
                shards.append(shard)
                if on_shard:
                    on_shard(shard)
                future.release()
        return shards, failures

    return run


@contextmanager
def dask_client(*, scheduler: str | None = None, workers: int | None = None, processes: bool = True):
    """A Dask client: connected to `scheduler` (``tcp://host:8786``), or to a LocalCluster
    of `workers` single-threaded workers (processes unless `processes` is false)."""
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    count = workers or os.cpu_count() or 1
    with LocalCluster(n_workers=count, threads_per_worker=1, processes=processes, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        yield client
