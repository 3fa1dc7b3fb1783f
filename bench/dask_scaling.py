"""Dask scale-out: throughput with 1 and 2 LocalCluster workers, and peak RSS per worker.

    .venv/bin/python bench/dask_scaling.py [--n 200] [--workers 1 2] [--lines 20]

Writes the first `n` Tehran Times region articles to a temporary JSONL file, then for each
worker count runs `accords.scale.dask_engine.extract_partition` over its partitions on a
fresh LocalCluster (single-threaded worker processes) and prints articles per second, the
speed-up over the first worker count, and each worker's peak RSS (ru_maxrss) after the run.
The cluster's start and the workers' model loads are excluded: one warm-up partition per
worker runs first. Other processes on a shared machine skew the numbers; compare within a run.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import tehrantimes  # noqa: E402


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _warm() -> bool:
    from accords.nlp import get_nlp

    get_nlp()(("Iran and Turkey signed an agreement in Ankara. " * 3).strip())
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--lines", type=int, default=20, help="articles per partition")
    args = parser.parse_args()

    from accords.scale.dask_engine import dask_client, extract_partition
    from accords.scale.partitions import plan

    articles = tehrantimes(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "articles.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for a in articles:
                out.write(json.dumps({"id": a.origin, "title": a.title, "text": a.text}, ensure_ascii=False) + "\n")
        partitions, _ = plan([source], lines_per_partition=args.lines)
        print(f"{len(articles)} articles in {len(partitions)} partitions of {args.lines}")
        base = None
        for count in args.workers:
            shards = Path(tmp) / f"out-{count}"
            shards.mkdir()
            with dask_client(workers=count, processes=True) as client:
                client.run(_warm)  # model load on every worker, outside the timing
                start = time.perf_counter()
                futures = client.map(extract_partition, partitions, out_dir=str(shards), pure=False)
                done = client.gather(futures)
                seconds = time.perf_counter() - start
                rss = client.run(_peak_rss_mb)
            rate = sum(s.articles for s in done) / seconds
            base = base or rate
            peaks = ", ".join(f"{mb:.0f}" for mb in sorted(rss.values()))
            print(f"{count} worker(s): {rate:6.2f} articles/s ({seconds:.1f} s), speed-up {rate / base:.2f}x, "
                  f"peak RSS per worker {peaks} MB")


if __name__ == "__main__":
    main()
